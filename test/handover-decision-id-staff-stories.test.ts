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
