/**
 * Which word lists a message has a word of, each read once per message when a check first asks. A check whose key
 * list has no word in the message returns at once: in a long message with a person word every few words ("I don't
 * need an agent, no need to speak to someone. …" repeated), the checks that look back and forth from each hit for
 * an opener the message never has were a quarter of the time.
 */
import type { WordSet } from './grammar';
import { grown } from './scratch';

export class ListPresence {
	/** By list index: the number (from 1) of the message `found` was read for, or 0. */
	private readFor = new Int32Array(64);
	private found = new Uint8Array(64);
	private message = 0;
	private ids: Int32Array = new Int32Array(0);
	private count = 0;

	/** Starts a new message; nothing is read until a check asks. */
	reset(ids: Int32Array, count: number) {
		this.message++;
		this.ids = ids;
		this.count = count;
	}

	/** Whether a word of `list`, in any language, stands in the message. */
	has(list: WordSet): boolean {
		const index = list.index;
		if (index >= this.readFor.length) {
			this.readFor = grown(this.readFor, index + 1);
			this.found = grown(this.found, index + 1);
		}
		if (this.readFor[index] === this.message) return this.found[index] === 1;
		let found = 0;
		for (let k = 0; k < this.count; k++) {
			if (list.has(this.ids[k])) {
				found = 1;
				break;
			}
		}
		this.readFor[index] = this.message;
		this.found[index] = found;
		return found === 1;
	}
}
