/**
 * Normalising and scanning a message, each in one pass linear in its length (no regex that can backtrack).
 * Words are lower case without accents. A sentence end (. ! ? ; : …) and a comma are kept as boundaries:
 * phrases never match across them, and they limit the reach of a negation.
 */

export const SENTENCE_END = '|';
export const COMMA = ',';

/** Word numbers of things that are not known words. */
export const UNKNOWN = -1;
export const SENTENCE_BOUNDARY = -2;
export const COMMA_BOUNDARY = -3;

const SEPARATOR = 0;
const WORD = 1;
const SENTENCE = 2;
const COMMA_CHAR = 3;
const APOSTROPHE = 4;

const ASCII_KIND = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_KIND[c] = WORD;
for (let c = 65; c <= 90; c++) ASCII_KIND[c] = WORD;
for (let c = 97; c <= 122; c++) ASCII_KIND[c] = WORD;
for (const ch of '.!?;:()\n\r') ASCII_KIND[ch.charCodeAt(0)] = SENTENCE;
ASCII_KIND[44] = COMMA_CHAR;
ASCII_KIND[39] = APOSTROPHE; // '
ASCII_KIND[96] = APOSTROPHE; // `

/** Letters of every script are word characters; punctuation, symbols, emoji and × ÷ are not. */
function wideKind(c: number): number {
	if (c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0xb4) return APOSTROPHE;
	if (c === 0xa1 || c === 0xbf) return SENTENCE; // ¡ ¿
	if (c < 0xc0) return SEPARATOR; // no-break space, « », ©, ° …
	if (c < 0x2000) return c === 0xd7 || c === 0xf7 ? SEPARATOR : WORD;
	if (c === 0x2026 || c === 0x203c || (c >= 0x2047 && c <= 0x2049) || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff0e) {
		return SENTENCE;
	}
	if (c === 0x3001 || c === 0xff0c) return COMMA_CHAR;
	if (c < 0x2c00) return SEPARATOR; // general punctuation, symbols, arrows
	if (c >= 0x3000 && c < 0x3040) return SEPARATOR; // CJK punctuation
	if (c >= 0xd800 && c < 0xe000) return SEPARATOR; // emoji (surrogate pairs)
	if (c >= 0xfe00 && c < 0xfe10) return SEPARATOR; // variation selectors
	if (c >= 0xff00 && c < 0xff66) return SEPARATOR; // full-width punctuation
	return WORD;
}

/** The kind of every UTF-16 code unit, looked up once at load so that scanning any script costs one read per unit. */
const KIND = new Uint8Array(0x10000);
KIND.set(ASCII_KIND);
for (let c = 128; c < 0x10000; c++) KIND[c] = wideKind(c);

function kindOf(c: number): number {
	return Number.isNaN(c) ? SEPARATOR : KIND[c]; // NaN: past the end of the text
}

const NON_ASCII = /[\u0080-\uffff]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const UNDECOMPOSED = /[øæœßłđðþı]/g;
const UNDECOMPOSED_AS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

function foldFully(lower: string): string {
	return lower
		.normalize('NFD')
		.replace(COMBINING_MARKS, '')
		.replace(UNDECOMPOSED, (ch) => UNDECOMPOSED_AS[ch]);
}

/** Characters that decompose: combining marks, Greek, Cyrillic, Vietnamese, Hangul, compatibility ideographs… */
function needsDecomposing(c: number): boolean {
	return (c >= 0x250 && c <= 0x1fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfb4f);
}

/** Each Latin letter from U+00C0 on folded once, so most messages skip Unicode decomposition (same result). */
const LATIN_FOLDED: string[] = [];
for (let code = 0xc0; code <= 0x24f; code++) LATIN_FOLDED.push(foldFully(String.fromCharCode(code)));

/** A sentinel: the unit lowers to a character that needs decomposing, so the whole text takes the full path. */
const DECOMPOSE = '\u0000';
/**
 * Per UTF-16 unit, filled in on first sight: its lower case with Latin accents folded, or null when that is the unit
 * itself. Lower-casing goes unit by unit, except for Σ (final sigma), which is Greek and so takes the full path.
 */
const UNIT_FOLD = new Array<string | null | undefined>(0x10000).fill(undefined);
/** Per high surrogate, filled in on first sight: whether a character it starts has a lower case (Deseret, Adlam…). */
const CASED_PLANE = new Array<boolean | undefined>(0x400).fill(undefined);

function unitFold(c: number): string | null {
	const unit = String.fromCharCode(c);
	const lower = unit.toLowerCase();
	let folded = '';
	for (let i = 0; i < lower.length; i++) {
		const l = lower.charCodeAt(i);
		if (needsDecomposing(l)) return DECOMPOSE;
		folded += l >= 0xc0 && l <= 0x24f ? LATIN_FOLDED[l - 0xc0] : lower[i];
	}
	return folded === unit ? null : folded;
}

function casedPlane(high: number): boolean {
	for (let low = 0xdc00; low < 0xe000; low++) {
		const pair = String.fromCharCode(high, low);
		if (pair.toLowerCase() !== pair) return true;
	}
	return false;
}

/** Lower case without accents or diacritics: "Rådgiver" → "radgiver", "Atención" → "atencion", "Straße" → "strasse". */
export function normalise(text: string): string {
	if (!NON_ASCII.test(text)) return text.toLowerCase();
	// Unit by unit rather than lower-casing the whole text first: emoji and symbols are neither changed nor copied.
	let folded = '';
	let from = 0;
	for (let i = 0, n = text.length; i < n; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x41 || (c > 0x5a && c < 0xc0)) continue; // nothing to lower or fold
		let unit = UNIT_FOLD[c];
		if (unit === undefined) unit = UNIT_FOLD[c] = unitFold(c);
		if (unit === DECOMPOSE) return foldFully(text.toLowerCase());
		if (c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
			if (!(CASED_PLANE[c - 0xd800] ??= casedPlane(c))) continue;
			folded += text.slice(from, i) + text.slice(i, i + 2).toLowerCase();
			from = ++i + 1;
			continue;
		}
		if (unit === null) continue;
		folded += text.slice(from, i) + unit;
		from = i + 1;
	}
	return from === 0 ? text : folded + text.slice(from);
}

/** Letters and digits of ASCII, case-insensitive, as columns of the word table. */
const ASCII_COLUMN = new Int8Array(128).fill(-1);
for (let c = 97; c <= 122; c++) ASCII_COLUMN[c] = ASCII_COLUMN[c - 32] = c - 97;
for (let c = 48; c <= 57; c++) ASCII_COLUMN[c] = 26 + c - 48;
const COLUMNS = 36;

/**
 * Known words as a character automaton: reading a word character by character gives its number, without
 * making a string of it or hashing one. ASCII steps are an array read; other letters a map lookup.
 */
export class WordTable {
	private next = new Int32Array(COLUMNS * 64).fill(-1);
	private readonly wide = new Map<number, number>();
	private accepts: number[] = [UNKNOWN];
	private readonly numbers = new Map<string, number>();

	get size(): number {
		return this.numbers.size;
	}

	/** The number of a known word, or UNKNOWN. */
	lookup(word: string): number {
		return this.numbers.get(word) ?? UNKNOWN;
	}

	/** The number of a word (one token, normalised), adding it when new. */
	add(word: string): number {
		const known = this.numbers.get(word);
		if (known !== undefined) return known;
		let state = 0;
		for (let i = 0; i < word.length; i++) {
			const c = word.charCodeAt(i);
			let target = this.step(state, c);
			if (target < 0) {
				target = this.accepts.length;
				this.accepts.push(UNKNOWN);
				if ((target + 1) * COLUMNS > this.next.length) {
					const grown = new Int32Array(this.next.length * 2).fill(-1);
					grown.set(this.next);
					this.next = grown;
				}
				if (c < 128 && ASCII_COLUMN[c] >= 0) this.next[state * COLUMNS + ASCII_COLUMN[c]] = target;
				else this.wide.set(state * 0x10000 + c, target);
			}
			state = target;
		}
		const number = this.numbers.size;
		this.numbers.set(word, number);
		this.accepts[state] = number;
		return number;
	}

	/** Where a word that has read `state` so far goes with character `c`; -1 when no known word continues so. */
	step(state: number, c: number): number {
		if (c < 128) {
			const column = ASCII_COLUMN[c];
			return column < 0 ? -1 : this.next[state * COLUMNS + column];
		}
		return this.wide.get(state * 0x10000 + c) ?? -1;
	}

	/** The number of the word that ends in `state`, or UNKNOWN. */
	accept(state: number): number {
		return state < 0 ? UNKNOWN : this.accepts[state];
	}
}

/** The words and boundaries of a text: where each is in the text, and its number in a WordTable. */
export class Tokens {
	count = 0;
	text = '';
	start = new Int32Array(32);
	end = new Int32Array(32);
	id = new Int32Array(32);

	push(start: number, end: number, id: number) {
		if (this.count === this.id.length) {
			const grow = (array: Int32Array) => {
				const grown = new Int32Array(array.length * 2);
				grown.set(array);
				return grown;
			};
			this.start = grow(this.start);
			this.end = grow(this.end);
			this.id = grow(this.id);
		}
		this.start[this.count] = start;
		this.end[this.count] = end;
		this.id[this.count] = id;
		this.count++;
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
		const words: string[] = [];
		for (let k = from; k < to; k++) words.push(this.word(k));
		return words.join(' ');
	}
}

/**
 * Scans a (normalised) text into `tokens`: words, then `|` for a run of sentence ends or `,` for commas between
 * words. An English n't keeps its word whole ("don't" → dont); any other apostrophe separates ("l'agent" → l agent),
 * as do hyphens, symbols and emoji. With a table, each word gets its number as it is read.
 */
export function scan(text: string, table: WordTable | null, tokens: Tokens = new Tokens()): Tokens {
	tokens.count = 0;
	tokens.text = text;
	const length = text.length;
	let start = -1;
	let state = 0;
	let boundary = 0;
	for (let i = 0; i < length; i++) {
		const c = text.charCodeAt(i);
		const kind = KIND[c];
		if (kind === WORD) {
			if (start < 0) {
				if (boundary !== 0 && tokens.count > 0) tokens.push(i, i, boundary);
				boundary = 0;
				start = i;
				state = 0;
			}
			if (table !== null && state >= 0) state = table.step(state, c);
			continue;
		}
		if (start >= 0) {
			if (kind === APOSTROPHE && text.charCodeAt(i - 1) === 110 && text.charCodeAt(i + 1) === 116 && kindOf(text.charCodeAt(i + 2)) !== WORD) {
				if (table !== null && state >= 0) state = table.step(state, 116);
				i++;
				tokens.push(start, i + 1, table === null ? UNKNOWN : table.accept(state));
			} else {
				tokens.push(start, i, table === null ? UNKNOWN : table.accept(state));
			}
			start = -1;
		}
		if (kind === SENTENCE) boundary = SENTENCE_BOUNDARY;
		else if (kind === COMMA_CHAR && boundary === 0) boundary = COMMA_BOUNDARY;
	}
	if (start >= 0) tokens.push(start, length, table === null ? UNKNOWN : table.accept(state));
	return tokens;
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
