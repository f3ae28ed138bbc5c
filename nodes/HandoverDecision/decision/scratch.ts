/**
 * Per-message working memory of one matcher, grown when a message needs more and reused by the next, so that
 * reading a message allocates (nearly) nothing per word or per phrase hit. It belongs to one PhraseMatcher,
 * which belongs to one execution: nothing here outlives it.
 */
import { COMMA_BOUNDARY, SENTENCE_BOUNDARY } from './text';

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
	/** The entry of the phrase in the grammar's trie (see trie.ts), and its kind and languages. */
	entry = new Int32Array(64);
	kind = new Int32Array(64);
	langs = new Int32Array(64);
	/** The hits whose phrase may also be a verb ("support"), by index. */
	verbal = new Int32Array(16);
	verbalCount = 0;

	clear() {
		this.count = 0;
		this.verbalCount = 0;
	}

	push(start: number, end: number, entry: number, kind: number, langs: number, verbal: boolean) {
		const k = this.count++;
		if (k === this.start.length) {
			this.start = grown(this.start, k + 1);
			this.end = grown(this.end, k + 1);
			this.entry = grown(this.entry, k + 1);
			this.kind = grown(this.kind, k + 1);
			this.langs = grown(this.langs, k + 1);
		}
		this.start[k] = start;
		this.end[k] = end;
		this.entry[k] = entry;
		this.kind[k] = kind;
		this.langs[k] = langs;
		if (verbal) {
			if (this.verbalCount === this.verbal.length) this.verbal = grown(this.verbal, this.verbalCount + 1);
			this.verbal[this.verbalCount++] = k;
		}
	}

	/** Removes the hits whose indices are the first `count` of `verbal` (in ascending order), keeping the rest in order. */
	removeVerbal(count: number) {
		let kept = 0;
		let next = 0;
		for (let k = 0; k < this.count; k++) {
			if (next < count && this.verbal[next] === k) {
				next++;
				continue;
			}
			this.start[kept] = this.start[k];
			this.end[kept] = this.end[k];
			this.entry[kept] = this.entry[k];
			this.kind[kept] = this.kind[k];
			this.langs[kept] = this.langs[k];
			kept++;
		}
		this.count = kept;
		this.verbalCount = 0;
	}
}

/** Per-word marks the grammar sets while it evaluates the hits (see frames.ts). */
export class WordMarks {
	/** By word: the number of its clause (text between commas or sentence ends). */
	clause = new Int32Array(64);
	/**
	 * By word: the end of the longest person or department phrase starting there, or 0. Kept all 0 between messages:
	 * the evaluation clears the few it set (see FrameEvaluator), so a long message is not cleared word by word.
	 */
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
		const { clause, cancelled } = this;
		for (let k = 0; k < count; k++) {
			const id = ids[k];
			if (id === SENTENCE_BOUNDARY || id === COMMA_BOUNDARY) index++;
			clause[k] = index;
		}
		for (let k = 0; k <= index; k++) cancelled[k] = 0;
	}
}
