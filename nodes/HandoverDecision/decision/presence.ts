/**
 * Which word lists a message has a word of. A check whose key list has no word in the message returns at once: in a
 * long message with a person word every few words ("I don't need an agent, no need to speak to someone. …"
 * repeated), the checks that look back and forth from each hit for an opener the message never has were a quarter of
 * the time.
 *
 * The lists a check has asked for are laid out by word number, a bit per list, so that the first question about a
 * message reads its words once for all of them (reading them once per list cost a full scan for each list the message
 * lacks, about a tenth of the time on long prose). A list asked for the first time after that pass gets a scan of its
 * own for that message, and is in the pass from the next message on.
 */
import type { WordSet } from './grammar';
import { grown } from './scratch';

/** Lists per word of the bit layout. */
const BITS = 32;
/** slot >>> SLOT_WORD_SHIFT is slot / BITS, rounded down. */
const SLOT_WORD_SHIFT = 5;

export class ListPresence {
	private message = 0;
	private ids: Int32Array = new Int32Array(0);
	private count = 0;
	/** By list index: its slot among the lists asked for so far, plus 1; 0 for a list never asked for. */
	private slotOf = new Int32Array(64);
	private slots = 0;
	/** By slot: the list's word numbers, kept to lay the bits out again when the lists outgrow a word per word number. */
	private readonly members: number[][] = [];
	/** By word number × stride: bit `slot % 32` of word `slot / 32` is set when the word is in the list of that slot. */
	private bits = new Int32Array(0);
	private stride = 1;
	/** Word numbers below this have their bits in `bits`; no list has a word at or above it. */
	private covered = 0;
	/** The slots the pass found a word of (`stride` words), for the message numbered `passFor`, which read `passSlots` slots. */
	private found = new Int32Array(1);
	private passFor = 0;
	private passSlots = 0;
	/** By list index, for a list first asked for after the pass: the message its own scan was for, and whether it found a word. */
	private scannedFor = new Int32Array(64);
	private scannedFound = new Uint8Array(64);

	/** Starts a new message; nothing is read until a check asks. */
	reset(ids: Int32Array, count: number) {
		this.message++;
		this.ids = ids;
		this.count = count;
	}

	/** Whether a word of `list`, in any language, stands in the message. */
	has(list: WordSet): boolean {
		// the common case kept small, so that V8 inlines it where the checks ask: a list the pass read for this message
		const index = list.index;
		if (this.passFor === this.message && index < this.slotOf.length) {
			const slot = this.slotOf[index] - 1;
			if (slot >= 0 && slot < this.passSlots) return this.passFound(slot);
		}
		return this.read(list);
	}

	/** Whether the pass found a word of the list in `slot` (below `passSlots`). */
	private passFound(slot: number): boolean {
		return ((this.found[slot >>> SLOT_WORD_SHIFT] >>> (slot & (BITS - 1))) & 1) === 1;
	}

	/** `has` for a list the pass has not read for this message: the first question about a message, or a list new to it. */
	private read(list: WordSet): boolean {
		const index = list.index;
		if (index >= this.slotOf.length) {
			this.slotOf = grown(this.slotOf, index + 1);
			this.scannedFor = grown(this.scannedFor, index + 1);
			this.scannedFound = grown(this.scannedFound, index + 1);
		}
		let slot = this.slotOf[index] - 1;
		if (this.passFor !== this.message) {
			if (slot < 0) slot = this.add(list);
			this.pass();
		}
		if (slot >= 0 && slot < this.passSlots) return this.passFound(slot);
		if (this.scannedFor[index] === this.message) return this.scannedFound[index] === 1;
		const found = this.scan(list);
		this.scannedFor[index] = this.message;
		this.scannedFound[index] = found ? 1 : 0;
		if (slot < 0) this.add(list);
		return found;
	}

	/** Reads the message's words once, noting every asked-for list each belongs to. */
	private pass() {
		const { ids, count, bits, stride, covered, found } = this;
		if (stride === 1) {
			let seen = 0;
			for (let k = 0; k < count; k++) {
				const id = ids[k];
				if (id >= 0 && id < covered) seen |= bits[id];
			}
			found[0] = seen;
		} else {
			// a word of bits at a time, its bits gathered in a local
			for (let w = 0; w < stride; w++) {
				let seen = 0;
				for (let k = 0; k < count; k++) {
					const id = ids[k];
					if (id >= 0 && id < covered) seen |= bits[id * stride + w];
				}
				found[w] = seen;
			}
		}
		this.passFor = this.message;
		this.passSlots = this.slots;
	}

	/** Whether a word of `list` stands in the message, read on its own. */
	private scan(list: WordSet): boolean {
		const { ids, count } = this;
		for (let k = 0; k < count; k++) if (list.has(ids[k])) return true;
		return false;
	}

	/** Gives `list` the next slot and sets its bits; returns the slot. */
	private add(list: WordSet): number {
		const slot = this.slots++;
		const words: number[] = [];
		list.forEachMember((id) => words.push(id));
		this.members.push(words);
		this.slotOf[list.index] = slot + 1;
		const stride = ((slot / BITS) | 0) + 1;
		let covered = this.covered;
		for (const id of words) if (id >= covered) covered = id + 1;
		if (stride !== this.stride || covered !== this.covered) this.layOut(stride, covered);
		else this.setBits(slot, words);
		return slot;
	}

	/** Lays all the slots' bits out again, `stride` words per word number below `covered`. */
	private layOut(stride: number, covered: number) {
		this.stride = stride;
		this.covered = covered;
		this.bits = new Int32Array(stride * covered);
		// a pass already made for this message stays right for the slots it read: their bits keep their places
		const found = new Int32Array(stride);
		found.set(this.found);
		this.found = found;
		for (let slot = 0; slot < this.slots; slot++) this.setBits(slot, this.members[slot]);
	}

	private setBits(slot: number, words: number[]) {
		const { bits, stride } = this;
		const word = (slot / BITS) | 0;
		const bit = 1 << slot % BITS;
		for (const id of words) bits[id * stride + word] |= bit;
	}
}
