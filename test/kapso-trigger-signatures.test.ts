import type { ICredentialDataDecryptedObject, IDataObject, IRun } from 'n8n-workflow';

import { KapsoHandoverApi } from '../credentials/KapsoHandoverApi.credentials';
import { KapsoTrigger, NO_SECRET } from '../nodes/Kapso/KapsoTrigger.node';
import * as kapso from '../simulators/kapso';
import { kapsoTriggerTestbed } from './helpers/kapso-trigger';
import { outputOf } from './helpers/n8n';
import { canaryKey } from './helpers/package';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { captureOutput } = require('./helpers/capture-output.js') as {
	captureOutput: () => { text: () => string; stop: () => void };
};

const { secret, sim, host, itemsOf, expectOnlyTheNextExecution } = kapsoTriggerTestbed();

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
