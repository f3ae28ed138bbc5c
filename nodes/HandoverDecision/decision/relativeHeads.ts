/**
 * A fixed request that is the head of a relative clause set off by a comma, as Danish writes one: "Er der nogen, | der
 * har fundet en blå ketsjer?" asks about what someone did, not for someone. The comma ends the request's clause, so a
 * cancel in the relative clause ("der har fundet") reaches back to it here.
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { COMMA_BOUNDARY as comma_boundary } from './text';
// Read once: an imported const compiles to a property read at every use.
const COMMA_BOUNDARY = comma_boundary;

/** Whether the fixed request ending at `end` closes its clause before a comma and a relative clause that is cancelled. */
export function headOfCancelledRelative(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, end: number): boolean {
	if (!marks.anyCancelled) return false;
	const c = marks.clause[end - 1];
	const comma = marks.clauseStart[c + 1];
	if (comma !== end || comma + 1 >= count || ids[comma] !== COMMA_BOUNDARY) return false;
	return marks.cancelled[c + 1] === 1 && grammar.relatives.hasIn(ids[comma + 1], marks.langs);
}
