import { strength } from './helpers/decision';

describe('a Swahili correction followed by a person who has come', () => {
	it('reads the person as no one asked for', () => {
		expect(strength('naomba kuongea na mhudumu... hapana subiri, fundi wa mita amefika sasa')).not.toBe('explicit');
	});

	it("reads the user's own plan to ask someone as no request", () => {
		expect(strength('Nitamwomba jirani aje aangalie mlango kwanza')).not.toBe('explicit');
	});
});
