/**
 * A request someone else made, offered or had the user make, passed on and then set aside: "el bot me ofreció pasarme
 * con un asesor pero no hace falta", "minha mulher mandou eu pedir um humano mas na vdd só quero o boleto", "Meine Mama
 * hat in den Chat getippt, dass sie einen Menschen sprechen will, aber das war aus Versehen". A word of `passedOnAsks`
 * (another's offer, suggestion, order or typing) stands before the request in its sentence, with no "I" as its subject, and
 * a contrast follows the request in the same sentence: what the contrast opens is the user's own. Without a contrast
 * the offer is taken up ("the bot offered me an agent, yes please") and the request stands; a request after the
 * contrast is read on its own, and the user's own typing ("I typed agent but nothing happens") is no one else's.
 */
import { FIRST_PERSON_REACH } from './clauseChecks';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { isCloseNoun } from './othersRequests';
import { type Tokens, SENTENCE_BOUNDARY as sentence_boundary } from './text';
// Read once: an imported const compiles to a property read at every use.
const SENTENCE_BOUNDARY = sentence_boundary;

/** How far before the request its offer may stand: "the bot offered [to put] me through to an agent". */
const OFFER_REACH = 8;
/** How far after the request its contrast may stand: "… sprechen will, | aber". */
const CONTRAST_REACH = 8;

/** Whether the request at start…end is another's offer or order, passed on and then set aside by a contrast. */
export function passedOnSetAside(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	if (!marks.lists.has(grammar.passedOnAsks) || !marks.lists.has(grammar.contrasts)) return false;
	const ids = tokens.id;
	const { langs } = marks;
	let offer = start - 1;
	while (offer >= 0 && offer >= start - OFFER_REACH && ids[offer] !== SENTENCE_BOUNDARY && !grammar.passedOnAsks.hasIn(ids[offer], langs)) offer--;
	if (offer < 0 || offer < start - OFFER_REACH || ids[offer] === SENTENCE_BOUNDARY) return false;
	for (let k = offer - 1; k >= 0 && k >= offer - FIRST_PERSON_REACH && ids[k] !== SENTENCE_BOUNDARY; k--) {
		// "istri saya nyuruh": a possessive after its noun is no subject
		const possessive = k > 0 && grammar.ownPossessivesAfter.hasIn(ids[k], langs) && isCloseNoun(ids, marks, grammar, k - 1);
		if (!possessive && grammar.firstPersons.hasIn(ids[k], langs)) return false;
	}
	const last = Math.min(tokens.count, end + CONTRAST_REACH);
	for (let k = end; k < last && ids[k] !== SENTENCE_BOUNDARY; k++) if (grammar.contrasts.hasIn(ids[k], langs)) return true;
	return false;
}
