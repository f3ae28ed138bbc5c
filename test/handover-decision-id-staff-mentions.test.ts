import { request } from './helpers/decision';

describe('Indonesian staff mentioned without being asked for', () => {
	it('reads the user talking already, their own call, praise and a duty question as no request', () => {
		expect(request('aku lagi ngobrol sama petugasnya di loket, makasih infonya ya')).toBeNull();
		expect(request('saya sedang bicara dengan teknisi kalian lewat telepon, tunggu sebentar')).toBeNull();
		expect(request('biar saya sendiri yang hubungi bagian keuangan lusa, sekarang cuma mau cek saldo')).toBeNull();
		expect(request('penjaga kolamnya cekatan banget pas ada anak yang tenggelam')).toBeNull();
		expect(request('apa ada petugas yang jaga di pintu timur pas libur lebaran?')).toBeNull();
		expect(request('email bagian keluhan kalian apa ya, mau kirim foto kerusakan')).toBeNull();
	});

	it('keeps requests in chat spelling and with the user busy elsewhere', () => {
		expect(request('tolong hubungi sy sore ini, pompa irigasinya bocor lagi')).not.toBeNull();
		expect(request('min telponin saya aja, susah ngetik di kebun')).not.toBeNull();
		expect(request('saya lagi di ladang, tolong sambungkan ke CS sekarang')).not.toBeNull();
		expect(request('panggilin petugas yg jaga dong, ada ular di tenda kami')).not.toBeNull();
		expect(request('tolong hantar juruteknik ke kebun kami, pam air rosak')).not.toBeNull();
	});
});
