/**
 * Questions closed by saying they were asked only to know: "does the chat ever pass you on to a human agent? just
 * curious, no need now", "il peut transférer vers un conseiller humain ? c'est juste pour savoir", "bisa sambungin ke
 * admin beneran? cuma penasaran". A short sentence right after a question mark, with a word of curiosity (pack list
 * `curiosities`) among its first words and nothing asked in it, says the question asked about the handover, not for
 * it. After a request that is no question ("put me through to a receptionist. just curious, how long is the wait?") or
 * in a longer sentence that goes on ("just wondering, because I really need one today") the request stands.
 */
import type { Grammar } from './grammar';
import { SENTENCE_BOUNDARY as sentence_boundary, type Tokens, UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const SENTENCE_BOUNDARY = sentence_boundary;
const UNKNOWN = unknown;
/** How many words the closing sentence may have, its curiosity word among them: "c'est juste pour savoir", "solo por curiosidad, no hace falta ahora". */
const CLOSING_WORDS = 7;
const QUESTION_MARK = 63;
const FULLWIDTH_QUESTION_MARK = 0xff1f;

/**
 * Whether the clause opening at word `opening` starts a short sentence of curiosity after a question mark. The
 * caller passes only clauses after everything asked, so nothing in the sentence asks.
 */
export function closesWithCuriosity(tokens: Tokens, opening: number, grammar: Grammar, langs: number): boolean {
	const { id: ids, count } = tokens;
	if (opening < 2 || ids[opening - 1] !== SENTENCE_BOUNDARY || ids[opening - 2] < UNKNOWN || !questionMarkBetween(tokens, opening - 2, opening)) return false;
	let words = 0;
	let curious = false;
	for (let k = opening; k < count && ids[k] !== SENTENCE_BOUNDARY; k++) {
		if (ids[k] < UNKNOWN) continue; // a comma
		if (++words > CLOSING_WORDS) return false;
		if (grammar.curiosities.hasIn(ids[k], langs)) curious = true;
	}
	return curious;
}

/** Whether a question mark stands between word `before` and word `after`. */
function questionMarkBetween(tokens: Tokens, before: number, after: number): boolean {
	const { text } = tokens;
	const to = tokens.start[after];
	for (let i = tokens.end[before]; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c === QUESTION_MARK || c === FULLWIDTH_QUESTION_MARK) return true;
	}
	return false;
}
