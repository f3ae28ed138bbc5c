/**
 * Per-message working memory of one matcher, grown when a message needs more and reused by the next, so that
 * reading a message allocates (nearly) nothing per word or per phrase hit. It belongs to one PhraseMatcher,
 * which belongs to one execution: nothing here outlives it.
 */
export function grown<T extends Int32Array | Uint8Array | Int8Array>(array: T, size: number): T {
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
	/** The entry of the phrase in the grammar's trie (see trie.ts; its languages are there), and its kind. */
	entry = new Int32Array(64);
	kind = new Int32Array(64);
	/** The hits whose phrase may also be a verb ("support"), by index. */
	verbal = new Int32Array(16);
	verbalCount = 0;

	clear() {
		this.count = 0;
		this.verbalCount = 0;
	}

	push(start: number, end: number, entry: number, kind: number, verbal: boolean) {
		const k = this.count++;
		if (k === this.start.length) {
			this.start = grown(this.start, k + 1);
			this.end = grown(this.end, k + 1);
			this.entry = grown(this.entry, k + 1);
			this.kind = grown(this.kind, k + 1);
		}
		this.start[k] = start;
		this.end[k] = end;
		this.entry[k] = entry;
		this.kind[k] = kind;
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
			kept++;
		}
		this.count = kept;
		this.verbalCount = 0;
	}
}
