import { request } from './helpers/decision';

describe('Danish "nogen" determining a thing, read by the word after it', () => {
	it('reads no request when a known thing no list names follows "er der nogen"', () => {
		expect(request('er der nogen ventetid i weekenden?')).toBeNull();
		expect(request('er der nogen besked til mig fra i går?')).toBeNull();
		expect(request('er der nogen svar på min mail om flytningen?')).toBeNull();
	});

	it('still reads someone asked for before a person word, a relative, a place word or a verb', () => {
		expect(request('er der nogen medarbejdere online?')).not.toBeNull();
		expect(request('er der nogen jeg kan tale med?')).not.toBeNull();
		expect(request('er der nogen her?')).not.toBeNull();
		expect(request('kan nogen skrive til mig på sms?')).not.toBeNull();
		expect(request('kan der komme nogen ud og se på gulvet?')).not.toBeNull();
	});
});
