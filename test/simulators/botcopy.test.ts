import axios from 'axios';
import type { AxiosInstance } from 'axios';

import * as botcopy from '../../simulators/botcopy';
import { startEchoServer } from '../../simulators/webhooks';

const client = (baseURL: string): AxiosInstance => axios.create({ baseURL, validateStatus: () => true, maxRedirects: 0 });

describe('Botcopy simulator', () => {
	const sim = botcopy.createBotcopySimulator();
	let http: AxiosInstance;
	const push = (body: object, headers: Record<string, string> = { Authorization: sim.apiKey }) =>
		http.post('/webhooks/handover/push', body, { headers });

	beforeAll(async () => {
		http = client(await sim.start());
	});
	afterAll(async () => await sim.stop());
	beforeEach(() => sim.reset());

	it('accepts a message with the raw API key, records it and extends the pause', async () => {
		const res = await push({
			eventType: 'message',
			userId: 'user-1',
			botId: 'bot_sim_1',
			text: 'Hi, how may I assist?',
			paused: true,
			minutesPaused: 5,
			agentProfile: { name: 'Jane Doe', avatarUrl: '' },
		});
		expect(res.status).toBe(200);
		expect(res.data).toEqual({ success: true });
		expect(sim.state.delivered).toEqual([
			{
				eventType: 'message',
				userId: 'user-1',
				botId: 'bot_sim_1',
				text: 'Hi, how may I assist?',
				agentProfile: { name: 'Jane Doe', avatarUrl: '' },
				paused: true,
				minutesPaused: 5,
				at: expect.any(String),
			},
		]);
		expect(sim.isPaused('bot_sim_1', 'user-1')).toBe(true);
		expect(sim.state.pauses['bot_sim_1:user-1'].until).toBeGreaterThan(Date.now() + 4 * 60_000);

		const resume = await push({ eventType: 'channel_update', userId: 'user-1', botId: 'bot_sim_1', paused: false, unpauseChatEvent: 'none' });
		expect(resume.status).toBe(200);
		expect(sim.isPaused('bot_sim_1', 'user-1')).toBe(false);
		expect(sim.state.delivered[1]).toMatchObject({ eventType: 'channel_update', paused: false, unpauseChatEvent: 'none' });

		const typing = await push({ eventType: 'user_typing', userId: 'user-1', botId: 'bot_sim_1' });
		expect(typing.status).toBe(200);
		expect(sim.state.delivered[2]).toMatchObject({ eventType: 'user_typing', paused: false });
	});

	it('rejects a missing, wrong or Bearer-prefixed key with {error}', async () => {
		const body = { eventType: 'user_typing', userId: 'u', botId: 'bot_sim_1' };
		const missing = await push(body, {});
		expect(missing.status).toBe(401);
		expect(missing.data).toEqual({ error: expect.stringMatching(/Missing API key/) });
		const wrong = await push(body, { Authorization: 'nope' });
		expect(wrong.status).toBe(401);
		expect(wrong.data).toEqual({ error: 'Invalid API key' });
		expect((await push(body, { Authorization: `Bearer ${sim.apiKey}` })).status).toBe(401);
		// The older docs' body accessToken only counts when that mode is on.
		expect((await push({ ...body, accessToken: sim.apiKey }, {})).status).toBe(401);
		sim.state.acceptBodyAccessToken = true;
		expect((await push({ ...body, accessToken: sim.apiKey }, {})).status).toBe(200);
		expect((await push({ ...body, accessToken: 'nope' }, {})).status).toBe(401);
		expect(sim.state.delivered).toHaveLength(1);
	});

	it('requires Content-Type application/json', async () => {
		const res = await http.post('/webhooks/handover/push', 'eventType=message', {
			headers: { Authorization: sim.apiKey, 'Content-Type': 'application/x-www-form-urlencoded' },
		});
		expect(res.status).toBe(415);
		expect(res.data.error).toMatch(/application\/json/);
	});

	it('rejects invalid bodies naming the field', async () => {
		const base = { userId: 'u', botId: 'bot_sim_1' };
		const cases: Array<[object, number, RegExp]> = [
			[{ ...base, eventType: 'message', paused: true, minutesPaused: 5 }, 400, /^text is required/],
			[{ ...base, eventType: 'message', text: '  ', paused: true, minutesPaused: 5 }, 400, /^text must not be empty/],
			[{ ...base, eventType: 'message', text: 'hi', paused: true }, 400, /^minutesPaused is required/],
			[{ ...base, eventType: 'message', text: 'hi', paused: true, minutesPaused: 0 }, 400, /^minutesPaused must be a positive/],
			[{ ...base, eventType: 'message', text: 'hi', paused: 'yes' }, 400, /^paused must be a boolean/],
			[{ ...base, eventType: 'message', text: 'hi', colour: 'red' }, 400, /colour/],
			[{ ...base, eventType: 'agent_typing' }, 400, /^eventType must be one of/],
			[{ ...base, eventType: 'channel_update' }, 400, /^paused is required/],
			[{ ...base, eventType: 'channel_update', paused: true, minutesPaused: 5, unpauseChatEvent: 'none' }, 400, /unpauseChatEvent/],
			[{ ...base, eventType: 'channel_update', paused: true, minutesPaused: 5, agentProfile: { name: 1 } }, 400, /agentProfile\.name/],
			[{ eventType: 'user_typing', botId: 'bot_sim_1' }, 400, /^userId is required/],
			[{ ...base, botId: 'bot_unknown', eventType: 'user_typing' }, 404, /bot_unknown/],
		];
		for (const [body, status, message] of cases) {
			const res = await push(body);
			expect([res.status, res.data.error]).toEqual([status, expect.stringMatching(message)]);
		}
		expect(sim.state.delivered).toEqual([]);
	});

	it('returns an injected 429 with Retry-After', async () => {
		sim.inject({ status: 429, retryAfter: 7 });
		const res = await push({ eventType: 'user_typing', userId: 'u', botId: 'bot_sim_1' });
		expect(res.status).toBe(429);
		expect(res.headers['retry-after']).toBe('7');
		expect(res.data).toEqual({ error: 'Too Many Requests' });
		expect((await push({ eventType: 'user_typing', userId: 'u', botId: 'bot_sim_1' })).status).toBe(200);
	});

	it('delivers Step One and Step Two webhook calls the way Botcopy does', async () => {
		const receiver = await startEchoServer(200, { paused: true, minutesPaused: 10 });
		try {
			const one = await botcopy.send(receiver.url, botcopy.stepOneBody({ userId: 'u1', botId: 'bot_sim_1', confidence: 0.42 }), { token: 'shared-token' });
			expect(one).toEqual({ status: 200, body: { paused: true, minutesPaused: 10 }, elapsedMs: expect.any(Number), withinDeadline: true });
			const [first] = receiver.requests;
			expect(first.method).toBe('POST');
			expect(first.headers.authorization).toBe('shared-token');
			expect(first.headers['content-type']).toBe('application/json');
			const sent = JSON.parse(first.body);
			expect(sent).toMatchObject({ accessToken: 'shared-token', userId: 'u1', botId: 'bot_sim_1', queryInput: { text: { text: 'handover', languageCode: 'en' } } });
			expect(sent.dialogflowResponse.queryResult).toMatchObject({ intentDetectionConfidence: 0.42, queryText: 'handover', languageCode: 'en' });
			expect(sent.dialogflowResponse.queryResult.outputContexts[0].name).toBe('bc-human-handover');
			expect(Array.isArray(sent.messageHistory)).toBe(true);

			await botcopy.send(receiver.url, botcopy.stepTwoBody({ userId: 'u1', botId: 'bot_sim_1', text: 'help me please' }), {
				token: 'shared-token',
				header: 'X-Bot-Token',
			});
			const second = JSON.parse(receiver.requests[1].body);
			expect(Object.keys(second).sort()).toEqual(['accessToken', 'botId', 'queryInput', 'queryParams', 'session', 'userId']);
			expect(receiver.requests[1].headers['x-bot-token']).toBe('shared-token');
		} finally {
			await receiver.stop();
		}
	});
});
