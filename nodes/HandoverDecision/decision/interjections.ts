/**
 * Where a clause's sentence opens, past interjections: a clause of one word before it ("Ah, | no, | ya encontré el
 * presupuesto…", "eh, | oke, | gak jadi") is a reaction, not a clause of its own, so a take-back after one still
 * opens its sentence.
 */
import { SENTENCE_BOUNDARY as sentence_boundary } from './text';
// Read once: an imported const compiles to a property read at every use.
const SENTENCE_BOUNDARY = sentence_boundary;
/** How many one-word clauses may open the sentence before the clause: "Ah, no, …", "Oh, wait, …". */
const INTERJECTIONS = 2;

/** Whether clause c opens a later sentence than the first, after at most two one-word clauses. */
export function opensLaterSentence(ids: Int32Array, clauseStart: Int32Array, c: number): boolean {
	for (let opening = c; opening >= 0 && c - opening <= INTERJECTIONS; opening--) {
		const boundary = clauseStart[opening];
		if (boundary < 0) return false;
		if (ids[boundary] === SENTENCE_BOUNDARY) return true;
		// the clause before this one, between its boundary and this one's, is more than one word
		if (opening === 0 || boundary - clauseStart[opening - 1] - 1 > 1) return false;
	}
	return false;
}
