/**
 * The user's own past meeting or call with a person: "I had an appointment with an advisor on Monday, the invoice is
 * still wrong", "ich hatte einen Telefontermin mit einem Berater", "jeg havde en aftale med en rådgiver", "nilikuwa na
 * miadi na mshauri". A past "had" of the pack's `pastHaves` a few words before the request in its clause tells of the
 * meeting: nothing is asked now. The user's present request in the clause still asks: an imperative, an urging word,
 * a talk or want verb, a word of `futures` or `wishMoods`, the end of a two-word wish after the "had" ("ich hätte gern einen Termin
 * mit einem Berater": read without accents, "hätte" is "hatte"), or a clause ending in a question.
 */
import { endsWithQuestion } from './clauseChecks';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import type { Tokens } from './text';

/** How far before the request its "had" may stand: "tuve | una cita con un | asesor". */
const HAD_REACH = 5;

/** Whether the request at start…end follows a past "had" of the user in its clause, with nothing there asking now. */
export function meetingInPast(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	if (!marks.lists.has(grammar.pastHaves)) return false;
	const ids = tokens.id;
	const { langs } = marks;
	const clause = marks.clause[start];
	const from = marks.clauseStart[clause] + 1;
	const clauseEnd = marks.clauseStart[clause + 1];
	let had = -1;
	for (let k = Math.max(from, start - HAD_REACH); k < start && had < 0; k++) if (grammar.pastHaves.hasIn(ids[k], langs)) had = k;
	if (had < 0 || endsWithQuestion(tokens, clauseEnd)) return false;
	for (let k = from; k < clauseEnd; k++) {
		const id = ids[k];
		if (marks.anyUrged && marks.urged[k] !== 0) return false;
		// a talk or want verb between the "had" and the person is the meeting itself: "had | an appointment with | an advisor"
		if (marks.anyAsks && marks.asks[k] !== 0 && (k <= had || k >= end)) return false;
		if (grammar.imperatives.hasIn(id, langs) || grammar.futures.hasIn(id, langs) || grammar.wishMoods.hasIn(id, langs)) return false;
		// the wish's "gern" anywhere after it: "hätte das gern mit jemandem … geklärt"
		if (k > had && grammar.wishEnds.hasIn(id, langs) && grammar.wishes.hasIn(ids[had], langs)) return false;
	}
	return true;
}
