import type { IDataObject } from 'n8n-workflow';

import * as kapso from '../simulators/kapso';
import { kapsoTriggerTestbed } from './helpers/kapso-trigger';

const { secret, host, itemsOf, deliverOne } = kapsoTriggerTestbed();

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
		const body = kapso.failed({
			execution: { id: 'exec_9' },
			conversation: { id: 'conv_9', phone_number: '+6281234567890' },
			error: 'Function step crashed',
		});
		const { item } = await deliverOne(kapso.FAILED, body, { idempotencyKey: 'idem-9' });
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
		const body = {
			type: 'workflow.execution.handoff',
			data: { workflow_execution_id: 'exec_f', whatsapp_conversation_id: 'conv_f', customer_phone: '+15550001111', reason: 'vip' },
		};
		const { item } = await deliverOne(kapso.HANDOFF, body);
		expect(item).toMatchObject({ executionId: 'exec_f', sessionId: 'conv_f', userId: '+15550001111', reason: 'vip' });
	});

	it('turns a whatsapp.message.received into one user_message item', async () => {
		const body = kapso.messageReceived({
			conversationId: 'conv_m',
			phoneNumber: '+15551234567',
			text: 'Is anyone there?',
			messageId: 'wamid.1',
			timestamp: '1730092801',
		});
		const { item } = await deliverOne(kapso.MESSAGE_RECEIVED, body, { idempotencyKey: 'idem-m' });
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
		const body = kapso.conversationEnded({ conversationId: 'conv_e', phoneNumber: '+15551234567', lastActiveAt: '2026-11-29T09:00:00Z' });
		const { hosted, item } = await deliverOne(kapso.CONVERSATION_ENDED, body, { idempotencyKey: 'idem-e', parameters: { events: [kapso.CONVERSATION_ENDED] } });
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
		const body = kapso.messageReceived({ conversationId: 'conv_b', phoneNumber: '', type: 'image', text: '[image] receipt' });
		(body.conversation as IDataObject).business_scoped_user_id = 'bsuid_42';
		const { item } = await deliverOne(kapso.MESSAGE_RECEIVED, body);
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
