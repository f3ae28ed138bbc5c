import { request } from './helpers/decision';

describe('a product or feature word in what a request is about', () => {
	it('reads a cancel word after a topic word past a call, contact or fixed request as its topic', () => {
		expect(request('can someone from sales call me for a demo of your app')).not.toBeNull();
		expect(request('I want to talk to someone for a demo of your platform')).not.toBeNull();
		expect(request('je voudrais parler à l\'équipe commerciale pour une démo de votre plateforme')).not.toBeNull();
		expect(request('Le solicito que un responsable se comunique conmigo en relación con el traspaso de mi abono vitalicio.')).not.toBeNull();
		expect(request('quiero que un agente me contacte por correo por el tema de mi racha perdida en la app de idiomas')).not.toBeNull();
		expect(request('ich möchte mit jemandem wegen der App-Anmeldung sprechen')).not.toBeNull();
		expect(request('saya minta dihubungi sales kalian soal harga paket kantor')).not.toBeNull();
		expect(request('Tafadhali meneja wa akaunti yetu anipigie kuhusu kuongeza mkataba wa mahema')).not.toBeNull();
	});

	it('still reads a product that asks, or is asked about, before the request as cancelling it', () => {
		expect(request('does your app let me talk to an agent?')).toBeNull();
		expect(request('est-ce que votre application permet de parler à un conseiller pour un devis ?')).toBeNull();
		expect(request('¿la app permite que un agente me llame sobre mi cuenta?')).toBeNull();
		expect(request('o aplicativo tem como falar com um atendente sobre o pedido?')).toBeNull();
		// "about to" is a time, no topic
		expect(request('is there a human about to check the parcels before dispatch or is it all automated in the warehouse?')).toBeNull();
	});
});
