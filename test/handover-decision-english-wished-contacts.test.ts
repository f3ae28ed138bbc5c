import { request } from './helpers/decision';

describe('a contact by a person wished for in English, in the passive or asked through the bot', () => {
	it('reads a wished passive contact by a person as a request', () => {
		expect(request("I'd like to be contacted by the practice manager about my son's referral letter")).not.toBeNull();
		expect(request('could I be rung back by the duty manager once she is free?')).not.toBeNull();
	});

	it('reads a passive contact asked about, reported or by a medium as no request', () => {
		expect(request('when will I be contacted by the surveyor about the valuation?')).toBeNull();
		expect(request('I was contacted by the practice manager last week and it is all fine now')).toBeNull();
		expect(request("I'd like to be contacted by email rather than on the phone")).toBeNull();
	});

	it('reads someone the bot is told to ask for a callback, or a person asked with "would", as a request', () => {
		expect(request('ask the site foreman to ring me before the skip is delivered')).not.toBeNull();
		expect(request('would somebody from the lettings office get in touch with me about the inventory report')).not.toBeNull();
		expect(request('could you get the groomer to message me when Rolo is ready?')).not.toBeNull();
	});

	it('reads the user\'s own asking, planned or past, as no request', () => {
		expect(request("I'll ask my sister to ring me when she lands")).toBeNull();
		expect(request('I asked the foreman to ring me last week and he did')).toBeNull();
	});

	it('reads a tradesperson asked to be sent, in the passive, as a request, and one sent before as no request', () => {
		expect(request('can a joiner be sent out on Thursday to rehang the back door?')).not.toBeNull();
		expect(request('the joiner you sent on Monday left sawdust all over the hall')).toBeNull();
	});
});
