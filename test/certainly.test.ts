import type { ICredentialDataDecryptedObject, IDataObject, INode, INodeParameters } from 'n8n-workflow';

import { createCertainlySimulator } from '../simulators/certainly';
import { captureOutput } from './helpers/capture-output';
import { chain, outputOf, runWorkflow } from './helpers/n8n';
import type { CredentialsHelper } from './helpers/n8n';
import { canaryKey, credentialRef, credentials as packageCredentials, nodeTypes } from './helpers/package';
import { serveSimulator } from './helpers/simulators';

const token = canaryKey('certainly');
const sim = createCertainlySimulator({ authValue: `Bearer ${token}` });
const credentials = (data: ICredentialDataDecryptedObject) => packageCredentials({ certainlyApi: data });
let helper: CredentialsHelper;

const served = serveSimulator(sim);
beforeAll(() => {
	helper = credentials({ baseUrl: served.url, botId: sim.botId, authentication: 'apiToken', apiToken: token });
});

type NodeSpec = Omit<INode, 'id' | 'position' | 'typeVersion'>;

function certainlyNode(operation: string, parameters: INodeParameters, extra: Partial<INode> = {}): NodeSpec {
	return {
		name: 'Certainly',
		type: 'n8n-nodes-handover.certainly',
		parameters: { resource: 'handover', operation, ...parameters },
		credentials: credentialRef('certainlyApi'),
		...extra,
	};
}

async function run(nodes: NodeSpec | NodeSpec[], items?: IDataObject[], credentialsHelper = helper) {
	return await runWorkflow(chain(...(Array.isArray(nodes) ? nodes : [nodes])), { nodeTypes, credentialsHelper, items });
}

const path = (kind: string, user: string, bot = sim.botId) => `/webbot/api/webchat/${bot}/${kind}/${user}/`;

describe('Certainly → Handover', () => {
	it('starts the handover: the bot goes into listen mode', async () => {
		const result = await run(certainlyNode('startHandover', { userId: '={{ $json.user }}' }), [{ user: 'webbot:u-1' }]);
		expect(result.status).toBe('success');
		expect(outputOf(result, 'Certainly')[0].json).toEqual({
			operation: 'startHandover',
			botId: sim.botId,
			userId: 'webbot:u-1',
			botMode: 'listening',
			response: { status: 'listening' },
		});
		expect(sim.isListening(sim.botId, 'webbot:u-1')).toBe(true);
		const [request] = sim.received('GET');
		expect(request.path).toBe(path('handover', 'webbot:u-1'));
		expect(request.headers.authorization).toBe(`Bearer ${token}`);
		expect(request.query).toEqual({});
	});

	it('sends an agent message as exactly {message}, keeping it as typed', async () => {
		sim.state.listening[`${sim.botId}:webbot:u-2`] = new Date().toISOString();
		const message = 'Hello from Agent!\n  Line two';
		const result = await run(certainlyNode('sendAgentMessage', { userId: 'webbot:u-2', message }));
		expect(outputOf(result, 'Certainly')[0].json).toMatchObject({ operation: 'sendAgentMessage', userId: 'webbot:u-2', message, sent: true });
		const [request] = sim.received('POST');
		expect(request.body).toEqual({ message });
		expect(request.headers['content-type']).toMatch(/^application\/json/);
		expect(sim.state.delivered).toEqual([{ botId: sim.botId, userId: 'webbot:u-2', message, at: expect.any(String) }]);
	});

	it('ends the handover with and without Claim End', async () => {
		for (const user of ['webbot:u-3', 'webbot:u-4']) sim.state.listening[`${sim.botId}:${user}`] = new Date().toISOString();
		const result = await run(certainlyNode('endHandover', { userId: '={{ $json.user }}', claimEnd: '={{ $json.claimEnd }}' }), [
			{ user: 'webbot:u-3', claimEnd: 'resolved' },
			{ user: 'webbot:u-4', claimEnd: '' },
		]);
		expect(outputOf(result, 'Certainly').map((item) => item.json)).toEqual([
			{ operation: 'endHandover', botId: sim.botId, userId: 'webbot:u-3', botMode: 'bot', claimEnd: 'resolved', response: { status: 'bot' } },
			{ operation: 'endHandover', botId: sim.botId, userId: 'webbot:u-4', botMode: 'bot', claimEnd: null, response: { status: 'bot' } },
		]);
		expect(sim.received('GET').map((request) => [request.path, request.query])).toEqual([
			[path('takeover', 'webbot:u-3'), { ClaimEnd: 'resolved' }],
			[path('takeover', 'webbot:u-4'), {}],
		]);
		expect(sim.isListening(sim.botId, 'webbot:u-3')).toBe(false);
	});

	it('runs a whole handover in one workflow: start, write, give back', async () => {
		const result = await run(
			[
				certainlyNode('startHandover', { userId: '={{ $json.user }}' }, { name: 'Take Over' }),
				certainlyNode('sendAgentMessage', { userId: '={{ $json.userId }}', message: 'An agent is here.' }, { name: 'Write' }),
				certainlyNode('endHandover', { userId: '={{ $json.userId }}', claimEnd: 'agent_done' }, { name: 'Give Back' }),
			],
			[{ user: 'webbot:a' }, { user: 'webbot:b' }],
		);
		expect(result.status).toBe('success');
		expect(sim.received().map((request) => `${request.method} ${request.path}`)).toEqual([
			`GET ${path('handover', 'webbot:a')}`,
			`GET ${path('handover', 'webbot:b')}`,
			`POST ${path('handover', 'webbot:a')}`,
			`POST ${path('handover', 'webbot:b')}`,
			`GET ${path('takeover', 'webbot:a')}`,
			`GET ${path('takeover', 'webbot:b')}`,
		]);
		expect(sim.state.delivered.map((d: IDataObject) => d.userId)).toEqual(['webbot:a', 'webbot:b']);
		expect(sim.state.takeovers.map((t: IDataObject) => t.claimEnd)).toEqual(['agent_done', 'agent_done']);
		expect(outputOf(result, 'Give Back').map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it("uses the node's Bot Deployment ID over the credential's, and URL-encodes both IDs", async () => {
		const other = createCertainlySimulator({ authValue: `Bearer ${token}`, bots: ['bot#one', 'bot two'] });
		const baseUrl = await other.start();
		try {
			const twoBots = credentials({ baseUrl, botId: 'bot#one', authentication: 'apiToken', apiToken: token });
			await run(certainlyNode('startHandover', { userId: 'u?1' }), undefined, twoBots);
			await run(certainlyNode('startHandover', { botId: 'bot two', userId: 'u 2' }), undefined, twoBots);
			expect(other.received('GET').map((request) => request.path)).toEqual([
				'/webbot/api/webchat/bot%23one/handover/u%3F1/',
				'/webbot/api/webchat/bot%20two/handover/u%202/',
			]);
			expect(other.isListening('bot#one', 'u?1') && other.isListening('bot two', 'u 2')).toBe(true);
		} finally {
			await other.stop();
		}
	});

	it('authenticates with a custom header when the credential says so', async () => {
		const secret = canaryKey('tok');
		const custom = createCertainlySimulator({ authHeader: 'X-Access-Token', authValue: secret });
		const baseUrl = await custom.start();
		try {
			const headerAuth = credentials({ baseUrl, botId: custom.botId, authentication: 'customHeader', headerName: 'X-Access-Token', headerSecret: secret });
			const result = await run(certainlyNode('startHandover', { userId: 'webbot:h' }), undefined, headerAuth);
			expect(result.status).toBe('success');
			const [request] = custom.received('GET');
			expect(request.headers['x-access-token']).toBe(secret);
			expect(request.headers.authorization).toBeUndefined();
		} finally {
			await custom.stop();
		}
	});
});

describe('Certainly → errors', () => {
	it('names the field and the item for a missing User ID, Message or Bot Deployment ID, before any call', async () => {
		const noUser = await run(certainlyNode('startHandover', { userId: '={{ $json.user }}' }), [{ user: 'webbot:ok' }, { user: '  ' }]);
		expect(noUser.data.resultData.error?.message).toBe('User ID is required [item 1]');
		const noMessage = await run(certainlyNode('sendAgentMessage', { userId: 'webbot:x', message: ' \n ' }));
		expect(noMessage.data.resultData.error?.message).toBe('Message is required [item 0]');
		const noBot = credentials({ baseUrl: sim.url!, botId: '', authentication: 'apiToken', apiToken: token });
		const missingBot = await run(certainlyNode('endHandover', { userId: 'webbot:x' }), undefined, noBot);
		expect(missingBot.data.resultData.error?.message).toBe('Bot Deployment ID is required (set it here or in the credential) [item 0]');
		expect(sim.received().map((request) => request.path)).toEqual([path('handover', 'webbot:ok')]);
	});

	it("quotes Certainly's answer: a message before the handover (409), an unknown bot (404)", async () => {
		const early = await run(certainlyNode('sendAgentMessage', { userId: 'webbot:early', message: 'Hi' }));
		expect(early.data.resultData.error?.message).toBe(
			'Certainly answered 409: User webbot:early is not in listen mode; start the handover first.',
		);
		const unknown = await run(certainlyNode('startHandover', { botId: 'botdep_nope', userId: 'webbot:x' }));
		expect(unknown.data.resultData.error?.message).toBe('Certainly answered 404: Not found.');
		expect(sim.state.delivered).toEqual([]);
	});

	it('with Continue On Fail, a failed item becomes {error, details} and the others go on', async () => {
		sim.state.listening[`${sim.botId}:webbot:ready`] = new Date().toISOString();
		const result = await run(
			certainlyNode('sendAgentMessage', { userId: '={{ $json.user }}', message: 'Hello' }, { onError: 'continueRegularOutput' }),
			[{ user: 'webbot:ready' }, { user: 'webbot:not-ready' }, { user: '' }],
		);
		expect(result.status).toBe('success');
		expect(outputOf(result, 'Certainly').map((item) => [item.json, item.pairedItem])).toEqual([
			[expect.objectContaining({ userId: 'webbot:ready', sent: true }), { item: 0 }],
			[{ error: 'Certainly answered 409: User webbot:not-ready is not in listen mode; start the handover first.', details: 'Item 1' }, { item: 1 }],
			[{ error: 'User ID is required [item 2]', details: 'Check the "User ID" field of item 2.' }, { item: 2 }],
		]);
		expect(sim.state.delivered).toHaveLength(1);
	});

	it('retries a 503, stops at a long Retry-After, and times out as set', async () => {
		sim.inject({ status: 503, times: 1 });
		const retried = await run(certainlyNode('startHandover', { userId: 'webbot:r' }));
		expect(retried.status).toBe('success');
		expect(sim.received('GET').map((request) => request.status)).toEqual([503, 200]);

		sim.inject({ status: 429, retryAfter: 60 });
		const limited = await run(certainlyNode('startHandover', { userId: 'webbot:r' }));
		expect(limited.data.resultData.error?.message).toBe('Certainly answered 429: Too Many Requests (retry after 60 s)');

		sim.inject({ delayMs: 2000 });
		const slow = await run(certainlyNode('startHandover', { userId: 'webbot:r', requestOptions: { timeout: 1 } }));
		expect(slow.data.resultData.error?.message).toBe('Certainly did not answer within 1 s');
	});

	it('keeps the token out of outputs, errors and log lines when Certainly refuses it', async () => {
		const wrongToken = canaryKey('certainly');
		const wrongHeader = canaryKey('hdr');
		const bearer = credentials({ baseUrl: sim.url!, botId: sim.botId, authentication: 'apiToken', apiToken: wrongToken });
		const header = credentials({ baseUrl: sim.url!, botId: sim.botId, authentication: 'customHeader', headerName: 'Authorization', headerSecret: wrongHeader });
		const output = captureOutput();
		let failed;
		let continued;
		try {
			failed = await run(certainlyNode('startHandover', { userId: 'webbot:x' }), undefined, bearer);
			continued = await run(
				certainlyNode('sendAgentMessage', { userId: 'webbot:x', message: 'Hi' }, { onError: 'continueRegularOutput' }),
				undefined,
				header,
			);
		} finally {
			output.stop();
		}
		expect(failed.data.resultData.error?.message).toBe('Certainly answered 401: Invalid token.');
		expect(outputOf(continued, 'Certainly')[0].json.error).toBe('Certainly answered 401: Invalid token.');
		// n8n logs node errors: the capture did see them, and they carry no token.
		expect(output.text()).toContain('Certainly answered 401');
		for (const text of [JSON.stringify(failed), JSON.stringify(continued), output.text()]) {
			expect(text).not.toContain(wrongToken);
			expect(text).not.toContain(wrongHeader);
			expect(text).not.toContain(token);
		}
		expect(sim.received().map((request) => request.headers.authorization)).toEqual([`Bearer ${wrongToken}`, wrongHeader]);
	});
});
