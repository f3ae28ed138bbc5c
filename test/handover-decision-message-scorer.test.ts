import * as decision from '../nodes/HandoverDecision/decision';
import * as features from '../nodes/HandoverDecision/decision/messageFeatures';
import { MessageScorer, decodeWeights } from '../nodes/HandoverDecision/decision/messageScorer';
import { MESSAGE_SCORER_SCALE, MESSAGE_SCORER_WEIGHTS } from '../nodes/HandoverDecision/decision/messageScorerWeights';
import corpus from './corpus/handover-corpus.json';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { trainMessageScorer, weightsModule } = require('../scripts/train-message-scorer.js') as {
	trainMessageScorer: (messages: unknown[], core: unknown, slots: unknown, grammarExamples: string[]) => { weights: Int8Array; scale: number; examples: number };
	weightsModule: (trained: { weights: Int8Array; scale: number; examples: number }) => string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { grammarExampleTexts } = require('../scripts/grammar-examples.js') as { grammarExampleTexts: () => string[] };

const shipped = new decision.PhraseMatcher();
const grammarAlone = new decision.PhraseMatcher({ learnedScorer: false });
const tuningText = (id: string) => {
	const message = corpus.messages.find((m) => m.id === id);
	if (message === undefined || message.split !== 'tuning') throw new Error(`${id} is no tuning message`);
	return message.text;
};

describe('the learned message scorer beside the grammar (messageScorer.ts)', () => {
	it('decodes the committed weights to one Int8 per slot of the table', () => {
		expect(decodeWeights(MESSAGE_SCORER_WEIGHTS).length).toBe(1 << features.FEATURE_BITS);
		expect(MESSAGE_SCORER_SCALE).toBeGreaterThan(0);
		expect(() => decodeWeights('AAAA')).toThrow('not 65536');
	});

	it('is what scripts/train-message-scorer.js trains from the tuning split and the grammar examples, run after run', () => {
		const examples = grammarExampleTexts();
		const trained = trainMessageScorer(corpus.messages, decision, features, examples);
		expect(examples.length).toBeGreaterThan(1000);
		expect(trained.examples).toBe(corpus.messages.filter((m) => m.split === 'tuning').length + examples.length);
		const retrain = 'the tuning split, the grammar tests\' texts or the grammar changed: run `npx tsc -p tsconfig.json && node scripts/train-message-scorer.js`';
		if (trained.scale !== MESSAGE_SCORER_SCALE || Buffer.from(trained.weights.buffer).toString('base64') !== MESSAGE_SCORER_WEIGHTS) throw new Error(retrain);
		expect(weightsModule(trained)).toContain(`export const MESSAGE_SCORER_SCALE = ${MESSAGE_SCORER_SCALE};`);
	});

	it('reads a message in a fixed number of slots, however long, and the same message the same way', () => {
		const slots = new Int32Array(features.MAX_FEATURES);
		expect(features.messageFeatures('talk to a human', 0, slots)).toBe(2 + 3 * 4);
		expect(features.messageFeatures('word '.repeat(1000), 0, slots)).toBeLessThanOrEqual(features.MAX_FEATURES);
		const scorer = new MessageScorer();
		expect(scorer.probability('i want to talk to a human', 0)).toBe(scorer.probability('i want to talk to a human', 0));
	});

	it('vetoes a request the grammar reads in a take-back of an earlier wish, which is then only offered', () => {
		const text = tuningText('en-tuning-198-001'); // "Could I speak to someone at the garage about the service? Oh, no, found the quote in the app …"
		expect(grammarAlone.analyse(text).strength).toBe('explicit');
		const read = shipped.analyse(text);
		expect(read).toMatchObject({ strength: 'ambiguous', request: null });
		expect(read.offer).not.toBeNull();
	});

	it('promotes a task asked of "somebody" that the grammar reads as no request', () => {
		const text = tuningText('en-tuning-339-002'); // "could somebody take a look at invoice INV-5520 for me? …"
		expect(grammarAlone.analyse(text).strength).toBe('none');
		expect(shipped.analyse(text)).toMatchObject({ strength: 'explicit', offer: null });
		expect(new decision.HandoverRules().decide({ text, confidence: 0.9 }).decision).toBe(true);
	});

	it('promotes nothing past a negation, a take-back or a request disowned as someone else\'s words, which words alone cannot read', () => {
		for (const text of [
			'I do not need to talk to a human',
			'no quiero hablar con un agente',
			'can I talk to someone? never mind, found it',
			'my son typed "get me a human", ignore it',
		]) {
			expect(shipped.analyse(text).strength).not.toBe('explicit');
		}
	});

	it('leaves a message longer than its features read to the grammar alone', () => {
		const long = `${"don't need ".repeat(5000)}agent ${'!'.repeat(10000)}${'a'.repeat(100000)} talk to a human`;
		expect(shipped.analyse(long)).toMatchObject({ strength: 'explicit', request: 'talk to a human' });
		expect(new decision.HandoverRules().decide({ text: long, confidence: 0.9 }).reasons).toEqual(['User requested a human: "talk to a human"']);
	});

	it('is consulted only in the setting it was measured in: language auto, no extra phrases or exclusions', () => {
		const text = tuningText('en-tuning-339-002');
		expect(new decision.PhraseMatcher({ language: 'en' }).analyse(text).strength).toBe('none');
		expect(new decision.PhraseMatcher({ extraPhrases: ['beam me up'] }).analyse(text).strength).toBe('none');
		expect(new decision.PhraseMatcher({ language: 'en', learnedScorer: true }).analyse(text).strength).toBe('explicit');
		expect(new decision.HandoverRules({ learnedScorer: false }).decide({ text, confidence: 0.9 }).decision).toBe(false);
	});
});
