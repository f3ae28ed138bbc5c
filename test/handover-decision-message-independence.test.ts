import { PhraseMatcher } from '../nodes/HandoverDecision/decision';
import corpus from './corpus/handover-corpus.json';

/**
 * A matcher reuses its scratch arrays from message to message (marks.ts, scratch.ts); what it reads must depend on the
 * message alone. Every corpus message is read twice, once after the message before it in the corpus and once after the
 * one after it, and must read the same. A check that reads a mark its message did not set (a clause's cancel bounds
 * left from an earlier message) fails this.
 */
describe('a message reads the same whatever was read before it', () => {
	const texts = (corpus.messages as Array<{ text: string }>).map((message) => message.text);

	it.each([
		['the grammar alone', { learnedScorer: false }],
		['the grammar and the learned scorer', {}],
	])('%s', (_name, options) => {
		const forward = new PhraseMatcher(options);
		const backward = new PhraseMatcher(options);
		const readForward = texts.map((text) => JSON.stringify(forward.analyse(text)));
		const readBackward: string[] = [];
		for (let i = texts.length - 1; i >= 0; i--) readBackward[i] = JSON.stringify(backward.analyse(texts[i]));
		const differing = texts.filter((_text, i) => readForward[i] !== readBackward[i]);
		expect(differing).toEqual([]);
	});
});
