import { WordSet } from '../nodes/HandoverDecision/decision/grammar';
import { ListPresence } from '../nodes/HandoverDecision/decision/presence';
import { request } from './helpers/decision';

describe('which word lists a message has a word of', () => {
	it('reads each list again for the next message', () => {
		const presence = new ListPresence();
		const list = new WordSet([3, 5]);
		presence.reset(new Int32Array([1, 2, 5]), 3);
		expect(presence.has(list)).toBe(true);
		presence.reset(new Int32Array([1, 2, 5]), 2); // the same words, but the message ends before 5
		expect(presence.has(list)).toBe(false);
		presence.reset(new Int32Array([3]), 1);
		expect(presence.has(list)).toBe(true);
	});

	it('keeps lists made after it, past its first size', () => {
		const presence = new ListPresence();
		const lists = Array.from({ length: 100 }, (_, i) => new WordSet([i + 10]));
		presence.reset(new Int32Array([12, 105]), 2);
		expect(lists.map((list) => presence.has(list)).filter(Boolean)).toHaveLength(2);
		expect(presence.has(lists[95])).toBe(true);
		expect(presence.has(lists[3])).toBe(false);
	});

	it('reads a list first asked for after the pass on its own, and in the pass from the next message on', () => {
		const presence = new ListPresence();
		const early = new WordSet([1, 7]);
		const late = new WordSet([4, 9]);
		const absent = new WordSet([40]);
		presence.reset(new Int32Array([2, 9, -2, 7]), 4);
		expect(presence.has(early)).toBe(true); // the pass, over `early` only
		expect(presence.has(late)).toBe(true); // after the pass: a scan of its own
		expect(presence.has(absent)).toBe(false);
		expect(presence.has(late)).toBe(true);
		expect(presence.has(early)).toBe(true);
		presence.reset(new Int32Array([4, 40, 2]), 3);
		expect(presence.has(early)).toBe(false);
		expect(presence.has(late)).toBe(true);
		expect(presence.has(absent)).toBe(true);
		presence.reset(new Int32Array([9, -1]), 2);
		expect(presence.has(absent)).toBe(false);
		expect(presence.has(late)).toBe(true);
		expect(presence.has(early)).toBe(false);
	});

	it('keeps the answers of a pass made before a late list needed more room', () => {
		const presence = new ListPresence();
		const lists = Array.from({ length: 40 }, (_, i) => new WordSet([i + 1]));
		presence.reset(new Int32Array([5]), 1);
		for (let i = 0; i < 32; i++) expect(presence.has(lists[i])).toBe(i === 4);
		const far = new WordSet([500]);
		expect(presence.has(far)).toBe(false); // a 33rd list, whose words reach past the others
		expect(presence.has(lists[4])).toBe(true);
		expect(presence.has(lists[3])).toBe(false);
		presence.reset(new Int32Array([500, 36]), 2);
		expect(lists.map((list) => presence.has(list)).filter(Boolean)).toHaveLength(1);
		expect(presence.has(lists[35])).toBe(true);
		expect(presence.has(far)).toBe(true);
	});

	it('lets a check whose words stand far from the first hits still find them in a long message', () => {
		const before = "I don't need an agent or support, no need to speak to someone. ".repeat(50);
		expect(request(before + 'Would it be possible to be phoned by a person from the returns desk?')).not.toBeNull();
		expect(request(before + 'Would it be nice to have a person from the returns desk?')).toBeNull();
	});
});
