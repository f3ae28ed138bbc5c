import axios from 'axios';
import type { IDataObject, INodeType, INodeTypeDescription, IWebhookFunctions } from 'n8n-workflow';

import {
	handleWebhook,
	headerValue,
	hmacSha256,
	receivedBody,
	requiredField,
	safeEqual,
	unauthorized,
} from '../nodes/shared/webhook';
import { canaryKey, credentials } from './helpers/package';
import { baselineDescription, NodeTypes } from './helpers/n8n';
import type { HostedTrigger } from './helpers/trigger';
import { hostTrigger, triggerWorkflow } from './helpers/trigger';

const secret = canaryKey('whsec');

/** A minimal trigger built only from the shared webhook core, to test that core on its own. */
class CoreTrigger implements INodeType {
	description: INodeTypeDescription = {
		...baselineDescription('Core Trigger', 'coreTrigger', 'trigger', []),
		description: 'Test trigger',
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'hook' }],
	};

	webhookMethods = {
		default: {
			checkExists: async () => false,
			create: async () => true,
			delete: async () => true,
		},
	};

	async webhook(this: IWebhookFunctions) {
		return await handleWebhook(this, () => {
			const { raw, json } = receivedBody(this, 2048);
			if (!safeEqual(headerValue(this, 'X-Signature'), hmacSha256(secret, raw))) throw unauthorized();
			const events = Array.isArray(json) ? (json as IDataObject[]) : [json as IDataObject];
			return {
				items: events.map((event) => ({ id: requiredField(event, 'data.id') })),
				response: { accepted: events.length },
			};
		});
	}
}

const nodeTypes = new NodeTypes({ 'test.coreTrigger': new CoreTrigger() });
const sign = (body: string) => ({ 'X-Signature': hmacSha256(secret, body) });

describe('shared webhook core, hosted like n8n hosts a trigger', () => {
	let trigger: HostedTrigger;

	beforeEach(async () => {
		trigger = await hostTrigger(triggerWorkflow({ name: 'Core Trigger', type: 'test.coreTrigger', parameters: {} }), {
			nodeTypes,
			credentialsHelper: credentials({}),
		});
	});
	afterEach(async () => await trigger.stop());

	const post = async (body: string, headers: IDataObject = {}) =>
		await axios.post(trigger.url, body, {
			headers: { 'content-type': 'application/json', ...headers },
			validateStatus: () => true,
			transformRequest: [(data: string) => data],
		});

	it('leaves the answer to n8n, sent once the execution is stored, and starts one execution with one item per event', async () => {
		const body = JSON.stringify([{ data: { id: 'a' } }, { data: { id: 7 } }]);
		const response = await post(body, sign(body));
		expect(response.status).toBe(200);
		expect(response.data).toEqual({ accepted: 2 });
		expect(trigger.answeredBeforeStored).toBe(0);
		const [run] = await trigger.waitForExecutions(1);
		const items = run.data.resultData.runData['Core Trigger'][0].data!.main[0]!;
		expect(items.map((item) => item.json)).toEqual([{ id: 'a' }, { id: '7' }]);
	});

	it('verifies the signature over the raw bytes, not a re-serialised body', async () => {
		const body = '{ "data" :  { "id": "spaced" } }';
		expect((await post(body, sign(body))).status).toBe(200);
		expect((await post(body, sign(JSON.stringify(JSON.parse(body))))).status).toBe(401);
	});

	it.each([
		['a wrong signature', (body: string) => ({ 'X-Signature': hmacSha256('other', body) })],
		['no signature', () => ({})],
	])('answers 401 and starts no execution for %s', async (_name, headers) => {
		const body = JSON.stringify({ data: { id: 'x' } });
		const response = await post(body, headers(body));
		expect(response.status).toBe(401);
		expect(response.data).toEqual({ error: 'Unauthorized' });
		expect(trigger.requests).toBe(1);
		expect(trigger.executions).toHaveLength(0);
	});

	it('answers 400 for a missing field, malformed or oversized bodies, and starts nothing', async () => {
		const missing = JSON.stringify({ data: {} });
		const missingAnswer = await post(missing, sign(missing));
		expect(missingAnswer.status).toBe(400);
		expect(missingAnswer.data).toEqual({ error: 'Missing required field: data.id' });

		const malformed = '{"data": {"id": ';
		const malformedAnswer = await post(malformed, { 'content-type': 'text/plain', ...sign(malformed) });
		expect(malformedAnswer.status).toBe(400);
		expect(malformedAnswer.data).toEqual({ error: 'Malformed JSON body' });

		const big = JSON.stringify({ data: { id: 'x'.repeat(4096) } });
		const bigAnswer = await post(big, sign(big));
		expect(bigAnswer.status).toBe(400);
		expect(String(bigAnswer.data.error)).toMatch(/^Body too large/);

		const empty = await post('', { 'content-type': 'text/plain' });
		expect(empty.status).toBe(400);
		expect(trigger.executions).toHaveLength(0);
	});

	it('leaves malformed application/json to the host, which answers 422 before any node runs', async () => {
		const response = await post('{"broken":', {});
		expect(response.status).toBe(422);
		expect(trigger.requests).toBe(0);
		expect(trigger.executions).toHaveLength(0);
	});
});
