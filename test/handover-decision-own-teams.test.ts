import { strength } from './helpers/decision';

describe('a team the user runs', () => {
	it('is offered to no one', () => {
		for (const text of [
			'we keep our own help desk for the lodge, does your booking page take deposits?',
			'nuestra academia tiene su propio soporte informático, ¿hacéis descuento por volumen?',
			'o ginásio tem a sua própria equipa de atendimento, o plano inclui aulas online?',
			'notre cave a son propre service client, vos cartons supportent-ils six bouteilles ?',
			'unsere Bäckerei hat einen eigenen Kundendienst, druckt eure Waage auch Etiketten?',
			'bageriet har sin egen kundeservice, kan jeres vægt printe etiketter?',
			'toko roti kami punya tim CS sendiri, timbangan kalian bisa cetak label?',
			'mkahawa wetu una timu yake yenyewe ya huduma kwa wateja, mnauza mizani?',
		]) expect([text, strength(text)]).toEqual([text, 'none']);
	});

	it('is offered to no one when the user does the work or the contact themselves', () => {
		for (const text of [
			'I look after a small help desk myself, do you ship to Norway?',
			'je bosse moi-même dans un service client, vous livrez en Belgique ?',
			'ich ruf morgen selbst beim Kundendienst an, ist der Tisch noch lieferbar?',
			'jeg sidder selv i support hos et rejsebureau, hvad koster jeres kursus?',
			'saya sendiri kerja di bagian CS, mau tanya ongkir ke Medan berapa?',
			'yo mismo trabajo en atención al cliente, ¿tenéis descuento para grupos?',
		]) expect([text, strength(text)]).toEqual([text, 'none']);
	});

	it('leaves the team offered when the user asks how to reach it or the myself is in another clause', () => {
		expect(strength('I tried everything myself and now how do I contact support?')).toBe('ambiguous');
		expect(strength('ich hab selbst alles probiert, wie erreiche ich den Kundendienst?')).toBe('ambiguous');
		expect(strength('I cannot fix it myself, customer service?')).toBe('ambiguous');
		expect(strength('I did the reset myself but it still fails, please put me through to support')).toBe('explicit');
	});

	it('leaves the business team offered, asked about or asked for', () => {
		expect(strength('customer service?')).toBe('ambiguous');
		expect(strength('how do I contact support?')).toBe('ambiguous');
		expect(strength('our own team is stuck, customer service?')).toBe('ambiguous');
		expect(strength('Gibt es eine eigene Service-Hotline für Händler?')).toBe('ambiguous');
		expect(strength('our own IT team is stuck, please put me through to your technical support now')).toBe('explicit');
	});
});
