import { request } from './helpers/decision';

describe('a named person asked whether they are there and free now', () => {
	it('reads a capitalised name after a question opener or a title, with a presence word after it, as a request', () => {
		expect(request('is Maria available? she helped me last week with the lease')).not.toBeNull();
		expect(request('is Tom around? he set up my account last month')).not.toBeNull();
		expect(request('is Daniel Okafor available?')).not.toBeNull();
		expect(request('Est-ce que Julie est dispo ?')).not.toBeNull();
		expect(request('a Juliana tá disponível? era ela que cuidava do meu caso')).not.toBeNull();
		expect(request('¿está Lucía disponible?')).not.toBeNull();
		expect(request('ist Frau Berger heute da?')).not.toBeNull();
		expect(request('er Mette ledig?')).not.toBeNull();
		expect(request('apakah Sari tersedia?')).not.toBeNull();
	});

	it('reads no name in a thing, a sentence-opening capital or a German noun, nor a name in a report or on another day', () => {
		expect(request('is the shop around the corner?')).toBeNull();
		expect(request('Tom said the parcel is there')).toBeNull();
		expect(request('est-ce que le service est dispo ?')).toBeNull();
		expect(request('¿Sigue disponible? ¿Tiene la caja original?')).toBeNull();
		expect(request('Ist Express verfügbar?')).toBeNull();
		expect(request('Kann ich meinen Prüfbericht online runterladen?')).toBeNull();
		expect(request('ist das Paket schon da?')).toBeNull();
		expect(request('was Maria available yesterday?')).toBeNull();
		expect(request('is Maria available on Sundays?')).toBeNull();
		expect(request('is Maria not available?')).toBeNull();
	});
});
