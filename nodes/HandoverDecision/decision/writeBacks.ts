/**
 * A person asked to write to, answer, get back to or reach out to the user: "can Marcus from billing | write to me
 * | again?", "que alguien del soporte | me escriba", "preciso que alguém da moderação | me responda", "kann mir jemand
 * vom Kundenservice nochmal | schreiben?", "kan en fra kundeservice | skrive til mig", "bisa orang dari tim keuangan
 * | bales chat saya", "mtu wa timu ya malipo anaweza | kuniandikia". A word of `writeBacks` is the verb, and the user
 * is its object: the verb holds it ("escribirme", "kunijibu"), a word of `userObjects` stands a few words before it
 * in its clause or just after it, or a word of `writeBackAgains` just after it says the contact is the user's,
 * resumed ("reach out | again", "kunicheki | tena"). Whether a person asks it now is read by the caller
 * (contactRequests.ts): "Jenna wrote to me yesterday" has no asker, "does anyone from support ever reply?" no user.
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
/** How far before the verb the user may stand: "kann | mich lisa vom creator support nochmal | anschreiben". */
const USER_BEFORE = 7;
/** How far after the verb the user may stand: "reach | out to | me", "skrive | til | mig". */
const USER_AFTER = 3;
/** How far after the verb its "again" may stand: "reach | out | again". */
const AGAIN_AFTER = 2;

/** Whether the word at `verb` is a write-back verb whose object is the user. */
export function writesBackToUser(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, verb: number): boolean {
	const langs = marks.langs;
	if (!grammar.writeBacks.hasIn(ids[verb], langs)) return false;
	if (grammar.userObjects.hasIn(ids[verb], langs)) return true;
	for (let k = verb + 1; k < count && k <= verb + AGAIN_AFTER && ids[k] >= UNKNOWN; k++) if (grammar.writeBackAgains.hasIn(ids[k], langs)) return true;
	for (let k = verb - 1; k >= 0 && k >= verb - USER_BEFORE && ids[k] >= UNKNOWN; k--) if (grammar.userObjects.hasIn(ids[k], langs)) return true;
	for (let k = verb + 1; k < count && k <= verb + USER_AFTER && ids[k] >= UNKNOWN; k++) if (grammar.userObjects.hasIn(ids[k], langs)) return true;
	return false;
}
