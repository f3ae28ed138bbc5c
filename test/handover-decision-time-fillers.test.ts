import { request } from './helpers/decision';

describe('a time word between a talk verb and the person', () => {
	it('reads a time or "right away" word as a filler, and the verb\'s "with" pushed past it', () => {
		expect(request('je voudrais discuter maintenant avec une conseillère pour mon bail de garage')).not.toBeNull();
		expect(request('preciso falar agora mesmo com uma atendente sobre o conserto da geladeira')).not.toBeNull();
		expect(request('could I talk right away with a support engineer about the broken kiln?')).not.toBeNull();
		expect(request('necesito hablar hoy mismo con un asesor por la hipoteca del local')).not.toBeNull();
		expect(request('saya mau bicara sekarang juga dengan petugas soal sewa gudang')).not.toBeNull();
	});

	it('does not read a "with" right after a noun that spells a talk verb, nor a past conversation', () => {
		expect(request('Y a-t-il un chat avec le support ou seulement le téléphone ?')).toBeNull();
		expect(request('Er der en chat med support eller kun telefon?')).toBeNull();
		expect(request('j\'ai discuté hier avec une conseillère pour mon bail de garage, tout est réglé')).toBeNull();
	});
});
