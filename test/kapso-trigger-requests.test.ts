import type { IDataObject } from 'n8n-workflow';

import * as kapso from '../simulators/kapso';
import { kapsoTriggerTestbed } from './helpers/kapso-trigger';
import { outputOf } from './helpers/n8n';
import { credentialRef, nodeTypes } from './helpers/package';
import { hostTrigger, triggerWorkflow } from './helpers/trigger';

const { secret, sim, state, credentials, triggerNode, keep, host, itemsOf, expectOnlyTheNextExecution } = kapsoTriggerTestbed();

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

	/** A whatsapp.message.received body whose conversation or message has no id. */
	const messageWithoutId = (part: 'conversation' | 'message') => {
		const body = kapso.messageReceived();
		delete (body[part] as IDataObject).id;
		return body;
	};
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
			() => kapso.webhookRequest(kapso.MESSAGE_RECEIVED, messageWithoutId('conversation'), { secret }),
			'Missing required field: conversation.id',
		],
		[
			'a message without message id',
			() => kapso.webhookRequest(kapso.MESSAGE_RECEIVED, messageWithoutId('message'), { secret }),
			'Missing required field: message.id',
		],
		[
			'a batch whose second message has no id',
			() => kapso.webhookRequest(kapso.MESSAGE_RECEIVED, kapso.messageBatch([kapso.messageReceived(), messageWithoutId('message')]), { secret }),
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
		const trigger = keep(
			await hostTrigger(
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
			{ nodeTypes, credentialsHelper: credentials(state.credentialData), trigger: 'Kapso Trigger' },
		),
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
