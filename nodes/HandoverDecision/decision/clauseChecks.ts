/**
 * Clause-level checks the frames (frames.ts) make on a request its clause's cancel would block, or that a question
 * about later takes back. Each runs only for a request that reaches it, never per word of a message.
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import type { Tokens } from './text';
import { COMMA_BOUNDARY as comma_boundary, SENTENCE_BOUNDARY as sentence_boundary, UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const COMMA_BOUNDARY = comma_boundary;
const SENTENCE_BOUNDARY = sentence_boundary;
const UNKNOWN = unknown;
/** "and [I would like to] talk": how far before a request its "and" may stand. */
const CONJUNCTION_REACH = 5;
/** "if [the bot can't], …": the fewest words of a conditional clause; "sí, ¿podría…?" is a "yes". */
const CONDITIONAL_WORDS = 3;
/** "nogen fra [jeres] team ringede": how far after a request the report it is the subject of may start. */
const SUBJECT_REACH = 2;
const QUESTION_MARK = 63;
const COMMA_CHAR = 44;

/** Whether a request at `start` follows "and" a few words on, after all of its clause's cancels: "the call dropped | and I want…". */
export function conjoinedAfterCancel(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number): boolean {
	const { clause, cancelFrom, cancelTo } = marks;
	const c = clause[start];
	const from = cancelTo[c];
	if (cancelFrom[c] < 0 || from > start) return false;
	for (let k = start - 1; k >= from && k >= start - CONJUNCTION_REACH; k--) if (grammar.conjunctions.has(ids[k])) return true;
	return false;
}

/**
 * Whether a fixed request that opens its clause is the subject of a report the grammar excludes just after it:
 * "nogen fra | jeres | team ringede til mig".
 */
export function subjectOfExclusion(ids: Int32Array, count: number, marks: WordMarks, start: number, end: number): boolean {
	if (!marks.anyCovered || start !== marks.clauseStart[marks.clause[start]] + 1) return false;
	for (let k = end; k < count && k <= end + SUBJECT_REACH; k++) {
		if (ids[k] < UNKNOWN) return false; // a boundary
		if (marks.covered[k] === 1) return true;
	}
	return false;
}

/** Whether clause c's one cancel is its last word, after a wish: "ich hätte gern einen Mitarbeiter | gesprochen". */
export function wishWithParticiple(ids: Int32Array, marks: WordMarks, grammar: Grammar, c: number): boolean {
	const { cancelFrom, cancelTo, clauseStart } = marks;
	const last = cancelTo[c];
	if (last !== clauseStart[c + 1] || last - cancelFrom[c] !== 1) return false;
	const { wishes, wishEnds } = grammar;
	for (let k = clauseStart[c] + 1; k + 1 < cancelFrom[c]; k++) if (wishes.has(ids[k]) && wishEnds.has(ids[k + 1])) return true;
	return false;
}

/**
 * Whether word k is in a question about later after a conditional clause that opens its sentence: "if the bot can't
 * do it, | would I be able to talk to someone?", "kalau bot gak bisa bantu, | nanti ada orang yang telepon?".
 */
export function laterQuestion(tokens: Tokens, marks: WordMarks, grammar: Grammar, k: number): boolean {
	const { clause, clauseStart } = marks;
	const ids = tokens.id;
	const c = clause[k];
	if (c === 0) return false;
	const comma = clauseStart[c];
	const open = clauseStart[c - 1];
	if ((open >= 0 && ids[open] !== SENTENCE_BOUNDARY) || !grammar.conditionals.has(ids[open + 1]) || comma - open - 1 < CONDITIONAL_WORDS) return false;
	// a comma, or a comma and an opening question mark: "si el bot no puede, ¿podría…"
	if (ids[comma] !== COMMA_BOUNDARY && !has(tokens, tokens.end[comma - 1], tokens.start[comma], COMMA_CHAR)) return false;
	const { later, laterPairs, laterPairEnds } = grammar;
	let isLater = false;
	let end = comma + 1;
	for (; end < tokens.count && ids[end] !== SENTENCE_BOUNDARY; end++) {
		const id = ids[end];
		if (later.has(id) || (laterPairs.has(id) && end + 1 < tokens.count && laterPairEnds.has(ids[end + 1]))) isLater = true;
	}
	if (!isLater) return false;
	return has(tokens, tokens.end[end - 1], end < tokens.count ? tokens.start[end] : tokens.text.length, QUESTION_MARK);
}

function has(tokens: Tokens, from: number, to: number, c: number): boolean {
	for (let i = from; i < to; i++) if (tokens.text.charCodeAt(i) === c) return true;
	return false;
}
