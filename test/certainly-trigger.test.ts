import axios from 'axios';
import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';

import { CertainlyTrigger, NO_SECRET } from '../nodes/Certainly/CertainlyTrigger.node';
import { claimWebhookBody, createCertainlySimulator, userMessageWebhookBody } from '../simulators/certainly';
import { captureOutput } from './helpers/capture-output';
import { outputOf } from './helpers/n8n';
import { canaryKey, credentialRef, credentials as packageCredentials, nodeTypes } from './helpers/package';
import { serveSimulator } from './helpers/simulators';
import type { HostedTrigger } from './helpers/trigger';
import { hostTrigger, triggerWorkflow } from './helpers/trigger';

const token = canaryKey('certainly');
const secret = canaryKey('whsec');
const sim = createCertainlySimulator({ authValue: `Bearer ${token}` });
const credentials = (data: ICredentialDataDecryptedObject) => packageCredentials({ certainlyApi: data });
const credentialData = (extra: ICredentialDataDecryptedObject = {}): ICredentialDataDecryptedObject => ({
	baseUrl: sim.url!,
	botId: sim.botId,
	authentication: 'apiToken',
	apiToken: token,
	webhookSecret: secret,
	...extra,
});

serveSimulator(sim);

const triggerNode = (parameters: INodeParameters = {}) => ({
	name: 'Certainly Trigger',
	type: 'n8n-nodes-handover.certainlyTrigger',
	parameters,
	credentials: credentialRef('certainlyApi'),
});

let trigger: HostedTrigger | undefined;
afterEach(async () => {
	await trigger?.stop();
	trigger = undefined;
});

async function host(parameters: INodeParameters = {}, data = credentialData()) {
	trigger = await hostTrigger(triggerWorkflow(triggerNode(parameters)), { nodeTypes, credentialsHelper: credentials(data) });
	return trigger;
}

interface PostOptions {
	headers?: IDataObject;
	query?: string;
	raw?: boolean;
}

async function post(hosted: HostedTrigger, body: unknown, { headers = { 'X-Webhook-Secret': secret }, query = '', raw = false }: PostOptions = {}) {
	return await axios.post(`${hosted.url}${query}`, raw ? body : JSON.stringify(body), {
		headers: { 'content-type': 'application/json', ...headers },
		validateStatus: () => true,
		transformRequest: [(data: string) => data],
	});
}

/** Output items of every finished execution, in order. */
const emitted = (hosted: HostedTrigger) => hosted.executions.map((run) => outputOf(run, 'Certainly Trigger').map((item) => item.json));

/**
 * Proves that the requests before it started nothing: a valid probe must be the only execution.
 * (Checking for zero executions right after an answer could pass while one is still starting.)
 */
async function expectOnlyTheProbeRan(hosted: HostedTrigger) {
	const probe = claimWebhookBody({ userId: 'webbot:probe' });
	expect((await post(hosted, probe)).status).toBe(200);
	await hosted.waitForExecutions(1);
	expect(emitted(hosted)).toEqual([[expect.objectContaining({ userId: 'webbot:probe' })]]);
}

describe('Certainly Trigger: the documented webhook bodies', () => {
	it('turns a claim (the handover module’s claim webhook) into one handover_requested item', async () => {
		const hosted = await host();
		const body = claimWebhookBody({
			userId: 'webbot:0b7c',
			botId: 'botdep_from_body',
			sessionId: 'sess-42',
			reply: 'I want a human',
			firstName: 'Ada',
			lastName: 'Lovelace',
			customVariables: { tier: 'gold' },
			extractedData: { orderId: '1234' },
		});
		const answer = await post(hosted, body);
		expect([answer.status, answer.data]).toEqual([200, { received: true }]);
		await hosted.waitForExecutions(1);
		expect(emitted(hosted)).toEqual([
			[
				{
					source: 'certainly',
					event: 'handover_requested',
					sessionId: 'webbot:0b7c',
					userId: 'webbot:0b7c',
					text: 'I want a human',
					confidence: null,
					receivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
					botId: 'botdep_from_body',
					certainlySessionId: 'sess-42',
					firstName: 'Ada',
					lastName: 'Lovelace',
					customVariables: { tier: 'gold' },
					extractedData: { orderId: '1234' },
					raw: body,
				},
			],
		]);
	});

	it("turns a user message into one user_message item, with the credential's bot", async () => {
		const hosted = await host();
		const body = userMessageWebhookBody({ userId: 'webbot:0b7c', message: 'Are you there?' });
		expect((await post(hosted, body)).status).toBe(200);
		await hosted.waitForExecutions(1);
		expect(emitted(hosted)).toEqual([
			[
				expect.objectContaining({
					source: 'certainly',
					event: 'user_message',
					sessionId: 'webbot:0b7c',
					userId: 'webbot:0b7c',
					text: 'Are you there?',
					botId: sim.botId,
					certainlySessionId: null,
					firstName: null,
					lastName: null,
					customVariables: null,
					extractedData: null,
					raw: body,
				}),
			],
		]);
	});

	it("reads empty claim fields as absent: the bot falls back to the credential's, the names to null", async () => {
		const hosted = await host();
		const body = { ...claimWebhookBody({ userId: 'webbot:e' }), botId: '', sessionId: '', reply: '', customVariables: 'none' };
		await post(hosted, body);
		await hosted.waitForExecutions(1);
		expect(emitted(hosted)[0][0]).toMatchObject({ botId: sim.botId, certainlySessionId: null, text: null, firstName: null, customVariables: {} });
	});

	it("acknowledges the bot's own messages and unselected events without an execution", async () => {
		const hosted = await host({ events: ['handover_requested'] });
		const botMessage = { interlocutor: 'bot', data: { type: 'text', text: 'How can I help?' } };
		const skipped = [botMessage, userMessageWebhookBody({ message: 'hi' })];
		for (const body of skipped) expect((await post(hosted, body)).data).toEqual({ received: true });
		await expectOnlyTheProbeRan(hosted);
		expect(hosted.requests).toBe(3);
	});

	it('reports the webhook as registered: the URL is pasted into Certainly by hand', async () => {
		const hosted = await host();
		expect(await hosted.checkExists()).toBe(true);
		expect(await hosted.activate()).toBe(true);
		expect(await hosted.deactivate()).toBe(true);
		expect(hosted.staticData()).toEqual({});
	});
});

describe('Certainly Trigger: the shared secret', () => {
	it('accepts the secret in the X-Webhook-Secret header or the secret query parameter', async () => {
		const hosted = await host();
		const body = userMessageWebhookBody({ userId: 'webbot:s' });
		expect((await post(hosted, body, { headers: { 'x-webhook-secret': secret } })).status).toBe(200);
		expect((await post(hosted, body, { headers: {}, query: `?secret=${encodeURIComponent(secret)}` })).status).toBe(200);
		await hosted.waitForExecutions(2);
		expect(JSON.stringify(hosted.executions)).not.toContain(secret);
	});

	it.each([
		['a wrong header', { headers: { 'X-Webhook-Secret': 'wrong' } }, 'Invalid webhook secret'],
		['a wrong query parameter', { headers: {}, query: '?secret=wrong' }, 'Invalid webhook secret'],
		['a right secret in the wrong header', { headers: { Authorization: secret } }, 'Missing webhook secret'],
		['no secret', { headers: {} }, 'Missing webhook secret'],
		['an empty secret', { headers: { 'X-Webhook-Secret': '' } }, 'Missing webhook secret'],
	])('answers 401 and starts no execution for %s', async (_name, options: PostOptions, reason) => {
		const hosted = await host();
		const answer = await post(hosted, claimWebhookBody(), options);
		expect([answer.status, answer.data]).toEqual([401, { error: reason }]);
		await expectOnlyTheProbeRan(hosted);
	});

	it('refuses every request, saying why and logging it, while the credential has no secret', async () => {
		const output = captureOutput();
		let hosted: HostedTrigger;
		try {
			hosted = await host({}, credentialData({ webhookSecret: '' }));
			for (const headers of [{}, { 'X-Webhook-Secret': 'anything' }]) {
				const answer = await post(hosted, claimWebhookBody(), { headers });
				expect([answer.status, answer.data]).toEqual([401, { error: NO_SECRET }]);
			}
		} finally {
			output.stop();
		}
		expect(output.text()).toMatch(/refused a request because the Certainly credential has no Webhook Secret/);
		await hosted.stop();
		expect(hosted.executions).toHaveLength(0);
	});

	it('accepts requests without a secret only when Authentication is None', async () => {
		const hosted = await host({ authentication: 'none' }, credentialData({ webhookSecret: '' }));
		expect((await post(hosted, claimWebhookBody(), { headers: {} })).status).toBe(200);
		await hosted.stop();
		expect(hosted.executions).toHaveLength(1);
		const panel = new CertainlyTrigger().description.properties;
		expect(panel.find((p) => p.name === 'authentication')?.default).toBe('webhookSecret');
		expect(panel.find((p) => p.name === 'noAuthenticationNotice')?.displayOptions).toEqual({ show: { authentication: ['none'] } });
	});
});

describe('Certainly Trigger: bodies it refuses with 400', () => {
	it.each([
		['a claim without "to"', () => ({ ...claimWebhookBody(), to: '' }), 'Missing required field: to'],
		[
			'a user message without user_id',
			() => {
				const body = userMessageWebhookBody();
				delete (body.data.message as IDataObject).user_id;
				return body;
			},
			'Missing required field: data.message.user_id',
		],
		['a batch (Certainly sends one event per request)', () => [claimWebhookBody(), claimWebhookBody()], 'Expected one Certainly event as a JSON object, not an array'],
		['an unknown body', () => ({ hello: 'world' }), 'Not a Certainly webhook: expected a claim (with "to") or a message (with "interlocutor")'],
		['a JSON string', () => 'just text', 'Expected a JSON object'],
	])('%s', async (_name, body, reason) => {
		const hosted = await host();
		const answer = await post(hosted, body());
		expect([answer.status, answer.data]).toEqual([400, { error: reason }]);
		await expectOnlyTheProbeRan(hosted);
	});

	it('malformed JSON sent as text/plain, an empty body and an oversized body', async () => {
		const hosted = await host();
		const malformed = await post(hosted, '{"to": "webbot:x", ', { raw: true, headers: { 'X-Webhook-Secret': secret, 'content-type': 'text/plain' } });
		expect([malformed.status, malformed.data]).toEqual([400, { error: 'Malformed JSON body' }]);
		const empty = await post(hosted, '', { raw: true });
		expect([empty.status, empty.data]).toEqual([400, { error: 'Empty body: expected JSON' }]);
		const big = JSON.stringify(claimWebhookBody({ customVariables: { history: 'x'.repeat(1024 * 1024) } }));
		const oversized = await post(hosted, big, { raw: true });
		expect(oversized.status).toBe(400);
		expect(oversized.data.error).toBe(`Body too large: ${Buffer.byteLength(big)} bytes, at most 1048576`);
		await expectOnlyTheProbeRan(hosted);
	});

	it('checks the secret before reading the body: an unauthenticated malformed body gets 401', async () => {
		const hosted = await host();
		const answer = await post(hosted, 'not json', { raw: true, headers: { 'content-type': 'text/plain' } });
		expect([answer.status, answer.data]).toEqual([401, { error: 'Missing webhook secret' }]);
	});

	it('leaves malformed application/json to n8n, which answers 422 before the node runs', async () => {
		const hosted = await host();
		const answer = await post(hosted, '{"to": ', { raw: true });
		expect(answer.status).toBe(422);
		expect(hosted.requests).toBe(0);
		await expectOnlyTheProbeRan(hosted);
	});
});

describe('Certainly Trigger → Certainly, end to end', () => {
	it('a claim takes the chat from the bot and greets the user as an agent', async () => {
		const wf = triggerWorkflow(
			triggerNode({ events: ['handover_requested'] }),
			{
				name: 'Take Over',
				type: 'n8n-nodes-handover.certainly',
				parameters: { resource: 'handover', operation: 'startHandover', botId: '={{ $json.botId }}', userId: '={{ $json.userId }}' },
				credentials: credentialRef('certainlyApi'),
			},
			{
				name: 'Greet',
				type: 'n8n-nodes-handover.certainly',
				parameters: {
					resource: 'handover',
					operation: 'sendAgentMessage',
					userId: '={{ $json.userId }}',
					message: '=Hi {{ $("Certainly Trigger").item.json.firstName }}, an agent has joined.',
				},
				credentials: credentialRef('certainlyApi'),
			},
		);
		trigger = await hostTrigger(wf, { nodeTypes, credentialsHelper: credentials(credentialData()) });
		const answer = await post(trigger, claimWebhookBody({ userId: 'webbot:e2e', botId: sim.botId, firstName: 'Ada' }));
		expect(answer.status).toBe(200);
		const [run] = await trigger.waitForExecutions(1);
		expect(run.status).toBe('success');
		expect(sim.isListening(sim.botId, 'webbot:e2e')).toBe(true);
		expect(sim.state.delivered).toEqual([{ botId: sim.botId, userId: 'webbot:e2e', message: 'Hi Ada, an agent has joined.', at: expect.any(String) }]);
		expect(sim.received().map((request) => request.headers.authorization)).toEqual([`Bearer ${token}`, `Bearer ${token}`]);
		expect(JSON.stringify(run)).not.toContain(token);
	});
});
