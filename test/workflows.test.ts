import type { IDataObject } from 'n8n-workflow';

import { createChatNationSimulator } from '../simulators/chatnation';
import { createKapsoSimulator } from '../simulators/kapso';
import sample from '../workflows/kapso-whatsapp.json';
import { captureOutput } from './helpers/capture-output';
import type { WorkflowJson } from './helpers/n8n';
import { outputOf, runWorkflow } from './helpers/n8n';
import { canaryKey, credentialRef, credentials, nodeTypes } from './helpers/package';

const kapso = createKapsoSimulator();
const chatNation = createChatNationSimulator();

beforeAll(async () => {
	await kapso.start();
	await chatNation.start();
});
afterAll(async () => {
	await kapso.stop();
	await chatNation.stop();
});
beforeEach(() => {
	kapso.reset();
	chatNation.reset();
});

const CREDENTIAL_OF: Record<string, string> = {
	kapso: 'kapsoHandoverApi',
	kapsoTrigger: 'kapsoHandoverApi',
	chatNation: 'chatNationApi',
};

// The engine here knows this package's nodes only: keep them and the connections between them. The full
// sample, with n8n's own nodes, runs in a real n8n in the end-to-end suite (e2e/samples.e2e.test.js).
const ours = (name: string) => sample.nodes.some((node) => node.name === name && node.type.startsWith('n8n-nodes-handover.'));
const workflow = {
	...sample,
	// Samples carry no credentials; pick them as a user would after importing.
	nodes: sample.nodes
		.filter((node) => ours(node.name))
		.map((node) => ({ ...node, credentials: credentialRef(CREDENTIAL_OF[node.type.split('.')[1]] ?? 'none') })),
	connections: Object.fromEntries(
		Object.entries(sample.connections)
			.filter(([from]) => ours(from))
			.map(([from, { main }]) => [from, { main: main.map((targets) => targets.filter((target) => ours(target.node))) }]),
	),
} as unknown as WorkflowJson;

const input = { phone: '+254712345678', phoneNumberId: 'pn_sim_1' };

/** What the Kapso Trigger emits for an incoming WhatsApp message (see test/kapso-trigger.test.ts). */
function receivedMessage(conversationId: string, text: string) {
	return {
		source: 'kapso',
		event: 'user_message',
		sessionId: conversationId,
		userId: input.phone,
		text,
		confidence: null,
		eventType: 'whatsapp.message.received',
		conversationId,
		phoneNumber: input.phone,
		phoneNumberId: input.phoneNumberId,
	};
}

const run = (helper: ReturnType<typeof credentials>, items: IDataObject[], wf: WorkflowJson = workflow) =>
	runWorkflow(wf, {
		nodeTypes,
		credentialsHelper: helper,
		startNode: 'Kapso Trigger',
		startData: [items.map((json) => ({ json }))],
	});

describe('sample workflow kapso-whatsapp.json in n8n-core: Handover Decision → Kapso → ChatNation', () => {
	it('pauses the Kapso bot, then queues the chat for a ChatNation agent with the Kapso context', async () => {
		const { conversation, executions } = kapso.addConversation({ phoneNumber: input.phone, executions: ['running', 'waiting'] });
		const helper = credentials({
			kapsoHandoverApi: { baseUrl: kapso.url!, apiKey: kapso.apiKey },
			chatNationApi: { baseUrl: chatNation.url!, authentication: 'apiKey', apiKey: chatNation.apiKey },
		});
		const result = await run(helper, [receivedMessage(conversation.id as string, 'Can I talk to a real person?')]);
		expect(result.status).toBe('success');

		expect(kapso.state.executions.map((e: IDataObject) => e.status)).toEqual(['handoff', 'handoff']);
		const [handover] = chatNation.received('POST', '/api/dashboard/agent/integration/handover');
		expect(handover.body).toEqual({
			contactId: input.phone,
			sendHandoverMessage: true,
			issue: 'Can I talk to a real person?',
			context: {
				kapsoConversationId: conversation.id,
				pausedExecutions: executions.map((e: IDataObject) => e.id),
				reason: expect.stringMatching(/User requested a human/),
			},
		});
		expect(outputOf(result, 'Queue for a ChatNation agent')[0].json).toMatchObject({
			contactId: input.phone,
			assigned: false,
			state: 'queued',
			outcome: 'stop',
		});
	});

	it('leaves Kapso and ChatNation alone when the bot can answer', async () => {
		const { conversation } = kapso.addConversation({ phoneNumber: input.phone, executions: ['running'] });
		const helper = credentials({
			kapsoHandoverApi: { baseUrl: kapso.url!, apiKey: kapso.apiKey },
			chatNationApi: { baseUrl: chatNation.url!, authentication: 'apiKey', apiKey: chatNation.apiKey },
		});
		const result = await run(helper, [receivedMessage(conversation.id as string, 'What time do you open tomorrow?')]);
		expect(result.status).toBe('success');
		expect(kapso.requests).toHaveLength(0);
		expect(chatNation.requests).toHaveLength(0);
	});

	it('keeps both keys out of outputs, errors and log lines when the calls fail', async () => {
		const kapsoSecret = canaryKey('kapso');
		const chatNationSecret = canaryKey('wk');
		kapso.state.apiKey = kapsoSecret;
		const helper = credentials({
			kapsoHandoverApi: { baseUrl: kapso.url!, apiKey: kapsoSecret },
			chatNationApi: { baseUrl: chatNation.url!, authentication: 'apiKey', apiKey: chatNationSecret },
		});
		const { conversation } = kapso.addConversation({ phoneNumber: input.phone, executions: ['running'] });
		const items = [receivedMessage(conversation.id as string, 'I want to speak to an agent')];
		// The first run spends all four Kapso attempts on 500s; in the second Kapso works and ChatNation
		// refuses the key (the simulator knows another one).
		kapso.inject({ status: 500, times: 4 });
		const output = captureOutput();
		let failed;
		let continued;
		try {
			failed = await run(helper, items);
			const tolerant = {
				...workflow,
				nodes: workflow.nodes.map((node) => ({ ...node, onError: 'continueRegularOutput' as const })),
			};
			continued = await run(helper, items, tolerant);
		} finally {
			output.stop();
		}
		expect(failed.data.resultData.error?.message).toBe('Kapso answered 500: Internal Server Error (after 4 attempts)');
		expect(outputOf(continued, 'Queue for a ChatNation agent')[0].json.error).toBe('ChatNation answered 401: Invalid API Key');
		// n8n logs node errors: the capture did see them, and they carry no key.
		expect(output.text()).toContain('Kapso answered 500');
		for (const text of [JSON.stringify(failed), JSON.stringify(continued), output.text()]) {
			expect(text).not.toContain(kapsoSecret);
			expect(text).not.toContain(chatNationSecret);
		}
		// The keys did travel, in the headers where they belong.
		expect(kapso.received('GET')[0].headers['x-api-key']).toBe(kapsoSecret);
		expect(chatNation.received('POST')[0].headers['x-api-key']).toBe(chatNationSecret);
	});
});
