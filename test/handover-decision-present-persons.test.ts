import { request } from './helpers/decision';

describe('a person asked whether they are there and free now', () => {
	it('reads a present "is there" question with a presence word after the person as asking for them', () => {
		expect(request('¿hay consultoras libres? la cuota del gimnasio se cobró dos veces')).not.toBeNull();
		expect(request('¿no hay ningún ejecutivo disponible? el seguro del piso no me responde')).not.toBeNull();
		expect(request('Gibt es eine Beraterin, die gerade erreichbar ist? Mein Paket hängt im Zoll.')).not.toBeNull();
		expect(request('tem consultores disponíveis agora? a fatura da internet veio dobrada')).not.toBeNull();
	});

	it('reads the same opener about the past, about when staff work, or said as no request', () => {
		expect(request('¿había asesoras libres el martes pasado? nadie me atendió')).toBeNull();
		expect(request('¿hay asesoras libres los sábados por la mañana?')).toBeNull();
		expect(request('Gab es letzte Woche eine Beraterin, die erreichbar war?')).toBeNull();
		expect(request('hay asesoras libres en la oficina de Lima, me dijeron.')).toBeNull();
	});

	it('reads chat forms of free now and someone who has time as presence words', () => {
		expect(request('y a un conseiller dispo là ? ma box ne capte plus rien depuis hier')).not.toBeNull();
		expect(request('gibts grad nen Berater der Zeit hat? Die Stromrechnung ist doppelt abgebucht.')).not.toBeNull();
		expect(request('is there an agent who has time rn? my deposit went missing')).not.toBeNull();
		expect(request('kuna mhudumu aliye huru sasa hivi? kadi yangu imekwama')).not.toBeNull();
		expect(request('ada admin yang lagi kosong sekarang?')).not.toBeNull();
	});

	it('reads time or a free thing with no person asked for now as no request', () => {
		expect(request('gibt es einen Berater, der Zeit für Steuerfragen am Wochenende hat?')).toBeNull();
		expect(request('ada kamar yang kosong sekarang?')).toBeNull();
	});
});

describe('a team asked whether it is there now', () => {
	it('reads a present "is there" question with a presence word and a word for now after the team as asking for someone', () => {
		expect(request('ada tim support yang online sekarang gak? tagihan saya dobel')).not.toBeNull();
		expect(request('ada cs yg online skrg?')).not.toBeNull();
	});

	it('reads the same question without a word for now, or about when the team works, as no request', () => {
		expect(request('ada cs yang online 24 jam?')).toBeNull();
		expect(request('when is your customer service available? do they work on Sundays')).toBeNull();
		expect(request('Ist Ihr Kundendienst auch sonntags erreichbar?')).toBeNull();
	});
});
