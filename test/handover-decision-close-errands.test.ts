import { request } from './helpers/decision';

describe('a contact the user asked someone close to make', () => {
	it('reads the contact as made by the person the user asked, not asked of the business', () => {
		expect(request("I've asked my brother to ring your sales team, just so you know")).toBeNull();
		expect(request('I asked my wife to call your billing team about the refund')).toBeNull();
		expect(request('pedi pro meu marido ligar pro atendimento de vocês amanhã')).toBeNull();
		expect(request("j'ai demandé à mon fils de parler à un conseiller demain")).toBeNull();
		expect(request('jeg har bedt min søn om at tale med en rådgiver i morgen')).toBeNull();
		expect(request('saya sudah suruh suami saya ngomong sama admin')).toBeNull();
	});

	it('keeps a staff member asked, an order to call the user and a request of its own', () => {
		expect(request('I asked your colleague to put me through to a manager, can you do it?')).not.toBeNull();
		expect(request('tukang stem piano dong min, suruh telpon saya ya')).not.toBeNull();
		expect(request('saya minta admin telepon saya')).not.toBeNull();
		expect(request('I asked my husband to ring your sales team and he says nobody picks up, can someone call me?')).not.toBeNull();
		expect(request('I asked my son about it, can someone call my dad back?')).not.toBeNull();
		expect(request('le pedí a mi hijo el número, quiero hablar con un asesor')).not.toBeNull();
	});
});
