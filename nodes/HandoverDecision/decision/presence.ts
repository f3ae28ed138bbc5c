/**
 * Which word lists a message has a word of. A check whose key list has no word in the message returns at once: in a
 * long message with a person word every few words ("I don't need an agent, no need to speak to someone. …"
 * repeated), the checks that look back and forth from each hit for an opener the message never has were a quarter of
 * the time.
 *
 * Every list of a grammar has a bit, set when it is compiled (`ListLayout`); a message's words are read once, when its
 * hits are marked, for all the lists at once. A check then asks with two reads and a mask: a short message asks
 * about forty times, and the question asked per list, with its bookkeeping of which lists had been read for which
 * message, was about a quarter of its time.
 */
import type { WordSet } from './wordSets';

/** Lists per word of the bit layout. */
const BITS = 32;

/** The lists of one grammar, a bit each, and by word number the bits of the lists the word is in. */
export class ListLayout {
	/** Words (of BITS bits) per row. */
	readonly stride: number;
	/** By word number: its row in `rows`; 0, a row of zeros, for a word in no list. */
	readonly rowOf: Int32Array;
	/** The distinct rows, `stride` words each. */
	readonly rows: Int32Array;

	/** Gives each list its bit and these rows (WordSet.lay); `words` is the number of words of the grammar's table. */
	constructor(lists: readonly WordSet[], words: number) {
		this.stride = Math.max(1, Math.ceil(lists.length / BITS));
		const byWord: number[][] = Array.from({ length: words }, () => []);
		lists.forEach((list, slot) => list.forEachMember((id) => byWord[id].push(slot)));
		const rowIndex = new Map<string, number>([['', 0]]);
		const rows: number[][] = [[]];
		this.rowOf = new Int32Array(words);
		byWord.forEach((slots, id) => {
			const key = slots.join(' ');
			let row = rowIndex.get(key);
			if (row === undefined) {
				rowIndex.set(key, (row = rows.length));
				rows.push(slots);
			}
			this.rowOf[id] = row;
		});
		this.rows = new Int32Array(rows.length * this.stride);
		rows.forEach((slots, row) => {
			for (const slot of slots) this.rows[row * this.stride + ((slot / BITS) | 0)] |= 1 << slot % BITS;
		});
		lists.forEach((list, slot) => list.lay(this.rowOf, this.rows, this.stride, (slot / BITS) | 0, 1 << slot % BITS));
	}
}

export class ListPresence {
	/** The lists the message has a word of: a list's bit, as in the layout. */
	private found = new Int32Array(1);

	/** Reads the message's words once for every list of the layout. */
	reset(ids: Int32Array, count: number, layout: ListLayout) {
		const { stride, rowOf, rows } = layout;
		if (this.found.length !== stride) this.found = new Int32Array(stride);
		const found = this.found;
		for (let w = 0; w < stride; w++) found[w] = 0;
		for (let k = 0; k < count; k++) {
			const id = ids[k];
			if (id < 0) continue;
			const row = rowOf[id];
			if (row === 0) continue;
			for (let w = 0, at = row * stride; w < stride; w++, at++) found[w] |= rows[at];
		}
	}

	/** Whether a word of `list`, in any language, stands in the message. */
	has(list: WordSet): boolean {
		return (this.found[list.presenceWord] & list.presenceBit) !== 0;
	}
}
