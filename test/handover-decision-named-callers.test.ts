import { request } from './helpers/decision';

describe('a named person as the subject of a callback', () => {
	it('reads a named person asked to call the user back as a request, however long the topic after the verb', () => {
		expect(request('can Ms. Okafor email me back today about the lease renewal on flat 4?')).not.toBeNull();
		expect(request('kira-kira Pak Hendra dari divisi klaim bisa menghubungi saya balik sore ini untuk soal mobil saya?')).not.toBeNull();
		expect(request('Pak Hendra bisa telp saya? beliau yg ngurus pesanan beras 5 ton kemarin')).not.toBeNull();
	});

	it('still reads the same callback reported as done as no request', () => {
		expect(request('Ms. Okafor emailed me back yesterday about the lease renewal on flat 4, thanks.')).toBeNull();
		expect(request('Mas Yoga dari gudang sudah menghubungi saya balik tadi siang, kiriman semen aman.')).toBeNull();
		expect(request('Pak Joko udah telp saya kemarin soal jadwal servis AC, beres kok.')).toBeNull();
	});

	it('reads a role no pack lists, by its form, opening the clause of a callback as its subject, whatever the case of the message', () => {
		expect(request('Kan vagtlederen ringe tilbage?')).not.toBeNull();
		expect(request('Kan bådudlejeren ringe tilbage i eftermiddag?')).not.toBeNull();
		expect(request('Vagtlederen ringede tilbage i går, tak.')).toBeNull();
	});

	it('reads a person or a team a pack lists, just before a callback that opens its clause, as its subject, however long the topic after it', () => {
		expect(request('kan rådgiveren ringe tilbage så vi kan finde ud af det')).not.toBeNull();
		expect(request('kan kundeservice lige ringe tilbage i morgen om den nye regning')).not.toBeNull();
		expect(request('Der er en person der bliver ved med at skrive til mig fra en ny profil hver gang jeg blokerer ham')).toBeNull();
		expect(request('rådgiveren ringede tilbage i går om den nye regning og det var fint')).toBeNull();
	});
});
