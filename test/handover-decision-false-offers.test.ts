import { strength } from './helpers/decision';

describe('a team named that is no team of the business', () => {
	it('is offered to no one in Swahili when it is a sports or school team, or a group the user counts or runs', () => {
		for (const text of [
			'timu ya mpira ya kijiji chetu inataka jezi 20, mnashona?',
			'mechi ya timu ya taifa itaonyeshwa kwenye mgahawa wenu leo?',
			'binti yangu yuko kwenye timu ya netball, mnauza viatu vyao?',
			'sisi ni timu ya watu wanane, meza ya jioni ipo?',
			'nina timu ya mafundi watatu, mnakodisha gari la mizigo?',
		]) expect([text, strength(text)]).toEqual([text, 'none']);
	});

	it('leaves a team of the business offered or asked for in Swahili', () => {
		expect(strength('timu ya huduma kwa wateja?')).toBe('ambiguous');
		expect(strength('timu ya mauzo?')).toBe('ambiguous');
		expect(strength('nataka kuongea na timu ya msaada sasa hivi')).toBe('explicit');
	});
});
