/**
 * A request that a customer makes in a case the user describes, not one the user makes: "When a customer asks for a
 * real person, does your chatbot pass the chat to my team?", "Si un cliente escribe que quiere hablar con alguien,
 * ¿el sistema lo deriva solo?", "Wenn ein Kunde einen Mitarbeiter verlangt, …", "Kalau pelanggan minta bicara dengan
 * CS, …", "Mteja akiomba mhudumu, …". A word of the pack's `customers` (customer, shopper, guest, "cliente", "Kunde",
 * "pelanggan", "mteja") stands a few words before the request in its sentence, next to a conditional or a word of
 * `whens` ("when", "once", "cuando", "sobald", "når", "ketika"; Swahili "akiomba", a verb's "when" form, after it):
 * the customer is the one asking, in a case set up to ask how the product behaves. The user as a subject between
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

/** Whether the request at start…end is what a customer asks in a case the user sets up: "if a shopper asks for a human, …". */
export function askedByCustomerInCase(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	if (!marks.lists.has(grammar.customers)) return false;
	const ids = tokens.id;
	const { langs } = marks;
	let customer = -1;
	for (let k = start - 1; k >= 0 && k >= start - CUSTOMER_REACH && ids[k] !== SENTENCE_BOUNDARY; k--) {
		if (grammar.customers.hasIn(ids[k], langs) && marks.targetEnd[k] === 0) {
			customer = k;
			break;
		}
	}
	if (customer < 0 || !openedAsCase(ids, grammar, langs, customer, start)) return false;
	for (let k = customer + 1; k < end; k++) {
		const id = ids[k];
		// the subject "I" only before the request: inside it Danish "i" is "in" ("en medarbejder i chatten")
		if ((k < start && grammar.firstPersons.hasIn(id, langs)) || grammar.userObjects.hasIn(id, langs) || grammar.imperatives.hasIn(id, langs) || (marks.anyUrged && marks.urged[k] !== 0)) return false;
	}
	return true;
}

/** Whether a conditional or "when" word stands within reach of the customer at word `customer`, in its sentence and before the request at `start`. */
function openedAsCase(ids: Int32Array, grammar: Grammar, langs: number, customer: number, start: number): boolean {
	for (let k = customer - 1; k >= 0 && k >= customer - OPENER_REACH && ids[k] !== SENTENCE_BOUNDARY; k--) {
		if (opensCase(ids[k], grammar, langs)) return true;
	}
	for (let k = customer + 1; k < start && k <= customer + OPENER_REACH; k++) {
		if (opensCase(ids[k], grammar, langs)) return true;
	}
	return false;
}

function opensCase(id: number, grammar: Grammar, langs: number): boolean {
	return grammar.conditionals.hasIn(id, langs) || grammar.whens.hasIn(id, langs);
}
