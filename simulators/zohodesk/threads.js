'use strict';
/**
 * What is written on a ticket: POST /api/v1/tickets/{id}/comments, GET /api/v1/tickets/{id}/threads, and
 * `addThread` (an agent's reply, for tests). A comment added through the API sends Ticket_Comment_Add and a thread
 * Ticket_Thread_Add, through `emitEvent` (webhooks.js); the comment's `sourceId` header is kept for `ignoreSourceId`.
 */
const { intParam, invalidData, longId } = require('./contract');

/**
 * Adds the comment and thread routes to `sim`, declared through `desk`; returns `addThread`.
 * @param {import('../core').Simulator} sim
 * @param {{desk: Function, listOrEmpty: Function, nextId: () => string, findTicket: Function, emitEvent: Function}} deps
 */
function routeThreads(sim, { desk, listOrEmpty, nextId, findTicket, emitEvent }) {
	desk('POST', '/api/v1/tickets/:ticketId/comments', { scopes: [['Desk.tickets.CREATE'], ['Desk.tickets.UPDATE']] }, ({ params, body, headers, state }) => {
		const ticket = findTicket(state, params.ticketId);
		if (!body || typeof body !== 'object' || Array.isArray(body)) throw invalidData('/', 'invalid', 'The body must be a JSON object');
		for (const key of Object.keys(body)) {
			if (!['content', 'contentType', 'isPublic', 'attachmentIds'].includes(key)) throw invalidData(`/${key}`, 'invalid', `Extra field '${key}' is present in the input`);
		}
		if (body.content === undefined || body.content === null || body.content === '') throw invalidData('/content', 'missing', 'content is required');
		if (typeof body.content !== 'string') throw invalidData('/content', 'invalid', 'content must be a string');
		if (body.contentType !== undefined && !['plainText', 'html'].includes(body.contentType)) {
			throw invalidData('/contentType', 'invalid', 'contentType must be plainText or html');
		}
		if (body.isPublic !== undefined && typeof body.isPublic !== 'boolean') throw invalidData('/isPublic', 'invalid', 'isPublic must be a boolean');
		if (body.attachmentIds !== undefined && !Array.isArray(body.attachmentIds)) throw invalidData('/attachmentIds', 'invalid', 'attachmentIds must be an array');
		const now = new Date().toISOString();
		const comment = {
			id: nextId(),
			ticketId: ticket.id,
			content: body.content,
			contentType: body.contentType || 'plainText',
			isPublic: body.isPublic === undefined ? false : body.isPublic,
			commentedTime: now,
			modifiedTime: now,
			commenterId: longId(1),
			commenter: { id: longId(1), name: 'API Agent', type: 'AGENT', roleName: 'Administrator' },
			attachments: [],
		};
		state.comments.push({ ...comment, sourceId: headers.sourceid === undefined ? null : headers.sourceid });
		ticket.commentCount = String(Number(ticket.commentCount) + 1);
		ticket.modifiedTime = now;
		emitEvent('Ticket_Comment_Add', comment, { departmentId: ticket.departmentId, sourceId: headers.sourceid });
		return { status: 200, body: comment };
	});

	desk('GET', '/api/v1/tickets/:ticketId/threads', { query: ['from', 'limit'], scopes: [['Desk.tickets.READ']] }, ({ params, query, state }) => {
		findTicket(state, params.ticketId);
		const from = intParam(query, 'from', { min: 0, max: 100000, fallback: 0 });
		const limit = intParam(query, 'limit', { min: 1, max: 200, fallback: 10 });
		const threads = state.threads.filter((t) => t.ticketId === params.ticketId);
		return listOrEmpty(threads.slice(from, from + limit));
	});

	/** An agent (or the customer, direction 'in') writes on a ticket: a thread, and its Ticket_Thread_Add event. */
	function addThread(ticketId, content, { authorName = 'Agent Amina', direction = 'out', contentType = 'html', channel = 'EMAIL' } = {}) {
		const ticket = findTicket(sim.state, ticketId);
		const thread = {
			id: nextId(),
			ticketId,
			content,
			summary: String(content).replace(/<[^>]+>/g, '').slice(0, 100),
			contentType,
			direction,
			channel,
			author: { name: authorName, type: direction === 'out' ? 'AGENT' : 'END_USER' },
			createdTime: new Date().toISOString(),
		};
		sim.state.threads.push(thread);
		ticket.threadCount = String(Number(ticket.threadCount) + 1);
		emitEvent('Ticket_Thread_Add', thread, { departmentId: ticket.departmentId, direction });
		return thread;
	}

	return { addThread };
}

module.exports = { routeThreads };
