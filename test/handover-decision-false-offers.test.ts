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

describe('support that is no team asked about', () => {
	it('is offered to no one as a verb, a feature, a thing or a job', () => {
		for (const text of [
			'does it support contactless payments?',
			'my support worker will come with me to the appointment',
			'is the knee support brace washable?',
			'hp mana yang support e-sim?',
			'bayar pakai ovo support gak?',
			'android 7 masih di support?',
			'gibt es schon Support für den Dark Mode in der App?',
			'ist die Wartung im Support-Vertrag drin?',
			'jeg læste om support for Thread, hvornår kommer det?',
			'hvornår slutter software support på routeren?',
			'vous vendez un support pour accrocher le casque au mur ?',
			'vous imprimez sur support rigide ?',
		]) expect([text, strength(text)]).toEqual([text, 'none']);
	});

	it('leaves the support team offered or asked for', () => {
		expect(strength('support?')).toBe('ambiguous');
		expect(strength('how do I contact support?')).toBe('ambiguous');
		expect(strength('nomor support berapa?')).toBe('ambiguous');
		expect(strength('wie erreiche ich den Support?')).toBe('ambiguous');
		expect(strength('hvordan kontakter jeg support?')).toBe('ambiguous');
		expect(strength('comment joindre le support ?')).toBe('ambiguous');
		expect(strength('please put me through to support')).toBe('explicit');
	});
});

describe('suporte and soporte that is no team asked about', () => {
	it('is offered to no one as a stand, a brace or a feature', () => {
		for (const text of [
			'vocês vendem suporte de bicicleta pra parede?',
			'o suporte articulado aguenta uma tv de 30 kg?',
			'meu mod precisa de suporte a dlc?',
			'¿el soporte del móvil para la moto va incluido?',
			'la tarta de tres pisos necesita soporte interno?',
			'¿la imprenta da soporte para archivos SVG?',
		]) expect([text, strength(text)]).toEqual([text, 'none']);
	});

	it('leaves the support team offered or asked for', () => {
		expect(strength('suporte?')).toBe('ambiguous');
		expect(strength('como falo com o suporte?')).toBe('ambiguous');
		expect(strength('soporte?')).toBe('ambiguous');
		expect(strength('¿cómo contacto con soporte?')).toBe('ambiguous');
		expect(strength('quero falar com o suporte agora')).toBe('explicit');
	});
});

describe('a team the user or someone close works in, runs or applies to', () => {
	it('is offered to no one', () => {
		for (const text of [
			'my cousin works in your customer service, she says hi',
			'I run a small support team for a dental chain, do you sell headsets?',
			'saya kerja jadi CS di toko lain, ongkir ke Bogor berapa?',
			'lowongan posisi customer service masih buka?',
			'trabalho no suporte de uma loja de roupa, vocês têm api?',
			'soy de soporte técnico en otra empresa, ¿la app funciona en Android 8?',
			"je bosse au support d'une banque, votre box a le wifi 6 ?",
			'mein Onkel arbeitet im Kundendienst von einem Autohaus, habt ihr Winterreifen?',
		]) expect([text, strength(text)]).toEqual([text, 'none']);
	});

	it('leaves the team offered or asked for when the user asks how to reach it', () => {
		expect(strength('customer service?')).toBe('ambiguous');
		expect(strength('nomor CS berapa?')).toBe('ambiguous');
		expect(strength('como falo com o atendimento?')).toBe('ambiguous');
		expect(strength('wie erreiche ich den Kundendienst?')).toBe('ambiguous');
		expect(strength('I need to speak to customer service now')).toBe('explicit');
	});
});
