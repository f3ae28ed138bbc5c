import { request } from './helpers/decision';

describe('a Swahili jussive visit verb after a person opening its clause', () => {
	it('reads "aje" (let them come) after the person as asking for them now, with no asker', () => {
		expect(request('fundi wa umeme aje nyumbani, taa zote zimezimika tangu jana')).not.toBeNull();
		expect(request('geti limekwama. mtu aje anisaidie kulifungua')).not.toBeNull();
		expect(request('mlinzi wa jengo aje ghorofa ya pili, kuna kelele kubwa')).not.toBeNull();
	});

	it('reads a condition, a report, an obligation asked about or a past visit as no request', () => {
		expect(request('kama fundi aje kesho nitakuwa nyumbani')).toBeNull();
		expect(request('alisema fundi aje kesho asubuhi')).toBeNull();
		expect(request('je, fundi lazima aje kufunga kifaa au naweza kukifunga mwenyewe?')).toBeNull();
		expect(request('fundi wa umeme alikuja jana na akarekebisha taa')).toBeNull();
	});
});
