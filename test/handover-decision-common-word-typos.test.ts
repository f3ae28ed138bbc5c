import { strength } from './helpers/decision';

describe('common words one edit from a grammar word of another sense (pack data)', () => {
	it('keeps an everyday word of its own language as itself, not as the person or request word it is one edit from', () => {
		// 'media' is no 'médica', 'stuff' no 'staff', 'contratar' no 'contatar', 'nøglen' no 'nogen', 'Stoff' no 'staff'
		expect(strength('llevo media hora esperando con este chat')).toBe('none');
		expect(strength('can you send the stuff to my address')).toBe('none');
		expect(strength('vamos contratar uma pessoa para o caixa, como cadastro ela no sistema?')).toBe('none');
		expect(strength('kan jeg tale med nøglen')).toBe('none');
		expect(strength('quiero hablar con perdón')).toBe('none');
		expect(strength('nataka kuongea na daftari')).toBe('none');
	});

	it('still reads the typos users write, and the person word beside the common word', () => {
		for (const text of [
			'i need a persn',
			'i want to speak to an agnet',
			'I want to talk to a humna',
			'I need suport now',
			'quero atendimeto humano',
			'quiero hablar con una persnoa',
			'perdón, quiero hablar con una persona',
			'llevo media hora esperando, quiero hablar con un asesor',
			'please let me talk to staff, the stuff you sent is broken',
			'jeg vil tale med en læge om medicinen',
			'ich will immer noch einen Mitarbeiter sprechen',
			'nataka kuongea na mhudumu, siwezi kutoa pesa',
			'saya mau bicara dengan perawat, bukan soal pesawat',
			'je veux parler à un manager, pas manger',
		]) {
			expect(strength(text)).toBe('explicit');
		}
	});
});
