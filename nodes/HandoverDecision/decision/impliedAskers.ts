/**
 * Whether a request is in the user's voice (inUsersVoice): a first-person word, an imperative, or the user as the
 * object before the modal. The last is a request whose asker shows only as the object of its verb, read the way a
 * person reads a language that drops its subject: "me pueden | pasar con la nutrióloga", "nos podrían | poner con el podólogo", "vocês me podem | passar com a
 * fonoaudióloga", "pouvez-vous me laisser | parler avec le maraîcher". The user is whom the business is asked to put
 * through, so the request is the user's own although no first-person subject names them.
 * Only a user object before the verb's modal counts ("me | pueden | pasar"), not one right before the verb: "me pasa
 * con la matrona lo mismo" says what happens to the user.
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;

/** Whether a word of `userObjects` stands before the modal of the talk verb at `verb`, in its clause: "me | pueden | pasar". */
export function userObjectBeforeModal(ids: Int32Array, grammar: Grammar, marks: WordMarks, verb: number): boolean {
	const object = verb - 2;
	return object > marks.clauseStart[marks.clause[verb]] && ids[verb - 1] >= UNKNOWN && grammar.userObjects.hasIn(ids[object], marks.langs);
}

/**
 * Whether the clause of the talk verb at `start` is the user's own request: a first-person word before it, an
 * imperative opening it, or the user as the object before its modal.
 */
export function inUsersVoice(ids: Int32Array, grammar: Grammar, marks: WordMarks, start: number): boolean {
	const { langs } = marks;
	if (grammar.imperatives.hasIn(ids[start], langs) || userObjectBeforeModal(ids, grammar, marks, start)) return true;
	for (let k = start - 1; k > marks.clauseStart[marks.clause[start]]; k--) if (grammar.firstPersons.hasIn(ids[k], langs)) return true;
	return false;
}
