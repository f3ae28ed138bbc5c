import { DecisionInputError, HandoverRules, PhraseMatcher } from '../../nodes/HandoverDecision/decision';
import type { DecisionSettings } from '../../nodes/HandoverDecision/decision';

/**
 * The grammar alone, as the Handover Decision tests of its readings call it: the learned scorer beside it
 * (messageScorer.ts) is tested in handover-decision-message-scorer.test.ts and, with the grammar, on the corpus.
 */
export const matcher = new PhraseMatcher({ learnedScorer: false });
export const request = (text: string) => matcher.analyse(text).request;
export const strength = (text: string) => matcher.analyse(text).strength;

export function decide(text: unknown, confidence?: unknown, settings: DecisionSettings = {}, extra: { history?: unknown; time?: unknown } = {}) {
	return new HandoverRules({ learnedScorer: false, ...settings }).decide({ text, confidence, ...extra });
}

/** The DecisionInputError `run` throws (the test fails when it throws nothing or something else). */
export function inputError(run: () => unknown): DecisionInputError {
	let caught: unknown;
	try {
		run();
	} catch (error) {
		caught = error;
	}
	expect(caught).toBeInstanceOf(DecisionInputError);
	return caught as DecisionInputError;
}
