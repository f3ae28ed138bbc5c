import { request } from './helpers/decision';

describe('teams no pack lists, named in a talk verb\'s slot', () => {
	it('reads a team word with a name after or before it as a team asked for, in the user\'s own request', () => {
		expect(request('mettez-moi en contact avec l\'équipe menuiserie, la porte du placard frotte')).not.toBeNull();
		expect(request('tolong alihkan ke tim pengiriman kargo, paket saya nyangkut')).not.toBeNull();
		expect(request('saya mau bicara dengan tim gudang soal stok kulkas')).not.toBeNull();
		expect(request('I want to talk to the escape room team about our booking')).not.toBeNull();
	});

	it('leaves a transfer to a team reported, a team named alone and a thing transferred to one', () => {
		expect(request('kemarin sudah dioper ke tim gudang tapi tidak ada yang balas')).toBeNull();
		expect(request('petugasnya langsung alihkan ke tim gudang dan semuanya beres')).toBeNull();
		expect(request('l\'équipe menuiserie, elle travaille le samedi ?')).toBeNull();
		expect(request('transfer my booking to the team account please')).toBeNull();
		expect(request('jana walinihamisha kwa timu ya ukarabati lakini hakuna aliyejibu')).toBeNull();
	});

	it('reads such a team after a reach verb as asked for only when an urger opens the verb', () => {
		expect(request('kak tolong hubungi tim pengiriman kargo, paket saya nyangkut')).not.toBeNull();
		expect(request('gimana cara hubungi tim pengiriman kargo?')).toBeNull();
		expect(request('besok saya hubungi tim pengiriman kargo sendiri')).toBeNull();
	});
});
