import type { IDataObject } from 'n8n-workflow';

import { createChatNationSimulator } from '../simulators/chatnation';
import { createKapsoSimulator } from '../simulators/kapso';
import sample from '../workflows/kapso-to-chatnation.json';
import { captureOutput } from './helpers/capture-output';
import type { WorkflowJson } from './helpers/n8n';
import { outputOf, runWorkflow } from './helpers/n8n';
import { canaryKey, credentials, nodeTypes } from './helpers/package';

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

// The sample's sticky note is documentation only; the engine runs the other nodes.
const workflow = {
	...sample,
	nodes: sample.nodes.filter((node) => node.type !== 'n8n-nodes-base.stickyNote'),
} as unknown as WorkflowJson;

const input = { phone: '+254712345678', phoneNumberId: 'pn_sim_1', name: 'Jane User', issue: 'Refund not received' };

describe('sample workflow: Kapso Hand Over to Human → ChatNation Hand Over', () => {
	it('pauses the Kapso bot, then queues the chat for a ChatNation agent with the Kapso context', async () => {
		const { conversation, executions } = kapso.addConversation({ phoneNumber: input.phone, executions: ['running', 'waiting'] });
		const helper = credentials({
			kapsoHandoverApi: { baseUrl: kapso.url!, apiKey: kapso.apiKey },
			chatNationApi: { baseUrl: chatNation.url!, authentication: 'apiKey', apiKey: chatNation.apiKey },
		});
		const run = await runWorkflow(workflow, { nodeTypes, credentialsHelper: helper, items: [input] });
		expect(run.status).toBe('success');

		expect(kapso.state.executions.map((e: IDataObject) => e.status)).toEqual(['handoff', 'handoff']);
		const [handover] = chatNation.received('POST', '/api/dashboard/agent/integration/handover');
		expect(handover.body).toEqual({
			contactId: input.phone,
			sendHandoverMessage: true,
			name: input.name,
			issue: input.issue,
			context: { kapsoConversationId: conversation.id, pausedExecutions: executions.map((e: IDataObject) => e.id) },
		});
		expect(outputOf(run, 'Queue for a ChatNation agent')[0].json).toMatchObject({
			contactId: input.phone,
			status: 'unassigned',
			id: expect.stringMatching(/^session-/),
		});
	});

	it('keeps both keys out of outputs, errors and log lines when the calls fail', async () => {
		const kapsoSecret = canaryKey('kapso');
		const chatNationSecret = canaryKey('wk');
		kapso.state.apiKey = kapsoSecret;
		const helper = credentials({
			kapsoHandoverApi: { baseUrl: kapso.url!, apiKey: kapsoSecret },
			chatNationApi: { baseUrl: chatNation.url!, authentication: 'apiKey', apiKey: chatNationSecret },
		});
		kapso.addConversation({ phoneNumber: input.phone, executions: ['running'] });
		// The first run spends all four Kapso attempts on 500s; in the second Kapso works and ChatNation
		// refuses the key (the simulator knows another one).
		kapso.inject({ status: 500, times: 4 });
		const output = captureOutput();
		let failed;
		let continued;
		try {
			failed = await runWorkflow(workflow, { nodeTypes, credentialsHelper: helper, items: [input] });
			const tolerant = {
				...workflow,
				nodes: workflow.nodes.map((node) => ({ ...node, onError: 'continueRegularOutput' as const })),
			};
			continued = await runWorkflow(tolerant, { nodeTypes, credentialsHelper: helper, items: [input] });
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
