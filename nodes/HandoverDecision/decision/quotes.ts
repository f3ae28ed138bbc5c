/**
 * A request inside quotation marks that the message gives as someone's or something's words: "my son typed "get me a
 * human", please ignore it", "minha chefe me mandou 'pede pra falar com o suporte'", "di email tertulis 'petugas kami
 * akan menghubungi anda'", "In einer Bewertung stand: „Ich will einen Mitarbeiter sprechen!“", "bot iseme "hakuna
 * mhudumu"". Quoted, it asks nothing now. The quotes are attributed by a disown word anywhere outside them, or by a
 * word of the pack's `reports` or `quoteSources` (a verb of saying, typing or showing, a sign, a button) just before
 * or after them, unless the user is that word's subject ("I said it twice: 'HUMAN'"); a label's name or a verb of pressing
 * one (`quoteLabels`) just before them makes them a label's text whoever pressed or read it ("jeg trykker på knappen "ring
 * mig op", men der sker ingenting", "Jeg har læst artiklen "Få fat i en rådgiver""). A request outside the quotes
 * still asks ("the sign says 'ask staff', so put me through"), and so does one only naming a quoted team ("connect me
 * to 'Accounts'"). Read only for a request that nothing else blocked; the text's quotes are found once per message.
 */
import { KIND, WORD } from './characters';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { saidByUser } from './reports';
import { grown } from './scratch';
import { COMMA_BOUNDARY as comma_boundary, SENTENCE_BOUNDARY as sentence_boundary, type Tokens } from './text';
// Read once: an imported const compiles to a property read at every use.
const COMMA_BOUNDARY = comma_boundary;
const SENTENCE_BOUNDARY = sentence_boundary;
/** How many words before the opening mark its attribution may stand: "mandou [aí em cima] | '", "ada tulisan | '", "said it twice: | '". */
const BEFORE_REACH = 4;
/** And after the closing mark: "„…“ | stand auf dem Schild". */
const AFTER_REACH = 2;

/** " “ ” „ ‟ « »: a double quote mark of any language, opening or closing (German „…“ and Danish »…« turn them round). */
function isDoubleMark(c: number): boolean {
	return c === 34 || (c >= 0x201c && c <= 0x201f) || c === 0xab || c === 0xbb;
}

/** ' ` ‘ ’ ‚ ‛: a single quote mark, which is an apostrophe too ("I'd", "d'un", "ng'ombe", Danish "ha'"). */
function isSingleMark(c: number): boolean {
	return c === 39 || c === 96 || (c >= 0x2018 && c <= 0x201b);
}

const NOT_A_MARK = 0;
const DOUBLE_MARK = 1;
const SINGLE_MARK = 2;
/** The kind of quote mark of every UTF-16 unit, looked up once at load: reading a text for quotes costs one read per unit. */
const QUOTE_MARK = new Uint8Array(0x10000);
for (let c = 0; c < QUOTE_MARK.length; c++) QUOTE_MARK[c] = isDoubleMark(c) ? DOUBLE_MARK : isSingleMark(c) ? SINGLE_MARK : NOT_A_MARK;

/**
 * The quote pairs of the message's text, by character: opening at 2i, closing at 2i + 1. Kept by the matcher's
 * WordMarks, which forgets them for each message, and read when a request first needs them, so a message's text is
 * scanned once however many requests it has. (Keyed on the text instead, a text equal to the last one read but another
 * string was compared in full at every request.)
 */
export class QuotePairs {
	pairs = new Int32Array(16);
	/** How many pairs were read, or -1 before they are read. */
	count = -1;

	forget() {
		this.count = -1;
	}

	private add(opening: number, closing: number) {
		if (2 * this.count + 2 > this.pairs.length) this.pairs = grown(this.pairs, 2 * this.count + 2);
		this.pairs[2 * this.count] = opening;
		this.pairs[2 * this.count + 1] = closing;
		this.count++;
	}

	/**
	 * Double marks pair in order. A single mark opens a quote only at a word's start (no letter before it, one after it)
	 * and closes the open one only at a word's end (no space before it, no letter after it): an apostrophe inside a word
	 * is neither, and one closing a word ("ha' en") with no quote open is left alone, as is a quote never closed.
	 */
	read(text: string) {
		if (this.count >= 0) return;
		this.count = 0;
		let double = -1;
		let single = -1;
		for (let i = 0; i < text.length; i++) {
			const mark = QUOTE_MARK[text.charCodeAt(i)];
			if (mark === NOT_A_MARK) continue;
			if (mark === DOUBLE_MARK) {
				if (double < 0) double = i;
				else {
					this.add(double, i);
					double = -1;
				}
			} else {
				const letterBefore = i > 0 && KIND[text.charCodeAt(i - 1)] === WORD;
				const letterAfter = i + 1 < text.length && KIND[text.charCodeAt(i + 1)] === WORD;
				if (single < 0 && !letterBefore && letterAfter) single = i;
				else if (single >= 0 && !letterAfter && i > single + 1 && text.charCodeAt(i - 1) !== 32) {
					this.add(single, i);
					single = -1;
				}
			}
		}
	}
}

/** Whether words start..end stand inside a pair of quotation marks that the message attributes to someone or something. */
export function quotedRequest(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	// a quote counts only when disowned or attributed: without such a word the text need not be read for quotes
	if (!marks.anyDisowned && !marks.lists.has(grammar.quoteSources) && !marks.lists.has(grammar.reports) && !marks.lists.has(grammar.quoteLabels)) return false;
	const quotes = marks.quotes;
	quotes.read(tokens.text);
	if (quotes.count === 0) return false;
	const { pairs } = quotes;
	const from = tokens.start[start];
	const to = tokens.end[end - 1];
	for (let p = 0; p < quotes.count; p++) {
		const opening = pairs[2 * p];
		const closing = pairs[2 * p + 1];
		// a request may run on past the closing mark ("typed "get me an agent" into the chat"): its first word is quoted
		if (opening >= from || closing < Math.min(to, tokens.end[start])) continue;
		let first = start;
		while (first > 0 && tokens.start[first - 1] > opening) first--;
		let after = start;
		while (after < tokens.count && tokens.start[after] < closing) after++;
		if (marks.anyDisowned && (marks.firstDisown < first || marks.lastDisown >= after)) return true;
		if (attributedBefore(tokens.id, marks, grammar, first) || attributedAfter(tokens.id, tokens.count, marks, grammar, after)) return true;
	}
	return false;
}

function attributes(id: number, grammar: Grammar, langs: number): boolean {
	return grammar.quoteSources.hasIn(id, langs) || grammar.reports.hasIn(id, langs);
}

/** Whether the words just before the opening mark (past one boundary right before it: "stand: „") attribute the quote to someone other than the user. */
function attributedBefore(ids: Int32Array, marks: WordMarks, grammar: Grammar, first: number): boolean {
	let k = first - 1;
	if (k >= 0 && (ids[k] === SENTENCE_BOUNDARY || ids[k] === COMMA_BOUNDARY)) k--;
	for (let seen = 0; k >= 0 && seen < BEFORE_REACH && ids[k] !== SENTENCE_BOUNDARY; k--, seen++) {
		// a label's text is no one's words, whoever pressed or read it: "jeg trykker på | "tal med en medarbejder""
		if (grammar.quoteLabels.hasIn(ids[k], marks.langs)) return true;
		if (attributes(ids[k], grammar, marks.langs)) return !saidByUser(ids, marks, grammar, k);
	}
	return false;
}

/** Whether a word just after the closing mark attributes the quote: "„…“ stand auf dem Schild". */
function attributedAfter(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, after: number): boolean {
	for (let k = after; k < count && k < after + AFTER_REACH && ids[k] !== SENTENCE_BOUNDARY; k++) {
		if (attributes(ids[k], grammar, marks.langs)) return !saidByUser(ids, marks, grammar, k);
	}
	return false;
}
