/**
 * Normalising and scanning a message, each in one pass linear in its length (no regex that can backtrack).
 * Words are lower case without accents. A sentence end (. ! ? ; : …) and a comma are kept as boundaries:
 * phrases never match across them, and they limit the reach of a negation.
 */
import { APOSTROPHE, COMMA_CHAR, KIND, SENTENCE, WORD, kindOf, normalise } from './characters';

export { normalise };

export const SENTENCE_END = '|';
export const COMMA = ',';

/** Word numbers of things that are not known words. */
export const UNKNOWN = -1;
export const SENTENCE_BOUNDARY = -2;
export const COMMA_BOUNDARY = -3;

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
