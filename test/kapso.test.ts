import type { IDataObject, INode, INodeParameters } from 'n8n-workflow';

import { createKapsoSimulator } from '../simulators/kapso';
import { chain, outputOf, runWorkflow } from './helpers/n8n';
import { canaryKey, credentialRef, credentials, nodeTypes } from './helpers/package';
import { serveSimulator } from './helpers/simulators';

const sim = createKapsoSimulator();
let helper: ReturnType<typeof credentials>;

const served = serveSimulator(sim);
beforeAll(() => {
	helper = credentials({ kapsoHandoverApi: { baseUrl: served.url, apiKey: sim.apiKey } });
});

function kapsoNode(parameters: INodeParameters, extra: Partial<INode> = {}) {
	return {
		name: 'Kapso',
		type: 'n8n-nodes-handover.kapso',
		parameters,
		credentials: credentialRef('kapsoHandoverApi'),
		...extra,
	};
}

async function run(node: ReturnType<typeof kapsoNode>, items?: IDataObject[], credentialsHelper = helper) {
	return await runWorkflow(chain(node), { nodeTypes, credentialsHelper, items });
}

const handover = (operation: string, extra: INodeParameters = {}) =>
	kapsoNode({
		resource: 'handover',
		operation,
		conversationLookup: 'phone',
		phoneNumberId: sim.phoneNumberId,
		phoneNumber: '={{ $json.phone }}',
		...extra,
	});

const statuses = () => Object.fromEntries(sim.state.executions.map((e: IDataObject) => [e.id, e.status]));

describe('Kapso → Conversation → Find by Phone Number', () => {
	it('finds the conversations of a phone number, most recent first', async () => {
		const older = sim.addConversation({ phoneNumber: '+6281234567890', status: 'ended', lastActiveAt: '2026-11-01T10:00:00Z' });
		const newer = sim.addConversation({ phoneNumber: '+6281234567890', lastActiveAt: '2026-11-20T10:00:00Z' });
		sim.addConversation({ phoneNumber: '+6289999999999' });
		const result = await run(
			kapsoNode({ resource: 'conversation', operation: 'findByPhone', phoneNumberId: sim.phoneNumberId, phoneNumber: '+62 812-3456-7890', returnAll: true }),
		);
		expect(result.status).toBe('success');
		expect(outputOf(result, 'Kapso').map((i) => i.json.id)).toEqual([newer.conversation.id, older.conversation.id]);
		const [request] = sim.received('GET', '/meta/whatsapp');
		expect(request.headers['x-api-key']).toBe(sim.apiKey);
		expect(request.query.phone_number).toBe('+6281234567890');
	});

	it('follows the cursor across pages and stops at the limit', async () => {
		for (let i = 0; i < 130; i++) sim.addConversation({ phoneNumber: '+4520000000' });
		const all = await run(
			kapsoNode({ resource: 'conversation', operation: 'findByPhone', phoneNumberId: sim.phoneNumberId, phoneNumber: '+4520000000', returnAll: true }),
		);
		expect(outputOf(all, 'Kapso')).toHaveLength(130);
		expect(sim.received('GET', '/meta/whatsapp')).toHaveLength(2);
		sim.requests.length = 0;
		const limited = await run(
			kapsoNode({ resource: 'conversation', operation: 'findByPhone', phoneNumberId: sim.phoneNumberId, phoneNumber: '+4520000000', returnAll: false, limit: 7 }),
		);
		expect(outputOf(limited, 'Kapso')).toHaveLength(7);
		expect(sim.received('GET', '/meta/whatsapp')).toHaveLength(1);
	});

	it('rejects a phone number that is not E.164, naming the field and the item', async () => {
		const result = await run(
			kapsoNode({ resource: 'conversation', operation: 'findByPhone', phoneNumberId: sim.phoneNumberId, phoneNumber: '={{ $json.phone }}' }),
			[{ phone: '+4520000000' }, { phone: '0712 345 678' }],
		);
		expect(result.data.resultData.error?.message).toBe(
			'Phone Number must be an E.164 phone number with country code, like +254712345678 (got "0712 345 678") [item 1]',
		);
	});
});

describe('Kapso → Workflow Execution', () => {
	it.each(['page', 'cursor'])('lists all executions of a conversation with %s pagination', async (style) => {
		sim.state.executionsPagination = style;
		const { conversation } = sim.addConversation({
			phoneNumber: '+4520000001',
			executions: Array.from({ length: 120 }, (_, i) => (i % 3 === 0 ? 'running' : 'ended')),
		});
		const result = await run(kapsoNode({ resource: 'workflowExecution', operation: 'list', conversationId: conversation.id, returnAll: true }));
		const items = outputOf(result, 'Kapso');
		expect(items).toHaveLength(120);
		expect(new Set(items.map((i) => i.json.id)).size).toBe(120);
		const started = items.map((i) => String(i.json.started_at));
		expect([...started].sort().reverse()).toEqual(started);
		const requests = sim.received('GET', '/platform/v1/whatsapp/conversations');
		expect(requests).toHaveLength(2);
		expect(requests[1].query).toEqual(style === 'page' ? { page: '2', per_page: '100' } : { limit: '100', after: expect.any(String) });
	});

	it('filters by status and honours the limit', async () => {
		const { conversation } = sim.addConversation({ phoneNumber: '+4520000002', executions: ['running', 'ended', 'running', 'handoff'] });
		const result = await run(
			kapsoNode({ resource: 'workflowExecution', operation: 'list', conversationId: conversation.id, statusFilter: 'running', limit: 1 }),
		);
		expect(outputOf(result, 'Kapso').map((i) => i.json.status)).toEqual(['running']);
		expect(sim.received('GET')[0].query).toMatchObject({ status: 'running', per_page: '1' });
	});

	it('gets one execution and updates its status', async () => {
		const { executions } = sim.addConversation({ phoneNumber: '+4520000003', executions: ['running'] });
		const get = await run(kapsoNode({ resource: 'workflowExecution', operation: 'get', executionId: executions[0].id }));
		expect(outputOf(get, 'Kapso')[0].json).toMatchObject({ id: executions[0].id, status: 'running' });
		const update = await run(
			kapsoNode({ resource: 'workflowExecution', operation: 'updateStatus', executionId: executions[0].id, newStatus: 'handoff' }),
		);
		expect(outputOf(update, 'Kapso')[0].json).toMatchObject({ id: executions[0].id, status: 'handoff' });
		const [patch] = sim.received('PATCH');
		expect(patch.body).toEqual({ workflow_execution: { status: 'handoff' } });
		expect(patch.headers['content-type']).toMatch(/^application\/json/);
	});

	it('names the execution and its current status when Kapso refuses the transition (422)', async () => {
		const { executions } = sim.addConversation({ phoneNumber: '+4520000004', executions: ['ended'] });
		const result = await run(
			kapsoNode({ resource: 'workflowExecution', operation: 'updateStatus', executionId: executions[0].id, newStatus: 'handoff' }),
		);
		expect(result.data.resultData.error?.message).toBe(
			`Kapso refused to set execution ${executions[0].id} to "handoff": it is "ended" (Invalid status transition from ended to handoff)`,
		);
	});

	it("quotes Kapso's 404 and keeps the API key out of every output", async () => {
		const secret = canaryKey('kapso');
		const wrong = credentials({ kapsoHandoverApi: { baseUrl: sim.url!, apiKey: secret } });
		const missing = await run(kapsoNode({ resource: 'workflowExecution', operation: 'get', executionId: 'exec_nope' }));
		expect(missing.data.resultData.error?.message).toBe('Kapso answered 404: Workflow execution exec_nope not found');
		const unauthorised = await run(
			kapsoNode({ resource: 'workflowExecution', operation: 'get', executionId: 'exec_nope' }, { onError: 'continueRegularOutput' }),
			undefined,
			wrong,
		);
		expect(outputOf(unauthorised, 'Kapso')[0].json.error).toBe('Kapso answered 401: Invalid API key');
		expect(JSON.stringify(unauthorised)).not.toContain(secret);
	});
});

describe('Kapso → Handover', () => {
	it('hands every running or waiting execution over to a human, and is idempotent', async () => {
		const { conversation, executions } = sim.addConversation({
			phoneNumber: '+254712345678',
			executions: ['running', 'waiting', 'ended', 'handoff', 'failed'],
		});
		const first = await run(handover('handOver'), [{ phone: '+254712345678' }]);
		expect(first.status).toBe('success');
		const result = outputOf(first, 'Kapso')[0].json;
		expect(result).toMatchObject({
			operation: 'handOver',
			targetStatus: 'handoff',
			conversationFound: true,
			conversationId: conversation.id,
			phoneNumber: '+254712345678',
			message: 'Handed over to a human: 2 executions',
		});
		expect(result.changed).toEqual([
			{ id: executions[0].id, workflow: 'Support bot', from: 'running', to: 'handoff' },
			{ id: executions[1].id, workflow: 'Support bot', from: 'waiting', to: 'handoff' },
		]);
		expect(result.unchanged).toEqual([
			{ id: executions[2].id, status: 'ended' },
			{ id: executions[3].id, status: 'handoff' },
			{ id: executions[4].id, status: 'failed' },
		]);
		expect(sim.received('GET', '/meta/whatsapp')[0].query).toMatchObject({ status: 'active', limit: '1' });
		expect(Object.values(statuses())).toEqual(['handoff', 'handoff', 'ended', 'handoff', 'failed']);

		sim.requests.length = 0;
		const second = await run(handover('handOver'), [{ phone: '+254712345678' }]);
		expect(outputOf(second, 'Kapso')[0].json).toMatchObject({ changed: [], message: expect.stringContaining('nothing changed') });
		expect(sim.received('PATCH')).toHaveLength(0);
	});

	it('gives the chat back to the bot (handoff → waiting) and ends it', async () => {
		const { conversation, executions } = sim.addConversation({ phoneNumber: '+254712345679', executions: ['handoff', 'running'] });
		const back = await run(kapsoNode({ resource: 'handover', operation: 'giveBack', conversationLookup: 'id', conversationId: conversation.id }));
		expect(outputOf(back, 'Kapso')[0].json.changed).toEqual([{ id: executions[0].id, workflow: 'Support bot', from: 'handoff', to: 'waiting' }]);
		expect(statuses()).toEqual({ [executions[0].id]: 'waiting', [executions[1].id]: 'running' });
		const end = await run(kapsoNode({ resource: 'handover', operation: 'end', conversationLookup: 'id', conversationId: conversation.id }));
		expect((outputOf(end, 'Kapso')[0].json.changed as IDataObject[]).map((c) => c.from)).toEqual(['waiting', 'running']);
		expect(Object.values(statuses())).toEqual(['ended', 'ended']);
	});

	it('says so, without failing, when there is no conversation or no active execution', async () => {
		sim.addConversation({ phoneNumber: '+254700000099', status: 'ended', executions: ['running'] });
		sim.addConversation({ phoneNumber: '+254700000098', executions: ['ended'] });
		const result = await run(handover('handOver'), [{ phone: '+254700000099' }, { phone: '+254700000098' }]);
		expect(result.status).toBe('success');
		const [none, idle] = outputOf(result, 'Kapso').map((i) => i.json);
		expect(none).toMatchObject({ conversationFound: false, conversationId: null, changed: [], message: 'No active Kapso conversation for +254700000099' });
		expect(idle).toMatchObject({ conversationFound: true, changed: [], message: expect.stringMatching(/^No running or waiting execution/) });
		expect(sim.received('PATCH')).toHaveLength(0);
	});

	it('retries a rate-limited PATCH and still changes each execution once', async () => {
		const { executions } = sim.addConversation({ phoneNumber: '+254700000097', executions: ['running'] });
		sim.inject({ method: 'PATCH', status: 429, retryAfter: 0, times: 2 });
		const result = await run(handover('handOver'), [{ phone: '+254700000097' }]);
		expect(result.status).toBe('success');
		expect(sim.received('PATCH').map((r) => r.status)).toEqual([429, 429, 200]);
		expect(statuses()[executions[0].id]).toBe('handoff');
	});
});
