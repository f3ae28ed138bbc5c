/**
 * Sets of word numbers, the form every word list of the grammar takes once compiled (grammar.ts), answered from the
 * grammar's shared list layout (presence.ts).
 */
/** Row numbers for a set no layout has laid out: all row 0, read as "maybe a member" (see WordSet). */
let unlaidRowOf = new Int32Array(0);
const UNLAID_ROWS = Int32Array.of(-1);

function unlaidRowsFor(length: number): Int32Array {
	if (unlaidRowOf.length < length) unlaidRowOf = new Int32Array(Math.max(length, 2 * unlaidRowOf.length));
	return unlaidRowOf;
}

/**
 * A set of word numbers with the languages each is listed for (bits as in LANGUAGE_CODES; plain ids: every language).
 * A word that is not a member is told by its grammar's list layout (presence.ts): one row of bits per word, shared by
 * every list, so the few rows of a message's words stay in cache. Only a member's languages are read from the set's
 * own array, one per list and as long as the word table (4 MB of scattered reads when every word read them; answering
 * from the rows made short messages 3-4% faster).
 */
export class WordSet {
	private readonly member: Int32Array;
	/** The list's bit in its grammar's ListLayout (presence.ts): bit `presenceBit` of word `presenceWord`. */
	presenceWord = 0;
	presenceBit = -1;
	/** The layout's rows, set by `lay`; until then every word reads as maybe a member. */
	private rowOf: Int32Array;
	private rows: Int32Array = UNLAID_ROWS;
	private stride = 1;

	constructor(ids: Iterable<number> | Map<number, number>) {
		const entries: Array<[number, number]> = ids instanceof Map ? [...ids] : [...ids].map((id) => [id, -1]);
		this.member = new Int32Array(Math.max(-1, ...entries.map(([id]) => id)) + 1);
		for (const [id, langs] of entries) this.member[id] |= langs;
		this.rowOf = unlaidRowsFor(this.member.length);
	}

	/** Gives the set its bit in a layout's rows (ListLayout's constructor). */
	lay(rowOf: Int32Array, rows: Int32Array, stride: number, word: number, bit: number) {
		this.rowOf = rowOf;
		this.rows = rows;
		this.stride = stride;
		this.presenceWord = word;
		this.presenceBit = bit;
	}

	/** Whether word `id` may be a member: false means it is not; ids past the set's array are not checked here. */
	private mayHave(id: number): boolean {
		return (this.rows[this.rowOf[id] * this.stride + this.presenceWord] & this.presenceBit) !== 0;
	}

	/** Whether `id` is in the set, for any language; never for UNKNOWN or a boundary. */
	has(id: number): boolean {
		return this.langsOf(id) !== 0;
	}

	/** The languages `id` is listed for (-1: every language), or 0. */
	langsOf(id: number): number {
		const member = this.member;
		return id >= 0 && id < member.length && this.mayHave(id) ? member[id] : 0;
	}

	/** Whether `id` is in the set for one of `langs`: "um" is German "in order to", not Portuguese "a". */
	hasIn(id: number, langs: number): boolean {
		return (this.langsOf(id) & langs) !== 0;
	}

	/** Whether a word of the set, for one of `langs`, stands in words from…to-1. */
	anyIn(ids: Int32Array, from: number, to: number, langs: number): boolean {
		for (let k = from; k < to; k++) if (this.hasIn(ids[k], langs)) return true;
		return false;
	}

	/** Calls `visit` with each word number in the set, in increasing order (presence.ts lays the lists out by word). */
	forEachMember(visit: (id: number) => void) {
		const member = this.member;
		for (let id = 0; id < member.length; id++) if (member[id] !== 0) visit(id);
	}
}
