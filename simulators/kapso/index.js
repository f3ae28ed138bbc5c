'use strict';
/**
 * Kapso (https://docs.kapso.ai): X-API-Key on every call; Platform API errors are {error: "..."}, the Meta proxy's
 * are Meta-shaped. Routes follow Kapso's API reference, not a documentation-page address:
 *   GET   /meta/whatsapp/v24.0/{phone_number_id}/conversations          (cursor paging, most recent first)
 *   GET   /platform/v1/whatsapp/conversations/{id}/flow_executions      (page/per_page or limit/after)
 *   GET   /platform/v1/workflow_executions/{id}
 *   PATCH /platform/v1/workflow_executions/{id}  {"workflow_execution":{"status":"handoff"|"waiting"|"ended"}}
 *   GET   /platform/v1/whatsapp/phone_numbers                            (the credential test)
 *   POST  /meta/whatsapp/v24.0/{phone_number_id}/messages                 (a text; Meta's body and answer)
 * `state.executionsPagination` picks which of the two documented pagination styles the executions list uses.
 */
const { Simulator, HttpError, requireObject, onlyKeys, newId } = require('../core');
const webhooks = require('./webhooks');

const TARGETS = ['ended', 'handoff', 'waiting'];
const TERMINAL = ['ended', 'failed'];
const EXECUTION_STATUSES = ['running', 'waiting', 'ended', 'failed', 'handoff'];
const E164 = /^\+?[1-9]\d{6,14}$/;

const cursor = (offset) => Buffer.from(String(offset)).toString('base64url');
const offsetOf = (value) => {
	const offset = Number(Buffer.from(String(value), 'base64url').toString('utf8'));
	if (!Number.isInteger(offset) || offset < 0) throw new HttpError(400, 'Invalid cursor');
	return offset;
};

function sizeParam(value, fallback, name) {
	if (value === undefined) return fallback;
	const size = Number(value);
	if (!Number.isInteger(size) || size < 1 || size > 100) throw new HttpError(400, `${name} must be between 1 and 100`);
	return size;
}

function cursorPage(all, query, path) {
	const limit = sizeParam(query.limit, 20, 'limit');
	const start = query.after !== undefined ? offsetOf(query.after) : query.before !== undefined ? Math.max(0, offsetOf(query.before) - limit) : 0;
	const data = all.slice(start, start + limit);
	const more = start + limit < all.length;
	return {
		data,
		paging: {
			cursors: { before: cursor(start), after: cursor(start + data.length) },
			...(more ? { next: `${path}?limit=${limit}&after=${cursor(start + data.length)}` } : {}),
			...(start > 0 ? { previous: `${path}?limit=${limit}&before=${cursor(start)}` } : {}),
		},
	};
}

function numberedPage(all, query) {
	const perPage = sizeParam(query.per_page, 20, 'per_page');
	const page = query.page === undefined ? 1 : Number(query.page);
	if (!Number.isInteger(page) || page < 1) throw new HttpError(400, 'page must be a positive integer');
	const totalPages = Math.max(1, Math.ceil(all.length / perPage));
	return {
		data: all.slice((page - 1) * perPage, page * perPage),
		meta: { page, per_page: perPage, total_pages: totalPages, total_count: all.length },
	};
}

/**
 * Meta's text message, as Kapso's send-message API documents it:
 * https://docs.kapso.ai/api/meta/whatsapp/messages/send-a-message.md ; text.body is at most 4096 characters
 * (https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages#text-object). Meta answers a bad
 * body with 400 and code 100 ("Invalid parameter"). `recipient` (a BSUID instead of `to`) is not simulated.
 */
function validTextMessage(body) {
	const invalid = (what) => new HttpError(400, `(#100) Invalid parameter: ${what}`, { meta: true, code: 100 });
	const message = requireObject(body, 'Request body');
	const extra = Object.keys(message).find((key) => !['messaging_product', 'recipient_type', 'to', 'type', 'text'].includes(key));
	if (extra) throw invalid(`unexpected key "${extra}"`);
	if (message.messaging_product !== 'whatsapp') throw invalid('messaging_product must be "whatsapp"');
	if (message.recipient_type !== undefined && message.recipient_type !== 'individual') throw invalid('recipient_type must be "individual"');
	if (typeof message.to !== 'string' || !/^\+?[1-9]\d{6,14}$/.test(message.to)) throw invalid('to must be a phone number');
	if (message.type !== 'text') throw invalid('type must be "text"');
	const text = message.text;
	if (!text || typeof text !== 'object' || Array.isArray(text)) throw invalid('text must be an object');
	const unknown = Object.keys(text).find((key) => !['body', 'preview_url'].includes(key));
	if (unknown) throw invalid(`unexpected key "text.${unknown}"`);
	if (typeof text.body !== 'string' || text.body.trim() === '') throw invalid('text.body is required');
	if ([...text.body].length > 4096) throw invalid('text.body must be at most 4096 characters');
	if (text.preview_url !== undefined && typeof text.preview_url !== 'boolean') throw invalid('text.preview_url must be a boolean');
	return message;
}

// GUESS: Meta documents the 24-hour window and error 131047 ("Re-engagement message",
// https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes) but usually reports it in a failed-status
// webhook. Here Kapso refuses the send itself with 400, measured from the conversation's last inbound message;
// a number with no conversation has no open window.
const WINDOW_MS = 24 * 60 * 60 * 1000;
const OUTSIDE_WINDOW = 'Message failed to send because more than 24 hours have passed since the customer last replied to this number.';

const byRecent = (field) => (a, b) => String(b[field]).localeCompare(String(a[field]));

function createKapsoSimulator(options = {}) {
	const sim = new Simulator({
		name: 'kapso',
		errorBody: (status, message, extra) =>
			extra.meta
				? { error: { message, type: 'OAuthException', code: extra.code ?? (status === 404 ? 100 : status), ...(extra.details ? { error_data: { messaging_product: 'whatsapp', details: extra.details } } : {}) } }
				: { error: message },
		seed: (state) => {
			state.apiKey = options.apiKey || 'kapso_simulated_key';
			state.executionsPagination = options.executionsPagination || 'page';
			state.phoneNumbers = [
				{ id: 'pn_sim_1', phone_number_id: 'pn_sim_1', display_name: 'Handover Demo', display_phone_number: '+1 555 000 1111', verified_name: 'Handover Demo' },
			];
			state.conversations = [];
			state.executions = [];
			state.lastInboundAt = {};
			state.messages = [];
		},
	});

	sim.authenticate(({ headers, state }) => {
		if (!headers['x-api-key']) throw new HttpError(401, 'API key is missing');
		if (headers['x-api-key'] !== state.apiKey) throw new HttpError(401, 'Invalid API key');
	});

	const findExecution = (state, id) => {
		const execution = state.executions.find((e) => e.id === id);
		if (!execution) throw new HttpError(404, `Workflow execution ${id} not found`);
		return execution;
	};

	sim.route('GET', '/platform/v1/whatsapp/phone_numbers', { query: ['page', 'per_page'] }, ({ query, state }) => ({
		status: 200,
		body: numberedPage(state.phoneNumbers, query),
	}));

	sim.route(
		'GET',
		'/meta/whatsapp/v24.0/:phoneNumberId/conversations',
		{ query: ['phone_number', 'status', 'last_active_since', 'last_active_until', 'assigned_user_id', 'unassigned', 'limit', 'after', 'before', 'fields'] },
		({ params, query, state }) => {
			if (!state.phoneNumbers.some((p) => p.id === params.phoneNumberId)) {
				throw new HttpError(404, `Unsupported get request. Object with ID '${params.phoneNumberId}' does not exist`, { meta: true });
			}
			if (query.phone_number !== undefined && !E164.test(query.phone_number)) {
				throw new HttpError(400, 'Invalid parameter: phone_number must be in E.164 format', { meta: true });
			}
			if (query.status !== undefined && !['active', 'ended'].includes(query.status)) {
				throw new HttpError(400, 'Invalid parameter: status must be active or ended', { meta: true });
			}
			const digits = (query.phone_number || '').replace(/\D/g, '');
			const matches = state.conversations
				.filter((c) => c.phone_number_id === params.phoneNumberId)
				.filter((c) => !digits || c.phone_number.replace(/\D/g, '') === digits)
				.filter((c) => !query.status || c.status === query.status)
				.sort(byRecent('last_active_at'));
			return { status: 200, body: cursorPage(matches, query, `/meta/whatsapp/v24.0/${params.phoneNumberId}/conversations`) };
		},
	);

	sim.route(
		'GET',
		'/platform/v1/whatsapp/conversations/:conversationId/flow_executions',
		{ query: ['status', 'page', 'per_page', 'limit', 'after', 'before'] },
		({ params, query, state }) => {
			if (!state.conversations.some((c) => c.id === params.conversationId)) {
				throw new HttpError(404, `WhatsApp conversation ${params.conversationId} not found`);
			}
			if (query.status !== undefined && !EXECUTION_STATUSES.includes(query.status)) {
				throw new HttpError(400, `status must be one of ${EXECUTION_STATUSES.join(', ')}`);
			}
			const all = state.executions
				.filter((e) => e.whatsapp_conversation_id === params.conversationId)
				.filter((e) => !query.status || e.status === query.status)
				.sort(byRecent('started_at'));
			const path = `/platform/v1/whatsapp/conversations/${params.conversationId}/flow_executions`;
			return { status: 200, body: state.executionsPagination === 'cursor' ? cursorPage(all, query, path) : numberedPage(all, query) };
		},
	);

	sim.route('GET', '/platform/v1/workflow_executions/:id', {}, ({ params, state }) => ({
		status: 200,
		body: { data: findExecution(state, params.id) },
	}));

	sim.route('PATCH', '/platform/v1/workflow_executions/:id', {}, ({ params, body, state }) => {
		const execution = findExecution(state, params.id);
		const payload = requireObject(body, 'Request body', 422);
		onlyKeys(payload, ['workflow_execution'], 422);
		const update = requireObject(payload.workflow_execution, 'workflow_execution', 422);
		onlyKeys(update, ['status'], 422);
		if (!TARGETS.includes(update.status)) throw new HttpError(422, `Status must be one of: ${TARGETS.join(', ')}`);
		if (TERMINAL.includes(execution.status)) {
			throw new HttpError(422, `Invalid status transition from ${execution.status} to ${update.status}`);
		}
		const now = new Date().toISOString();
		execution.status = update.status;
		execution.last_event_at = now;
		if (update.status === 'ended') execution.ended_at = now;
		return { status: 200, body: { data: execution } };
	});

	sim.route('POST', '/meta/whatsapp/v24.0/:phoneNumberId/messages', {}, ({ params, body, state }) => {
		if (!state.phoneNumbers.some((p) => p.id === params.phoneNumberId)) {
			throw new HttpError(404, `Unsupported post request. Object with ID '${params.phoneNumberId}' does not exist`, { meta: true });
		}
		const message = validTextMessage(body);
		const digits = message.to.replace(/\D/g, '');
		const conversation = state.conversations
			.filter((c) => c.phone_number_id === params.phoneNumberId && c.phone_number.replace(/\D/g, '') === digits)
			.sort((a, b) => String(state.lastInboundAt[b.id]).localeCompare(String(state.lastInboundAt[a.id])))[0];
		const lastInbound = conversation && Date.parse(state.lastInboundAt[conversation.id]);
		if (!lastInbound || Date.now() - lastInbound > WINDOW_MS) {
			throw new HttpError(400, '(#131047) Re-engagement message', { meta: true, code: 131047, details: OUTSIDE_WINDOW });
		}
		const id = `wamid.${newId('')}`;
		state.messages.push({ id, phone_number_id: params.phoneNumberId, to: digits, text: message.text.body, preview_url: message.text.preview_url ?? false });
		return { status: 200, body: { messaging_product: 'whatsapp', contacts: [{ input: message.to, wa_id: digits }], messages: [{ id }] } };
	});

	/**
	 * Adds a conversation with workflow executions in the given statuses (most recent first).
	 * `lastInboundAt` (default now) is when the customer last wrote: it opens the 24-hour window for free-form text.
	 * @param {{phoneNumber: string, phoneNumberId?: string, status?: string, executions?: string[], lastActiveAt?: string, lastInboundAt?: string}} spec
	 */
	function addConversation({ phoneNumber, phoneNumberId = 'pn_sim_1', status = 'active', executions = [], lastActiveAt, lastInboundAt }) {
		const conversation = {
			id: newId('conv_'),
			phone_number: phoneNumber,
			phone_number_id: phoneNumberId,
			status,
			last_active_at: lastActiveAt || new Date(Date.now() - sim.state.conversations.length * 1000).toISOString(),
		};
		sim.state.conversations.push(conversation);
		sim.state.lastInboundAt[conversation.id] = lastInboundAt || new Date().toISOString();
		const created = executions.map((executionStatus, index) => {
			const execution = {
				id: newId('exec_'),
				status: executionStatus,
				tracking_id: newId('trk_'),
				whatsapp_conversation_id: conversation.id,
				started_at: new Date(Date.now() - (index + 1) * 60_000).toISOString(),
				last_event_at: new Date().toISOString(),
				ended_at: TERMINAL.includes(executionStatus) ? new Date().toISOString() : null,
				workflow: { id: 'wf_support', name: 'Support bot', status: 'active' },
				current_step: { identifier: 'agent', stepable_type: 'AgentStep' },
			};
			sim.state.executions.push(execution);
			return execution;
		});
		return { conversation, executions: created };
	}

	return Object.assign(sim, { apiKey: sim.state.apiKey, phoneNumberId: 'pn_sim_1', addConversation });
}

module.exports = { createKapsoSimulator, ...webhooks };
