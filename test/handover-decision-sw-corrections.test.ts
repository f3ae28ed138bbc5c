import { PhraseMatcher } from '../nodes/HandoverDecision/decision';

// The grammar alone: the learned scorer beside it is tested in handover-decision-message-scorer.test.ts.
const matcher = new PhraseMatcher({ learnedScorer: false });
const strength = (text: string) => matcher.analyse(text).strength;

describe('a Swahili correction followed by a person who has come', () => {
	it('reads the person as no one asked for', () => {
		expect(strength('naomba kuongea na mhudumu... hapana subiri, fundi wa mita amefika sasa')).not.toBe('explicit');
	});

	it("reads the user's own plan to ask someone as no request", () => {
		expect(strength('Nitamwomba jirani aje aangalie mlango kwanza')).not.toBe('explicit');
	});
});
