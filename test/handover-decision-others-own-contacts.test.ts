import { request } from './helpers/decision';

describe("someone else's wish that they will act on themselves", () => {
	it('reads a third person\'s want followed by their own contact ("nanti dia chat sendiri") as passed on', () => {
		expect(request('suami saya mau ngomong sama CS toko, nanti dia chat sendiri dari HP-nya')).toBeNull();
		expect(request('adik saya pengen ditelepon balik sama CS, tapi nanti dia hubungi sendiri aja')).toBeNull();
		expect(request('ibu saya mau bicara dengan petugas bank, nanti beliau telepon sendiri dari rumah')).toBeNull();
		expect(request('istri saya pengen ngobrol sama admin. Nanti dia chat sendiri ya')).toBeNull();
	});

	it('keeps the request when the pronoun is the person asked for, or nobody says they will do it themselves', () => {
		expect(request('saya mau ngomong sama CS, nanti dia sendiri yang jelasin')).not.toBeNull();
		expect(request('tolong sambungkan ke teknisi, biar dia sendiri yang cek')).not.toBeNull();
		expect(request('ibu saya mau bicara dengan petugas bank, tolong hubungi beliau sekarang')).not.toBeNull();
		expect(request('mau ngomong sama CS dong, bot-nya gak ngerti')).not.toBeNull();
	});
});
