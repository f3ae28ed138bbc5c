import { request } from './helpers/decision';

describe('a person asked to write to the user, with the message as the object', () => {
	it('reads a medium after the user object or an indefinite article as the contact asked for', () => {
		expect(request('Could someone at the surgery send me a message this afternoon about my blood test?')).not.toBeNull();
		expect(request('Est-ce qu\'une personne du secrétariat pourrait m\'envoyer un courriel demain matin ?')).not.toBeNull();
		expect(request('Kan en fra klinikken sende mig en sms i morgen tidlig?')).not.toBeNull();
		expect(request('Wäre es möglich, dass mir morgen jemand vom Verein eine Mail schickt?')).not.toBeNull();
	});

	it('does not read a message already there, sent by a thing, sent in the past, denied or sent by the user', () => {
		expect(request('Could someone at the surgery forward me the message from the lab?')).toBeNull();
		expect(request('Someone at the surgery sent me a message this afternoon about my blood test.')).toBeNull();
		expect(request('Can the surgery app send me a message when my test results arrive?')).toBeNull();
		expect(request('Est-ce que le site du secrétariat pourrait m\'envoyer un courriel de confirmation ?')).toBeNull();
		expect(request('Wäre es möglich, dass mir das Portal eine Mail schickt?')).toBeNull();
		expect(request('Kan jeres app sende mig en sms når pakken er klar?')).toBeNull();
		expect(request('I will send someone at the surgery a message tomorrow.')).toBeNull();
		expect(request('Nobody at the surgery has to send me a message, I found the results online.')).toBeNull();
	});
});
