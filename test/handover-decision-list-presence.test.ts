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

	it('lets a check whose words stand far from the first hits still find them in a long message', () => {
		const before = "I don't need an agent or support, no need to speak to someone. ".repeat(50);
		expect(request(before + 'Would it be possible to be phoned by a person from the returns desk?')).not.toBeNull();
		expect(request(before + 'Would it be nice to have a person from the returns desk?')).toBeNull();
	});
});
