import { request } from './helpers/decision';

describe('a fixed request heading a relative clause after a comma', () => {
	it('reads no request when the relative clause asks about what someone did', () => {
		expect(request('Er der nogen, der har afleveret en sort pung i receptionen?')).toBeNull();
		expect(request('er der nogen, som har fundet min datters cykelhjelm ved hallen?')).toBeNull();
	});

	it('still reads the request when the relative clause says what the person should do', () => {
		expect(request('Er der nogen, der kan hjælpe mig med min booking?')).not.toBeNull();
		expect(request('er der nogen der kan ringe mig op i dag?')).not.toBeNull();
	});
});
