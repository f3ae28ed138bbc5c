import { request } from './helpers/decision';

describe('the user\'s own future after a condition', () => {
	it('reads a request after a condition and a first-person future as a plan, whatever the condition\'s tense', () => {
		expect(request('if my plants don\'t come on Thursday I\'ll call and demand to talk to someone')).toBeNull();
		expect(request('if the parcel isn\'t here by Friday i\'ll ring you and demand to speak to a manager')).toBeNull();
		expect(request('if the deposit isn\'t back by the weekend I\'m gonna call and ask for a real person')).toBeNull();
		expect(request('kalau paketnya gak sampai hari kamis saya akan telpon dan minta bicara dengan cs')).toBeNull();
		expect(request('wenn das Paket bis Donnerstag nicht da ist, werde ich anrufen und einen Mitarbeiter verlangen')).toBeNull();
	});

	it('still reads a request asked now after the same condition, a courtesy condition, or a future without a condition', () => {
		expect(request('if you can\'t fix this, I want to talk to a person now')).not.toBeNull();
		expect(request('kalau kamu gak bisa jawab, saya minta bicara dengan cs sekarang')).not.toBeNull();
		expect(request('wenn Sie das nicht lösen können, möchte ich jetzt mit einem Mitarbeiter sprechen')).not.toBeNull();
		expect(request('if it\'s ok i\'ll take a human please')).not.toBeNull();
		expect(request('if that is alright i will hold for an agent')).not.toBeNull();
		expect(request('the parcel didn\'t come on Friday, I\'ll hold for an agent')).not.toBeNull();
	});
});
