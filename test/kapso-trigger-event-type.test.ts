/**
 * Kapso's signature covers only the body, so a captured, validly signed body must not become another event
 * by changing the X-Webhook-Event header: the type comes from the signed body where it names one, and the
 * header must fit the body's shape where it does not.
 */
import type { IDataObject } from 'n8n-workflow';

import { EVENT_MISMATCH } from '../nodes/Kapso/trigger/event';
import * as kapso from '../simulators/kapso';
import { outputOf } from './helpers/n8n';
import { canaryKey, credentialRef, credentials, nodeTypes } from './helpers/package';
import type { HostedTrigger } from './helpers/trigger';
import { hostTrigger, triggerWorkflow } from './helpers/trigger';

const secret = canaryKey('kapso_whsec');

let hosted: HostedTrigger;
beforeEach(async () => {
	hosted = await hostTrigger(
		triggerWorkflow({
			name: 'Kapso Trigger',
			type: 'n8n-nodes-handover.kapsoTrigger',
			parameters: {},
			credentials: credentialRef('kapsoHandoverApi'),
		}),
		{
			nodeTypes,
			credentialsHelper: credentials({ kapsoHandoverApi: { webhookSecret: secret } }),
		},
	);
});
afterEach(async () => await hosted.stop());

const without = (body: IDataObject, key: string) => {
	const copy = { ...body };
	delete copy[key];
	return copy;
};
const outbound = () => {
	const body = kapso.messageReceived();
	(body.message.kapso as IDataObject).direction = 'outbound';
	return body;
};

describe('Kapso Trigger: the event type must agree with the signed body', () => {
	it.each([
		['a message sent as a handoff', kapso.HANDOFF, () => kapso.messageReceived()],
		['a message sent as a failure', kapso.FAILED, () => kapso.messageReceived()],
		['a handoff (naming itself) sent as a failure', kapso.FAILED, () => kapso.handoff()],
		['a handoff (naming itself) sent as a message', kapso.MESSAGE_RECEIVED, () => kapso.handoff()],
		['a handoff (naming itself) sent as an event the trigger ignores', 'whatsapp.message.sent', () => kapso.handoff()],
		['a handoff without its name, sent as a failure', kapso.FAILED, () => without(kapso.handoff(), 'event')],
		['a failure without its name, sent as a handoff', kapso.HANDOFF, () => without(kapso.failed(), 'event')],
		['a handoff without its name, sent as a message', kapso.MESSAGE_RECEIVED, () => without(kapso.handoff(), 'event')],
		['a batch of messages sent as a handoff', kapso.HANDOFF, () => kapso.messageBatch([kapso.messageReceived()])],
		["an outbound message (a sent message's body) sent as a received one", kapso.MESSAGE_RECEIVED, outbound],
	])('answers 401 to %s, and starts no execution', async (_name, header, body) => {
		const answer = await kapso.send(hosted.url, header, body(), { secret });
		expect(answer).toEqual({ status: 401, body: { error: EVENT_MISMATCH } });
		await hosted.stop();
		expect(hosted.requests).toBe(1);
		expect(hosted.executions).toHaveLength(0);
	});

	it('takes the type from the body when the header is missing, and accepts a header that agrees', async () => {
		const answers = [
			await kapso.send(hosted.url, kapso.HANDOFF, kapso.handoff({ execution: { id: 'exec_named' } }), { secret, omitEvent: true }),
			await kapso.send(hosted.url, kapso.FAILED, without(kapso.failed({ execution: { id: 'exec_shape' } }), 'event'), { secret }),
			await kapso.send(hosted.url, kapso.MESSAGE_RECEIVED, kapso.messageBatch([kapso.messageReceived({ messageId: 'wamid.batched' })]), { secret }),
		];
		expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
		await hosted.stop();
		const items = hosted.executions.map((run) => outputOf(run, 'Kapso Trigger')[0].json);
		expect(items.map((item) => [item.eventType, item.executionId ?? item.messageId]).sort()).toEqual([
			[kapso.MESSAGE_RECEIVED, 'wamid.batched'],
			[kapso.FAILED, 'exec_shape'],
			[kapso.HANDOFF, 'exec_named'],
		]);
	});
});
