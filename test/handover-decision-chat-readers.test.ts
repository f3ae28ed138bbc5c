import { request } from './helpers/decision';

describe('the chat read by the business, not English "chat" (talk)', () => {
	it('reads none when someone is asked whether they will read the chat', () => {
		expect(request('Kann jemand vom Vertrieb den Chat morgen nachlesen?')).toBeNull();
		expect(request('kann ein Berater den Chat mitlesen?')).toBeNull();
		expect(request('mhudumu wenu atasoma chat hii kesho?')).toBeNull();
		expect(request('mtu wa mauzo anaweza kusoma chat yangu?')).toBeNull();
	});

	it('keeps a request beside the reading, and the chat taken over or talked in', () => {
		expect(request('Kann jemand den Chat später nachlesen und mich anrufen?')).not.toBeNull();
		expect(request('Kann jemand den Chat übernehmen?')).not.toBeNull();
		expect(request('Ich möchte einen Chat mit einem Mitarbeiter')).not.toBeNull();
		expect(request('mtu anaweza kusoma chat hii na kunipigia simu?')).not.toBeNull();
		expect(request('naweza kuongea na mtu kwenye chat hii?')).not.toBeNull();
		expect(request('can someone chat with me now')).not.toBeNull();
	});
});
