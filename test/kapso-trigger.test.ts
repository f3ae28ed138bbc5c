import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters, IRun } from 'n8n-workflow';

import { KapsoHandoverApi } from '../credentials/KapsoHandoverApi.credentials';
import { KapsoTrigger, NO_SECRET } from '../nodes/Kapso/KapsoTrigger.node';
import { createKapsoSimulator } from '../simulators/kapso';
import * as kapso from '../simulators/kapso';
import { outputOf } from './helpers/n8n';
import { canaryKey, credentialRef, credentials as packageCredentials, nodeTypes } from './helpers/package';
import type { HostedTrigger } from './helpers/trigger';
import { hostTrigger, triggerWorkflow } from './helpers/trigger';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { captureOutput } = require('./helpers/capture-output.js') as {
	captureOutput: () => { text: () => string; stop: () => void };
};

const secret = canaryKey('kapso_whsec');
const sim = createKapsoSimulator();
let credentialData: ICredentialDataDecryptedObject;

const credentials = (data: ICredentialDataDecryptedObject) => packageCredentials({ kapsoHandoverApi: data });

beforeAll(async () => {
	const baseUrl = await sim.start();
	credentialData = { baseUrl, apiKey: sim.apiKey, webhookSecret: secret };
});
afterAll(async () => await sim.stop());
beforeEach(() => sim.reset());

const triggerNode = (parameters: INodeParameters = {}) => ({
	name: 'Kapso Trigger',
	type: 'n8n-nodes-handover.kapsoTrigger',
	parameters,
	credentials: credentialRef('kapsoHandoverApi'),
});

let trigger: HostedTrigger | undefined;
afterEach(async () => {
	await trigger?.stop();
	trigger = undefined;
});

async function host(parameters: INodeParameters = {}, data: ICredentialDataDecryptedObject = credentialData) {
	trigger = await hostTrigger(triggerWorkflow(triggerNode(parameters)), { nodeTypes, credentialsHelper: credentials(data) });
	expect(await trigger.activate()).toBe(true);
	return trigger;
}

/** The items of the trigger in the n-th recorded execution. */
async function itemsOf(hosted: HostedTrigger, count = 1): Promise<IDataObject[]> {
	const runs = await hosted.waitForExecutions(count);
	return outputOf(runs[count - 1], 'Kapso Trigger').map((item) => item.json);
}

/**
 * Proves the requests before it started nothing: a valid event sent after them must be the one and
 * only execution (an execution is recorded when it finishes, so an immediate count would prove little).
 */
async function expectOnlyTheNextExecution(hosted: HostedTrigger, event = kapso.MESSAGE_RECEIVED) {
	const body = event === kapso.MESSAGE_RECEIVED ? kapso.messageReceived({ messageId: 'wamid.canary' }) : kapso.handoff({ execution: { id: 'exec_canary' } });
	expect((await kapso.send(hosted.url, event, body, { secret })).status).toBe(200);
	await hosted.waitForExecutions(1);
	await hosted.settled();
	expect(hosted.executions).toHaveLength(1);
	const [item] = outputOf(hosted.executions[0], 'Kapso Trigger');
	expect(item.json.messageId ?? item.json.executionId).toBe(event === kapso.MESSAGE_RECEIVED ? 'wamid.canary' : 'exec_canary');
}

describe('Kapso Trigger: the documented events', () => {
	it('turns a workflow.execution.handoff into one handover_requested item', async () => {
		const hosted = await host();
		const body = kapso.handoff({
			execution: { id: 'exec_1', workflow: { id: 'wf_1', name: 'Support bot' } },
			conversation: { id: 'conv_1', phone_number: '+254712345678' },
			reason: 'customer asked for a person',
		});
		const answer = await kapso.send(hosted.url, kapso.HANDOFF, body, { secret, idempotencyKey: 'idem-1' });
		expect(answer).toEqual({ status: 200, body: { received: true } });
		const [item] = await itemsOf(hosted);
		expect(item).toMatchObject({
			source: 'kapso',
			event: 'handover_requested',
			sessionId: 'conv_1',
			userId: '+254712345678',
			text: 'customer asked for a person',
			eventType: 'workflow.execution.handoff',
			conversationId: 'conv_1',
			phoneNumber: '+254712345678',
			phoneNumberId: 'pn_sim_1',
			executionId: 'exec_1',
			workflowId: 'wf_1',
			workflowName: 'Support bot',
			reason: 'customer asked for a person',
			idempotencyKey: 'idem-1',
			raw: body,
		});
		expect(typeof item.receivedAt).toBe('string');
		expect(JSON.stringify(item)).not.toContain(secret);
	});

	it('turns a workflow.execution.failed into one handover_failed item carrying the error', async () => {
		const hosted = await host();
		const body = kapso.failed({
			execution: { id: 'exec_9' },
			conversation: { id: 'conv_9', phone_number: '+6281234567890' },
			error: 'Function step crashed',
		});
		expect((await kapso.send(hosted.url, kapso.FAILED, body, { secret, idempotencyKey: 'idem-9' })).status).toBe(200);
		const [item] = await itemsOf(hosted);
		expect(item).toMatchObject({
			event: 'handover_failed',
			sessionId: 'conv_9',
			userId: '+6281234567890',
			text: 'Function step crashed',
			executionId: 'exec_9',
			error: 'Function step crashed',
			reason: null,
			idempotencyKey: 'idem-9',
		});
	});

	it('reads the flat spellings of the workflow events too ({type, data: {workflow_execution_id, …}})', async () => {
		const hosted = await host();
		const body = {
			type: 'workflow.execution.handoff',
			data: { workflow_execution_id: 'exec_f', whatsapp_conversation_id: 'conv_f', customer_phone: '+15550001111', reason: 'vip' },
		};
		expect((await kapso.send(hosted.url, kapso.HANDOFF, body, { secret })).status).toBe(200);
		const [item] = await itemsOf(hosted);
		expect(item).toMatchObject({ executionId: 'exec_f', sessionId: 'conv_f', userId: '+15550001111', reason: 'vip' });
	});

	it('turns a whatsapp.message.received into one user_message item', async () => {
		const hosted = await host();
		const body = kapso.messageReceived({
			conversationId: 'conv_m',
			phoneNumber: '+15551234567',
			text: 'Is anyone there?',
			messageId: 'wamid.1',
			timestamp: '1730092801',
		});
		expect((await kapso.send(hosted.url, kapso.MESSAGE_RECEIVED, body, { secret, idempotencyKey: 'idem-m' })).status).toBe(200);
		const [item] = await itemsOf(hosted);
		expect(item).toMatchObject({
			source: 'kapso',
			event: 'user_message',
			sessionId: 'conv_m',
			userId: '+15551234567',
			text: 'Is anyone there?',
			eventType: 'whatsapp.message.received',
			conversationId: 'conv_m',
			phoneNumber: '+15551234567',
			phoneNumberId: 'pn_sim_1',
			executionId: null,
			messageId: 'wamid.1',
			messageType: 'text',
			messageTimestamp: '1730092801',
			idempotencyKey: 'idem-m',
			raw: body,
		});
	});

	it('turns a whatsapp.conversation.ended into one conversation_ended item; a message body under that header is refused', async () => {
		const hosted = await host({ events: [kapso.CONVERSATION_ENDED] });
		const body = kapso.conversationEnded({ conversationId: 'conv_e', phoneNumber: '+15551234567', lastActiveAt: '2026-11-29T09:00:00Z' });
		expect((await kapso.send(hosted.url, kapso.CONVERSATION_ENDED, body, { secret, idempotencyKey: 'idem-e' })).status).toBe(200);
		const [item] = await itemsOf(hosted);
		expect(item).toMatchObject({
			source: 'kapso',
			event: 'conversation_ended',
			sessionId: 'conv_e',
			userId: '+15551234567',
			text: null,
			eventType: 'whatsapp.conversation.ended',
			conversationId: 'conv_e',
			phoneNumberId: 'pn_sim_1',
			conversationStatus: 'ended',
			lastActiveAt: '2026-11-29T09:00:00Z',
			messageId: null,
			idempotencyKey: 'idem-e',
			raw: body,
		});
		const replayed = await kapso.send(hosted.url, kapso.CONVERSATION_ENDED, kapso.messageReceived({ conversationId: 'conv_e' }), { secret });
		expect(replayed.status).toBe(401);
		const missingId = await kapso.send(hosted.url, kapso.CONVERSATION_ENDED, { conversation: { status: 'ended' }, phone_number_id: 'pn_sim_1' }, { secret });
		expect(missingId).toMatchObject({ status: 400, body: { error: 'Missing required field: conversation.id' } });
		await hosted.settled();
		expect(hosted.executions).toHaveLength(1);
	});

	it('does not assume a phone number: the business-scoped user id stands in for it', async () => {
		const hosted = await host();
		const body = kapso.messageReceived({ conversationId: 'conv_b', phoneNumber: '', type: 'image', text: '[image] receipt' });
		(body.conversation as IDataObject).business_scoped_user_id = 'bsuid_42';
		expect((await kapso.send(hosted.url, kapso.MESSAGE_RECEIVED, body, { secret })).status).toBe(200);
		const [item] = await itemsOf(hosted);
		expect(item).toMatchObject({ userId: 'bsuid_42', phoneNumber: null, text: '[image] receipt', messageType: 'image' });
	});

	it('gives one item per message for a batched delivery, each with the delivery idempotency key', async () => {
		const hosted = await host();
		const messages = ['one', 'two', 'three'].map((text, index) =>
			kapso.messageReceived({ conversationId: 'conv_batch', text, messageId: `wamid.${index}` }),
		);
		const answer = await kapso.send(hosted.url, kapso.MESSAGE_RECEIVED, kapso.messageBatch(messages), { secret, idempotencyKey: 'idem-b' });
		expect(answer.status).toBe(200);
		const items = await itemsOf(hosted);
		expect(items.map((item) => item.text)).toEqual(['one', 'two', 'three']);
		expect(items.map((item) => item.messageId)).toEqual(['wamid.0', 'wamid.1', 'wamid.2']);
		expect(items.every((item) => item.idempotencyKey === 'idem-b' && item.sessionId === 'conv_batch')).toBe(true);
		expect(items.map((item) => item.batch)).toEqual([0, 1, 2].map((index) => ({ index, size: 3 })));
		expect(items[1].raw).toEqual(messages[1]);
		expect(hosted.executions).toHaveLength(1);
	});

	it('passes a missing X-Idempotency-Key through as null', async () => {
		const hosted = await host();
		const request = kapso.webhookRequest(kapso.MESSAGE_RECEIVED, kapso.messageReceived(), { secret });
		delete request.headers['x-idempotency-key'];
		expect((await kapso.deliver(hosted.url, request)).status).toBe(200);
		const [item] = await itemsOf(hosted);
		expect(item.idempotencyKey).toBeNull();
	});
});

describe('Kapso Trigger: signatures', () => {
	const body = () => kapso.messageReceived({ conversationId: 'conv_s' });

	it.each([
		['a wrong signature', { signature: kapso.sign('another secret', '{}') }],
		['a signature made with another secret', { secret: canaryKey('other') }],
		['no signature', { signature: null }],
		['a sha256= prefixed signature (not Kapso\'s format)', { prefix: true }],
	])('answers 401 and starts no execution for %s', async (_name, variant: IDataObject) => {
		const hosted = await host();
		const request = kapso.webhookRequest(kapso.MESSAGE_RECEIVED, body(), {
			secret: (variant.secret as string) ?? secret,
			...(variant.signature !== undefined ? { signature: variant.signature as string | null } : {}),
		});
		if (variant.prefix) request.headers['x-webhook-signature'] = `sha256=${request.headers['x-webhook-signature']}`;
		const answer = await kapso.deliver(hosted.url, request);
		expect(answer).toEqual({ status: 401, body: { error: 'Unauthorized' } });
		expect(hosted.requests).toBe(1);
		await expectOnlyTheNextExecution(hosted);
	});

	it('checks the raw bytes: a signature over the re-serialised body fails, over the bytes sent it passes', async () => {
		const hosted = await host();
		const raw = JSON.stringify(body(), null, 2);
		const reserialised = JSON.stringify(JSON.parse(raw));
		const wrong = kapso.webhookRequest(kapso.MESSAGE_RECEIVED, undefined, { raw, signature: kapso.sign(secret, reserialised) });
		expect((await kapso.deliver(hosted.url, wrong)).status).toBe(401);
		expect(hosted.executions).toHaveLength(0);
		const right = kapso.webhookRequest(kapso.MESSAGE_RECEIVED, undefined, { raw, secret });
		expect((await kapso.deliver(hosted.url, right)).status).toBe(200);
		const [item] = await itemsOf(hosted);
		expect(item.sessionId).toBe('conv_s');
		await hosted.settled();
		expect(hosted.executions).toHaveLength(1);
	});

	it('accepts the hex signature in upper case (Kapso\'s SDK allows it)', async () => {
		const hosted = await host();
		const request = kapso.webhookRequest(kapso.MESSAGE_RECEIVED, body(), { secret });
		request.headers['x-webhook-signature'] = String(request.headers['x-webhook-signature']).toUpperCase();
		expect((await kapso.deliver(hosted.url, request)).status).toBe(200);
		await hosted.waitForExecutions(1);
	});

	it.each([
		['an empty Webhook Secret', { webhookSecret: '' }],
		['no Webhook Secret field (a credential saved before it existed)', {}],
	])('refuses every delivery, saying why, while the credential has %s', async (_name, extra: ICredentialDataDecryptedObject) => {
		const hosted = await host({}, { baseUrl: sim.url!, apiKey: sim.apiKey, ...extra });
		for (const signWith of ['', secret]) {
			const answer = await kapso.send(hosted.url, kapso.MESSAGE_RECEIVED, body(), { secret: signWith });
			expect(answer).toEqual({ status: 401, body: { error: NO_SECRET } });
		}
		expect(NO_SECRET).toMatch(/credential has no Webhook Secret/);
		expect(hosted.requests).toBe(2);
		await hosted.settled();
		expect(hosted.executions).toHaveLength(0);
	});

	it('reads the secret from the credential only: a webhookSecret left in the node parameters is ignored', async () => {
		const hosted = await host({ webhookSecret: secret }, { baseUrl: sim.url!, apiKey: sim.apiKey, webhookSecret: '' });
		const answer = await kapso.send(hosted.url, kapso.MESSAGE_RECEIVED, body(), { secret });
		expect(answer).toEqual({ status: 401, body: { error: NO_SECRET } });
		await hosted.settled();
		expect(hosted.executions).toHaveLength(0);
	});

	it('works with a credential that has only the webhook secret (no API key)', async () => {
		const hosted = await host({}, { webhookSecret: secret });
		const answer = await kapso.send(hosted.url, kapso.MESSAGE_RECEIVED, kapso.messageReceived({ conversationId: 'conv_only' }), { secret });
		expect(answer).toEqual({ status: 200, body: { received: true } });
		const [item] = await itemsOf(hosted);
		expect(item.sessionId).toBe('conv_only');
		expect(sim.requests).toHaveLength(0);
	});

	it('keeps no secret in the node: the credential holds it, so a saved workflow embeds none', () => {
		const { description } = new KapsoTrigger();
		expect(description.credentials).toEqual([{ name: 'kapsoHandoverApi', required: true }]);
		expect(description.properties.map((property) => property.name)).toEqual(['setupNotice', 'events']);
		const field = new KapsoHandoverApi().properties.find((property) => property.name === 'webhookSecret');
		expect(field).toMatchObject({ type: 'string', typeOptions: { password: true }, default: '' });
		expect(field?.required).toBeFalsy();
	});

	it('never puts the secret in an answer, an output item, an execution or an error', async () => {
		const output = captureOutput();
		const answers: unknown[] = [];
		let runs: IRun[] = [];
		try {
			const hosted = await host();
			const send = async (event: string, payload: unknown, options: IDataObject = { secret }) => {
				answers.push(await kapso.send(hosted.url, event, payload, options));
			};
			await send(kapso.MESSAGE_RECEIVED, body(), { secret: canaryKey('wrong') });
			await send(kapso.MESSAGE_RECEIVED, body(), { signature: null });
			await send(kapso.HANDOFF, { event: kapso.HANDOFF, conversation: { id: 'conv_x' } });
			await send(kapso.MESSAGE_RECEIVED, kapso.messageBatch([kapso.messageReceived(), kapso.messageReceived()]));
			await send(kapso.HANDOFF, kapso.handoff());
			runs = [...(await hosted.waitForExecutions(2))];
			await hosted.stop();
			const empty = await host({}, { webhookSecret: '', apiKey: secret });
			answers.push(await kapso.send(empty.url, kapso.MESSAGE_RECEIVED, body(), { secret }));
		} finally {
			output.stop();
		}
		expect(answers.map((answer) => (answer as IDataObject).status)).toEqual([401, 401, 400, 200, 200, 401]);
		expect(runs).toHaveLength(2);
		const items = runs.flatMap((run) => outputOf(run, 'Kapso Trigger'));
		expect(items).toHaveLength(3);
		for (const seen of [answers, items, runs]) expect(JSON.stringify(seen)).not.toContain(secret);
		expect(output.text()).not.toContain(secret);
		expect(output.text()).toContain('the Kapso credential has no Webhook Secret');
	});

	it('never prints the secret', async () => {
		const output = captureOutput();
		try {
			const hosted = await host();
			await kapso.send(hosted.url, kapso.MESSAGE_RECEIVED, body(), { secret: 'wrong' });
			await kapso.send(hosted.url, kapso.MESSAGE_RECEIVED, body(), { secret });
			await hosted.waitForExecutions(1);
		} finally {
			output.stop();
		}
		expect(output.text()).not.toContain(secret);
	});
});

describe('Kapso Trigger: event filter and bad requests', () => {
	it('acknowledges events outside the filter with 200 and starts no execution', async () => {
		const hosted = await host({ events: [kapso.HANDOFF] });
		const answer = await kapso.send(hosted.url, kapso.MESSAGE_RECEIVED, kapso.messageReceived(), { secret });
		expect(answer).toEqual({ status: 200, body: { received: true, ignored: 'whatsapp.message.received' } });
		const other = await kapso.send(hosted.url, 'whatsapp.message.delivered', kapso.messageReceived(), { secret });
		expect(other.status).toBe(200);
		expect(hosted.requests).toBe(2);
		// …while the chosen event still runs the workflow.
		await expectOnlyTheNextExecution(hosted, kapso.HANDOFF);
	});

	it('reads the event type from the body when the header is missing', async () => {
		const hosted = await host();
		const batch = kapso.messageBatch([kapso.messageReceived({ text: 'from the body type' })]);
		const answer = await kapso.send(hosted.url, kapso.MESSAGE_RECEIVED, batch, { secret, omitEvent: true });
		expect(answer.status).toBe(200);
		const [item] = await itemsOf(hosted);
		expect(item.text).toBe('from the body type');
	});

	const bad: Array<[string, () => ReturnType<typeof kapso.webhookRequest>, string]> = [
		[
			'malformed JSON (text/plain)',
			() => kapso.webhookRequest(kapso.MESSAGE_RECEIVED, undefined, { raw: '{"message": {', secret, contentType: 'text/plain' }),
			'Malformed JSON body',
		],
		[
			'a JSON array',
			() => kapso.webhookRequest(kapso.MESSAGE_RECEIVED, undefined, { raw: '[1,2]', secret }),
			'Expected a JSON object',
		],
		[
			'no event type at all',
			() => kapso.webhookRequest(kapso.MESSAGE_RECEIVED, { message: {} }, { secret, omitEvent: true }),
			'Missing event type: the X-Webhook-Event header',
		],
		[
			'a message without conversation id',
			() => {
				const body = kapso.messageReceived();
				delete (body.conversation as IDataObject).id;
				return kapso.webhookRequest(kapso.MESSAGE_RECEIVED, body, { secret });
			},
			'Missing required field: conversation.id',
		],
		[
			'a message without message id',
			() => {
				const body = kapso.messageReceived();
				delete (body.message as IDataObject).id;
				return kapso.webhookRequest(kapso.MESSAGE_RECEIVED, body, { secret });
			},
			'Missing required field: message.id',
		],
		[
			'a batch whose second message has no id',
			() => {
				const second = kapso.messageReceived();
				delete (second.message as IDataObject).id;
				return kapso.webhookRequest(kapso.MESSAGE_RECEIVED, kapso.messageBatch([kapso.messageReceived(), second]), { secret });
			},
			'Missing required field: data[1].message.id',
		],
		[
			'a batch without data',
			() => kapso.webhookRequest(kapso.MESSAGE_RECEIVED, { type: kapso.MESSAGE_RECEIVED, batch: true }, { secret }),
			'Missing required field: data (the messages of the batch)',
		],
		[
			'a handoff without execution id',
			() => kapso.webhookRequest(kapso.HANDOFF, { event: kapso.HANDOFF, conversation: { id: 'conv_x' } }, { secret }),
			'Missing required field: workflow_execution.id',
		],
		[
			'a failure without conversation id',
			() => kapso.webhookRequest(kapso.FAILED, { event: kapso.FAILED, workflow_execution: { id: 'exec_x' } }, { secret }),
			'Missing required field: conversation.id',
		],
	];

	it.each(bad)('answers 400 and starts no execution for %s', async (_name, build, reason) => {
		const hosted = await host();
		const answer = await kapso.deliver(hosted.url, build());
		expect(answer).toEqual({ status: 400, body: { error: reason } });
		await expectOnlyTheNextExecution(hosted);
	});

	it('answers 400 for an oversized body, and starts no execution', async () => {
		const hosted = await host();
		const body = kapso.messageReceived({ text: 'x'.repeat(1024 * 1024) });
		const answer = await kapso.send(hosted.url, kapso.MESSAGE_RECEIVED, body, { secret });
		expect(answer.status).toBe(400);
		expect(String((answer.body as IDataObject).error)).toMatch(/^Body too large: \d+ bytes, at most 1048576$/);
		await expectOnlyTheNextExecution(hosted);
	});

	it('has lifecycle methods that need nothing registered: the URL is added in Kapso', async () => {
		const hosted = await host();
		expect(await hosted.checkExists()).toBe(true);
		expect(await hosted.deactivate()).toBe(true);
		expect(sim.requests).toHaveLength(0);
	});
});

describe('Kapso Trigger → Kapso: a handoff pauses every bot workflow of the conversation', () => {
	it('runs Hand Over to Human for the conversation of the event, against the Kapso API', async () => {
		const { conversation, executions } = sim.addConversation({
			phoneNumber: '+254712345678',
			executions: ['running', 'waiting', 'ended'],
		});
		trigger = await hostTrigger(
			triggerWorkflow(triggerNode({ events: [kapso.HANDOFF] }), {
				name: 'Kapso',
				type: 'n8n-nodes-handover.kapso',
				parameters: {
					resource: 'handover',
					operation: 'handOver',
					conversationLookup: 'id',
					conversationId: '={{ $json.conversationId }}',
				},
				credentials: credentialRef('kapsoHandoverApi'),
			}),
			{ nodeTypes, credentialsHelper: credentials(credentialData), trigger: 'Kapso Trigger' },
		);
		await trigger.activate();
		const answer = await kapso.send(trigger.url, kapso.HANDOFF, kapso.handoff({ execution: executions[0], conversation }), {
			secret,
		});
		expect(answer.status).toBe(200);
		const [run] = await trigger.waitForExecutions(1);
		expect(run.status).toBe('success');
		expect(sim.state.executions.map((e: IDataObject) => e.status)).toEqual(['handoff', 'handoff', 'ended']);
		const patched = sim.received('PATCH').map((request: IDataObject) => request.path);
		expect(patched.sort()).toEqual([executions[0].id, executions[1].id].map((id) => `/platform/v1/workflow_executions/${id}`).sort());
		const [result] = outputOf(run, 'Kapso');
		expect(result.json).toMatchObject({ conversationId: conversation.id, targetStatus: 'handoff', conversationFound: true });
	});
});
