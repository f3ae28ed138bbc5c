/**
 * A sentence opened by "that" of a wish with no want verb written before it, so the wish is the user's, now: "que
 * alguien del soporte me escriba al correo", "que alguém da moderação me responda", "que quelqu'un de l'équipe
 * sécurité me contacte". Read as the asker of a person's contact with the user (contactRequests.ts). Only at the
 * start of a sentence: after a comma the "that" belongs to a verb before it ("I'm glad that someone called me",
 * "ich finde es gut, dass mich jemand anruft"), and a report or a condition is still read by the caller.
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { SENTENCE_BOUNDARY as sentence_boundary } from './text';
// Read once: an imported const compiles to a property read at every use.
const SENTENCE_BOUNDARY = sentence_boundary;

/** Whether the word before `from` is a complementiser opening its sentence: "| que | alguien …". */
export function wishOpensSentence(ids: Int32Array, marks: WordMarks, grammar: Grammar, from: number): boolean {
	const that = from - 1;
	if (that < 0 || !grammar.complementisers.hasIn(ids[that], marks.langs)) return false;
	return that === 0 || ids[that - 1] === SENTENCE_BOUNDARY;
}
