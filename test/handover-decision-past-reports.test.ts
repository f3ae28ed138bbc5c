import { request } from './helpers/decision';

describe('a request-like clause dated before now', () => {
	it('reads a person or a transfer in a clause with a past time word as reported', () => {
		expect(request('the chat transferred me to a human last week and it was quick, anyway do you have the blue kettle in stock?')).toBeNull();
		expect(request('kemarin sore ada teknisi yang bilang kompor saya cuma perlu ganti selang, benar begitu?')).toBeNull();
		expect(request('ontem um atendente me explicou que a garantia cobre a tela, ainda vale?')).toBeNull();
		expect(request('hier un conseiller humain m\'a rappelé et tout est réglé, merci')).toBeNull();
		expect(request('i går snakkede jeg med en medarbejder om returneringen, og nu er pengene kommet')).toBeNull();
		expect(request('letzte Woche wurde ich zu einem echten Menschen durchgestellt und alles war geklärt')).toBeNull();
		expect(request('Saya sudah disambungkan ke agen tadi siang dan urusannya selesai.')).toBeNull();
	});

	it('still reads a present request next to or inside such a clause', () => {
		expect(request('I talked to an agent yesterday, put me through to her again')).not.toBeNull();
		expect(request('last time a human sorted this in minutes, so please get me a human')).not.toBeNull();
		expect(request('kemarin udah chat admin, sekarang tolong sambungkan ke admin lagi')).not.toBeNull();
		expect(request('can I talk to the agent who helped me last time?')).not.toBeNull();
		expect(request('kann ich mit dem Mitarbeiter sprechen, der mich gestern angerufen hat?')).not.toBeNull();
		expect(request('the heater broke yesterday and I want to speak to a technician')).not.toBeNull();
		expect(request('ayer hablé con un asesor, quiero hablar con él de nuevo')).not.toBeNull();
	});

	it('reads request verbs someone else said before now as theirs, and the user\'s own as asking', () => {
		expect(request('tadi pagi teknisi bilang mau sambungkan saya ke kepala bengkel, tapi hp nya mati. servisnya udah selesai belum?')).toBeNull();
		expect(request('tadi pagi saya minta sambungkan ke kepala bengkel, sekarang tolong sambungkan ke kepala bengkel')).not.toBeNull();
		expect(request('yesterday I said connect me to a supervisor and nothing happened, connect me to a supervisor')).not.toBeNull();
	});
});

describe('the want of someone close to the user, dated by a past time after the request', () => {
	it('reads a relative\'s earlier request as reported', () => {
		expect(request('ibu saya minta disambungkan ke petugas loket bulan lalu, antreannya sudah beres')).toBeNull();
		expect(request('kakak saya minta dihubungkan dengan petugas pajak bulan lalu, sudah beres')).toBeNull();
	});

	it('reads it as reported whatever clause follows it, or when it is not the first', () => {
		expect(request('ibu saya minta disambungkan ke petugas loket bulan lalu, antreannya panjang sekali')).toBeNull();
		expect(request('kakak saya minta ditelepon teknisi kemarin pagi, jadwalnya sudah cocok')).toBeNull();
		expect(request('soal pajak tahunan, kakak saya minta dihubungkan dengan petugas pajak bulan lalu, berkasnya lengkap')).toBeNull();
	});

	it('still reads the want as asked when no past time follows it, or the time only stands before it', () => {
		expect(request('kakak saya minta dihubungkan dengan petugas pajak, berkasnya hilang')).not.toBeNull();
		expect(request('ibu saya dari tadi minta bicara dengan apoteker')).not.toBeNull();
	});
});

describe('Danish times of day and year before now', () => {
	it('dates staff met this morning, last night or last year', () => {
		expect(request('jeg fik en rådgiver tildelt sidste år, men hun er stoppet')).toBeNull();
		expect(request('jeg snakkede med en rådgiver i morges om lånet')).toBeNull();
		expect(request('det menneske jeg talte med i formiddags var meget sød')).toBeNull();
	});

	it('still reads a request in a clause of its own or ending in a question', () => {
		expect(request('jeg skrev i morges, kan en medarbejder ringe mig op nu?')).not.toBeNull();
		expect(request('i morges var internettet nede, kan I sende en tekniker ud')).not.toBeNull();
	});
});
