import { request } from './helpers/decision';

describe('callback phrases that ask nothing now', () => {
	it('reads a callback phrase after a denial of the need in its clause as asking nothing', () => {
		expect(request('The refund arrived this morning, so there is no need for anyone at the shop to phone me about it.')).toBeNull();
		expect(request('Der Termin passt, es muss mich deswegen wirklich nicht jemand zurückrufen.')).toBeNull();
		expect(request('No estoy pidiendo que me llamen, solo aviso de que la factura llegó doble.')).toBeNull();
		expect(request('Die Rechnung stimmt jetzt, deswegen muss mich auch keiner aus dem Büro zurückrufen.')).toBeNull();
	});

	it('still reads the callback as asked when an asker, an urger or a fresh want stands in the clause', () => {
		expect(request('can someone call me back?')).not.toBeNull();
		expect(request('nobody called me back, please have someone call me now')).not.toBeNull();
		expect(request('did you get my number? call me back please')).not.toBeNull();
		expect(request("I don't want the bot, call me")).not.toBeNull();
		expect(request('the parcel still has not arrived and I just want someone from the depot to call me back today')).not.toBeNull();
		expect(request('kann mich bitte jemand aus dem Kundendienst zurückrufen? Die Lieferung fehlt.')).not.toBeNull();
		expect(request('por favor que me llamen hoy, la lavadora sigue sin funcionar')).not.toBeNull();
	});

	it('reads a callback phrase in a question about the past as asking nothing, but not one asked after it', () => {
		expect(request('did anybody from the glazier ring me on Monday about the cracked pane?')).toBeNull();
		expect(request('sorry, did someone at the surgery phone me this morning?')).toBeNull();
		expect(request('did the glazier get my address? ring me back please')).not.toBeNull();
	});
});
