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
 */
import { REACH, REQUEST, TALK, WANT } from './hitKinds';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import type { Hits } from './scratch';
import { COMMA_BOUNDARY as comma_boundary, UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
const COMMA_BOUNDARY = comma_boundary;
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
