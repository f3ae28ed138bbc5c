import { request } from './helpers/decision';

describe('a contact asked for someone of the user\'s (relationObjects.ts, relativeCalls.ts)', () => {
	it('reads a person or team asked to call, ring or reach someone of the user\'s as a request', () => {
		expect(request('could somebody from the clinic ring my grandmother this afternoon?')).not.toBeNull();
		expect(request('can an adviser from the bank phone our landlord about the deposit?')).not.toBeNull();
		expect(request('¿alguien de la farmacia puede llamar a mi abuelo hoy?')).not.toBeNull();
		expect(request('algum técnico pode ligar pra minha irmã ainda hoje?')).not.toBeNull();
		expect(request('est-ce que quelqu\'un du cabinet peut rappeler mon frère avant midi ?')).not.toBeNull();
		expect(request('kann bitte jemand aus der Praxis meinen Opa anrufen?')).not.toBeNull();
		expect(request('kan nogen fra tandlægen ringe til min søster i dag?')).not.toBeNull();
		expect(request('tolong petugas apotek hubungi nenek saya ya')).not.toBeNull();
		expect(request('bisa customer service telpon suami sy sore ini?')).not.toBeNull();
		expect(request('kuna mtu wa duka anaweza kumpigia dada yangu leo?')).not.toBeNull();
	});

	it('reads a contact said to the company for someone of the user\'s with a phone number as a request', () => {
		expect(request('please ring my grandad on 0161 496 0732, he cannot use the chat')).not.toBeNull();
		expect(request('por favor llamen a mi abuela al 612 345 987')).not.toBeNull();
		expect(request('liguem pra minha avó no 21 99876 5432 por favor')).not.toBeNull();
		expect(request('appelez mon grand-père au 04 72 11 22 33 svp')).not.toBeNull();
		expect(request('ruft bitte meine Oma an, 0171 2345678')).not.toBeNull();
		expect(request('ring til min bror på 40 50 60 70, han forstår ikke chatten')).not.toBeNull();
		expect(request('telponin kakek saya di 0813 2222 4444 ya')).not.toBeNull();
		expect(request('mpigieni mama kwa 0733 456 789 tafadhali')).not.toBeNull();
	});

	it('reads no request in a report, the user\'s own plan, the relative\'s own contact or a thing sent', () => {
		expect(request('the nurse called my daughter yesterday about the results')).toBeNull();
		expect(request('I\'ll call my dad on 0161 496 0732 tonight and ask him')).toBeNull();
		expect(request('my daughter will call you tomorrow about the booking')).toBeNull();
		expect(request('can someone email the invoice to my boss?')).toBeNull();
		expect(request('la enfermera llamó a mi hija ayer por la tarde')).toBeNull();
		expect(request('vou ligar pro meu pai no 21 99876 5432 hoje à noite')).toBeNull();
		expect(request('mon frère va vous appeler demain matin')).toBeNull();
		expect(request('die Schwester hat meinen Vater gestern angerufen')).toBeNull();
		expect(request('jeg ringer selv til min far på 40 50 60 70 i aften')).toBeNull();
		expect(request('petugasnya kemarin sudah telpon ibu saya')).toBeNull();
		expect(request('fundi alimpigia baba yangu jana')).toBeNull();
	});

	it('reads a named person asked to contact someone of the user\'s, and not their report, plan or promise (namedRelationCallers.ts)', () => {
		expect(request('could Marek from the leasing office call my flatmate this evening?')).not.toBeNull();
		expect(request('a Joana da secretaria pode ligar pro meu marido hoje?')).not.toBeNull();
		expect(request('Mwalimu Neema wa shule anaweza kumpigia mume wangu leo?')).not.toBeNull();
		expect(request('Marek called my flatmate yesterday about the lease')).toBeNull();
		expect(request('Marek will call my flatmate tomorrow')).toBeNull();
		expect(request('if Marek can call my flatmate, that would settle it')).toBeNull();
		expect(request('tolong kirim invoice sewa ke email tim keuangan kantor saya')).toBeNull();
	});

	it('needs a phone number and the verb opening its clause for a bare contact', () => {
		expect(request('call my dad at 5 and tell him the parcel came')).toBeNull();
		expect(request('don\'t ring my mum on 0161 496 0732, she is asleep')).toBeNull();
		expect(request('did the driver ring my brother on 0161 496 0732?')).toBeNull();
	});
});

describe('a relation of the user\'s owning the person asked for', () => {
	it('reads a carer or nurse "of my mother" asked to call as a request, the relation naming whose person it is', () => {
		expect(request('você pode pedir pra enfermeira da minha mãe me ligar amanhã cedo? ela teve febre')).not.toBeNull();
		expect(request('peçam para a cuidadora do meu pai me telefonar antes das seis, por favor')).not.toBeNull();
	});

	it('leaves the same carer reported, and a person of the user\'s own team, as no request', () => {
		expect(request('a enfermeira da minha avó já me ligou ontem e explicou os exames')).toBeNull();
		expect(request('Kan vi indstille jeres bot, så en medarbejder fra vores eget team tager over, når den ikke kan svare?')).toBeNull();
	});
});
