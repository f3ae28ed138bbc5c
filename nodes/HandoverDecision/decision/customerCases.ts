/**
 * A request that a customer makes in a case the user describes, not one the user makes: "When a customer asks for a
 * real person, does your chatbot pass the chat to my team?", "Si un cliente escribe que quiere hablar con alguien,
 * ¿el sistema lo deriva solo?", "Wenn ein Kunde einen Mitarbeiter verlangt, …", "Kalau pelanggan minta bicara dengan
 * CS, …", "Mteja akiomba mhudumu, …". A word of the pack's `customers` (customer, shopper, guest, "cliente", "Kunde",
 * "pelanggan", "mteja") stands a few words before the request in its sentence, next to a conditional or a word of
 * `whens` ("when", "once", "cuando", "sobald", "når", "ketika"; Swahili "akiomba", a verb's "when" form, after it):
 * the customer is the one asking, in a case set up to ask how the product behaves. A person before such a case in its
 * sentence is the one whose turn comes in it ("how long before an agent takes over once a shopper has asked for one?",
 * "…, bis ein Mitarbeiter den Chat übernimmt, nachdem der Kunde danach gefragt hat?"). The user as a subject between
 * the customer and the request ("if a customer like me…") or as an object up to its end ("when a client rep could
 * call me"), an imperative or an urging word there keep the request, and so does a customer word that opens a
 * person or a team ("customer service"): "I'm a customer and I want to talk to a person", "cliente enfadado aquí:
 * pásame con un encargado".
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { SENTENCE_BOUNDARY as sentence_boundary, type Tokens } from './text';
// Read once: an imported const compiles to a property read at every use.
const SENTENCE_BOUNDARY = sentence_boundary;

/** How far before the request the customer may stand: "If a | client | writes that they want | to speak to an agent". */
const CUSTOMER_REACH = 10;
/** How far from the customer its conditional or "when" word may stand: "Kalau ada | pelanggan", "mgeni wa hoteli | akiomba". */
const OPENER_REACH = 3;

/**
 * Whether the request at start…end is what a customer asks in a case the user sets up: "if a shopper asks for a
 * human, …", or a person whose turn comes in such a case after it: "how long before an agent takes over once a
 * shopper has asked for one?".
 */
export function askedByCustomerInCase(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	if (!marks.lists.has(grammar.customers)) return false;
	const ids = tokens.id;
	const { langs } = marks;
	for (let k = start - 1; k >= 0 && k >= start - CUSTOMER_REACH && ids[k] !== SENTENCE_BOUNDARY; k--) {
		if (!isCustomer(ids, marks, grammar, k)) continue;
		if (openedAsCase(ids, grammar, langs, k, 0, start)) return userAbsent(ids, marks, grammar, k + 1, start, end);
		break;
	}
	const last = Math.min(tokens.count, end + CUSTOMER_REACH);
	for (let k = end; k < last && ids[k] !== SENTENCE_BOUNDARY; k++) {
		if (!isCustomer(ids, marks, grammar, k)) continue;
		if (openedAsCase(ids, grammar, langs, k, end, k)) return userAbsent(ids, marks, grammar, marks.clauseStart[marks.clause[start]] + 1, start, k);
		break;
	}
	return false;
}

/** Whether word k is a customer word that opens no person or team: "a | shopper", not "customer | service". */
function isCustomer(ids: Int32Array, marks: WordMarks, grammar: Grammar, k: number): boolean {
	return grammar.customers.hasIn(ids[k], marks.langs) && marks.targetEnd[k] === 0;
}

/**
 * Whether no user word stands in from…to: no "I" before the request at `start` (inside it Danish "i" is "in": "en
 * medarbejder i chatten"), no "me", imperative or urging word anywhere.
 */
function userAbsent(ids: Int32Array, marks: WordMarks, grammar: Grammar, from: number, start: number, to: number): boolean {
	const { langs } = marks;
	for (let k = from; k < to; k++) {
		const id = ids[k];
		if ((k < start && grammar.firstPersons.hasIn(id, langs)) || grammar.userObjects.hasIn(id, langs) || grammar.imperatives.hasIn(id, langs) || (marks.anyUrged && marks.urged[k] !== 0)) return false;
	}
	return true;
}

/**
 * Whether a conditional or "when" word stands within reach of the customer at word `customer` in its sentence, no
 * earlier than `from` and before `to`: "Kalau ada | pelanggan", "mgeni wa hoteli | akiomba".
 */
function openedAsCase(ids: Int32Array, grammar: Grammar, langs: number, customer: number, from: number, to: number): boolean {
	for (let k = customer - 1; k >= from && k >= customer - OPENER_REACH && ids[k] !== SENTENCE_BOUNDARY; k--) {
		if (opensCase(ids[k], grammar, langs)) return true;
	}
	for (let k = customer + 1; k < to && k <= customer + OPENER_REACH; k++) {
		if (opensCase(ids[k], grammar, langs)) return true;
	}
	return false;
}

function opensCase(id: number, grammar: Grammar, langs: number): boolean {
	return grammar.conditionals.hasIn(id, langs) || grammar.whens.hasIn(id, langs);
}
