/**
 * Per-message working memory of one matcher, grown when a message needs more and reused by the next, so that
 * reading a message allocates (nearly) nothing per word or per phrase hit. It belongs to one PhraseMatcher,
 * which belongs to one execution: nothing here outlives it.
 */
import { COMMA_BOUNDARY, SENTENCE_BOUNDARY } from './text';

export interface Entry {
	kind: number;
	langs: number;
	/** For REQUEST entries of words that are also verbs ("does it support X?"): how to tell (see matcher.ts). */
	verbSense: unknown;
}

function grown<T extends Int32Array | Uint8Array | Int8Array>(array: T, size: number): T {
	if (array.length >= size) return array;
	const bigger = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2));
	bigger.set(array);
	return bigger;
}

/** The phrase hits of a message in the order found (by start), as parallel arrays. */
export class Hits {
	count = 0;
	start = new Int32Array(64);
	end = new Int32Array(64);
	entry: Entry[] = [];
	/** The hits whose phrase may also be a verb ("support"), by index. */
	verbal = new Int32Array(16);
	verbalCount = 0;

	clear() {
		this.count = 0;
		this.verbalCount = 0;
	}

	push(start: number, end: number, entry: Entry) {
		const k = this.count++;
		if (k === this.start.length) {
			this.start = grown(this.start, k + 1);
			this.end = grown(this.end, k + 1);
		}
		this.start[k] = start;
		this.end[k] = end;
		this.entry[k] = entry;
		if (entry.verbSense !== null) {
			if (this.verbalCount === this.verbal.length) this.verbal = grown(this.verbal, this.verbalCount + 1);
			this.verbal[this.verbalCount++] = k;
		}
	}

	/** Keeps only the hits `keep` says yes to, in order. */
	retain(keep: (entry: Entry, start: number) => boolean) {
		let kept = 0;
		for (let k = 0; k < this.count; k++) {
			if (!keep(this.entry[k], this.start[k])) continue;
			this.start[kept] = this.start[k];
			this.end[kept] = this.end[k];
			this.entry[kept] = this.entry[k];
			kept++;
		}
		this.count = kept;
	}
}

/** Per-word marks the grammar sets while it evaluates the hits (see frames.ts). */
export class WordMarks {
	/** By word: the number of its clause (text between commas or sentence ends). */
	clause = new Int32Array(64);
	/** By word: the end of the longest person or department phrase starting there, or 0. */
	targetEnd = new Int32Array(64);
	targetKind = new Int8Array(64);
	/** By clause: whether a cancel or identity frame is in it. */
	cancelled = new Uint8Array(64);
	covered = new Uint8Array(64);
	breaks = new Uint8Array(64);
	negatedFromAfter = new Uint8Array(64);
	urged = new Uint8Array(64);

	/** Sizes and clears the marks for a message of `count` words; the four optional sets are cleared when first used. */
	prepare(ids: Int32Array, count: number) {
		if (this.clause.length < count) {
			this.clause = grown(this.clause, count);
			this.targetEnd = grown(this.targetEnd, count);
			this.targetKind = grown(this.targetKind, count);
			this.cancelled = grown(this.cancelled, count + 1);
			this.covered = grown(this.covered, count);
			this.breaks = grown(this.breaks, count);
			this.negatedFromAfter = grown(this.negatedFromAfter, count);
			this.urged = grown(this.urged, count);
		}
		let index = 0;
		for (let k = 0; k < count; k++) {
			const id = ids[k];
			if (id === SENTENCE_BOUNDARY || id === COMMA_BOUNDARY) index++;
			this.clause[k] = index;
		}
		this.targetEnd.fill(0, 0, count);
		this.targetKind.fill(0, 0, count);
		this.cancelled.fill(0, 0, index + 1);
	}
}
