import { request } from './helpers/decision';

describe('a pronoun in a put-through slot that stands for a person named before', () => {
	it('reads the pronoun as the person named or described earlier, asked for in the user\'s voice', () => {
		expect(request('Valentina me ayudó con el alquiler del local, ¿me puedes pasar con ella mañana?')).not.toBeNull();
		expect(request('O seu Jorge montou o nosso guarda-roupa, consegue me passar pra ele?')).not.toBeNull();
		expect(request('Signe fra bogholderiet sendte mig rykkeren, kan I stille mig om til hende?')).not.toBeNull();
		expect(request('Ibu Dewi yang urus sertifikat kursus saya, bisa sambungkan saya dengan beliau?')).not.toBeNull();
		expect(request('Frau Albers hat die Fliesen geliefert, stellen Sie mich bitte zu ihr durch?')).not.toBeNull();
	});

	it('reads none with no person before the pronoun', () => {
		expect(request('la tarjeta regalo no funciona, ¿me puedes pasar con ella a la caja?')).toBeNull();
		expect(request('a encomenda veio aberta, consegue me passar pra ela o código de rastreio?')).toBeNull();
		expect(request('regningen er forkert, kan I stille mig om til hende?')).toBeNull();
	});

	it('reads none when someone other than the user is put through or talks', () => {
		expect(request('Signe fra bogholderiet har ringet, I kan sætte jer i forbindelse med ham i morgen.')).toBeNull();
		expect(request('Valentina me ayudó con el local y mi cuñado ya habló con ella.')).toBeNull();
	});

	it('reads none for the pronoun after a talk verb in a past or third-person clause', () => {
		expect(request('Signe fra bogholderiet ringede, og min mand talte med hende i går.')).toBeNull();
		expect(request('Ibu Dewi sudah bicara dengan beliau kemarin, jadi aman.')).toBeNull();
	});

	it('reads none when the person named is the subject of the clause that puts the user in contact, a report', () => {
		expect(request("Maëlle m'a mis en contact avec lui mardi, c'est réglé.")).toBeNull();
		expect(request('Valentina me pasa con ella cada vez que llamo, es muy amable.')).toBeNull();
	});

	it('reads a need that opens its sentence with no subject as the user asking for the person named before', () => {
		expect(request('is Tom in today? need to talk to him about the stock count')).not.toBeNull();
		expect(request('er Mikkel på kontoret i dag? skal tale med ham om lejekontrakten')).not.toBeNull();
		expect(request('¿está Marta hoy? tengo que hablar con ella del presupuesto')).not.toBeNull();
		expect(request('a Carla tá aí? preciso falar com ela sobre o contrato')).not.toBeNull();
		expect(request('apakah Sari ada di kantor? perlu bicara sama dia soal kontrak')).not.toBeNull();
	});

	it('reads none for a need with its own subject, a question or no need before the talk verb', () => {
		expect(request('is Tom in today? he promised the invoice by Friday')).toBeNull();
		expect(request('is Tom in today? he needs to talk to him about the stock count')).toBeNull();
		expect(request('is Tom in today? does he need to talk to him?')).toBeNull();
		expect(request('Carmen me ayudó ayer. tiene que hablar con ella del presupuesto')).toBeNull();
		expect(request('o Pedro me atendeu ontem. precisa falar com ele sobre o contrato')).toBeNull();
	});
});
