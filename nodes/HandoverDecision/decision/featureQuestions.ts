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
 * who would take over included. So does an "or" with "only" a few words after it (`alternatives`, `onlies`), which
 * weighs what the service offers: "¿en la app se puede pedir videoconsulta con un médico o solo hay chat?", "est-il
 * possible d'être reçu par un conseiller le samedi ou seulement en semaine ?", "bisa kirim teknisi atau cuma hari
 * kerja?". A first-person word there is the user asking for themselves ("I need a person, is that automatic?", "can I
 * talk to an agent or only the bot?"), and a request in another sentence stands ("does it hand off automatically?
 * doesn't matter, put me through to an agent").
 */
import { endsWithQuestion } from './clauseChecks';
import { BOT, PERSON, REACH, REQUEST, TALK, WANT } from './hitKinds';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { LANGUAGE_CODES } from './packs';
import type { Hits } from './scratch';
import { COMMA_BOUNDARY as comma_boundary, SENTENCE_BOUNDARY as sentence_boundary, type Tokens, UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
const COMMA_BOUNDARY = comma_boundary;
const SENTENCE_BOUNDARY = sentence_boundary;
const ENGLISH = 1 << LANGUAGE_CODES.indexOf('en');
/** How far after its how-word the verb of working may stand: "how | does it | work", "hvordan | virker", "bagaimana | cara | kerja". */
const WORKING_REACH = 3;
/** How far after its "or" the "only" may stand: "or | only", "eller | er det | kun", "au | kwa simu | tu". */
const ONLY_REACH = 3;

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
 * returns whether it found one. One pass over the words; a sentence is read again only when it holds a mode or case
 * word or an "or … only", and its hits once.
 */
export function markModeQuestions(tokens: Tokens, hits: Hits, marks: WordMarks, grammar: Grammar): boolean {
	const { handoverModes, cases, whiches, alternatives, onlies } = grammar;
	const { lists, langs } = marks;
	const modes = lists.has(handoverModes);
	const caseQuestions = lists.has(cases) && lists.has(whiches);
	const onlyQuestions = lists.has(alternatives) && lists.has(onlies);
	if (!modes && !caseQuestions && !onlyQuestions) return false;
	const { id: ids, count } = tokens;
	// English is read along with every language, and its "i" is Danish "in": the user is read in the message's own language
	const ownLangs = langs === ENGLISH ? langs : langs & ~ENGLISH;
	let found = false;
	let sentenceStart = 0;
	/** Where the sentence ends whose "or … only" asked about no person (read once a sentence). */
	let onlyReadTo = -1;
	let firstHit = 0;
	for (let k = 0; k < count; k++) {
		const id = ids[k];
		if (id === SENTENCE_BOUNDARY) sentenceStart = k + 1;
		const mode = (modes && handoverModes.hasIn(id, langs)) || (caseQuestions && casesAsked(ids, count, grammar, langs, k));
		if (!mode && !(onlyQuestions && k > onlyReadTo && onlyAsked(ids, count, grammar, langs, k))) continue;
		let end = k + 1;
		while (end < count && ids[end] !== SENTENCE_BOUNDARY) end++;
		while (firstHit < hits.count && hits.start[firstHit] < sentenceStart) firstHit++;
		// "is there support by phone or only email?" names a team, an offer that stays; "can someone call me today or only tomorrow?" asks
		if (!mode && (!personOffered(hits, firstHit, end) || grammar.userObjects.anyIn(ids, sentenceStart, end, ownLangs))) {
			onlyReadTo = end;
			continue;
		}
		if (endsWithQuestion(tokens, end) && !grammar.firstPersons.anyIn(ids, sentenceStart, end, ownLangs)) {
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

/** Whether word k is an "or" with an "only" a few words after it, in its clause: "or | only", "eller er det | kun". */
function onlyAsked(ids: Int32Array, count: number, grammar: Grammar, langs: number, k: number): boolean {
	if (!grammar.alternatives.hasIn(ids[k], langs)) return false;
	for (let j = k + 1; j < count && j <= k + ONLY_REACH; j++) {
		if (ids[j] < UNKNOWN) return false; // a boundary: "or? | only"
		if (grammar.onlies.hasIn(ids[j], langs)) return true;
	}
	return false;
}

/**
 * Whether a person, or a fixed request (which holds its person: "tale med en medarbejder"), is among the hits from
 * `first` that start before word `end`, and no bot: "a person or only the bot?" asks whether anyone answers at all
 * ("bisa ngobrol sama CS manusia atau cuma bot?").
 */
function personOffered(hits: Hits, first: number, end: number): boolean {
	let person = false;
	for (let h = first; h < hits.count && hits.start[h] < end; h++) {
		const kind = hits.kind[h];
		if (kind === BOT) return false;
		if (kind === PERSON || kind === REQUEST) person = true;
	}
	return person;
}
