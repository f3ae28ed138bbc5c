'use strict';
/**
 * Zoho Desk's side of its webhooks: `emitEvent` delivers an event to every subscribed webhook as Desk does,
 * `send` POSTs events to a URL directly, and `threadAddEvent` / `ticketUpdateEvent` build the bodies.
 * A delivery is a JSON array of events; Zoho wants 200 within 5 s.
 * Not simulated yet: the X-ZDesk-JWT signature on webhook deliveries (pass one in `headers` if a test needs it).
 */
const shared = require('../webhooks');
const { longId } = require('./contract');

const DEADLINE_MS = 5000;

/**
 * Returns `emitEvent` for `sim`: sends an event to every enabled webhook subscribed to it, as Zoho does: a JSON
 * array, 5 s to answer 200. Events honour department and direction filters and `ignoreSourceId` (matched against
 * the `sourceId` header of the call that caused them). For update events, `changed` lists the changed fields (a
 * `fields` filter sends the event only when one of them changed) and `prevState` (guess: the old values of the
 * changed fields only) goes to the webhooks that asked for it with `includePrevState`.
 * Each delivery is recorded in `sim.state.deliveries` with a `done` promise.
 * @param {import('../core').Simulator} sim
 */
function createEmitter(sim) {
	function emitEvent(eventType, payload, { departmentId, direction, sourceId, changed, prevState } = {}) {
		const targets = sim.state.webhooks.filter((w) => {
			if (!w.isEnabled || !(eventType in w.subscriptions)) return false;
			if (sourceId && w.ignoreSourceId && sourceId === w.ignoreSourceId) return false;
			const filter = w.subscriptions[eventType];
			if (!filter) return true;
			if (filter.departmentIds && !filter.departmentIds.map(String).includes(String(departmentId))) return false;
			if (filter.direction && direction && filter.direction !== direction) return false;
			if (filter.fields && filter.fields.length && changed && !filter.fields.some((f) => changed.includes(f))) return false;
			return true;
		});
		const event = { eventType, orgId: sim.state.orgId, eventTime: String(Date.now()), payload };
		for (const webhook of targets) {
			const delivery = { webhookId: webhook.id, eventType, status: null, elapsedMs: null };
			sim.state.deliveries.push(delivery);
			const withPrevState = prevState && webhook.subscriptions[eventType]?.includePrevState === true;
			delivery.done = shared.send(webhook.url, [withPrevState ? { ...event, prevState } : event], { timeoutMs: DEADLINE_MS }).then(
				(result) => Object.assign(delivery, { status: result.status, elapsedMs: result.elapsedMs }),
				() => Object.assign(delivery, { status: 0 }),
			);
		}
		return targets.length;
	}

	return emitEvent;
}

/**
 * POSTs a Zoho Desk webhook delivery: a JSON array of events (a single event is wrapped).
 * @param {string} url
 * @param {object | object[]} events
 * @param {{headers?: Record<string, string>}} [options]
 * @returns {Promise<{status: number, body: any, elapsedMs: number, withinDeadline: boolean, timedOut?: boolean}>}
 */
async function send(url, events, { headers = {} } = {}) {
	const result = await shared.send(url, Array.isArray(events) ? events : [events], { headers, timeoutMs: DEADLINE_MS });
	return { ...result, withinDeadline: result.elapsedMs <= DEADLINE_MS && result.status === 200 };
}

/**
 * A Ticket_Thread_Add event (zohodesk-oas v1.0/Webhook.json) for `send`.
 * @param {{ticketId: string, content?: string, authorName?: string, direction?: 'in' | 'out', orgId?: string,
 *   contentType?: 'html' | 'plainText', channel?: string, threadId?: string}} fields
 */
function threadAddEvent(fields) {
	const { ticketId, content = 'Hello from the agent', authorName = 'Agent Amina', direction = 'out' } = fields;
	const { orgId = '700000001', contentType = 'plainText', channel = 'EMAIL', threadId } = fields;
	const now = Date.now();
	return {
		eventType: 'Ticket_Thread_Add',
		orgId,
		eventTime: String(now),
		payload: {
			id: threadId || longId(900000 + Math.floor(Math.random() * 99999)),
			ticketId,
			content,
			contentType,
			direction,
			author: { name: authorName, type: direction === 'out' ? 'AGENT' : 'END_USER' },
			channel,
			createdTime: new Date(now).toISOString(),
		},
	};
}

/**
 * A Ticket_Update event for `send`: the payload is the ticket; `prevState` (the old values of the changed
 * fields, a guess at its shape) only when given, as for a webhook subscribed with `includePrevState`.
 * @param {{ticketId: string, status?: string, prevState?: object, cf?: object, subject?: string, orgId?: string,
 *   eventTime?: string}} fields
 */
function ticketUpdateEvent(fields) {
	const { ticketId, status = 'Closed', prevState, cf = {}, subject = 'Chat handover', orgId = '700000001' } = fields;
	const eventTime = fields.eventTime || String(Date.now());
	const statusType = /closed/i.test(status) ? 'Closed' : /hold/i.test(status) ? 'On Hold' : 'Open';
	const modifiedTime = new Date(Number(eventTime)).toISOString();
	return {
		eventType: 'Ticket_Update',
		orgId,
		eventTime,
		payload: {
			id: ticketId,
			subject,
			status,
			statusType,
			closedTime: statusType === 'Closed' ? modifiedTime : null,
			cf,
			customFields: Object.fromEntries(Object.entries(cf).map(([k, v]) => [k.replace(/^cf_/, ''), v])),
			modifiedTime,
		},
		...(prevState ? { prevState } : {}),
	};
}

module.exports = { createEmitter, send, threadAddEvent, ticketUpdateEvent };
