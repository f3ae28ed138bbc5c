import { PhraseMatcher } from '../nodes/HandoverDecision/decision';

const matcher = new PhraseMatcher();
const strength = (text: string) => matcher.analyse(text).strength;

describe('a Swahili jussive visit verb after a person', () => {
	it('asks for the person to come with no plea', () => {
		expect(strength('muuguzi wa zamu aje wodi ya tatu, baba anatetemeka')).toBe('explicit');
		expect(strength('msimamizi wa jengo aje leo aangalie maji yanayovuja')).toBe('explicit');
	});

	it('asks nothing when it must come, or when the user only plans to ask', () => {
		expect(strength('je, fundi lazima aje kufunga dishi au naweza mwenyewe?')).not.toBe('explicit');
		expect(strength('Nitamwomba jirani aje aangalie mlango kwanza')).not.toBe('explicit');
	});

	it('reads a person who has come after a correction as no one asked for', () => {
		expect(strength('naomba kuongea na mhudumu... hapana subiri, fundi wa mita amefika sasa')).not.toBe('explicit');
	});
});
