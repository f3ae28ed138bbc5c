/**
 * A written message as the contact a person is asked for: "could someone | send me an | email", "dass mir jemand
 * eine | Nachricht | schreibt", "m'envoyer un | mail", "me mandar uma | mensagem", "sende mig en kort | besked". A
 * word of the pack's `contactMedia` names the medium, and what stands before it makes it the message the person
 * sends to the user, not a thing handed on: the user object a few words before it, or an indefinite article just
 * before it. A determiner just before it ("forward me the email", "lies die Nachricht") names a message already
 * there. Who writes, and whether it is asked now, is read by the caller (contactRequests.ts, possibilities.ts).
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
/** How far before the medium the user object may stand: "me | mandar uma | mensagem", "m' | envoyer un | mail". */
const USER_BEFORE = 3;

/** Whether the word at `k` is a medium sent to the user: the user object a few words before it, or "a"/"eine" just before. */
export function writtenToUser(ids: Int32Array, marks: WordMarks, grammar: Grammar, k: number): boolean {
	const langs = marks.langs;
	if (!grammar.contactMedia.hasIn(ids[k], langs) || k === 0) return false;
	const before = ids[k - 1];
	if (grammar.determiners.hasIn(before, langs)) return false;
	if (grammar.indefiniteArticles.hasIn(before, langs)) return true;
	for (let j = k - 1; j >= 0 && j >= k - USER_BEFORE && ids[j] >= UNKNOWN; j--) if (grammar.userObjects.hasIn(ids[j], langs)) return true;
	return false;
}
