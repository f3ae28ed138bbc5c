/** The grammar's known words, each with its number, found by the hash a scan computes as it reads (text.ts). */
import { UNKNOWN as unknown, extendHash, grownInt32 } from './text';
// Read once: an imported const compiles to a property read at every use, and find() runs once per word.
const UNKNOWN = unknown;

/**
 * Known words, looked up by the hash a scan computes as it reads a word: per character only arithmetic, per word
 * one probe of a small open-addressing table, then the characters compared. No string is made of a word.
 */
export class WordTable {
	private readonly numbers = new Map<string, number>();
	/** By word number: its hash, and where its characters are in `chars`. */
	private hashes: Int32Array = new Int32Array(256);
	private offsets: Int32Array = new Int32Array(257);
	private chars = new Uint16Array(2048);
	/** By slot, side by side: a word's hash and its number + 1 (0: empty slot); at most half the slots are used. */
	private slots = new Int32Array(2 * 1024);

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
		const number = this.numbers.size;
		this.numbers.set(word, number);
		if (number + 1 >= this.hashes.length) {
			this.hashes = grownInt32(this.hashes, this.hashes.length * 2);
			this.offsets = grownInt32(this.offsets, this.offsets.length * 2);
		}
		const from = this.offsets[number];
		if (from + word.length > this.chars.length) {
			const chars = new Uint16Array(Math.max(this.chars.length * 2, from + word.length));
			chars.set(this.chars);
			this.chars = chars;
		}
		let hash = 0;
		for (let i = 0; i < word.length; i++) {
			const c = word.charCodeAt(i);
			this.chars[from + i] = c;
			hash = extendHash(hash, c);
		}
		this.offsets[number + 1] = from + word.length;
		this.hashes[number] = hash;
		if (4 * (number + 1) > this.slots.length) {
			this.slots = new Int32Array(this.slots.length * 2);
			for (let k = 0; k <= number; k++) this.place(k);
		} else this.place(number);
		return number;
	}

	private place(number: number) {
		const mask = (this.slots.length >> 1) - 1;
		let slot = slotOf(this.hashes[number], mask);
		while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
		this.slots[2 * slot] = this.hashes[number];
		this.slots[2 * slot + 1] = number + 1;
	}

	/** The number of the word text[start..end) with the unit at `skip` left out (-1: none), whose hash is `hash`; or UNKNOWN. */
	find(text: string, start: number, end: number, skip: number, hash: number): number {
		const slots = this.slots;
		const mask = (slots.length >> 1) - 1;
		const length = end - start - (skip < 0 ? 0 : 1);
		for (let slot = slotOf(hash, mask); ; slot = (slot + 1) & mask) {
			const number = slots[2 * slot + 1] - 1;
			if (number < 0) return UNKNOWN;
			if (slots[2 * slot] !== hash) continue;
			const from = this.offsets[number];
			if (this.offsets[number + 1] - from !== length) continue;
			if (skip < 0 ? this.spells(from, text, start, end) : this.spellsSkipping(from, text, start, end, skip)) return number;
		}
	}

	private spells(from: number, text: string, start: number, end: number): boolean {
		const chars = this.chars;
		for (let i = start, k = from; i < end; i++, k++) if (text.charCodeAt(i) !== chars[k]) return false;
		return true;
	}

	private spellsSkipping(from: number, text: string, start: number, end: number, skip: number): boolean {
		let k = from;
		for (let i = start; i < end; i++) if (i !== skip && text.charCodeAt(i) !== this.chars[k++]) return false;
		return true;
	}
}

function slotOf(hash: number, mask: number): number {
	return (Math.imul(hash, 0x9e3779b1) >>> 16) & mask;
}
