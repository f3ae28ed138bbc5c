/**
 * Staff counted or priced as a unit of a product, not someone to talk to: a person word after a number or a word
 * that shares out ("a desk with 25 agents", "per agent", "hver agent", "kila wakala", "por atendente"), or in
 * Swahili, where numbers follow the noun, before one ("mawakala 60", "agents watano"). A count of one is no count:
 * "I need 1 human now" asks for someone. The same holds for a person found before its verb (frames.ts): "rombongan kami
 * 15 orang mau liburan, ada paket?" counts heads, asks for no one.
 */
import { PERSON } from './hitKinds';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { LANGUAGE_CODES } from './packs/types';
import { UNKNOWN as unknown, type Tokens } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
const NUMBER_AFTER_NOUN = 1 << LANGUAGE_CODES.indexOf('sw');
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const DIGIT_1 = 49;

/** Whether the fixed request at start…end is one person word counted or shared out as a unit. */
export function personCounted(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	// one person phrase: "agent", "staff member" ("can each staff member get their own login")
	if (marks.targetKind[start] !== PERSON || (end - start !== 1 && marks.targetEnd[start] !== end)) return false;
	if (start > 0 && counts(tokens, grammar, marks.langs, start - 1)) return true;
	if (start > 1 && countingNounBefore(tokens.id, grammar, marks.langs, start)) return true;
	return (marks.langs & NUMBER_AFTER_NOUN) !== 0 && end < tokens.count && counts(tokens, grammar, marks.langs, end);
}

/** Whether word k is a number above one, in digits or a word of `counters`, or a word that shares out ("per", "kila"). */
function counts(tokens: Tokens, grammar: Grammar, langs: number, k: number): boolean {
	const id = tokens.id[k];
	if (id < UNKNOWN) return false; // a boundary
	if (id !== UNKNOWN && grammar.counters.hasIn(id, langs)) return true;
	const from = tokens.start[k];
	const to = tokens.end[k];
	for (let c = from; c < to; c++) {
		const code = tokens.text.charCodeAt(c);
		if (code < DIGIT_0 || code > DIGIT_9) return false;
	}
	return !(to - from === 1 && tokens.text.charCodeAt(from) === DIGIT_1);
}

/** Whether a counting word of `counters` and its "of" (`associatives`) stand right before word k: "une trentaine | d' | agents". */
function countingNounBefore(ids: Int32Array, grammar: Grammar, langs: number, k: number): boolean {
	const counter = ids[k - 2];
	return counter !== UNKNOWN && grammar.associatives.hasIn(ids[k - 1], langs) && grammar.counters.hasIn(counter, langs);
}
