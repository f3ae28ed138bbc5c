/**
 * A contact said to the company for someone of the user's, with the number to call: "ring my dad on 22 33 44 55",
 * "pf liguem ao meu pai, 912 345 678", "ring lige til min far på 22 33 44 55", "appelez ma mère au 06 12 34 56 78",
 * "telponin ibu sy ya kak di 0812 3456 7890", "mpigieni baba kwa 0722 123 456". A word of `contactImperatives` opens
 * its clause (or follows an urger that does: "please", "pf", "tolong"), someone of the user's is its object (see
 * relationObjects.ts; a Swahili verb of `othersObjects` holds its object, "mpigieni"), and a phone number of seven
 * digits or more follows in its sentence. A subject or a negation before the verb makes it a plan or a refusal ("I'll
 * call my dad on …", "don't call my dad"), and so does a cancel before it.
 */
import type { Grammar } from './grammar';
import { CANCEL, NEGATION, WIDE_NEGATION } from './hitKinds';
import type { WordMarks } from './marks';
import { relationObjectEnd } from './relationObjects';
import { sendsThing } from './possibilities';
import type { Hits } from './scratch';
import { SENTENCE_BOUNDARY as sentence_boundary, type Tokens, UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const SENTENCE_BOUNDARY = sentence_boundary;
const UNKNOWN = unknown;
/** How far after the verb the number may stand: "ring | my dad on 22 33 44 55", "telponin | ibu sy ya kak di 0812 …". */
const NUMBER_REACH = 14;
/** The fewest digits of a phone number: "22 33 44 55", "912 345 678"; not a time, a date or an amount ("at 5", "on the 12th"). */
const PHONE_DIGITS = 7;
/** The longest urger before the verb: "por favor | liguem". */
const URGER_WORDS = 2;

/** Whether the message may hold such a request: a word of `contactImperatives`, read before the frames run on a message with no hit. */
export function mayCallSomeoneOfUser(tokens: Tokens, grammar: Grammar): boolean {
	const { id: ids, count } = tokens;
	for (let k = 0; k < count; k++) if (grammar.contactImperatives.has(ids[k])) return true;
	return false;
}

/** The span (verb to object) of a contact asked for someone of the user's with a phone number, or null. */
export function callForSomeoneOfUser(tokens: Tokens, marks: WordMarks, grammar: Grammar, hits: Hits): { start: number; end: number } | null {
	if (!marks.lists.has(grammar.contactImperatives)) return null;
	const { id: ids, count } = tokens;
	const langs = marks.langs;
	for (let verb = 0; verb < count; verb++) {
		if (!grammar.contactImperatives.hasIn(ids[verb], langs)) continue;
		const opener = openerBefore(ids, marks, verb);
		if (opener < 0 || negatedOrCancelledBefore(hits, opener, verb)) continue;
		const object = grammar.othersObjects.hasIn(ids[verb], langs) ? verb : relationObjectEnd(ids, count, marks, grammar, verb, verb);
		if (object < 0 || (object === verb && sendsThing(ids, count, grammar, langs, object)) || !phoneNumberAfter(tokens, object)) continue;
		return { start: verb, end: object + 1 };
	}
	return null;
}

/** Where the clause of the verb opens when nothing or only an urger stands before the verb in it: "please | call", "pf | liguem"; or -1. */
function openerBefore(ids: Int32Array, marks: WordMarks, verb: number): number {
	if (verb === 0 || ids[verb - 1] < UNKNOWN) return verb;
	if (!marks.anyUrged) return -1;
	for (let k = verb - 1; k >= 0 && k >= verb - URGER_WORDS && ids[k] >= UNKNOWN; k--) {
		if (marks.urged[k] !== 0 && (k === 0 || ids[k - 1] < UNKNOWN)) return k;
	}
	return -1;
}

/**
 * Whether a negation or a cancel starts just before the clause or in it up to the verb: "don't | call my dad". A
 * cancel on the object ("my mum" passes on her words elsewhere) is who is called here. Hits come ordered by start.
 */
export function negatedOrCancelledBefore(hits: Hits, from: number, verb: number): boolean {
	let low = 0;
	let high = hits.count;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (hits.start[middle] < from - 1) low = middle + 1;
		else high = middle;
	}
	for (let h = low; h < hits.count && hits.start[h] <= verb; h++) {
		const kind = hits.kind[h];
		if (kind === NEGATION || kind === WIDE_NEGATION || kind === CANCEL) return true;
	}
	return false;
}

/** Whether words that start with a digit, seven digits or more in all, follow `from` in its sentence. */
function phoneNumberAfter(tokens: Tokens, from: number): boolean {
	const { id: ids, count, start, end } = tokens;
	let digits = 0;
	for (let k = from + 1; k < count && k <= from + NUMBER_REACH && ids[k] !== SENTENCE_BOUNDARY; k++) {
		if (tokens.startsWithDigit(k) && (digits += end[k] - start[k]) >= PHONE_DIGITS) return true;
	}
	return false;
}
