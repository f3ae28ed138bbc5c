import { request } from './helpers/decision';

describe('someone of the user\'s asked to be transferred or connected to a person (transferredRelations.ts)', () => {
	it('reads a transfer or connect verb with someone close as its object and a person or team after it as a request', () => {
		expect(request('could you put my grandad through to someone in accounts, he is here with me')).not.toBeNull();
		expect(request('please transfer my sister to an adviser')).not.toBeNull();
		expect(request('bitte verbinden Sie meinen Opa mit einem Kundenberater')).not.toBeNull();
		expect(request('könnten Sie meine Schwester mit einem Mitarbeiter verbinden?')).not.toBeNull();
		expect(request('stil venligst min far om til en medarbejder, han sidder her')).not.toBeNull();
		expect(request('por favor comuniquen a mi abuelo con un agente, está conmigo')).not.toBeNull();
		expect(request('vocês podem transferir a minha irmã para um atendente?')).not.toBeNull();
		expect(request('pouvez-vous mettre mon grand-père en relation avec un conseiller ?')).not.toBeNull();
		expect(request('tolong sambungkan kakek saya ke cs ya')).not.toBeNull();
		expect(request('tafadhali muunganishe babu yangu na mhudumu')).not.toBeNull();
	});

	it('reads no request in a past transfer, the relative\'s own request, a thing connected, a how-question or a plan', () => {
		expect(request('you transferred my grandad to an adviser on Monday and nobody picked up')).toBeNull();
		expect(request('my sister asked to be connected with a supervisor last month')).toBeNull();
		expect(request('how do I connect my son\'s tablet to the wifi?')).toBeNull();
		expect(request('I will put my brother through to the right person myself')).toBeNull();
		expect(request('Sie haben meinen Opa letzte Woche mit einem Berater verbunden')).toBeNull();
		expect(request('wie verbinde ich das Handy meiner Oma mit dem WLAN?')).toBeNull();
		expect(request('hvordan forbinder jeg min søns konto med min?')).toBeNull();
		expect(request('el lunes transfirieron a mi madre con un asesor y nadie contestó')).toBeNull();
		expect(request('como conecto a conta da minha irmã na minha?')).toBeNull();
		expect(request('comment connecter la tablette de mon fils au wifi ?')).toBeNull();
		expect(request('cara sambungkan akun kakek saya ke akun saya')).toBeNull();
		expect(request('jinsi ya kuunganisha simu ya babu yangu na wifi')).toBeNull();
	});
});
