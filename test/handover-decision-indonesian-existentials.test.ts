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
