import { request } from './helpers/decision';

describe('a contact asked for someone close the user writes for', () => {
	it('reads a person asked to call him or her as a request, once the user has named someone close', () => {
		expect(request('I write on behalf of my aunt, who is nearly blind. Could somebody from the surgery phone her tomorrow morning?')).not.toBeNull();
		expect(request('Je vous écris pour mon oncle qui n\'a pas d\'ordinateur : est-ce qu\'un conseiller peut le rappeler lundi ?')).not.toBeNull();
		expect(request('Naandika kwa niaba ya babu yangu. Tafadhali fundi wa kampuni ampigie kesho asubuhi.')).not.toBeNull();
	});

	it('reads no request in the relative\'s past call, the relative as the caller, a reported wish, a thing calling, or the person described', () => {
		expect(request('I write on behalf of my aunt. Somebody from the surgery phoned her yesterday and she forgot what was said.')).toBeNull();
		expect(request('My aunt will phone you tomorrow morning about the surgery appointment.')).toBeNull();
		expect(request('my aunt says she wants somebody from the surgery to phone her, is that what usually happens?')).toBeNull();
		expect(request('My aunt keeps asking: will the booking system contact her by itself when the slot opens?')).toBeNull();
		expect(request('my nephew set up the account, he is the person who has the login so you can phone him rather than me')).toBeNull();
	});

	it('needs someone close named before: a him or her alone is no request for the user', () => {
		expect(request('The plumber left early. Could someone from your office phone him about the invoice?')).toBeNull();
	});
});
