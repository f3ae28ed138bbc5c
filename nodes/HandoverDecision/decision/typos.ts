/**
 * Bounded typo tolerance: an unknown word of five letters or more is read as the grammar word it is one edit away
 * from (a letter added, dropped, changed, or two neighbours swapped): "somone" → someone, "persn" → person.
 * Only the grammar's own words are candidates, so ordinary words are never "corrected" into each other.
 */
import { UNKNOWN, WordTable } from './text';

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
 * ("soporta" is not "soporte", "åbent" is not "agent").
 */
function plausibleTypo(word: string, candidate: string): boolean {
	if (word.charCodeAt(0) !== candidate.charCodeAt(0) || word.charCodeAt(1) !== candidate.charCodeAt(1)) return false;
	const [longer, shorter] = word.length >= candidate.length ? [word, candidate] : [candidate, word];
	const atTheEndOnly = longer.length === shorter.length ? longer.slice(0, -1) === shorter.slice(0, -1) : longer.slice(0, -1) === shorter;
	return !atTheEndOnly;
}

/** First two letters, last letter and length, folded into a number (collisions only let more words through). */
function shape(text: string, start: number, end: number, length: number): number {
	const letters = (text.charCodeAt(start) * 31 + text.charCodeAt(start + 1)) * 31 + text.charCodeAt(end - 1);
	return ((letters & 0x3ffffff) << 5) | (length & 31);
}

export class TypoIndex {
	/** Each lexicon word and each of its one-letter deletions → the words it comes from. */
	private readonly variants = new Map<string, string[]>();
	private readonly table: WordTable;
	/**
	 * The shape of every word a typo could be of: a plausible typo keeps the first two letters and, its edit not
	 * being at the very end, the last letter. Most unknown words are passed over on this at once.
	 */
	private readonly shapes = new Set<number>();

	constructor(table: WordTable, lexicon: Iterable<string>) {
		this.table = table;
		for (const word of new Set(lexicon)) {
			if (word.length < MIN_TYPO_LENGTH || word.length > MAX_TYPO_LENGTH) continue;
			this.note(word, word);
			for (let length = word.length - 1; length <= word.length + 1; length++) this.shapes.add(shape(word, 0, word.length, length));
			for (let i = 0; i < word.length; i++) this.note(word.slice(0, i) + word.slice(i + 1), word);
		}
	}

	private note(variant: string, word: string) {
		const words = this.variants.get(variant);
		if (words === undefined) this.variants.set(variant, [word]);
		else if (!words.includes(word)) words.push(word);
	}

	/** Whether text[start..end) could be a typo of a lexicon word: cheap, before making a string of it. */
	mightBe(text: string, start: number, end: number): boolean {
		return this.shapes.has(shape(text, start, end, end - start));
	}

	/** The number of the lexicon word one edit from `word`, or UNKNOWN. */
	correct(word: string): number {
		if (word.length < MIN_TYPO_LENGTH || word.length > MAX_TYPO_LENGTH) return UNKNOWN;
		const found = this.first(word, this.variants.get(word));
		if (found !== UNKNOWN) return found;
		for (let i = 0; i < word.length; i++) {
			const shorter = word.slice(0, i) + word.slice(i + 1);
			const match = this.first(word, this.variants.get(shorter));
			if (match !== UNKNOWN) return match;
		}
		return UNKNOWN;
	}

	private first(word: string, candidates: string[] | undefined): number {
		if (candidates === undefined) return UNKNOWN;
		for (const candidate of candidates) {
			if (plausibleTypo(word, candidate) && oneEditApart(word, candidate)) return this.table.lookup(candidate);
		}
		return UNKNOWN;
	}
}
