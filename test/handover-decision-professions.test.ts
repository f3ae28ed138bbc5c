import { request } from './helpers/decision';

describe('a service profession asked for after a talk, connect or call-back verb', () => {
	it('reads a profession the packs list as the person asked for', () => {
		expect(request('could the undertaker call me today about the service on Friday?')).not.toBeNull();
		expect(request('can I speak to the speech therapist who saw my son last week?')).not.toBeNull();
		expect(request('Ich möchte bitte mit einem Imker sprechen, wir haben einen Schwarm im Garten.')).not.toBeNull();
		expect(request('Kann ich mit einem Rechtsanwalt aus Ihrer Kanzlei sprechen?')).not.toBeNull();
		expect(request('Kann ich mit dem Meister aus der Werkstatt sprechen?')).not.toBeNull();
		expect(request('Må jeg tale med en bedemand om begravelsen på lørdag?')).not.toBeNull();
		expect(request('Quiero hablar con una logopeda del centro sobre mi hija.')).not.toBeNull();
		expect(request('Je voudrais parler à un notaire de votre étude au sujet de la succession.')).not.toBeNull();
		expect(request('Posso falar com o arquiteto responsável pela reforma?')).not.toBeNull();
		expect(request('Tolong sambungkan saya dengan notaris untuk akta jual beli.')).not.toBeNull();
		expect(request('Naomba kuongea na wakili wenu kuhusu hati ya nyumba.')).not.toBeNull();
	});

	it('leaves the same professions alone in their other uses', () => {
		expect(request('I am an undertaker myself and only need the invoice.')).toBeNull();
		expect(request('how much does a beekeeper earn in a year?')).toBeNull();
		expect(request('my lawyer said the contract is fine, when does it start?')).toBeNull();
		expect(request('Gibt es die Steuerberater-Software auch für Mac?')).toBeNull();
		expect(request('Mein Anwalt meint, die Kündigung ist unwirksam.')).toBeNull();
		expect(request('Wir sind Deutscher Meister geworden, gibt es ein Trikot?')).toBeNull();
		expect(request('Min advokat siger at kontrakten er i orden.')).toBeNull();
		expect(request('¿Cuánto cobra un abogado por una consulta?')).toBeNull();
		expect(request('Mon notaire a déjà reçu les documents, merci.')).toBeNull();
		expect(request('Meu advogado falou que está tudo certo.')).toBeNull();
		expect(request('Berapa biaya notaris untuk akta jual beli?')).toBeNull();
		expect(request('Wakili wangu alisema mkataba uko sawa.')).toBeNull();
	});
});
