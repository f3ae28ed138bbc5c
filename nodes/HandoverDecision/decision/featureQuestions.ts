/**
 * Questions about how a feature works: "how does the handover to a live agent work", "cómo funciona lo de pasar con
 * un agente", "hvordan virker det når chatten sender mig videre til et menneske?", "wie funktioniert das, wenn der
 * Chat mich an einen Mitarbeiter weitergibt?", "bagaimana cara kerja pengalihan ke agen manusia?". A how-word (pack
 * list `hows`) with a verb of working (`workings`) a few words after it asks how what follows it works, a handover to
 * a person included; its clause, and a conditional clause right after it, are read as a cancel frame, as a fixed
 * feature question is (see frames.ts), so the person there is asked about, not for. A request before the how-word in
 * its clause makes the question its topic or its reason ("can an adviser call and explain how it works?", "I need a
 * person, I don't get how this works"), and a request in another clause stands ("put me through now. how does this
 * work?").
 *
 * A question about when or how a handover happens is one too: a word saying it happens by itself (`handoverModes`:
 * "will the bot transfer me automatically if it doesn't know?", "leitet der Chatbot automatisch an einen Mitarbeiter
 * weiter?", "o robô encaminha sozinho ou um funcionário tem que puxar a conversa?") or a which-word and a word of
 * cases (`whiches`, `cases`: "votre assistant passe la main à un humain dans quels cas ?", "in welchen Fällen …",
 * "dalam kasus apa …") in a sentence that ends with a question mark cancels every clause of that sentence, a person
 * who would take over included. A first-person word there is the user asking for themselves ("I need a person, is
 * that automatic?"), and a request in another sentence stands ("does it hand off automatically? doesn't matter, put
 * me through to an agent").
 */
import { endsWithQuestion } from './clauseChecks';
import { REACH, REQUEST, TALK, WANT } from './hitKinds';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import type { Hits } from './scratch';
import { COMMA_BOUNDARY as comma_boundary, SENTENCE_BOUNDARY as sentence_boundary, type Tokens, UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
const COMMA_BOUNDARY = comma_boundary;
const SENTENCE_BOUNDARY = sentence_boundary;
/** How far after its how-word the verb of working may stand: "how | does it | work", "hvordan | virker", "bagaimana | cara | kerja". */
const WORKING_REACH = 3;

/**
 * Marks the clauses that ask how something works as cancelled (see WordMarks.mark); returns whether it found one.
 * One pass over the words, the hits read alongside; a how-word looks at most WORKING_REACH words ahead.
 */
export function markFeatureQuestions(ids: Int32Array, count: number, hits: Hits, marks: WordMarks, grammar: Grammar): boolean {
	const { hows, workings, conditionals } = grammar;
	if (!marks.lists.has(hows) || !marks.lists.has(workings)) return false;
	const { langs, clause, clauseStart } = marks;
	let found = false;
	let h = 0;
	/** Where the last hit that may ask for someone, before word k, starts. */
	let lastAsking = -1;
	for (let k = 0; k < count; k++) {
		for (; h < hits.count && hits.start[h] < k; h++) if (asking(hits.kind[h])) lastAsking = hits.start[h];
		if (!hows.hasIn(ids[k], langs) || lastAsking > clauseStart[clause[k]]) continue;
		const working = workingAfter(ids, count, workings, langs, k);
		if (working < 0) continue;
		marks.markCancel(k, working + 1);
		found = true;
		const next = clauseStart[clause[k] + 1];
		if (next + 1 < count && ids[next] === COMMA_BOUNDARY && conditionals.hasIn(ids[next + 1], langs)) marks.markCancel(next + 1, next + 2);
	}
	return found;
}

/** Where a verb of working stands a few words after the how-word at k, in its clause, or -1. */
function workingAfter(ids: Int32Array, count: number, workings: Grammar['workings'], langs: number, k: number): number {
	for (let j = k + 1; j < count && j <= k + WORKING_REACH; j++) {
		const id = ids[j];
		if (id < UNKNOWN) return -1; // a boundary: "how? | it works"
		if (workings.hasIn(id, langs)) return j;
	}
	return -1;
}

function asking(kind: number): boolean {
	return kind === REQUEST || kind === WANT || kind === TALK || kind === REACH;
}

/**
 * Marks every clause of a question about when or how a handover happens as cancelled (see the top of this file);
 * returns whether it found one. One pass over the words; a sentence is read again only when it holds a mode or case word.
 */
export function markModeQuestions(tokens: Tokens, marks: WordMarks, grammar: Grammar): boolean {
	const { handoverModes, cases, whiches } = grammar;
	const { lists, langs } = marks;
	const modes = lists.has(handoverModes);
	const caseQuestions = lists.has(cases) && lists.has(whiches);
	if (!modes && !caseQuestions) return false;
	const { id: ids, count } = tokens;
	let found = false;
	let sentenceStart = 0;
	for (let k = 0; k < count; k++) {
		const id = ids[k];
		if (id === SENTENCE_BOUNDARY) sentenceStart = k + 1;
		if (!(modes && handoverModes.hasIn(id, langs)) && !(caseQuestions && casesAsked(ids, count, grammar, langs, k))) continue;
		let end = k + 1;
		while (end < count && ids[end] !== SENTENCE_BOUNDARY) end++;
		if (endsWithQuestion(tokens, end) && !grammar.firstPersons.anyIn(ids, sentenceStart, end, langs)) {
			for (let j = sentenceStart; j < end; j++) if (j === sentenceStart || ids[j] === COMMA_BOUNDARY) marks.markCancel(j, j + 1);
			found = true;
		}
		k = end - 1;
	}
	return found;
}

/** Whether word k is a word of cases next to a which-word, before it or after it: "which | cases", "dans quels | cas", "kasus | apa". */
function casesAsked(ids: Int32Array, count: number, grammar: Grammar, langs: number, k: number): boolean {
	const { cases, whiches } = grammar;
	return cases.hasIn(ids[k], langs) && ((k > 0 && whiches.hasIn(ids[k - 1], langs)) || (k + 1 < count && whiches.hasIn(ids[k + 1], langs)));
}
