import { WordSet } from '../nodes/HandoverDecision/decision/wordSets';
import { ListLayout, ListPresence } from '../nodes/HandoverDecision/decision/presence';
import { request } from './helpers/decision';

describe('which word lists a message has a word of', () => {
	it('reads each list again for the next message', () => {
		const list = new WordSet([3, 5]);
		const layout = new ListLayout([list], 10);
		const presence = new ListPresence();
		presence.reset(new Int32Array([1, 2, 5]), 3, layout);
		expect(presence.has(list)).toBe(true);
		presence.reset(new Int32Array([1, 2, 5]), 2, layout); // the same words, but the message ends before 5
		expect(presence.has(list)).toBe(false);
		presence.reset(new Int32Array([3]), 1, layout);
		expect(presence.has(list)).toBe(true);
	});

	it('skips unknown words and boundaries', () => {
		const list = new WordSet([0]);
		const layout = new ListLayout([list], 4);
		const presence = new ListPresence();
		presence.reset(new Int32Array([-1, -2, -3, 2]), 4, layout);
		expect(presence.has(list)).toBe(false);
	});

	it('keeps more lists than a word has bits, and words in several lists', () => {
		const lists = Array.from({ length: 100 }, (_, i) => new WordSet([i + 10, 200]));
		const layout = new ListLayout(lists, 201);
		const presence = new ListPresence();
		presence.reset(new Int32Array([12, 105]), 2, layout);
		expect(lists.map((list) => presence.has(list)).filter(Boolean)).toHaveLength(2);
		expect(presence.has(lists[95])).toBe(true);
		expect(presence.has(lists[3])).toBe(false);
		presence.reset(new Int32Array([7, 200]), 2, layout);
		expect(lists.every((list) => presence.has(list))).toBe(true);
	});

	it('gives every word list of a grammar its own bit', () => {
		const lists = Array.from({ length: 40 }, (_, i) => new WordSet([i]));
		new ListLayout(lists, 40);
		const bits = new Set(lists.map((list) => `${list.presenceWord}:${list.presenceBit}`));
		expect(bits.size).toBe(40);
	});

	it('answers membership the same before and after its lists are laid out, by language', () => {
		const english = 1, german = 2;
		const lists = [new WordSet(new Map([[3, english], [7, german | english]])), new WordSet([5]), new WordSet(new Map([[9, german]]))];
		const answers = () => lists.map((list) => [0, 3, 5, 7, 9, 12, -1].map((id) => [list.has(id), list.hasIn(id, german), list.langsOf(id)]));
		const unlaid = answers();
		expect(unlaid[0][1]).toEqual([true, false, english]);
		expect(unlaid[0][3]).toEqual([true, true, german | english]);
		expect(unlaid[1][2]).toEqual([true, true, -1]);
		expect(unlaid[2][1]).toEqual([false, false, 0]);
		new ListLayout(lists, 13);
		expect(answers()).toEqual(unlaid);
	});

	it('lets a check whose words stand far from the first hits still find them in a long message', () => {
		const before = "I don't need an agent or support, no need to speak to someone. ".repeat(50);
		expect(request(before + 'Would it be possible to be phoned by a person from the returns desk?')).not.toBeNull();
		expect(request(before + 'Would it be nice to have a person from the returns desk?')).toBeNull();
	});
});
