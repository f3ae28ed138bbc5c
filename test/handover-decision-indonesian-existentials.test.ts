import { request } from './helpers/decision';

describe('Indonesian staff asked about with "ada" on a day an office may be shut', () => {
	it('reads the question as one about opening days, not a request now', () => {
		expect(request('ada kasir hari Minggu gak di gerai yang dekat stasiun?')).toBeNull();
		expect(request('apakah ada petugas di loket pajak kendaraan waktu hari libur?')).toBeNull();
	});

	it('still reads staff asked for now, or to talk on that day, as a request', () => {
		expect(request('ada petugas sekarang? saya mau ngomong soal tagihan')).not.toBeNull();
		expect(request('ada petugas yang bisa saya ajak bicara hari Sabtu?')).not.toBeNull();
	});
});

describe('"ada orang" with a wish of the person\'s own after it', () => {
	it('reads someone else\'s plan as no request', () => {
		expect(request('ada orang katering mau cek dapur besok pagi, parkiran belakang bisa dibuka?')).toBeNull();
		expect(request('ada orang mau pasang baliho di depan ruko, izinnya gimana ya')).toBeNull();
	});

	it('still reads a person asked to help the user, or asked in a question, as a request', () => {
		expect(request('ada orang mau bantu saya gak')).not.toBeNull();
		expect(request('ada orang mau bantu?')).not.toBeNull();
	});
});

describe('an Indonesian contact the user will make, right after "saya" with a future word before', () => {
	it('reads the user\'s own plan as no request', () => {
		expect(request('nanti habis makan siang saya telepon teknisi lagi buat tanya onderdilnya')).toBeNull();
		expect(request('nanti saya yang hubungi admin, kamu cukup kirim resinya')).toBeNull();
	});

	it('still reads a passive callback or a want after "saya" as a request', () => {
		expect(request('nanti saya ditelepon admin ya, nomornya yang terdaftar')).not.toBeNull();
		expect(request('nanti saya mau chat admin soal retur')).not.toBeNull();
	});
});

describe('an Indonesian contact the user will make on a day ahead ("besok", "minggu depan", a weekday)', () => {
	it('reads the user\'s own plan as no request', () => {
		expect(request('besok sore saya telepon bengkel sendiri buat tanya sparepart')).toBeNull();
		expect(request('minggu depan aku sendiri yang chat admin soal perpanjangan sewa')).toBeNull();
		expect(request('hari Senin saya hubungi bagian gudang ya, sekarang tolong cek resinya dulu')).toBeNull();
	});

	it('still reads a passive callback or a plea on that day as a request', () => {
		expect(request('besok saya mau ditelepon admin jam 9')).not.toBeNull();
		expect(request('besok tolong hubungi saya ya min')).not.toBeNull();
	});
});
