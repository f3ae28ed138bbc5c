import { request } from './helpers/decision';

describe('Indonesian complaints and reports', () => {
	it('reads a complaint or report about a thing as no request', () => {
		expect(request('saya mau komplain pesanan, ukurannya salah')).toBeNull();
		expect(request('mau lapor kehilangan dompet di bus kemarin')).toBeNull();
		expect(request('biasanya berapa lama teknisi dateng setelah lapor gangguan?')).toBeNull();
		expect(request('udah lapor ke satpam soal motor ilang, skrg butuh surat apa aja?')).toBeNull();
	});

	it('keeps a complaint or report made to a person', () => {
		expect(request('saya mau komplain ke manajer toko')).not.toBeNull();
		expect(request('mau komplain langsung ke admin, barangnya rusak')).not.toBeNull();
		expect(request('gw mau komplen ke atasan lo')).not.toBeNull();
		expect(request('saya mau lapor ke Pak Budi soal pagar yang rusak')).not.toBeNull();
	});
});

describe('Indonesian staff judged, talked with before, or the user\'s own', () => {
	it('reads staff answering chats, a talk had before in chat spelling and the user\'s own staff as no request', () => {
		expect(request('Admin tokonya lambat bgt bales chat, udh 3 hari pesanan blm dikirim')).toBeNull();
		expect(request('teknisinya bales chat cepet, mantap')).toBeNull();
		expect(request('kemaren aku udh ngomong sama mbak admin, katanya vouchernya bisa dipake')).toBeNull();
		expect(request('kmrn gw ngobrol sama petugas loket, katanya bisa refund')).toBeNull();
		expect(request('tim developer kami mau migrasi server, ada panduannya?')).toBeNull();
	});

	it('keeps a request beside a slow reply or a past talk', () => {
		expect(request('admin lambat bales chat, tolong sambungkan ke manajer')).not.toBeNull();
		expect(request('kemaren udh ngomong sama admin tapi gak beres. saya mau bicara dengan atasannya')).not.toBeNull();
		expect(request('bisa hubungkan developer kami dengan tim teknis kalian?')).not.toBeNull();
	});
});
