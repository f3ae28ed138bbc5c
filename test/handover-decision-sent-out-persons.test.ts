import { request } from './helpers/decision';

describe('a person sent out to do something at the user\'s, read by where the word stands', () => {
	it('reads a word no pack lists as a person as the one sent out to look or assess', () => {
		expect(request('Min nabo er også væk. Kan I sende en vagt ud og se om alt er ok?')).not.toBeNull();
		expect(request('Vil I sende en mægler ud og give en vurdering af huset?')).not.toBeNull();
		expect(request('kan I sende en skorstensfejer herud og kigge på skorstenen?')).not.toBeNull();
	});

	it('reads no request for a thing sent, the user as the sender, a refusal or a report', () => {
		expect(request('kan I sende en faktura ud til mig?')).toBeNull();
		expect(request('kan jeg sende en mægler ud og se på huset?')).toBeNull();
		expect(request('I skal ikke sende en mægler ud og give en vurdering')).toBeNull();
		expect(request('de sendte en mægler ud og gav en vurdering i går')).toBeNull();
		expect(request('the light is redder now, can you help')).toBeNull();
	});
});
