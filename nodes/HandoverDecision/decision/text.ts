/**
 * Normalising and scanning a message, each in one pass linear in its length (no regex that can backtrack).
 * Words are lower case without accents. A sentence end (. ! ? ; : …) and a comma are kept as boundaries:
 * phrases never match across them, and they limit the reach of a negation.
 */
import type { WordTable } from './wordTable';
import { APOSTROPHE as apostrophe, COMMA_CHAR as comma_char, KIND as kind_table, SENTENCE as sentence, WORD as word, isCapital, kindOf, latin1FoldedLength, normalise } from './characters';
// No re-exports here (`export { x } from`): compiled to CommonJS they are getters, and a getter turns this module's
// exports into a dictionary, so every read of UNKNOWN or a boundary in the matcher's loops became a lookup by name.
// Read once: an imported const compiles to a property read at every use, in the scan run per character.
const APOSTROPHE = apostrophe;
const COMMA_CHAR = comma_char;
const KIND = kind_table;
const SENTENCE = sentence;
const WORD = word;

const SENTENCE_END = '|';
const PERIOD = 46;
const SPACE = 32;
const COMMA = ',';

/** Word numbers of things that are not known words; the boundaries are the only numbers below UNKNOWN. */
const UNKNOWN = -1;
const SENTENCE_BOUNDARY = -2;
const COMMA_BOUNDARY = -3;
// Exported by list, so that this module's own uses (the scan, per word) read constants, not properties of `exports`.
export { SENTENCE_END, COMMA, UNKNOWN, SENTENCE_BOUNDARY, COMMA_BOUNDARY };

/** The hash of a word so far, extended by the unit `c`; 0 before its first unit. */
export function extendHash(hash: number, c: number): number {
	return (Math.imul(hash, 31) + c) | 0;
}

export function grownInt32(array: Int32Array, size: number): Int32Array {
	const bigger = new Int32Array(size);
	bigger.set(array);
	return bigger;
}

/** The words and boundaries of a text: where each is in the text, and its number in a WordTable. */
export class Tokens {
	count = 0;
	text = '';
	/** The message as written, before normalising (set with `setOriginal`): for the case of a name. */
	original = '';
	/** By offset in `text`, the offset in `original`; made the first time a message whose length changed asks. */
	private originalOffsets: Int32Array | null = null;
	private offsetsRead = false;
	start: Int32Array = new Int32Array(32);
	end: Int32Array = new Int32Array(32);
	id: Int32Array = new Int32Array(32);
	/** The indices of the words the table does not know, in order: the only ones a typo lookup looks at. */
	unknown: Int32Array = new Int32Array(32);
	unknownCount = 0;

	// the growing kept out of `push`, so that V8 inlines it in the scan, run per word
	push(start: number, end: number, id: number) {
		if (this.count === this.id.length) this.grow();
		this.start[this.count] = start;
		this.end[this.count] = end;
		this.id[this.count] = id;
		if (id === UNKNOWN) {
			if (this.unknownCount === this.unknown.length) this.unknown = grownInt32(this.unknown, 2 * this.unknown.length);
			this.unknown[this.unknownCount++] = this.count;
		}
		this.count++;
	}

	private grow() {
		this.start = grownInt32(this.start, 2 * this.count);
		this.end = grownInt32(this.end, 2 * this.count);
		this.id = grownInt32(this.id, 2 * this.count);
	}

	setOriginal(original: string) {
		this.original = original;
		this.offsetsRead = false;
	}

	/**
	 * Where word k starts in `original`, or -1 when that cannot be told. Normalising can change a message's length
	 * ("Straße" → strasse, "træner" → traener); then each character of the original is normalised alone to see where it went.
	 */
	originalStart(k: number): number {
		const start = this.start[k];
		if (this.original.length === this.text.length) return start;
		if (!this.offsetsRead) this.readOriginalOffsets();
		return this.originalOffsets === null ? -1 : this.originalOffsets[start];
	}

	/** Whether word k starts with a capital (ASCII or Latin-1) in the message as written. */
	capitalised(k: number): boolean {
		const at = this.originalStart(k);
		return at >= 0 && isCapital(this.original.charCodeAt(at));
	}

	private readOriginalOffsets() {
		this.offsetsRead = true;
		this.originalOffsets = null;
		const original = this.original;
		const offsets = new Int32Array(this.text.length);
		let at = 0;
		for (let i = 0; i < original.length; ) {
			const c = original.charCodeAt(i);
			const width = c <= 0xff || original.codePointAt(i)! <= 0xffff ? 1 : 2;
			// most messages that change length are Latin-1 ("Straße", "træner"): those units from a table, not a string each
			const folded = c <= 0xff ? latin1FoldedLength(c) : normalise(original.slice(i, i + width)).length;
			if (at + folded > offsets.length) return;
			for (let k = at; k < at + folded; k++) offsets[k] = i;
			at += folded;
			i += width;
		}
		if (at === offsets.length) this.originalOffsets = offsets;
	}

	/** Whether word k starts with a digit: a number, a phone number, "2km". */
	startsWithDigit(k: number): boolean {
		const c = this.text.charCodeAt(this.start[k]);
		return c >= 48 && c <= 57;
	}

	/** Whether word k is its text as it stands, with no apostrophe to leave out. */
	isPlain(k: number): boolean {
		return this.end[k] - this.start[k] <= 2 || kindOf(this.text.charCodeAt(this.end[k] - 2)) !== APOSTROPHE;
	}

	/** The text of token k: a word ("dont" for don't), `|` or `,`. */
	word(k: number): string {
		const id = this.id[k];
		if (id === SENTENCE_BOUNDARY) return SENTENCE_END;
		if (id === COMMA_BOUNDARY) return COMMA;
		const word = this.text.slice(this.start[k], this.end[k]);
		return this.isPlain(k) ? word : word.slice(0, -2) + word.slice(-1);
	}

	/** Tokens from..to joined by spaces, e.g. a matched phrase. */
	phrase(from: number, to: number): string {
		if (this.isVerbatim(from, to)) return this.text.slice(this.start[from], this.end[to - 1]);
		let phrase = '';
		for (let k = from; k < to; k++) phrase += k === from ? this.word(k) : ` ${this.word(k)}`;
		return phrase;
	}

	/** Whether tokens from..to are plain words one space apart, so that the text itself is their phrase. */
	private isVerbatim(from: number, to: number): boolean {
		if (to <= from) return false;
		for (let k = from; k < to; k++) {
			if (this.id[k] === SENTENCE_BOUNDARY || this.id[k] === COMMA_BOUNDARY || !this.isPlain(k)) return false;
			if (k > from && (this.start[k] !== this.end[k - 1] + 1 || this.text.charCodeAt(this.end[k - 1]) !== 32)) return false;
		}
		return true;
	}
}

/**
 * Scans a (normalised) text into `tokens`: words, then `|` for a run of sentence ends or `,` for commas between
 * words. An English n't keeps its word whole ("don't" → dont); any other apostrophe separates ("l'agent" → l agent),
 * as do hyphens, symbols and emoji. With a table, each word gets its number as it is read.
 */
export function scan(text: string, table: WordTable | null, tokens: Tokens = new Tokens(), abbreviations: WordTable | null = null): Tokens {
	tokens.count = tokens.unknownCount = 0;
	tokens.text = text;
	const length = text.length;
	let hash = 0;
	let boundary = 0;
	for (let i = 0; i < length; i++) {
		let c = text.charCodeAt(i);
		let kind = KIND[c];
		if (kind === WORD) {
			if (boundary !== 0 && tokens.count > 0 && !(boundary === SENTENCE_BOUNDARY && abbreviations !== null && isAbbreviationPeriod(text, tokens, i, abbreviations, hash))) {
				tokens.push(i, i, boundary);
			}
			boundary = 0;
			// the word read to its end in a loop of its own: per unit only the kind test and the hash
			const start = i;
			hash = extendHash(0, c);
			for (i++; i < length; i++) {
				c = text.charCodeAt(i);
				kind = KIND[c];
				if (kind !== WORD) break;
				hash = extendHash(hash, c);
			}
			if (i === length) {
				tokens.push(start, length, table === null ? UNKNOWN : table.find(text, start, length, -1, hash));
				break;
			}
			if (kind === APOSTROPHE && text.charCodeAt(i - 1) === 110 && text.charCodeAt(i + 1) === 116 && kindOf(text.charCodeAt(i + 2)) !== WORD) {
				hash = extendHash(hash, 116);
				i++;
				tokens.push(start, i + 1, table === null ? UNKNOWN : table.find(text, start, i + 1, i - 1, hash));
				continue;
			}
			tokens.push(start, i, table === null ? UNKNOWN : table.find(text, start, i, -1, hash));
		}
		if (kind === SENTENCE) boundary = SENTENCE_BOUNDARY;
		else if (kind === COMMA_CHAR && boundary === 0) boundary = COMMA_BOUNDARY;
	}
	return tokens;
}

/**
 * Whether the sentence end before the word at `next` is only the period of an abbreviation, the last token: "Sr. Paulo",
 * "tale m. en medarbejder". Not after a period or an apostrophe ("5 p.m. I want", "I'm."), nor with more than spaces after it.
 */
function isAbbreviationPeriod(text: string, tokens: Tokens, next: number, abbreviations: WordTable, hash: number): boolean {
	const last = tokens.count - 1;
	const end = tokens.end[last];
	if (abbreviations.find(text, tokens.start[last], end, -1, hash) === UNKNOWN) return false;
	if (text.charCodeAt(end) !== PERIOD) return false;
	for (let k = end + 1; k < next; k++) if (text.charCodeAt(k) !== SPACE) return false;
	const before = text.charCodeAt(tokens.start[last] - 1);
	return before !== PERIOD && kindOf(before) !== APOSTROPHE;
}

/** The tokens of a text as strings: words, `|` and `,`. */
export function tokenize(text: string): string[] {
	const tokens = scan(text, null);
	const words: string[] = [];
	for (let k = 0; k < tokens.count; k++) words.push(tokens.word(k));
	return words;
}

/** The words of a phrase from a pack or a user, normalised, with `*` kept as "any one word". */
export function phraseTokens(phrase: string): string[] {
	const result: string[] = [];
	phrase.split('*').forEach((part, index) => {
		if (index > 0) result.push('*');
		result.push(...tokenize(normalise(part)).filter((token) => token !== SENTENCE_END && token !== COMMA));
	});
	while (result[0] === '*') result.shift();
	while (result[result.length - 1] === '*') result.pop();
	return result;
}
