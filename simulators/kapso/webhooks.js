'use strict';
/**
 * Kapso's side of its webhooks (https://docs.kapso.ai/docs/platform/webhooks/overview): builds the documented bodies, signs them and POSTs them.
 *
 * - Headers: `X-Webhook-Event` (the event name), `X-Webhook-Signature`, `X-Idempotency-Key`, and
 *   `X-Webhook-Batch: true` on buffered batches; `Content-Type: application/json`.
 * - Signature: a bare lower-case hex HMAC-SHA256 of the raw body bytes, keyed with the webhook's secret
 *   (Kapso's SDK, `verifyKapsoWebhookSignature`: the header matches `/^[a-fA-F0-9]{64}$/`; no `sha256=` prefix).
 * - `whatsapp.message.received` (v2): `{message{id,timestamp,type,text{body},kapso{…}}, conversation{…}, phone_number_id}`;
 *   batched: `{type: "whatsapp.message.received", batch: true, data: [ …those objects… ]}`.
 * - `whatsapp.conversation.ended` (v2): `{conversation{…}, phone_number_id}`. GUESSED: the conversation block holds
 *   the fields Kapso's API serves for a conversation (`status: "ended"`, `last_active_at`).
 * - `workflow.execution.handoff` / `.failed`: Kapso's page for these lost its JSON. GUESSED shape:
 *   the execution object of Kapso's API (`GET /platform/v1/workflow_executions/{id}`) under `workflow_execution`,
 *   the v2 `conversation` block and `phone_number_id`, plus `handoff{reason}` or `error{message}`.
 */
const crypto = require('crypto');
const shared = require('../webhooks');

const HANDOFF = 'workflow.execution.handoff';
const FAILED = 'workflow.execution.failed';
const MESSAGE_RECEIVED = 'whatsapp.message.received';
const CONVERSATION_ENDED = 'whatsapp.conversation.ended';

/**
 * @typedef {{ raw: string, body: unknown, headers: Record<string, string> }} KapsoWebhookRequest
 * @typedef {{ secret?: string, idempotencyKey?: string, signature?: string | null, raw?: string,
 *   contentType?: string, omitEvent?: boolean }} DeliveryOptions
 */

const newId = (prefix) => `${prefix}${crypto.randomBytes(6).toString('hex')}`;

function sign(secret, raw) {
	return crypto.createHmac('sha256', secret).update(raw).digest('hex');
}

/** One inbound message as Kapso delivers it (also the element of a batch). */
function messageReceived({
	conversationId = newId('conv_'),
	phoneNumber = '+15551234567',
	phoneNumberId = 'pn_sim_1',
	text = 'Hello, I need a person',
	messageId = `wamid.${crypto.randomBytes(8).toString('hex')}`,
	type = 'text',
	timestamp = String(Math.floor(Date.now() / 1000)),
} = {}) {
	return {
		message: {
			id: messageId,
			timestamp,
			type,
			...(type === 'text' ? { text: { body: text } } : {}),
			kapso: {
				direction: 'inbound',
				status: 'received',
				processing_status: 'pending',
				origin: 'cloud_api',
				has_media: type !== 'text',
				content: text,
				...(phoneNumber ? { phone_number: phoneNumber } : {}),
				phone_number_id: phoneNumberId,
			},
		},
		conversation: {
			id: conversationId,
			...(phoneNumber ? { phone_number: phoneNumber } : {}),
			phone_number_id: phoneNumberId,
			status: 'active',
			last_active_at: new Date().toISOString(),
		},
		phone_number_id: phoneNumberId,
	};
}

/** The conversation ended: closed, or 24 hours without messages. */
function conversationEnded({ conversationId = newId('conv_'), phoneNumber = '+15551234567', phoneNumberId = 'pn_sim_1', lastActiveAt = new Date().toISOString() } = {}) {
	return {
		conversation: {
			id: conversationId,
			...(phoneNumber ? { phone_number: phoneNumber } : {}),
			phone_number_id: phoneNumberId,
			status: 'ended',
			last_active_at: lastActiveAt,
		},
		phone_number_id: phoneNumberId,
	};
}

function messageBatch(messages) {
	return { type: MESSAGE_RECEIVED, batch: true, data: messages };
}

/**
 * A workflow event for one execution. `execution` and `conversation` can be the simulator's own
 * objects (`createKapsoSimulator().addConversation()`), so the ids match what the Kapso API serves.
 */
function workflowEvent(event, { execution = {}, conversation = {}, reason = 'needs_human', error = 'Step "agent" timed out' } = {}) {
	const conversationId = conversation.id || execution.whatsapp_conversation_id || newId('conv_');
	const phoneNumberId = conversation.phone_number_id || 'pn_sim_1';
	return {
		event,
		occurred_at: new Date().toISOString(),
		workflow_execution: {
			id: execution.id || newId('exec_'),
			status: event === HANDOFF ? 'handoff' : 'failed',
			tracking_id: execution.tracking_id || newId('trk_'),
			whatsapp_conversation_id: conversationId,
			started_at: execution.started_at || new Date(Date.now() - 60_000).toISOString(),
			last_event_at: new Date().toISOString(),
			ended_at: event === FAILED ? new Date().toISOString() : null,
			workflow: execution.workflow || { id: 'wf_support', name: 'Support bot', status: 'active' },
			current_step: execution.current_step || { identifier: 'agent', stepable_type: 'AgentStep' },
		},
		conversation: {
			id: conversationId,
			phone_number: conversation.phone_number || '+15551234567',
			phone_number_id: phoneNumberId,
			status: conversation.status || 'active',
		},
		phone_number_id: phoneNumberId,
		...(event === HANDOFF ? { handoff: { reason } } : { error: { message: error } }),
	};
}

const handoff = (options) => workflowEvent(HANDOFF, options);
const failed = (options) => workflowEvent(FAILED, options);

/**
 * The request Kapso would send: `{raw, body, headers}`. `raw` is the exact bytes signed and sent
 * (`options.raw` overrides the serialisation); `options.signature` overrides the signature (null: none).
 * @param {string} event
 * @param {unknown} body
 * @param {DeliveryOptions} [options]
 * @returns {KapsoWebhookRequest}
 */
function webhookRequest(event, body, options = {}) {
	const raw = options.raw !== undefined ? options.raw : JSON.stringify(body);
	const headers = {
		'content-type': options.contentType || 'application/json',
		'x-webhook-event': event,
		'x-idempotency-key': options.idempotencyKey || crypto.randomUUID(),
	};
	const signature = options.signature !== undefined ? options.signature : sign(options.secret, raw);
	if (signature !== null) headers['x-webhook-signature'] = signature;
	if (body && body.batch === true) headers['x-webhook-batch'] = 'true';
	if (options.omitEvent) delete headers['x-webhook-event'];
	return { raw, body, headers };
}

/**
 * POSTs a request from `webhookRequest` to `url`, its `raw` bytes exactly; resolves `{status, body}` (body parsed
 * when JSON). No timeout: Kapso's own retry schedule is not simulated.
 * @param {string} url
 * @param {KapsoWebhookRequest} request
 * @returns {Promise<{ status: number, body: unknown }>}
 */
async function deliver(url, request) {
	const { status, body } = await shared.send(url, request.body, { headers: request.headers, raw: request.raw, timeoutMs: null });
	return { status, body };
}

/**
 * Builds, signs and POSTs one event.
 * @param {string} url
 * @param {string} event
 * @param {unknown} body
 * @param {DeliveryOptions} [options]
 */
async function send(url, event, body, options = {}) {
	return await deliver(url, webhookRequest(event, body, options));
}

module.exports = {
	HANDOFF,
	FAILED,
	MESSAGE_RECEIVED,
	CONVERSATION_ENDED,
	sign,
	messageReceived,
	conversationEnded,
	messageBatch,
	handoff,
	failed,
	webhookRequest,
	deliver,
	send,
};
