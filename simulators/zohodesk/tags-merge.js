'use strict';
/**
 * Ticket tags and merging: POST /api/v1/tickets/{id}/associateTag, POST /api/v1/tickets/{id}/merge.
 */
const { invalidData } = require('./contract');

/**
 * Adds the tag and merge routes to `sim`, declared through `desk`.
 * @param {{desk: Function, nextId: () => string, findTicket: Function}} deps
 */
function routeTagsAndMerge({ desk, nextId, findTicket }) {
	desk('POST', '/api/v1/tickets/:ticketId/associateTag', { scopes: [['Desk.tickets.UPDATE']] }, ({ params, body, state }) => {
		const ticket = findTicket(state, params.ticketId);
		if (!body || typeof body !== 'object' || Array.isArray(body)) throw invalidData('/', 'invalid', 'The body must be a JSON object');
		for (const key of Object.keys(body)) if (key !== 'tags') throw invalidData(`/${key}`, 'invalid', `Extra field '${key}' is present in the input`);
		if (!Array.isArray(body.tags) || !body.tags.length || body.tags.some((t) => typeof t !== 'string' || !t.trim() || t.length > 50)) {
			throw invalidData('/tags', 'invalid', 'tags must be a non-empty array of strings of at most 50 characters');
		}
		const data = body.tags.map((name) => {
			let tag = state.tags.find((t) => t.name.toLowerCase() === name.trim().toLowerCase());
			if (!tag) {
				tag = { id: nextId(), name: name.trim() };
				state.tags.push(tag);
			}
			return tag;
		});
		ticket.tags = [...new Set([...(ticket.tags || []), ...data.map((t) => t.name)])];
		return { status: 200, body: { data } };
	});

	// Zoho's OpenAPI (https://github.com/zoho/zohodesk-oas/blob/main/v1.0/Ticket.json, operation mergeTicket):
	// POST /api/v1/tickets/{ticketId}/merge, body {ids (required), source}, scope Desk.tickets.UPDATE, 200 with the
	// ticket, 422 INVALID_DATA; "A maximum of 5 tickets can be merged at a time". `source` names, per field, the ticket
	// whose value the merged ticket keeps.
	// Guesses: `ids` lists the tickets merged into {ticketId} (not {ticketId} itself); a merged ticket leaves the
	// ticket list and search (kept in state.mergedTickets), and its comments and threads move to {ticketId}.
	const MERGE_SOURCE_FIELDS = ['entitySkills', 'subCategory', 'cf', 'productId', 'contactId', 'subject', 'customFields', 'dueDate', 'channel', 'description', 'secondaryContacts', 'priority', 'classification', 'assigneeId', 'resolution', 'phone', 'category', 'email', 'status', 'language'];

	desk('POST', '/api/v1/tickets/:ticketId/merge', { scopes: [['Desk.tickets.UPDATE']] }, ({ params, body, state }) => {
		const ticket = findTicket(state, params.ticketId);
		if (!body || typeof body !== 'object' || Array.isArray(body)) throw invalidData('/', 'invalid', 'The body must be a JSON object');
		for (const key of Object.keys(body)) {
			if (!['ids', 'source'].includes(key)) throw invalidData(`/${key}`, 'invalid', `Extra field '${key}' is present in the input`);
		}
		if (body.ids === undefined) throw invalidData('/ids', 'missing', 'ids is required');
		if (!Array.isArray(body.ids) || !body.ids.length || body.ids.some((id) => !/^[0-9]+$/.test(String(id)))) {
			throw invalidData('/ids', 'invalid', 'ids must be a non-empty array of ticket ids');
		}
		const ids = body.ids.map(String);
		if (ids.length + 1 > 5) throw invalidData('/ids', 'invalid', 'A maximum of 5 tickets can be merged at a time');
		if (ids.includes(ticket.id)) throw invalidData('/ids', 'invalid', 'A ticket cannot be merged into itself');
		if (body.source !== undefined) {
			if (!body.source || typeof body.source !== 'object' || Array.isArray(body.source)) throw invalidData('/source', 'invalid', 'source must be a JSON object');
			for (const key of Object.keys(body.source)) {
				if (!MERGE_SOURCE_FIELDS.includes(key)) throw invalidData(`/source/${key}`, 'invalid', `Extra field '${key}' is present in the input`);
			}
		}
		const merged = ids.map((id) => {
			const found = state.tickets.find((t) => t.id === id);
			if (!found) throw invalidData('/ids', 'invalid', `ticket ${id} does not exist`);
			return found;
		});
		state.tickets = state.tickets.filter((t) => !ids.includes(t.id));
		for (const gone of merged) state.mergedTickets.push({ ...gone, mergedInto: ticket.id });
		for (const entry of [...state.comments, ...state.threads]) if (ids.includes(entry.ticketId)) entry.ticketId = ticket.id;
		ticket.commentCount = String(merged.reduce((sum, t) => sum + Number(t.commentCount), Number(ticket.commentCount)));
		ticket.threadCount = String(merged.reduce((sum, t) => sum + Number(t.threadCount), Number(ticket.threadCount)));
		ticket.modifiedTime = new Date().toISOString();
		return { status: 200, body: ticket };
	});
}

module.exports = { routeTagsAndMerge };
