import type { IDataObject } from 'n8n-workflow';

import type { HandoverEventName } from '../../shared/handoverEvent';
import { handoverEvent } from '../../shared/handoverEvent';
import { badRequest, fieldAt, isObject, optionalId, optionalText, unauthorized } from '../../shared/webhook';

export const HANDOFF = 'workflow.execution.handoff';
export const FAILED = 'workflow.execution.failed';
export const MESSAGE_RECEIVED = 'whatsapp.message.received';
export const CONVERSATION_ENDED = 'whatsapp.conversation.ended';

export const KAPSO_EVENTS: Array<{ name: string; value: string; description: string }> = [
	{
		name: 'Chat Handed to a Human',
		value: HANDOFF,
		description: 'A workflow handed the chat to a human agent (workflow.execution.handoff, project webhook)',
	},
	{
		name: 'Conversation Ended',
		value: CONVERSATION_ENDED,
		description:
			'A WhatsApp conversation ended: closed by an agent or by hand, or 24 hours without messages (whatsapp.conversation.ended, phone-number webhook)',
	},
	{
		name: 'Customer Message',
		value: MESSAGE_RECEIVED,
		description:
			'A customer wrote on WhatsApp (whatsapp.message.received, phone-number webhook; batched deliveries give one item per message)',
	},
	{
		name: 'Workflow Failed',
		value: FAILED,
		description: "A workflow's execution failed and a person should look (workflow.execution.failed, project webhook)",
	},
];

const NORMALISED: Record<string, HandoverEventName> = {
	[HANDOFF]: 'handover_requested',
	[FAILED]: 'handover_failed',
	[MESSAGE_RECEIVED]: 'user_message',
	[CONVERSATION_ENDED]: 'conversation_ended',
};

export const isKnownEvent = (eventType: string): boolean => NORMALISED[eventType] !== undefined;

/** The 401 reason when the unsigned X-Webhook-Event header disagrees with the signed body. */
export const EVENT_MISMATCH = 'Unauthorized: X-Webhook-Event does not match the signed body';

// The execution status each workflow event leaves behind (https://docs.kapso.ai/docs/flows/step-types/handoff-node).
const EXECUTION_STATUS: Record<string, string> = { [HANDOFF]: 'handoff', [FAILED]: 'failed' };

/** Whether the body's shape contradicts `eventType`, so that a swapped header cannot turn one event into another. */
function contradicts(eventType: string, body: IDataObject): boolean {
	if (eventType === CONVERSATION_ENDED) return isObject(body.message) || isObject(body.workflow_execution);
	if (eventType === MESSAGE_RECEIVED) {
		// Sent, delivered and read messages carry the same `message` object, marked outbound.
		const direction = fieldAt(body, 'message.kapso.direction');
		return isObject(body.workflow_execution) || (direction !== undefined && direction !== 'inbound');
	}
	const expected = EXECUTION_STATUS[eventType];
	if (expected === undefined) return false;
	const source = executionBody(body);
	const status = fieldAt(source, 'workflow_execution.status');
	// Only the other event's status contradicts: an execution may have moved on (e.g. to `ended`) since.
	const otherStatus = Object.values(EXECUTION_STATUS).filter((value) => value !== expected);
	return isObject(source.message) || otherStatus.includes(status as string);
}

/**
 * The delivery's event type. Kapso signs only the body, so the X-Webhook-Event header is taken only where it
 * agrees with the body: with the type the body names (batches carry `type`,
 * https://docs.kapso.ai/docs/platform/webhooks/advanced; workflow events `event`), else with its shape. A
 * contradiction is a 401 like a bad signature: the claim the header makes is not signed.
 */
export function eventTypeOf(header: string | undefined, body: IDataObject): string {
	const named = [body.type, body.event].find((value) => typeof value === 'string' && value !== '') as string | undefined;
	if (header !== undefined && named !== undefined && header !== named) throw unauthorized(EVENT_MISMATCH);
	const eventType = named ?? header;
	if (!eventType) throw badRequest('Missing event type: the X-Webhook-Event header');
	if (contradicts(eventType, body)) throw unauthorized(EVENT_MISMATCH);
	return eventType;
}

/** The first of several spellings that holds a non-empty string (or number). */
function firstText(body: IDataObject, paths: string[]): string | null {
	for (const path of paths) {
		const value = optionalText(fieldAt(body, path));
		if (value !== null && value.trim() !== '') return value;
	}
	return null;
}

/** The first spelling present; a 400 names it when its value is not a usable ID. */
function firstId(body: IDataObject, paths: string[], prefix = ''): string | null {
	for (const path of paths) {
		const id = optionalId(body, path, { prefix });
		if (id !== null) return id;
	}
	return null;
}

function requiredFirstId(body: IDataObject, paths: string[], prefix = ''): string {
	const id = firstId(body, paths, prefix);
	if (id === null) throw badRequest(`Missing required field: ${prefix}${paths[0]}`);
	return id;
}

/**
 * Kapso's documentation page for the workflow events lost its JSON, so the spellings below cover
 * the execution object of Kapso's API (`workflow_execution{id, whatsapp_conversation_id, workflow}`)
 * and the flat `*_id` forms public integrations read. A 400 names the first spelling.
 */
const EXECUTION_PATHS = {
	executionId: ['workflow_execution.id', 'execution.id', 'workflow_execution_id', 'execution_id'],
	conversationId: [
		'conversation.id',
		'workflow_execution.whatsapp_conversation_id',
		'whatsapp_conversation_id',
		'conversation_id',
	],
	phoneNumber: ['conversation.phone_number', 'phone_number', 'customer_phone', 'customer_phone_number'],
	phoneNumberId: ['phone_number_id', 'conversation.phone_number_id'],
	workflowId: ['workflow_execution.workflow.id', 'workflow.id', 'workflow_id'],
	workflowName: ['workflow_execution.workflow.name', 'workflow.name'],
	trackingId: ['workflow_execution.tracking_id', 'tracking_id'],
	reason: ['handoff.reason', 'reason'],
	error: ['error.message', 'workflow_execution.error_details.message', 'error_message', 'error'],
};

/** Some integrations wrap the event as `{type, data: {…}}`; the fields are then inside `data`. */
function executionBody(body: IDataObject): IDataObject {
	const data = body.data;
	return isObject(data) && !isObject(body.workflow_execution) ? data : body;
}

function executionItem(eventType: string, body: IDataObject, idempotencyKey: string | null): IDataObject {
	const source = executionBody(body);
	const field = (paths: string[]) => firstText(source, paths);
	const id = (paths: string[]) => firstId(source, paths);
	const executionId = requiredFirstId(source, EXECUTION_PATHS.executionId);
	const conversationId = requiredFirstId(source, EXECUTION_PATHS.conversationId);
	const phoneNumber = id(EXECUTION_PATHS.phoneNumber);
	const reason = eventType === HANDOFF ? field(EXECUTION_PATHS.reason) : null;
	const error = eventType === FAILED ? field(EXECUTION_PATHS.error) : null;
	return handoverEvent(
		{
			source: 'kapso',
			event: NORMALISED[eventType],
			sessionId: conversationId,
			userId: phoneNumber,
			text: reason ?? error,
			raw: body,
		},
		{
			eventType,
			conversationId,
			phoneNumber,
			phoneNumberId: id(EXECUTION_PATHS.phoneNumberId),
			executionId,
			workflowId: id(EXECUTION_PATHS.workflowId),
			workflowName: field(EXECUTION_PATHS.workflowName),
			trackingId: id(EXECUTION_PATHS.trackingId),
			reason,
			error,
			messageId: null,
			messageType: null,
			messageTimestamp: null,
			idempotencyKey,
		},
	);
}

/** One `whatsapp.message.received` payload (v2: `{message, conversation, phone_number_id}`). */
function messageItem(
	payload: unknown,
	where: string,
	idempotencyKey: string | null,
	batch: IDataObject | null,
): IDataObject {
	if (!isObject(payload)) throw badRequest(`Missing required field: ${where || 'body'} (a message object)`);
	const field = (paths: string[]) => firstText(payload, paths);
	const id = (paths: string[]) => firstId(payload, paths, where);
	const conversationId = requiredFirstId(payload, ['conversation.id'], where);
	const messageId = requiredFirstId(payload, ['message.id'], where);
	// Kapso is moving to business-scoped user IDs: the phone number may be absent.
	const phoneNumber = id(['conversation.phone_number', 'message.kapso.phone_number', 'message.from']);
	const userId = phoneNumber ?? id(['conversation.business_scoped_user_id']);
	return handoverEvent(
		{
			source: 'kapso',
			event: 'user_message',
			sessionId: conversationId,
			userId,
			text: field(['message.text.body', 'message.kapso.content']),
			raw: payload,
		},
		{
			eventType: MESSAGE_RECEIVED,
			conversationId,
			phoneNumber,
			phoneNumberId: id(['phone_number_id', 'conversation.phone_number_id', 'message.kapso.phone_number_id']),
			executionId: null,
			workflowId: null,
			messageId,
			messageType: field(['message.type']),
			messageTimestamp: field(['message.timestamp']),
			idempotencyKey,
			...(batch ? { batch } : {}),
		},
	);
}

function messageItems(body: IDataObject, isBatch: boolean, idempotencyKey: string | null): IDataObject[] {
	if (!isBatch) return [messageItem(body, '', idempotencyKey, null)];
	const messages = body.data;
	if (!Array.isArray(messages)) throw badRequest('Missing required field: data (the messages of the batch)');
	return messages.map((payload, index) =>
		messageItem(payload, `data[${index}].`, idempotencyKey, { index, size: messages.length }),
	);
}

/**
 * One `whatsapp.conversation.ended` payload: the v2 `conversation` block and `phone_number_id`
 * (https://docs.kapso.ai/docs/platform/webhooks/message-events); the conversation fields are those Kapso's API
 * serves for a conversation (`status`, `last_active_at`).
 */
function conversationItem(body: IDataObject, idempotencyKey: string | null): IDataObject {
	const conversationId = requiredFirstId(body, ['conversation.id']);
	const phoneNumber = firstId(body, ['conversation.phone_number']);
	return handoverEvent(
		{
			source: 'kapso',
			event: 'conversation_ended',
			sessionId: conversationId,
			userId: phoneNumber ?? firstId(body, ['conversation.business_scoped_user_id']),
			text: null,
			raw: body,
		},
		{
			eventType: CONVERSATION_ENDED,
			conversationId,
			phoneNumber,
			phoneNumberId: firstId(body, ['phone_number_id', 'conversation.phone_number_id']),
			executionId: null,
			workflowId: null,
			messageId: null,
			conversationStatus: firstText(body, ['conversation.status']),
			lastActiveAt: firstText(body, ['conversation.last_active_at']),
			idempotencyKey,
		},
	);
}

/** The output items for one delivery of a known Kapso event. */
export function eventItems(
	eventType: string,
	body: IDataObject,
	isBatch: boolean,
	idempotencyKey: string | null,
): IDataObject[] {
	if (eventType === MESSAGE_RECEIVED) return messageItems(body, isBatch, idempotencyKey);
	if (eventType === CONVERSATION_ENDED) return [conversationItem(body, idempotencyKey)];
	return [executionItem(eventType, body, idempotencyKey)];
}
