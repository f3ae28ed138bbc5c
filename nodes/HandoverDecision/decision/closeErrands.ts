/**
 * A contact the user has asked someone close to make: "I've asked my brother to ring your sales team, just so you
 * know", "pedi pro meu marido ligar pro atendimento", "j'ai demandé à mon fils de parler à un conseiller", "saya sudah
 * suruh suami saya ngomong sama admin". A word of the user's asking (`errandAsks`) in the request's clause, then at
 * most one word ("a", "pro", "à"), then someone close with the user's possessive ("my brother", "suami saya"): that
 * person is the subject of the contact, so the user asks nothing of the business. The possessive must stand right there, so a
 * staff member asked ("I asked your colleague to put me through") keeps its reading, and so does a request in a
 * clause of its own ("… he says nobody picks up, | can someone call me?"). Indonesian "minta" is no such ask: it
 * asks the business ("boleh minta nomor saya dihubungi sama admin").
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { isCloseNoun } from './othersRequests';
import type { Tokens } from './text';

/** How far after the ask the possessive may stand: "asked | my", "pedí a | mi", "pedi pro | meu". */
const POSSESSIVE_AFTER = 2;

/** Whether the request at start…end is a contact that the user asked someone close to make. */
export function contactAskedOfSomeoneClose(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	if (!marks.lists.has(grammar.errandAsks)) return false;
	const ids = tokens.id;
	const { langs } = marks;
	const first = marks.clauseStart[marks.clause[start]] + 1;
	for (let k = first; k < end - 2; k++) {
		if (!grammar.errandAsks.hasIn(ids[k], langs)) continue;
		if (closeAfterAsk(ids, marks, grammar, k, end)) return true;
	}
	return false;
}

/** Whether someone close is named just after the ask at `ask` ("asked my brother", "suruh suami saya"), with the contact after them before `end`. */
function closeAfterAsk(ids: Int32Array, marks: WordMarks, grammar: Grammar, ask: number, end: number): boolean {
	const { langs } = marks;
	for (let p = ask + 1; p <= ask + POSSESSIVE_AFTER && p + 2 < end; p++) {
		if (grammar.ownPossessives.hasIn(ids[p], langs) && isCloseNoun(ids, marks, grammar, p + 1)) return true;
	}
	return grammar.ownPossessivesAfter.hasIn(ids[ask + 2], langs) && closePerson(ids, marks, grammar, ask + 1);
}

/** Before a possessive that follows, a close person is no contact verb: "suruh | telpon | saya" orders a call to the user. */
function closePerson(ids: Int32Array, marks: WordMarks, grammar: Grammar, k: number): boolean {
	const { langs } = marks;
	return isCloseNoun(ids, marks, grammar, k) && !grammar.wishedContacts.hasIn(ids[k], langs) && !grammar.contactImperatives.hasIn(ids[k], langs);
}
