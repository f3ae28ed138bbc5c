import { request } from './helpers/decision';

describe('a name that is a word of another language in a talk verb\'s slot', () => {
	it('reads a capitalised word only other languages\' packs know as a name after or before a talk verb', () => {
		expect(request('kann ich mal mit Jana sprechen? die hat mir letzte woche geholfen')).not.toBeNull();
		expect(request('ich will mit Jana reden')).not.toBeNull();
		expect(request('Can I speak with Jana please?')).not.toBeNull();
		expect(request('Quiero hablar con Mati, el del taller.')).not.toBeNull();
		expect(request('Jeg vil gerne tale med Jana om min ordre.')).not.toBeNull();
		expect(request('Je voudrais parler à Jana.')).not.toBeNull();
		expect(request('Quero falar com a Jana sobre o pedido.')).not.toBeNull();
		expect(request('pode me passar para a Jana?')).not.toBeNull();
		expect(request('pouvez-vous me passer Jana ?')).not.toBeNull();
		expect(request('bisa sambungkan saya ke Jana?')).not.toBeNull();
	});

	it('reads no word of the message\'s own language, no word written small or in capitals only, and no sentence start', () => {
		expect(request('Kann ich mit Sie sprechen?')).toBeNull();
		expect(request('kan jeg tale med Dem?')).toBeNull();
		expect(request('Jeg vil tale med Jer')).toBeNull();
		expect(request('Quiero hablar con Usted.')).toBeNull();
		expect(request('ich möchte mit Karte zahlen')).toBeNull();
		expect(request('can i talk to jana')).toBeNull();
		expect(request('CAN I TALK TO JANA')).toBeNull();
		expect(request('i talked to Jana yesterday')).toBeNull();
		expect(request('Naweza kuongea na Jana?')).toBeNull();
	});

	it('reads no word several other languages know, more often borrowed than a name', () => {
		expect(request('ich muss erst mit Mama sprechen')).toBeNull();
		expect(request('ich will mit Papa reden')).toBeNull();
		expect(request('I need to talk to Mama first')).toBeNull();
	});
});
