'use strict';
/**
 * Desk tickets: POST /api/v1/tickets, GET /api/v1/tickets/search, GET|PATCH /api/v1/tickets/{id}.
 * A change (PATCH, or `closeTicket` from a test) sends Ticket_Update through `emitEvent` (webhooks.js).
 * Guess: `closedTime` is set when the status becomes a closed one and cleared when the ticket is reopened.
 */
const { HttpError } = require('../core');
const {
	CONTACT_FIELDS,
	SEARCH_PARAMS,
	TICKET_FIELDS,
	TICKET_STRING_FIELDS,
	intParam,
	invalidData,
	matchesSearch,
	notFound,
} = require('./contract');

/**
 * Adds the ticket routes to `sim`, declared through `desk`; returns `findTicket` and `changeTicket`.
 * @param {import('../core').Simulator} sim
 * @param {{desk: Function, listOrEmpty: Function, nextId: () => string, emitEvent: Function}} deps
 */
function routeTickets(sim, { desk, listOrEmpty, nextId, emitEvent }) {
	function findContact(state, dto) {
		if (dto.contactId !== undefined) {
			if (typeof dto.contactId !== 'string' || !state.contacts.some((c) => c.id === dto.contactId)) {
				throw invalidData('/contactId', 'invalid', 'contactId does not match an existing contact');
			}
			return state.contacts.find((c) => c.id === dto.contactId);
		}
		if (dto.contact === undefined) throw invalidData('/contactId', 'missing', 'contactId or contact is required');
		if (!dto.contact || typeof dto.contact !== 'object' || Array.isArray(dto.contact)) {
			throw invalidData('/contact', 'invalid', 'contact must be an object');
		}
		for (const key of Object.keys(dto.contact)) {
			if (!CONTACT_FIELDS.includes(key)) throw invalidData(`/contact/${key}`, 'invalid', `Extra field '${key}' is present in the input`);
			if (typeof dto.contact[key] !== 'string') throw invalidData(`/contact/${key}`, 'invalid', `${key} must be a string`);
		}
		const { lastName, email } = dto.contact;
		if (!(lastName && lastName.trim()) && !(email && email.trim())) {
			throw invalidData('/contact/lastName', 'missing', 'contact needs lastName or email');
		}
		if (email !== undefined && !/^[^\s@]+@[^\s@]+$/.test(email)) throw invalidData('/contact/email', 'invalid', 'email is not a valid email address');
		const existing = email && state.contacts.find((c) => c.email && c.email.toLowerCase() === email.toLowerCase());
		if (existing) return existing;
		const contact = {
			id: nextId(),
			firstName: dto.contact.firstName || null,
			lastName: lastName || email,
			email: email || null,
			phone: dto.contact.phone || null,
			mobile: dto.contact.mobile || null,
			createdTime: new Date().toISOString(),
		};
		state.contacts.push(contact);
		return contact;
	}

	function validateCustomFields(cf) {
		if (cf === undefined) return {};
		if (!cf || typeof cf !== 'object' || Array.isArray(cf)) throw invalidData('/cf', 'invalid', 'cf must be an object');
		for (const [key, value] of Object.entries(cf)) {
			if (!/^cf_\w+$/.test(key)) throw invalidData(`/cf/${key}`, 'invalid', `'${key}' is not a custom field API name (cf_...)`);
			if (value !== null && !['string', 'number', 'boolean'].includes(typeof value)) {
				throw invalidData(`/cf/${key}`, 'invalid', `${key} must be a string, number, boolean or null`);
			}
		}
		return { ...cf };
	}

	desk('POST', '/api/v1/tickets', { scopes: [['Desk.tickets.CREATE']] }, ({ body, state }) => {
		if (!body || typeof body !== 'object' || Array.isArray(body)) throw invalidData('/', 'invalid', 'The body must be a JSON object');
		const dto = body;
		for (const key of Object.keys(dto)) {
			if (!TICKET_FIELDS.includes(key)) throw invalidData(`/${key}`, 'invalid', `Extra field '${key}' is present in the input`);
		}
		if (dto.subject === undefined || dto.subject === null || dto.subject === '') throw invalidData('/subject', 'missing', 'subject is required');
		if (typeof dto.subject !== 'string' || dto.subject.length > 255) throw invalidData('/subject', 'invalid', 'subject must be a string of at most 255 characters');
		if (dto.departmentId === undefined || dto.departmentId === null || dto.departmentId === '') {
			throw invalidData('/departmentId', 'missing', 'departmentId is required');
		}
		const department = state.departments.find((d) => d.id === String(dto.departmentId));
		if (!department || !department.isEnabled) throw invalidData('/departmentId', 'invalid', 'departmentId does not match an enabled department');
		for (const key of TICKET_STRING_FIELDS) {
			if (dto[key] !== undefined && dto[key] !== null && typeof dto[key] !== 'string') throw invalidData(`/${key}`, 'invalid', `${key} must be a string`);
		}
		if (dto.description !== undefined && dto.description !== null && dto.description.length > 65535) {
			throw invalidData('/description', 'invalid', 'description must be at most 65535 characters');
		}
		if (dto.email && !/^[^\s@]+@[^\s@]+$/.test(dto.email)) throw invalidData('/email', 'invalid', 'email is not a valid email address');
		const cf = validateCustomFields(dto.cf);
		const contact = findContact(state, dto);
		const id = nextId();
		const now = new Date().toISOString();
		const ticket = {
			id,
			ticketNumber: String(state.nextTicketNumber++),
			subject: dto.subject,
			departmentId: department.id,
			contactId: contact.id,
			email: dto.email || contact.email || null,
			phone: dto.phone || contact.phone || null,
			description: dto.description || null,
			status: dto.status || 'Open',
			statusType: dto.status && /closed/i.test(dto.status) ? 'Closed' : 'Open',
			priority: dto.priority || null,
			channel: dto.channel || 'Web',
			category: dto.category || null,
			subCategory: dto.subCategory || null,
			language: dto.language || 'English',
			assigneeId: dto.assigneeId || null,
			teamId: dto.teamId || null,
			productId: dto.productId || null,
			classification: dto.classification || null,
			dueDate: dto.dueDate || null,
			closedTime: dto.status && /closed/i.test(dto.status) ? now : null,
			cf,
			customFields: Object.fromEntries(Object.entries(cf).map(([k, v]) => [k.replace(/^cf_/, ''), v])),
			threadCount: '0',
			commentCount: '0',
			isSpam: false,
			webUrl: `${sim.url}/support/org/ShowHomePage.do#Cases/dv/${id}`,
			createdTime: now,
			modifiedTime: now,
		};
		state.tickets.push(ticket);
		return { status: 200, body: ticket };
	});

	// Registered before /tickets/:id, which would otherwise take "search" for an id.
	desk('GET', '/api/v1/tickets/search', { query: SEARCH_PARAMS, scopes: [['Desk.search.READ', 'Desk.tickets.READ']] }, ({ query, state }) => {
		const from = intParam(query, 'from', { min: 0, max: 100000, fallback: 0 });
		const limit = intParam(query, 'limit', { min: 1, max: 100, fallback: 10 });
		const customFields = [];
		for (const key of ['customField1', 'customField2', 'customField3', 'customField4', 'customField5']) {
			if (query[key] === undefined) continue;
			const match = /^(cf_\w+):(.*)$/s.exec(query[key]);
			if (!match || match[2] === '') throw invalidData(`/${key}`, 'invalid', `${key} must look like cf_<apiName>:<value>`);
			customFields.push({ field: match[1], value: match[2] });
		}
		const filters = ['departmentId', 'id', 'ticketNumber', 'subject', 'description', 'status', 'priority', 'email', 'phone', 'channel'];
		let data = state.tickets.filter(
			(t) =>
				filters.every((key) => query[key] === undefined || matchesSearch(t[key], query[key])) &&
				customFields.every(({ field, value }) => matchesSearch(t.cf[field], value)),
		);
		if (query.sortBy !== undefined) {
			const desc = query.sortBy.startsWith('-');
			const field = desc ? query.sortBy.slice(1) : query.sortBy;
			if (!['createdTime', 'modifiedTime', 'ticketNumber', 'dueDate', 'relevance'].includes(field)) {
				throw invalidData('/sortBy', 'invalid', 'sortBy must be createdTime, modifiedTime, ticketNumber, dueDate or relevance');
			}
			if (field !== 'relevance') {
				data = [...data].sort((a, b) => String(a[field]).localeCompare(String(b[field]), undefined, { numeric: true }) * (desc ? -1 : 1));
			}
		}
		return listOrEmpty(data.slice(from, from + limit), { count: data.length });
	});

	const findTicket = (state, id) => {
		const ticket = state.tickets.find((t) => t.id === id);
		if (!ticket) throw notFound();
		return ticket;
	};

	desk('GET', '/api/v1/tickets/:ticketId', { query: ['include'], scopes: [['Desk.tickets.READ']] }, ({ params, query, state }) => {
		const ticket = findTicket(state, params.ticketId);
		const include = query.include === undefined ? [] : query.include.split(',');
		const known = ['contacts', 'products', 'assignee', 'departments', 'contract', 'isRead', 'team', 'skills'];
		for (const item of include) if (!known.includes(item)) throw invalidData('/include', 'invalid', `include must be from ${known.join(', ')}`);
		return {
			status: 200,
			body: {
				...ticket,
				...(include.includes('contacts') ? { contact: state.contacts.find((c) => c.id === ticket.contactId) } : {}),
				...(include.includes('departments') ? { department: state.departments.find((d) => d.id === ticket.departmentId) } : {}),
			},
		};
	});

	const UPDATABLE_FIELDS = ['subject', 'description', 'status', 'priority', 'assigneeId', 'category', 'subCategory', 'dueDate', 'channel', 'language', 'classification', 'resolution', 'teamId', 'departmentId', 'email', 'phone', 'cf'];

	desk('PATCH', '/api/v1/tickets/:ticketId', { scopes: [['Desk.tickets.UPDATE']] }, ({ params, body, headers, state }) => {
		const ticket = findTicket(state, params.ticketId);
		if (!body || typeof body !== 'object' || Array.isArray(body)) throw invalidData('/', 'invalid', 'The body must be a JSON object');
		if (!Object.keys(body).length) throw new HttpError(422, 'The payload is empty.', { errorCode: 'EMPTY_PAYLOAD' });
		for (const key of Object.keys(body)) {
			if (!UPDATABLE_FIELDS.includes(key)) throw invalidData(`/${key}`, 'invalid', `Extra field '${key}' is present in the input`);
			if (key !== 'cf' && body[key] !== null && typeof body[key] !== 'string') throw invalidData(`/${key}`, 'invalid', `${key} must be a string`);
		}
		if (body.subject !== undefined && (!body.subject || body.subject.length > 255)) throw invalidData('/subject', 'invalid', 'subject must be 1 to 255 characters');
		if (body.departmentId !== undefined && !state.departments.some((d) => d.id === body.departmentId && d.isEnabled)) {
			throw invalidData('/departmentId', 'invalid', 'departmentId does not match an enabled department');
		}
		const cf = body.cf === undefined ? {} : validateCustomFields(body.cf);
		const { cf: _ignored, ...fields } = body;
		changeTicket(ticket, fields, cf, headers.sourceid);
		return { status: 200, body: ticket };
	});

	/** Applies a change to a ticket as Desk does (status type, closedTime) and sends its Ticket_Update event. */
	function changeTicket(ticket, fields, cf = {}, sourceId = undefined) {
		const before = JSON.parse(JSON.stringify(ticket));
		const now = new Date().toISOString();
		Object.assign(ticket, fields);
		if (fields.status !== undefined) {
			ticket.statusType = /closed/i.test(fields.status) ? 'Closed' : /hold/i.test(fields.status) ? 'On Hold' : 'Open';
			if (ticket.statusType !== before.statusType) ticket.closedTime = ticket.statusType === 'Closed' ? now : null;
		}
		Object.assign(ticket.cf, cf);
		ticket.customFields = Object.fromEntries(Object.entries(ticket.cf).map(([k, v]) => [k.replace(/^cf_/, ''), v]));
		const changed = Object.keys(ticket).filter((key) => JSON.stringify(ticket[key]) !== JSON.stringify(before[key]));
		ticket.modifiedTime = now;
		if (changed.length) {
			const prevState = Object.fromEntries(changed.map((key) => [key, before[key] === undefined ? null : before[key]]));
			emitEvent('Ticket_Update', JSON.parse(JSON.stringify(ticket)), {
				departmentId: before.departmentId,
				sourceId,
				changed,
				prevState,
			});
		}
	}

	return { findTicket, changeTicket };
}

module.exports = { routeTickets };
