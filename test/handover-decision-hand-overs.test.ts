import { request } from './helpers/decision';

describe('a person given or passed to the user, and a titled name urged on alone', () => {
	it('reads a named person or a role given to the user as a request', () => {
		expect(request('get me Priya at the parts counter please, she ordered my brakes')).not.toBeNull();
		expect(request('give me Tomasz from the loading bay, he has my pallet')).not.toBeNull();
		expect(request('Bitte geben Sie mir den Lagerleiter, meine Bestellung fehlt')).not.toBeNull();
		expect(request('donnez-moi Julien du service livraison, il connaît ma commande')).not.toBeNull();
		expect(request('kasih saya Mas Andi dari bagian gudang, dia yang kirim paket saya')).not.toBeNull();
		expect(request('nipatie mtaalamu wa mabomba tafadhali, bomba linavuja')).not.toBeNull();
	});

	it('reads a title and a name urged on alone as a request', () => {
		expect(request('Frau Schubert bitte, sie hat meinen Antrag')).not.toBeNull();
		expect(request('Sra. Villalobos por favor, ella lleva mi reclamo')).not.toBeNull();
		expect(request('Pak Hendra tolong, dia yang pegang akun saya')).not.toBeNull();
		expect(request('Bwana Musa tafadhali, anajua kuhusu oda yangu')).not.toBeNull();
	});

	it('reads no request in things given, details, past reports or greetings', () => {
		expect(request('get me a replacement charger please')).toBeNull();
		expect(request('Geben Sie mir bitte die Quittung von gestern')).toBeNull();
		expect(request('donnez-moi juste le lien pour annuler')).toBeNull();
		expect(request('kasih saya kode promo yang baru')).toBeNull();
		expect(request('nipe risiti ya malipo yangu')).toBeNull();
		expect(request('Priya got me a discount last month, can you apply it again?')).toBeNull();
		expect(request('Herr Schubert hat mir gestern die Unterlagen geschickt')).toBeNull();
		expect(request('Mr Patel, please send me the invoice again')).toBeNull();
		expect(request('Frau Schubert hat mir bitte nichts gesagt')).toBeNull();
	});
});
