import { request } from './helpers/decision';

describe('a staff member\'s contact with a third party, told (contactDeeds)', () => {
	it('reads a person opening the clause who rang or contacted someone else as no request', () => {
		expect(request('teknisinya menelepon atasannya waktu kunjungan dan mereka memperbaikinya bersama')).toBeNull();
		expect(request('teknisinya menelepon atasannya dulu baru bilang harus ganti')).toBeNull();
		expect(request('petugasnya menghubungi atasannya')).toBeNull();
		expect(request('teknisinya sudah menghubungi atasannya')).toBeNull();
	});

	it('keeps the verb opening the clause, a user object, a modal or an urger before the person', () => {
		expect(request('menelepon atasannya')).not.toBeNull();
		expect(request('saya mau menghubungi atasannya')).not.toBeNull();
		expect(request('manajer menghubungi saya segera')).not.toBeNull();
		expect(request('tolong minta atasannya menelepon saya')).not.toBeNull();
		expect(request('bisa teknisinya menelepon atasannya lalu telepon saya balik?')).not.toBeNull();
	});

	it('reads the same report in the other languages, and keeps their requests', () => {
		expect(request('the engineer rang his supervisor and they said it\'s the part')).toBeNull();
		expect(request('le technicien a appelé son chef et il a dit que c\'est la pièce')).toBeNull();
		expect(request('der Monteur hat seinen Chef angerufen und gesagt, es ist das Teil')).toBeNull();
		expect(request('o atendente ligou pro supervisor dele e voltou')).toBeNull();
		expect(request('teknikeren ringede til sin chef og sagde det er delen')).toBeNull();
		expect(request('fundi alimpigia msimamizi wake akasema ni kifaa')).toBeNull();
		expect(request('can the engineer ring his supervisor and then call me back?')).not.toBeNull();
		expect(request('ask your manager to call me')).not.toBeNull();
		expect(request('please have the supervisor call me')).not.toBeNull();
	});
});
