import type { ICredentialDataDecryptedObject, ICredentialsDecrypted, ICredentialTestFunctions, IDataObject, INode } from 'n8n-workflow';

import { botcopyCredentialTest } from '../nodes/Botcopy/methods/credentialTest';
import { createBotcopySimulator } from '../simulators/botcopy';
import { captureOutput } from './helpers/capture-output';
import { chain, outputOf, runWorkflow } from './helpers/n8n';
import type { CredentialsHelper } from './helpers/n8n';
import { canaryKey, credentialRef, credentials as packageCredentials, nodeTypes } from './helpers/package';
import { serveSimulator } from './helpers/simulators';

const apiKey = canaryKey('botcopy');
const sim = createBotcopySimulator({ apiKey, bots: ['bot_sim_1', 'bot_sim_2'] });
const credentials = (data: ICredentialDataDecryptedObject) => packageCredentials({ botcopyApi: data });
let headerKey: CredentialsHelper;

const served = serveSimulator(sim);
beforeAll(() => {
	headerKey = credentials({ apiKey, keyPlacement: 'header', baseUrl: served.url });
});

const chat = { userId: '={{ $json.userId }}', botId: '={{ $json.botId }}' };
const user = { userId: 'user-1', botId: 'bot_sim_1' };

function botcopyNode(operation: string, parameters: IDataObject, extra: Partial<INode> = {}) {
	return {
		name: 'Botcopy',
		type: 'n8n-nodes-handover.botcopy',
		parameters: { resource: 'chat', operation, ...chat, ...parameters },
		credentials: credentialRef('botcopyApi'),
		...extra,
	};
}

async function run(node: ReturnType<typeof botcopyNode>, items: IDataObject[] = [user], helper = headerKey) {
	return await runWorkflow(chain(node), { nodeTypes, credentialsHelper: helper, items });
}

const pushes = () => sim.received('POST', '/webhooks/handover/push');

describe('Botcopy → Send Message', () => {
	it('sends the text as the agent with the raw key in Authorization, and keeps the bot paused', async () => {
		const result = await run(
			botcopyNode('sendMessage', {
				text: 'Hi, how may I assist?',
				agentName: 'Jane Doe',
				agentAvatarUrl: 'https://example.com/jane.png',
				minutesPaused: 5,
			}),
		);
		expect(result.status).toBe('success');
		const [request] = pushes();
		expect(request.headers.authorization).toBe(apiKey);
		expect(request.headers['content-type']).toMatch(/^application\/json/);
		expect(request.body).toEqual({
			eventType: 'message',
			userId: 'user-1',
			botId: 'bot_sim_1',
			text: 'Hi, how may I assist?',
			paused: true,
			minutesPaused: 5,
			agentProfile: { name: 'Jane Doe', avatarUrl: 'https://example.com/jane.png' },
		});
		expect(sim.isPaused('bot_sim_1', 'user-1')).toBe(true);
		expect(sim.state.pauses['bot_sim_1:user-1'].until).toBeGreaterThan(Date.now() + 4 * 60_000);
		expect(outputOf(result, 'Botcopy').map((item) => item.json)).toEqual([
			{ ...request.body, statusCode: 200, response: { success: true } },
		]);
		expect(JSON.stringify(result)).not.toContain(apiKey);
	});

	it('sends one push per item, each to its own chat, and can leave the pause alone', async () => {
		const result = await run(botcopyNode('sendMessage', { text: '={{ "Hello " + $json.userId }}', keepPaused: false }), [
			{ userId: 'user-1', botId: 'bot_sim_1' },
			{ userId: 'user-2', botId: 'bot_sim_2' },
		]);
		expect(result.status).toBe('success');
		expect(pushes().map((r) => r.body)).toEqual([
			{ eventType: 'message', userId: 'user-1', botId: 'bot_sim_1', text: 'Hello user-1' },
			{ eventType: 'message', userId: 'user-2', botId: 'bot_sim_2', text: 'Hello user-2' },
		]);
		expect(outputOf(result, 'Botcopy').map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(sim.isPaused('bot_sim_1', 'user-1')).toBe(false);
	});

	it('puts the key in the body as accessToken in the older form, and never in an output', async () => {
		sim.state.acceptBodyAccessToken = true;
		const bodyKey = credentials({ apiKey, keyPlacement: 'body', baseUrl: sim.url! });
		const result = await run(botcopyNode('sendMessage', { text: 'Hello', minutesPaused: 3 }), [user], bodyKey);
		expect(result.status).toBe('success');
		const [request] = pushes();
		expect(request.headers.authorization).toBeUndefined();
		expect(request.body).toEqual({
			eventType: 'message',
			userId: 'user-1',
			botId: 'bot_sim_1',
			text: 'Hello',
			paused: true,
			minutesPaused: 3,
			accessToken: apiKey,
		});
		expect(outputOf(result, 'Botcopy')[0].json).not.toHaveProperty('accessToken');
		expect(JSON.stringify(result)).not.toContain(apiKey);
	});
});

describe('Botcopy → Pause Bot / Resume Bot', () => {
	it('pauses with channel_update and the agent profile, then resumes with the default message', async () => {
		const paused = await run(botcopyNode('pauseBot', { minutesPaused: 15, agentName: 'Jane Doe' }));
		expect(paused.status).toBe('success');
		expect(pushes()[0].body).toEqual({
			eventType: 'channel_update',
			userId: 'user-1',
			botId: 'bot_sim_1',
			paused: true,
			minutesPaused: 15,
			agentProfile: { name: 'Jane Doe' },
		});
		expect(sim.isPaused('bot_sim_1', 'user-1')).toBe(true);

		const resumed = await run(botcopyNode('resumeBot', { agentName: 'Jane Doe' }));
		expect(resumed.status).toBe('success');
		expect(pushes()[1].body).toEqual({
			eventType: 'channel_update',
			userId: 'user-1',
			botId: 'bot_sim_1',
			paused: false,
			agentProfile: { name: 'Jane Doe' },
		});
		expect(sim.isPaused('bot_sim_1', 'user-1')).toBe(false);
	});

	it('resumes silently or with a Dialogflow event', async () => {
		await run(botcopyNode('resumeBot', { resumeEvent: 'none' }));
		await run(botcopyNode('resumeBot', { resumeEvent: 'event', resumeEventName: 'WELCOME_BACK' }));
		expect(pushes().map((r) => r.body)).toEqual([
			{ eventType: 'channel_update', userId: 'user-1', botId: 'bot_sim_1', paused: false, unpauseChatEvent: 'none' },
			{ eventType: 'channel_update', userId: 'user-1', botId: 'bot_sim_1', paused: false, unpauseChatEvent: 'WELCOME_BACK' },
		]);
	});

	it('asks for the event name when a Dialogflow event is chosen', async () => {
		// An expression that comes out empty: n8n itself refuses an empty literal for a required field.
		const result = await run(botcopyNode('resumeBot', { resumeEvent: 'event', resumeEventName: '={{ $json.event }}' }));
		expect(result.data.resultData.error?.message).toBe('Event Name is required [item 0]');
		expect(pushes()).toHaveLength(0);
	});
});

describe('Botcopy → Show Typing', () => {
	it('shows the indicator and extends the pause', async () => {
		const result = await run(botcopyNode('showTyping', { agentName: 'Jane Doe', minutesPaused: 10 }));
		expect(result.status).toBe('success');
		expect(pushes()[0].body).toEqual({
			eventType: 'user_typing',
			userId: 'user-1',
			botId: 'bot_sim_1',
			paused: true,
			minutesPaused: 10,
			agentProfile: { name: 'Jane Doe' },
		});
		expect(sim.state.delivered).toEqual([expect.objectContaining({ eventType: 'user_typing', paused: true })]);
	});

	it('can show the indicator without touching the pause', async () => {
		await run(botcopyNode('showTyping', { keepPaused: false }));
		expect(pushes()[0].body).toEqual({ eventType: 'user_typing', userId: 'user-1', botId: 'bot_sim_1' });
		expect(sim.isPaused('bot_sim_1', 'user-1')).toBe(false);
	});
});

describe('Botcopy errors', () => {
	it('names the field and the item for bad input, before anything is sent', async () => {
		const cases: Array<[string, IDataObject, IDataObject, string]> = [
			['sendMessage', { text: 'hi' }, { userId: '', botId: 'bot_sim_1' }, 'User ID is required [item 0]'],
			['pauseBot', {}, { userId: 'user-1', botId: ' ' }, 'Bot ID is required [item 0]'],
			['sendMessage', { text: '  ' }, user, 'Text is required [item 0]'],
			['pauseBot', { minutesPaused: 0 }, user, 'Minutes Paused must be a number above 0 (got "0") [item 0]'],
			['sendMessage', { text: 'hi', minutesPaused: '={{ "soon" }}' }, user, 'Minutes Paused must be a number above 0 (got "NaN") [item 0]'],
			['showTyping', { agentAvatarUrl: 'jane.png' }, user, 'Agent Avatar URL must be an http(s) URL (got "jane.png") [item 0]'],
		];
		for (const [operation, parameters, item, message] of cases) {
			const result = await run(botcopyNode(operation, parameters), [item]);
			expect(result.data.resultData.error?.message).toBe(message);
		}
		expect(pushes()).toHaveLength(0);
	});

	it("quotes Botcopy's answer for an unknown bot", async () => {
		const result = await run(botcopyNode('showTyping', {}), [{ userId: 'user-1', botId: 'bot_unknown' }]);
		expect(result.data.resultData.error?.message).toBe('Botcopy answered 404: Bot bot_unknown not found');
	});

	it('continues on fail: a bad item becomes an error item and the others are sent', async () => {
		const result = await run(botcopyNode('sendMessage', { text: 'Hello' }, { onError: 'continueRegularOutput' }), [
			{ userId: 'user-1', botId: 'bot_sim_1' },
			{ userId: '', botId: 'bot_sim_1' },
			{ userId: 'user-3', botId: 'bot_unknown' },
			{ userId: 'user-4', botId: 'bot_sim_2' },
		]);
		expect(result.status).toBe('success');
		const items = outputOf(result, 'Botcopy');
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
		expect(items[0].json.statusCode).toBe(200);
		expect(items[1].json).toEqual({ error: 'User ID is required [item 1]', details: 'Check the "User ID" field of item 1.' });
		expect(items[2].json.error).toBe('Botcopy answered 404: Bot bot_unknown not found');
		expect(items[3].json.statusCode).toBe(200);
		expect(sim.state.delivered.map((d: IDataObject) => d.userId)).toEqual(['user-1', 'user-4']);
	});

	it.each([
		['the Authorization header', 'header', false],
		['the body', 'body', true],
	])('reports a wrong key sent in %s without showing it, in errors, outputs or logs', async (_name, keyPlacement, acceptBody) => {
		sim.state.acceptBodyAccessToken = acceptBody;
		const wrongKey = canaryKey('wrong');
		const helper = credentials({ apiKey: wrongKey, keyPlacement, baseUrl: sim.url! });
		const output = captureOutput();
		let failed;
		let continued;
		try {
			failed = await run(botcopyNode('sendMessage', { text: 'Hello' }), [user], helper);
			continued = await run(botcopyNode('sendMessage', { text: 'Hello' }, { onError: 'continueRegularOutput' }), [user], helper);
		} finally {
			output.stop();
		}
		const expected = keyPlacement === 'header' ? 'Botcopy answered 401: Invalid API key' : 'Botcopy answered 401: Invalid access token';
		expect(failed.data.resultData.error?.message).toBe(expected);
		expect(outputOf(continued, 'Botcopy')[0].json.error).toBe(expected);
		// n8n logged the failure, so the capture saw it, without the key.
		expect(output.text()).toContain(expected);
		for (const text of [JSON.stringify(failed), JSON.stringify(continued), output.text()]) {
			expect(text).not.toContain(wrongKey);
			expect(text).not.toContain(apiKey);
		}
		// The key did travel, where the chosen form puts it.
		const [request] = pushes();
		if (keyPlacement === 'header') expect(request.headers.authorization).toBe(wrongKey);
		else expect(request.body.accessToken).toBe(wrongKey);
	});

	it('retries a 429 after Retry-After, then succeeds', async () => {
		sim.inject({ status: 429, retryAfter: 1 });
		const result = await run(botcopyNode('showTyping', {}));
		expect(result.status).toBe('success');
		expect(pushes().map((r) => r.status)).toEqual([429, 200]);
	});

	it('does not repeat a push after a 5xx, and says what Botcopy may have done', async () => {
		sim.inject({ status: 502, times: 10 });
		const result = await run(botcopyNode('showTyping', {}));
		expect(result.data.resultData.error?.message).toBe('Botcopy answered 502: Bad Gateway. It may have shown the typing indicator: check before running it again');
		expect(pushes()).toHaveLength(1);
	});

	it('reports a timeout with the item index', async () => {
		sim.inject({ delayMs: 2500 });
		const result = await run(botcopyNode('showTyping', { requestOptions: { timeout: 1 } }));
		expect(result.data.resultData.error?.message).toBe('Botcopy did not answer within 1 s. It may have shown the typing indicator: check before running it again');
	});
});

describe('Botcopy credential', () => {
	const test = async (data: ICredentialDataDecryptedObject) =>
		await botcopyCredentialTest.call({} as ICredentialTestFunctions, {
			id: '1',
			name: 'Botcopy',
			type: 'botcopyApi',
			data,
		} as ICredentialsDecrypted);
	const baseUrl = 'https://api.botcopy.com';

	it('passes well-formed values: a key, a webhook token, or both', async () => {
		expect((await test({ apiKey, baseUrl })).status).toBe('OK');
		expect((await test({ webhookAccessToken: canaryKey('hook'), baseUrl: '' })).status).toBe('OK');
		expect((await test({ apiKey, webhookAccessToken: canaryKey('hook'), baseUrl: `${baseUrl}/` })).status).toBe('OK');
	});

	it('catches the mistakes it can see without messaging a user', async () => {
		expect(await test({ apiKey: '', webhookAccessToken: '', baseUrl })).toEqual({
			status: 'Error',
			message: 'Set the API Key (to message users), the Webhook Access Token (for the trigger), or both',
		});
		expect((await test({ apiKey: `Bearer ${apiKey}`, baseUrl })).message).toBe('Enter the API Key without "Bearer": Botcopy expects the raw key');
		expect((await test({ apiKey, baseUrl: 'api.botcopy.com' })).message).toBe('Base URL is not a URL: "api.botcopy.com"');
		expect((await test({ apiKey, baseUrl: 'ftp://api.botcopy.com' })).message).toBe('Base URL must start with https://');
		expect((await test({ apiKey, baseUrl: `${baseUrl}/webhooks/handover/push` })).message).toMatch(/without \/webhooks\/handover\/push/);
		for (const data of [{ apiKey: `Bearer ${apiKey}`, baseUrl }, { apiKey, baseUrl: 'x' }]) {
			expect(JSON.stringify(await test(data))).not.toContain(apiKey);
		}
	});

	it('a base URL with a trailing slash still reaches the push route', async () => {
		const result = await run(botcopyNode('showTyping', {}), [user], credentials({ apiKey, keyPlacement: 'header', baseUrl: `${sim.url!}/` }));
		expect(result.status).toBe('success');
		expect(pushes()).toHaveLength(1);
	});
});
