import axios from 'axios';
import type { AxiosInstance } from 'axios';

import * as certainly from '../../simulators/certainly';
import { startEchoServer } from '../../simulators/webhooks';

const client = (baseURL: string): AxiosInstance => axios.create({ baseURL, validateStatus: () => true, maxRedirects: 0 });

describe('Certainly simulator', () => {
	const sim = certainly.createCertainlySimulator();
	let http: AxiosInstance;
	const auth = { Authorization: 'Bearer certainly_simulated_token' };
	const path = (kind: string, user = 'webbot:u-1', bot = 'botdep_sim_1') => `/webbot/api/webchat/${bot}/${kind}/${encodeURIComponent(user)}/`;

	beforeAll(async () => {
		http = client(await sim.start());
	});
	afterAll(async () => await sim.stop());
	beforeEach(() => sim.reset());

	it('hands over, delivers an agent message and takes over with ClaimEnd', async () => {
		const handover = await http.get(path('handover'), { headers: auth });
		expect([handover.status, handover.data]).toEqual([200, { status: 'listening' }]);
		expect(sim.isListening('botdep_sim_1', 'webbot:u-1')).toBe(true);

		const sent = await http.post(path('handover'), { message: 'Hello from Agent!' }, { headers: auth });
		expect(sent.status).toBe(200);
		expect(sim.state.delivered).toEqual([{ botId: 'botdep_sim_1', userId: 'webbot:u-1', message: 'Hello from Agent!', at: expect.any(String) }]);

		const takeover = await http.get(path('takeover'), { headers: auth, params: { ClaimEnd: 'resolved' } });
		expect([takeover.status, takeover.data]).toEqual([200, { status: 'bot' }]);
		expect(sim.state.takeovers).toEqual([{ botId: 'botdep_sim_1', userId: 'webbot:u-1', claimEnd: 'resolved', at: expect.any(String) }]);

		const late = await http.post(path('handover'), { message: 'still there?' }, { headers: auth });
		expect(late.status).toBe(409);
		expect(late.data.detail).toMatch(/not in listen mode/);
	});

	it('rejects missing and wrong credentials DRF-style', async () => {
		const missing = await http.get(path('handover'));
		expect([missing.status, missing.data]).toEqual([401, { detail: 'Authentication credentials were not provided.' }]);
		const wrong = await http.get(path('handover'), { headers: { Authorization: 'Bearer wrong' } });
		expect([wrong.status, wrong.data]).toEqual([401, { detail: 'Invalid token.' }]);
		expect(sim.state.listening).toEqual({});
	});

	it('takes the header name and value from the options', async () => {
		const custom = certainly.createCertainlySimulator({ authHeader: 'X-Access-Token', authValue: 'tok_123' });
		const customHttp = client(await custom.start());
		try {
			expect((await customHttp.get(path('handover'), { headers: auth })).status).toBe(401);
			expect((await customHttp.get(path('handover'), { headers: { 'X-Access-Token': 'tok_123' } })).status).toBe(200);
		} finally {
			await custom.stop();
		}
	});

	it('rejects invalid bodies naming the field, unknown bots and paths without the slash', async () => {
		await http.get(path('handover'), { headers: auth });
		const cases: Array<[unknown, RegExp]> = [
			[{}, /^message: This field is required/],
			[{ message: '' }, /^message: This field may not be blank/],
			[{ message: 42 }, /^message: Not a valid string/],
			[{ message: 'hi', sender: 'agent' }, /^sender: Unknown field/],
		];
		for (const [body, detail] of cases) {
			const res = await http.post(path('handover'), body, { headers: auth });
			expect([res.status, res.data.detail]).toEqual([400, expect.stringMatching(detail)]);
		}
		const unknownBot = await http.get(path('handover', 'u', 'botdep_nope'), { headers: auth });
		expect([unknownBot.status, unknownBot.data]).toEqual([404, { detail: 'Not found.' }]);
		expect((await http.get(path('handover').slice(0, -1), { headers: auth })).status).toBe(404);
		expect((await http.get(path('takeover'), { headers: auth, params: { claimEnd: 'x' } })).status).toBe(400);
		expect(sim.state.delivered).toEqual([]);
	});

	it('returns an injected 429 with Retry-After', async () => {
		sim.inject({ status: 429, retryAfter: 30, path: '/webbot/' });
		const res = await http.get(path('handover'), { headers: auth });
		expect(res.status).toBe(429);
		expect(res.headers['retry-after']).toBe('30');
		expect(res.data).toEqual({ detail: 'Too Many Requests' });
	});

	it('builds the claim and message webhook bodies and posts them', async () => {
		const claim = certainly.claimWebhookBody({ userId: 'webbot:u-9', botId: 'botdep_sim_1', sessionId: 's-1', firstName: 'Ada', customVariables: { tier: 'gold' } });
		expect(claim).toMatchObject({ to: 'webbot:u-9', from: 'token', direction: 'out', botId: 'botdep_sim_1', sessionId: 's-1', firstName: 'Ada', customVariables: { tier: 'gold' }, extractedData: {} });
		expect(Object.keys(claim).sort()).toEqual(
			['attachedMedia', 'botId', 'botTrainedModelId', 'customVariables', 'direction', 'extractedData', 'firstName', 'from', 'lastName', 'moduleId', 'reply', 'replyData', 'sessionId', 'to'].sort(),
		);
		const message = certainly.userMessageWebhookBody({ userId: '0b7c', message: 'I need a human' });
		expect(message).toEqual({
			interlocutor: 'user',
			data: { error: null, message: { user_profile: {}, ref: null, user_id: 'webbot:0b7c', timestamp: expect.any(Number), message: 'I need a human', attachments: [] } },
		});
		const receiver = await startEchoServer(200);
		try {
			const result = await certainly.send(receiver.url, message, { headers: { 'X-Secret': 's' } });
			expect(result).toEqual({ status: 200, body: { ok: true }, elapsedMs: expect.any(Number) });
			expect(JSON.parse(receiver.requests[0].body)).toEqual(message);
			expect(receiver.requests[0].headers['x-secret']).toBe('s');
		} finally {
			await receiver.stop();
		}
	});
});
