'use strict';
/**
 * What Zoho Desk's API documents and the simulator's routes share: field lists, scopes, webhook events and their
 * filters, the error shapes, query-parameter parsing and search matching.
 */
const { HttpError } = require('../core');

const ERROR_CODES = {
	400: 'BAD_REQUEST',
	401: 'UNAUTHORIZED',
	403: 'FORBIDDEN',
	404: 'URL_NOT_FOUND',
	405: 'METHOD_NOT_ALLOWED',
	413: 'RESOURCE_SIZE_EXCEEDED',
	415: 'UNSUPPORTED_MEDIA_TYPE',
	422: 'UNPROCESSABLE_ENTITY',
	429: 'TOO_MANY_REQUESTS',
};
const INVALID_DATA_MESSAGE = 'The data is invalid due to validation restrictions';

const DEFAULT_SCOPES = [
	'Desk.tickets.ALL',
	'Desk.contacts.READ',
	'Desk.basic.READ',
	'Desk.search.READ',
	'Desk.settings.READ',
	'Desk.webhooks.ALL',
];

const TICKET_FIELDS = [
	'subject', 'departmentId', 'contactId', 'contact', 'email', 'phone', 'description', 'status', 'assigneeId',
	'category', 'subCategory', 'priority', 'dueDate', 'productId', 'language', 'channel', 'cf', 'uploads',
	'classification', 'resolution', 'teamId', 'accountId', 'secondaryContacts',
];
const TICKET_STRING_FIELDS = [
	'email', 'phone', 'description', 'status', 'assigneeId', 'category', 'subCategory', 'priority', 'dueDate',
	'productId', 'language', 'channel', 'classification', 'resolution', 'teamId', 'accountId',
];
const CONTACT_FIELDS = ['lastName', 'firstName', 'email', 'phone', 'mobile', 'accountId'];
const SEARCH_PARAMS = [
	'from', 'limit', 'departmentId', 'id', 'ticketNumber', 'subject', 'description', 'status', 'priority', 'email',
	'phone', 'channel', 'sortBy', 'customField1', 'customField2', 'customField3', 'customField4', 'customField5',
];
const WEBHOOK_FIELDS = ['url', 'subscriptions', 'name', 'description', 'isEnabled', 'includeEventsFrom', 'ignoreSourceId'];

// Webhook events and the filter keys each takes (zohodesk-oas v1.0/Webhook.json; null = the event takes no filter).
const EVENT_FILTERS = {
	Ticket_Add: ['departmentIds'],
	Ticket_Update: ['departmentIds', 'fields', 'includePrevState'],
	Ticket_Thread_Add: ['departmentIds', 'direction'],
	Ticket_Comment_Add: ['departmentIds'],
	Ticket_Comment_Update: ['departmentIds'],
	IM_Message_Add: ['departmentIds'],
	IM_Session_Status: ['departmentIds'],
	IM_Message_Status: ['departmentIds'],
	Ticket_Delete: null,
	Ticket_Attachment_Add: null,
	Ticket_Attachment_Update: null,
	Ticket_Attachment_Delete: null,
	Ticket_Comment_Attachment_Add: null,
	Ticket_Comment_Attachment_Delete: null,
	Contact_Add: null,
	Contact_Update: null,
	Contact_Delete: null,
	Account_Add: null,
	Account_Update: null,
	Account_Delete: null,
	Agent_Add: null,
	Agent_Update: null,
	Agent_Delete: null,
	Agent_Presence_Update: null,
	Department_Add: null,
	Department_Update: null,
};

/** `{errorCode: INVALID_DATA, errors: [...]}` for one field (a JSON pointer like '/departmentId'). */
function invalidData(fieldName, errorType, errorMessage) {
	return new HttpError(422, INVALID_DATA_MESSAGE, { errorCode: 'INVALID_DATA', errors: [{ fieldName, errorType, errorMessage }] });
}

const unprocessable = (message) => new HttpError(422, message, { errorCode: 'UNPROCESSABLE_ENTITY' });
const notFound = () => new HttpError(404, 'The requested resource does not exist.', { errorCode: 'URL_NOT_FOUND' });

// The core rejects query parameters not in a route's list with its own 400; Desk routes hand it this
// accept-everything list and check the real list themselves to answer with Zoho's 422.
const ANY_QUERY = { includes: () => true };

/** A scope covers a required one when equal (case-insensitive) or when it is `<Service>.<module>.ALL`. */
function covers(granted, required) {
	const [gService, gModule, gOp] = granted.toLowerCase().split('.');
	const [rService, rModule, rOp] = required.toLowerCase().split('.');
	return gService === rService && gModule === rModule && (gOp === rOp || gOp === 'all');
}

function parseScopes(value) {
	return String(value || '')
		.split(/[\s,]+/)
		.filter(Boolean);
}

function intParam(query, key, { min, max, fallback }) {
	if (query[key] === undefined) return fallback;
	const value = Number(query[key]);
	if (!/^-?\d+$/.test(query[key]) || value < min || value > max) {
		throw invalidData(`/${key}`, 'invalid', `${key} must be an integer from ${min} to ${max}`);
	}
	return value;
}

function boolParam(query, key) {
	if (query[key] === undefined) return undefined;
	if (query[key] !== 'true' && query[key] !== 'false') throw invalidData(`/${key}`, 'invalid', `${key} must be true or false`);
	return query[key] === 'true';
}

/** Zoho search matching: a trailing `*` is a prefix search, commas mean OR, otherwise equal ignoring case. */
function matchesSearch(value, pattern) {
	return pattern.split(',').some((alternative) => {
		const want = alternative.trim().toLowerCase();
		const have = value === undefined || value === null ? '' : String(value).toLowerCase();
		if (want === '${empty}') return have === '';
		return want.endsWith('*') ? have.startsWith(want.slice(0, -1)) : have === want;
	});
}

const longId = (n) => `1892000000${String(n).padStart(6, '0')}`;

module.exports = {
	ERROR_CODES,
	DEFAULT_SCOPES,
	TICKET_FIELDS,
	TICKET_STRING_FIELDS,
	CONTACT_FIELDS,
	SEARCH_PARAMS,
	WEBHOOK_FIELDS,
	EVENT_FILTERS,
	ANY_QUERY,
	invalidData,
	unprocessable,
	notFound,
	covers,
	parseScopes,
	intParam,
	boolParam,
	matchesSearch,
	longId,
};
