import corpus from './corpus/handover-corpus.json';
import { run, routed } from './helpers/decision-node';

/** A tuning message the grammar alone reads as no request and the learned scorer promotes (see the scorer's own tests). */
const promoted = corpus.messages.find((m) => m.id === 'en-tuning-339-002')?.text ?? '';

describe('Handover Decision node in a workflow: the learned second opinion', () => {
	it('hands over a message the learned scorer promotes, by default', async () => {
		expect(promoted).toContain('somebody');
		const result = await run([{ text: promoted, confidence: 0.9 }]);
		expect(routed(result).human.map((item) => item.json.handover)).toEqual([expect.objectContaining({ decision: true, strength: 'explicit' })]);
	});

	it('leaves it with the bot when the option is switched off', async () => {
		const result = await run([{ text: promoted, confidence: 0.9 }], { options: { learnedScorer: false } });
		expect(routed(result).bot.map((item) => item.json.handover)).toEqual([expect.objectContaining({ decision: false, strength: 'none' })]);
	});

	it('never hands over past a negation, with or without it', async () => {
		for (const options of [{}, { learnedScorer: false }]) {
			const result = await run([{ text: 'I do not need to talk to a human', confidence: 0.9 }], { options });
			expect(routed(result).bot).toHaveLength(1);
		}
	});
});
