/**
 * Bounded typo tolerance: an unknown word of five letters or more is read as the grammar word it is one edit away
 * from (a letter added, dropped, changed, or two neighbours swapped): "somone" → someone, "persn" → person.
 * Only the grammar's own words are candidates, so ordinary words are never "corrected" into each other.
 */
import { UNKNOWN as unknown } from './text';
import type { WordTable } from './wordTable';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;

export const MIN_TYPO_LENGTH = 5;
const MAX_TYPO_LENGTH = 20;

/** Damerau distance of at most one, for words whose lengths differ by at most one. */
function oneEditApart(a: string, b: string): boolean {
	if (a.length < b.length) [a, b] = [b, a];
	if (a.length - b.length > 1) return false;
	let i = 0;
	while (i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
	if (i === b.length) return true;
	if (a.length > b.length) return a.slice(i + 1) === b.slice(i);
	if (a.slice(i + 1) === b.slice(i + 1)) return true;
	return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * Typos keep a word's first two letters, and an edit at the very end is an inflection more often than a typo
 * ("soporta" is not "soporte", "åbent" is not "agent"), unless it doubles the last letter.
 */
function plausibleTypo(word: string, candidate: string): boolean {
	if (word.charCodeAt(0) !== candidate.charCodeAt(0) || word.charCodeAt(1) !== candidate.charCodeAt(1)) return false;
	const [longer, shorter] = word.length >= candidate.length ? [word, candidate] : [candidate, word];
	if (longer.length === shorter.length) return longer.slice(0, -1) !== shorter.slice(0, -1);
	// a last letter typed twice is no inflection: "asesorr", "Mitarbeiterr"
	return longer.slice(0, -1) !== shorter || longer.charCodeAt(longer.length - 1) === longer.charCodeAt(longer.length - 2);
}

/**
 * A word whose last letter is typed three times or more, shouted or drawn out ("atendenteeee", "humanooo"): the
 * word with that run cut to one letter, then to two ("calll" → "call"), each tried by `known`; or UNKNOWN.
 */
export function unstretched(text: string, start: number, end: number, known: (word: string) => number): number {
	const last = text.charCodeAt(end - 1);
	if (end - start < 4 || text.charCodeAt(end - 2) !== last || text.charCodeAt(end - 3) !== last) return UNKNOWN;
	let runStart = end - 3;
	while (runStart > start && text.charCodeAt(runStart - 1) === last) runStart--;
	if (runStart - start < 2) return UNKNOWN;
	const stem = text.slice(start, runStart + 1);
	const once = known(stem);
	return once !== UNKNOWN ? once : known(stem + text[end - 1]);
}

/** First two letters, last letter and length, folded into a number (collisions only let more words through). */
function shape(text: string, start: number, end: number, length: number): number {
	const letters = (text.charCodeAt(start) * 31 + text.charCodeAt(start + 1)) * 31 + text.charCodeAt(end - 1);
	return ((letters & 0x3ffffff) << 5) | (length & 31);
}

/** Polynomial hashes mod 2^32, so a word's one-letter deletions can be looked up without making strings of them. */
const BASE = 0x01000193;
const POWERS = new Int32Array(MAX_TYPO_LENGTH + 2);
POWERS[0] = 1;
for (let k = 1; k < POWERS.length; k++) POWERS[k] = Math.imul(POWERS[k - 1], BASE);

function hash(text: string): number {
	let h = 0;
	for (let i = 0; i < text.length; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
	return h;
}

/** A lexicon word, or one of its one-letter deletions, with the lexicon words it comes from. */
interface Variant {
	text: string;
	words: string[];
}

/** Whether text[start..end) with the unit at `skip` left out (-1: none) is `variant`. */
function spells(variant: string, text: string, start: number, end: number, skip: number): boolean {
	if (variant.length !== end - start - (skip < 0 ? 0 : 1)) return false;
	let k = 0;
	for (let i = start; i < end; i++) {
		if (i === skip) continue;
		if (text.charCodeAt(i) !== variant.charCodeAt(k++)) return false;
	}
	return true;
}

const PREFILTER_BITS = 17;
const PREFILTER_WORDS = 1 << (PREFILTER_BITS - 5);

function bitOf(key: number): number {
	return Math.imul(key, 0x9e3779b1) >>> (32 - PREFILTER_BITS);
}

function setBit(bits: Int32Array, key: number) {
	const bit = bitOf(key);
	bits[bit >>> 5] |= 1 << (bit & 31);
}

function hasBit(bits: Int32Array, key: number): boolean {
	const bit = bitOf(key);
	return (bits[bit >>> 5] & (1 << (bit & 31))) !== 0;
}

/**
 * A set of int32 keys, each with a number, by open addressing in typed arrays. A Map or Set keyed by hashes boxes every
 * key beyond the small-integer range (half of them) each time it hashes one: it was most of the cost of a typo lookup.
 */
class Int32Keys {
	private readonly keys: Int32Array;
	/** By slot: the key's number + 1, or 0 for an empty slot. */
	private readonly numbers: Int32Array;
	private readonly mask: number;

	constructor(entries: Iterable<[number, number]>, count: number) {
		let size = 2;
		while (size < 2 * count) size *= 2;
		this.keys = new Int32Array(size);
		this.numbers = new Int32Array(size);
		this.mask = size - 1;
		for (const [key, number] of entries) {
			let slot = this.slotOf(key);
			while (this.numbers[slot] !== 0) slot = (slot + 1) & this.mask;
			this.keys[slot] = key;
			this.numbers[slot] = number + 1;
		}
	}

	private slotOf(key: number): number {
		return (Math.imul(key, 0x9e3779b1) >>> 7) & this.mask;
	}

	/** The number of `key`, or -1 when it is not in the set. */
	numberOf(key: number): number {
		const { keys, numbers, mask } = this;
		for (let slot = this.slotOf(key); ; slot = (slot + 1) & mask) {
			const number = numbers[slot];
			if (number === 0) return -1;
			if (keys[slot] === key) return number - 1;
		}
	}
}

export class TypoIndex {
	/** By hash: each lexicon word and each of its one-letter deletions, with the words it comes from (a bucket of `buckets`). */
	private readonly variants: Int32Keys;
	private readonly buckets: Variant[][];
	private readonly table: WordTable;
	/**
	 * The shape of every word a typo could be of: a plausible typo keeps the first two letters and, its edit not
	 * being at the very end, the last letter. Most unknown words are passed over on this at once.
	 */
	private readonly shapes: Int32Keys;
	/** A bit per (mixed) key of `variants` and of `shapes`: most lookups end on a clear bit, without probing the key tables. */
	private readonly variantBits = new Int32Array(PREFILTER_WORDS);
	private readonly shapeBits = new Int32Array(PREFILTER_WORDS);
	/** Prefix hashes of the word being corrected. */
	private readonly prefix = new Int32Array(MAX_TYPO_LENGTH + 1);

	constructor(table: WordTable, lexicon: Iterable<string>) {
		this.table = table;
		const variants = new Map<number, Variant[]>();
		const shapes = new Set<number>();
		for (const word of new Set(lexicon)) {
			if (word.length < MIN_TYPO_LENGTH || word.length > MAX_TYPO_LENGTH) continue;
			this.note(variants, word, word);
			for (let length = word.length - 1; length <= word.length + 1; length++) {
				const key = shape(word, 0, word.length, length);
				shapes.add(key);
				setBit(this.shapeBits, key);
			}
			for (let i = 0; i < word.length; i++) this.note(variants, word.slice(0, i) + word.slice(i + 1), word);
		}
		this.buckets = [...variants.values()];
		this.variants = new Int32Keys([...variants.keys()].map((key, index) => [key, index]), variants.size);
		this.shapes = new Int32Keys([...shapes].map((key) => [key, 0]), shapes.size);
	}

	private note(variants: Map<number, Variant[]>, text: string, word: string) {
		const key = hash(text);
		setBit(this.variantBits, key);
		const bucket = variants.get(key);
		const variant = bucket?.find((known) => known.text === text);
		if (variant === undefined) {
			if (bucket === undefined) variants.set(key, [{ text, words: [word] }]);
			else bucket.push({ text, words: [word] });
		} else if (!variant.words.includes(word)) variant.words.push(word);
	}

	/** Whether text[start..end) could be a typo of a lexicon word: cheap, before making a string of it. */
	mightBe(text: string, start: number, end: number): boolean {
		const key = shape(text, start, end, end - start);
		return hasBit(this.shapeBits, key) && this.shapes.numberOf(key) >= 0;
	}

	/**
	 * The number of the lexicon word one edit from text[start..end), or UNKNOWN: first the word itself as a deletion
	 * of a lexicon word, then the word with each of its letters left out in turn.
	 */
	correctAt(text: string, start: number, end: number): number {
		const length = end - start;
		if (length < MIN_TYPO_LENGTH || length > MAX_TYPO_LENGTH) return UNKNOWN;
		const prefix = this.prefix;
		for (let i = 0; i < length; i++) prefix[i + 1] = (Math.imul(prefix[i], BASE) + text.charCodeAt(start + i)) | 0;
		const found = this.lookup(prefix[length], text, start, end, -1);
		if (found !== UNKNOWN) return found;
		for (let i = 0; i < length; i++) {
			const scale = POWERS[length - 1 - i];
			const key = (Math.imul(prefix[i], scale) + prefix[length] - Math.imul(prefix[i + 1], scale)) | 0;
			const match = this.lookup(key, text, start, end, start + i);
			if (match !== UNKNOWN) return match;
		}
		return UNKNOWN;
	}

	/** The same for a word given as a string. */
	correct(word: string): number {
		return this.correctAt(word, 0, word.length);
	}

	private lookup(key: number, text: string, start: number, end: number, skip: number): number {
		if (!hasBit(this.variantBits, key)) return UNKNOWN;
		const number = this.variants.numberOf(key);
		if (number < 0) return UNKNOWN;
		for (const variant of this.buckets[number]) {
			if (!spells(variant.text, text, start, end, skip)) continue;
			const word = text.slice(start, end);
			for (const candidate of variant.words) {
				if (plausibleTypo(word, candidate) && oneEditApart(word, candidate)) return this.table.lookup(candidate);
			}
		}
		return UNKNOWN;
	}
}
