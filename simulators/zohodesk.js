'use strict';
/**
 * Zoho Desk API v1 plus the Zoho Accounts OAuth server of one data centre, on one loopback server
 * (https://desk.zoho.com/DeskAPIDocument, https://github.com/zoho/zohodesk-oas). The token response's `api_domain` is this server's URL.
 *
 * Accounts (errors are HTTP 200 with `{error}`, as Zoho does):
 *   GET  /oauth/v2/auth    → 302 to redirect_uri?code=..&state=..&location=us&accounts-server=..
 *   POST /oauth/v2/token   grant_type=authorization_code | refresh_token, params in the query or a form body
 * Desk (every call: `Authorization: Zoho-oauthtoken <token>`; every call but /organizations: `orgId` header):
 *   GET /api/v1/organizations, GET /api/v1/departments, POST /api/v1/tickets, GET /api/v1/tickets/search,
 *   GET|PATCH /api/v1/tickets/{id}, GET /api/v1/tickets/{id}/threads, POST /api/v1/tickets/{id}/associateTag,
 *   POST /api/v1/tickets/{id}/merge,
 *   POST /api/v1/tickets/{id}/comments, GET|POST /api/v1/webhooks,
 *   GET|DELETE /api/v1/webhooks/{id}
 * Errors are `{errorCode, message}` (+ `errors[]` of JSON-pointer fields for INVALID_DATA); unknown query
 * parameters get Zoho's 422 "Extra query parameter 'x' is present in the input.".
 *
 * Guesses (not in the sources): the status and wording for a missing/wrong `orgId` header, the scope needed to
 * comment (CREATE or UPDATE on tickets is accepted) and to list organizations (basic or settings READ), the body
 * of the webhook validation POST (an empty JSON array), and ids/numbers in responses being strings.
 * Events: a comment added through the API and `addThread` (an agent's reply) are delivered to subscribed webhooks,
 * honouring department and direction filters and `ignoreSourceId` (matched against the comment's `sourceId` header).
 * A PATCH of a ticket that changes a field sends Ticket_Update with the ticket as its payload and, to webhooks whose
 * filter has `includePrevState: true`, `prevState`. Guesses: prevState holds the old values of the changed fields
 * only; a `fields` filter sends the event only when one of those fields changed; `closedTime` is set when the
 * status becomes a closed one and cleared when the ticket is reopened.
 * Not simulated yet: the X-ZDesk-JWT signature on webhook deliveries, API credits and edition limits.
 */
const http = require('http');
const { randomBytes } = require('crypto');
const { postJson, Simulator, HttpError } = require('./core');

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

function createZohoDeskSimulator(options = {}) {
	const sim = new Simulator({
		name: 'zohodesk',
		errorBody: (status, message, extra) => {
			if (extra.accounts) return { error: message };
			const errorCode = extra.errorCode || ERROR_CODES[status] || (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST');
			return { errorCode, message, ...(extra.errors ? { errors: extra.errors } : {}) };
		},
		seed: (state) => {
			state.orgId = options.orgId || '700000001';
			state.companyName = options.companyName || 'Handover Demo Inc';
			state.clientId = options.clientId || '1000.SIMCLIENT0000000000000000000000';
			state.clientSecret = options.clientSecret || 'zoho_simulated_client_secret';
			// null accepts any redirect URI on /oauth/v2/auth; a list makes it strict.
			state.redirectUris = options.redirectUris || null;
			state.accessTokenTtlSec = options.accessTokenTtlSec === undefined ? 3600 : options.accessTokenTtlSec;
			state.codeTtlSec = 120;
			state.maxRefreshTokens = 20;
			state.location = options.location || 'us';
			state.refreshTokens = {};
			state.accessTokens = {};
			state.codes = {};
			state.refreshTokens[options.refreshToken || '1000.simulated_refresh_token'] = {
				clientId: state.clientId,
				scopes: [...(options.scopes || DEFAULT_SCOPES)],
				revoked: false,
				createdAt: 0,
			};
			state.departments = (options.departments || [
				{ name: 'Support', isEnabled: true, isDefault: true, chatStatus: 'AVAILABLE' },
				{ name: 'Sales', isEnabled: true, isDefault: false, chatStatus: 'NOT_CREATED' },
				{ name: 'Archive', isEnabled: false, isDefault: false, chatStatus: 'DISABLED' },
			]).map((d, i) => ({
				id: d.id || longId(6907 + i),
				name: d.name,
				isEnabled: d.isEnabled !== false,
				isDefault: Boolean(d.isDefault),
				chatStatus: d.chatStatus || 'NOT_CREATED',
				nameInCustomerPortal: d.name,
				isVisibleInCustomerPortal: d.isEnabled !== false,
				hasLogo: false,
				description: null,
				creatorId: longId(1),
				createdTime: '2024-01-01T00:00:00.000Z',
				sanitizedName: d.name.toLowerCase().replace(/\W+/g, '-'),
			}));
			state.contacts = [];
			state.tickets = [];
			state.mergedTickets = [];
			state.comments = [];
			state.threads = [];
			state.tags = [];
			state.deliveries = [];
			state.webhooks = [];
			state.validationRequests = [];
			state.validatePostFallback = true;
			state.nextId = 100000;
			state.nextTicketNumber = 101;
		},
	});
	const nextId = () => longId(++sim.state.nextId);

	// ── Zoho Accounts ──────────────────────────────────────────────────────────────────────────────

	const accountsError = (error) => ({ status: 200, body: { error } });

	function issueAccessToken(scopes, clientId = sim.state.clientId) {
		const token = `1000.${randomBytes(16).toString('hex')}.${randomBytes(16).toString('hex')}`;
		sim.state.accessTokens[token] = { clientId, scopes: [...scopes], expiresAt: Date.now() + sim.state.accessTokenTtlSec * 1000 };
		return token;
	}

	function tokenResponse(accessToken, scopes, refreshToken) {
		return {
			access_token: accessToken,
			...(refreshToken ? { refresh_token: refreshToken } : {}),
			scope: scopes.join(' '),
			api_domain: sim.url,
			token_type: 'Bearer',
			expires_in: sim.state.accessTokenTtlSec,
		};
	}

	sim.route('GET', '/oauth/v2/auth', { auth: false, query: ['client_id', 'response_type', 'scope', 'redirect_uri', 'access_type', 'state', 'prompt'] }, ({ query, state }) => {
		if (query.client_id !== state.clientId) throw new HttpError(400, 'invalid_client', { accounts: true });
		if (query.response_type !== 'code') throw new HttpError(400, 'unsupported_response_type', { accounts: true });
		const scopes = parseScopes(query.scope);
		if (!scopes.length) throw new HttpError(400, 'invalid_scope', { accounts: true });
		let redirect;
		try {
			redirect = new URL(query.redirect_uri);
		} catch {
			throw new HttpError(400, 'invalid_redirect_uri', { accounts: true });
		}
		if (state.redirectUris && !state.redirectUris.includes(query.redirect_uri)) throw new HttpError(400, 'invalid_redirect_uri', { accounts: true });
		if (query.access_type !== undefined && !['offline', 'online'].includes(query.access_type)) {
			throw new HttpError(400, 'invalid_access_type', { accounts: true });
		}
		const code = `1000.${randomBytes(16).toString('hex')}.${randomBytes(16).toString('hex')}`;
		state.codes[code] = {
			clientId: query.client_id,
			scopes,
			redirectUri: query.redirect_uri,
			offline: query.access_type === 'offline',
			expiresAt: Date.now() + state.codeTtlSec * 1000,
			used: false,
		};
		redirect.searchParams.set('code', code);
		if (query.state !== undefined) redirect.searchParams.set('state', query.state);
		redirect.searchParams.set('location', state.location);
		redirect.searchParams.set('accounts-server', sim.url);
		return { status: 302, headers: { Location: redirect.toString() } };
	});

	sim.route('POST', '/oauth/v2/token', { auth: false, query: ANY_QUERY }, ({ query, body, headers, state }) => {
		const form = String(headers['content-type'] || '').toLowerCase().startsWith('application/x-www-form-urlencoded');
		const params = { ...query, ...(form && body ? body : {}) };
		if (params.client_id !== state.clientId || params.client_secret !== state.clientSecret) return accountsError('invalid_client');
		if (params.grant_type === 'refresh_token') {
			const stored = state.refreshTokens[params.refresh_token];
			if (!stored || stored.revoked || stored.clientId !== params.client_id) return accountsError('invalid_code');
			return { status: 200, body: tokenResponse(issueAccessToken(stored.scopes, stored.clientId), stored.scopes) };
		}
		if (params.grant_type === 'authorization_code') {
			const grant = state.codes[params.code];
			if (!grant || grant.used || grant.expiresAt <= Date.now() || grant.clientId !== params.client_id) return accountsError('invalid_code');
			if (params.redirect_uri !== grant.redirectUri) return accountsError('invalid_redirect_uri');
			grant.used = true;
			let refreshToken;
			if (grant.offline) {
				refreshToken = `1000.${randomBytes(16).toString('hex')}.${randomBytes(16).toString('hex')}`;
				state.refreshTokens[refreshToken] = { clientId: grant.clientId, scopes: grant.scopes, revoked: false, createdAt: Date.now() };
				// Zoho keeps at most 20 refresh tokens per user and client and silently revokes the oldest.
				const live = Object.values(state.refreshTokens)
					.filter((t) => t.clientId === grant.clientId && !t.revoked)
					.sort((a, b) => a.createdAt - b.createdAt);
				live.slice(0, Math.max(0, live.length - state.maxRefreshTokens)).forEach((t) => (t.revoked = true));
			}
			return { status: 200, body: tokenResponse(issueAccessToken(grant.scopes, grant.clientId), grant.scopes, refreshToken) };
		}
		return accountsError('unsupported_grant_type');
	});

	// ── Desk ───────────────────────────────────────────────────────────────────────────────────────

	function tokenOf(headers, state) {
		// Zoho documents `Zoho-oauthtoken <token>`; its token endpoint answers token_type "Bearer" and Desk accepts
		// `Bearer <token>` too (what n8n's OAuth2 signing sends; the Zoho Desk community nodes rely on it).
		const match = /^(?:Zoho-oauthtoken|Bearer)\s+(\S+)$/i.exec(String(headers.authorization || ''));
		const stored = match && state.accessTokens[match[1]];
		if (!stored || stored.expiresAt <= Date.now()) {
			throw new HttpError(401, 'The OAuth Token you provided is invalid.', { errorCode: 'INVALID_OAUTH' });
		}
		return stored;
	}

	sim.authenticate(({ headers, state }) => {
		tokenOf(headers, state);
	});

	/**
	 * A Desk route: `scopes` lists alternatives, each a list of scopes that must all be granted.
	 * Checks the orgId header (unless `orgId: false`), the scopes, the query parameters and the JSON body type.
	 */
	function desk(method, path, { query = [], scopes, orgId = true }, handler) {
		sim.route(method, path, { query: ANY_QUERY }, (ctx) => {
			const token = tokenOf(ctx.headers, ctx.state);
			if (orgId) {
				const given = ctx.headers.orgid;
				if (given === undefined || given === '') throw unprocessable('orgId is missing in the request header.');
				if (given !== ctx.state.orgId) {
					throw new HttpError(401, 'The OAuth Token does not belong to the organization given in orgId.', { errorCode: 'OAUTH_ORG_MISMATCH' });
				}
			}
			const allowed = scopes.some((all) => all.every((required) => token.scopes.some((granted) => covers(granted, required))));
			if (!allowed) {
				throw new HttpError(401, `The OAuth Token does not have the scope for this operation (needs ${scopes.map((s) => s.join(' + ')).join(' or ')}).`, {
					errorCode: 'SCOPE_MISMATCH',
				});
			}
			for (const key of Object.keys(ctx.query)) {
				if (!query.includes(key)) throw unprocessable(`Extra query parameter '${key}' is present in the input.`);
			}
			if (method === 'POST' || method === 'PATCH') {
				const type = String(ctx.headers['content-type'] || '').split(';')[0].trim().toLowerCase();
				if (ctx.body === undefined) throw new HttpError(422, 'The payload is empty.', { errorCode: 'EMPTY_PAYLOAD' });
				if (type !== 'application/json') throw new HttpError(415, 'Unsupported content type; send application/json.');
			}
			return handler(ctx);
		});
	}

	const listOrEmpty = (data, extra = {}) => (data.length ? { status: 200, body: { data, ...extra } } : { status: 204 });

	desk('GET', '/api/v1/organizations', { orgId: false, scopes: [['Desk.basic.READ'], ['Desk.settings.READ']] }, ({ state }) => ({
		status: 200,
		body: {
			data: [
				{
					id: state.orgId,
					companyName: state.companyName,
					portalName: 'handoverdemo',
					portalURL: `${sim.url}/support/handoverdemo`,
					edition: 'ENTERPRISE',
					isDefault: true,
					isAdminInOrg: true,
					isSandboxPortal: false,
					currencyCode: 'USD',
					timeZone: 'Etc/UTC',
				},
			],
		},
	}));

	desk(
		'GET',
		'/api/v1/departments',
		{ query: ['isEnabled', 'from', 'limit', 'searchStr', 'chatStatus'], scopes: [['Desk.basic.READ'], ['Desk.settings.READ']] },
		({ query, state }) => {
			const isEnabled = boolParam(query, 'isEnabled');
			const from = intParam(query, 'from', { min: 0, max: 100000, fallback: 0 });
			const limit = intParam(query, 'limit', { min: 1, max: 200, fallback: 10 });
			if (query.chatStatus !== undefined && !['AVAILABLE', 'DISABLED', 'NOT_CREATED'].includes(query.chatStatus)) {
				throw invalidData('/chatStatus', 'invalid', 'chatStatus must be AVAILABLE, DISABLED or NOT_CREATED');
			}
			const search = (query.searchStr || '').toLowerCase();
			const data = state.departments
				.filter((d) => isEnabled === undefined || d.isEnabled === isEnabled)
				.filter((d) => !query.chatStatus || d.chatStatus === query.chatStatus)
				.filter((d) => !search || d.name.toLowerCase().includes(search))
				.slice(from, from + limit);
			return listOrEmpty(data);
		},
	);

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

	desk('GET', '/api/v1/tickets/:ticketId/threads', { query: ['from', 'limit'], scopes: [['Desk.tickets.READ']] }, ({ params, query, state }) => {
		findTicket(state, params.ticketId);
		const from = intParam(query, 'from', { min: 0, max: 100000, fallback: 0 });
		const limit = intParam(query, 'limit', { min: 1, max: 200, fallback: 10 });
		const threads = state.threads.filter((t) => t.ticketId === params.ticketId);
		return listOrEmpty(threads.slice(from, from + limit));
	});

	/**
	 * Sends an event to every enabled webhook subscribed to it, as Zoho does: a JSON array, 5 s to answer 200.
	 * For update events, `changed` lists the changed fields (for a `fields` filter) and `prevState` goes to the
	 * webhooks that asked for it with `includePrevState`.
	 */
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
			delivery.done = postJson(webhook.url, [withPrevState ? { ...event, prevState } : event], {}, 5000).then(
				(result) => Object.assign(delivery, { status: result.status, elapsedMs: result.elapsedMs }),
				() => Object.assign(delivery, { status: 0 }),
			);
		}
		return targets.length;
	}

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

	function validateSubscriptions(subscriptions, state) {
		if (subscriptions === undefined || subscriptions === null) throw invalidData('/subscriptions', 'missing', 'subscriptions is required');
		if (typeof subscriptions !== 'object' || Array.isArray(subscriptions) || !Object.keys(subscriptions).length) {
			throw invalidData('/subscriptions', 'invalid', 'subscriptions must be an object with at least one event');
		}
		for (const [event, filter] of Object.entries(subscriptions)) {
			const pointer = `/subscriptions/${event}`;
			if (!(event in EVENT_FILTERS)) throw invalidData(pointer, 'invalid', `Unknown event '${event}'`);
			if (filter === null) continue;
			const keys = EVENT_FILTERS[event];
			if (!keys) throw invalidData(pointer, 'invalid', `${event} takes no filter; send null`);
			if (typeof filter !== 'object' || Array.isArray(filter)) throw invalidData(pointer, 'invalid', 'The filter must be an object or null');
			for (const key of Object.keys(filter)) {
				if (!keys.includes(key)) throw invalidData(`${pointer}/${key}`, 'invalid', `${event} takes no filter '${key}'`);
			}
			if (filter.departmentIds !== undefined) {
				if (!Array.isArray(filter.departmentIds) || filter.departmentIds.some((id) => !state.departments.some((d) => d.id === String(id)))) {
					throw invalidData(`${pointer}/departmentIds`, 'invalid', 'departmentIds must list existing departments');
				}
			}
			if (filter.direction !== undefined && !['in', 'out'].includes(filter.direction)) {
				throw invalidData(`${pointer}/direction`, 'invalid', 'direction must be in or out');
			}
			if (filter.fields !== undefined && (!Array.isArray(filter.fields) || filter.fields.length > 5)) {
				throw invalidData(`${pointer}/fields`, 'invalid', 'fields must be an array of at most 5 field names');
			}
			if (filter.includePrevState !== undefined && typeof filter.includePrevState !== 'boolean') {
				throw invalidData(`${pointer}/includePrevState`, 'invalid', 'includePrevState must be a boolean');
			}
		}
	}

	/** Zoho's URL check on create: a GET that must answer 200, then (if it did not) a POST that must. */
	async function validateUrl(url, state) {
		const attempt = async (method) => {
			let status = 0;
			try {
				const response = await fetch(url, {
					method,
					...(method === 'POST' ? { headers: { 'Content-Type': 'application/json' }, body: '[]' } : {}),
					redirect: 'manual',
					signal: AbortSignal.timeout(5000),
				});
				status = response.status;
				await response.arrayBuffer().catch(() => undefined);
			} catch {
				status = 0;
			}
			state.validationRequests.push({ method, url, status });
			return status === 200;
		};
		return (await attempt('GET')) || (state.validatePostFallback && (await attempt('POST')));
	}

	desk('POST', '/api/v1/webhooks', { scopes: [['Desk.webhooks.CREATE']] }, async ({ body, state }) => {
		const dto = body;
		if (!dto || typeof dto !== 'object' || Array.isArray(dto)) throw invalidData('/', 'invalid', 'The body must be a JSON object');
		for (const key of Object.keys(dto)) {
			if (!WEBHOOK_FIELDS.includes(key)) throw invalidData(`/${key}`, 'invalid', `Extra field '${key}' is present in the input`);
		}
		if (dto.url === undefined || dto.url === null || dto.url === '') throw invalidData('/url', 'missing', 'url is required');
		if (typeof dto.url !== 'string' || dto.url.length > 500 || !/^https?:\/\/[^\s]+$/.test(dto.url)) {
			throw invalidData('/url', 'invalid', 'url must be an http(s) URL of at most 500 characters');
		}
		validateSubscriptions(dto.subscriptions, state);
		for (const key of ['name', 'description', 'ignoreSourceId']) {
			if (dto[key] !== undefined && dto[key] !== null && typeof dto[key] !== 'string') throw invalidData(`/${key}`, 'invalid', `${key} must be a string`);
		}
		if (dto.isEnabled !== undefined && typeof dto.isEnabled !== 'boolean') throw invalidData('/isEnabled', 'invalid', 'isEnabled must be a boolean');
		if (dto.includeEventsFrom !== undefined && (!Array.isArray(dto.includeEventsFrom) || dto.includeEventsFrom.some((v) => v !== 'AUTOMATION'))) {
			throw invalidData('/includeEventsFrom', 'invalid', "includeEventsFrom may only contain 'AUTOMATION'");
		}
		if (!(await validateUrl(dto.url, state))) {
			throw invalidData('/url', 'invalid', 'The URL did not answer the validation request with 200 OK');
		}
		const now = new Date().toISOString();
		const webhook = {
			id: nextId(),
			url: dto.url,
			name: dto.name || null,
			description: dto.description || null,
			subscriptions: dto.subscriptions,
			isEnabled: dto.isEnabled === undefined ? true : dto.isEnabled,
			includeEventsFrom: dto.includeEventsFrom || [],
			ignoreSourceId: dto.ignoreSourceId || null,
			type: 'CUSTOMER_WEBHOOK',
			createdBy: longId(1),
			createdTime: now,
			modifiedTime: now,
		};
		state.webhooks.push(webhook);
		return { status: 200, body: webhook };
	});

	desk('GET', '/api/v1/webhooks', { scopes: [['Desk.webhooks.READ']] }, ({ state }) => listOrEmpty(state.webhooks));

	const findWebhook = (state, id) => {
		const index = state.webhooks.findIndex((w) => w.id === id);
		if (index < 0) throw notFound();
		return index;
	};

	desk('GET', '/api/v1/webhooks/:webhookId', { scopes: [['Desk.webhooks.READ']] }, ({ params, state }) => ({
		status: 200,
		body: state.webhooks[findWebhook(state, params.webhookId)],
	}));

	desk('DELETE', '/api/v1/webhooks/:webhookId', { scopes: [['Desk.webhooks.DELETE']] }, ({ params, state }) => {
		state.webhooks.splice(findWebhook(state, params.webhookId), 1);
		return { status: 204 };
	});

	// ── Helpers for tests ──────────────────────────────────────────────────────────────────────────

	/** Marks a refresh token revoked; the next refresh with it gets `{error: 'invalid_code'}`. */
	function revokeRefreshToken(token) {
		const stored = sim.state.refreshTokens[token];
		if (stored) stored.revoked = true;
		return Boolean(stored);
	}

	/** Makes every access token issued so far expired (Date.now() based, no waiting). */
	function expireAccessTokens() {
		for (const token of Object.values(sim.state.accessTokens)) token.expiresAt = Date.now() - 1;
	}

	return Object.assign(sim, {
		orgId: sim.state.orgId,
		clientId: sim.state.clientId,
		clientSecret: sim.state.clientSecret,
		refreshToken: Object.keys(sim.state.refreshTokens)[0],
		scopes: [...(options.scopes || DEFAULT_SCOPES)],
		departmentId: sim.state.departments[0].id,
		/** Issues an access token directly, skipping the OAuth exchange. */
		issueAccessToken: (scopes = DEFAULT_SCOPES) => issueAccessToken(scopes),
		revokeRefreshToken,
		expireAccessTokens,
		addThread,
		/** An agent closes the ticket in Desk: its Ticket_Update event goes to the subscribed webhooks. */
		closeTicket: (ticketId) => changeTicket(findTicket(sim.state, ticketId), { status: 'Closed' }),
		emitEvent,
		/** Waits for every webhook delivery sent so far to be answered. */
		settleDeliveries: async () => {
			await Promise.all(sim.state.deliveries.map((d) => d.done));
			return sim.state.deliveries.map(({ done: _done, ...rest }) => rest);
		},
	});
}

/**
 * POSTs a Zoho Desk webhook delivery: a JSON array of events (a single event is wrapped). Zoho wants 200 within 5 s.
 * Not sent: the X-ZDesk-JWT signature header (pass one in `headers` if a test needs it).
 * @param {string} url
 * @param {object | object[]} events
 * @param {Record<string, string>} [headers]
 */
async function deliverEvents(url, events, headers = {}) {
	const result = await postJson(url, Array.isArray(events) ? events : [events], headers, 5000);
	return { ...result, withinDeadline: result.elapsedMs <= 5000 && result.status === 200 };
}

/**
 * A Ticket_Thread_Add event (zohodesk-oas v1.0/Webhook.json) for `deliverEvents`.
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
 * A Ticket_Update event for `deliverEvents`: the payload is the ticket; `prevState` (the old values of the changed
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

/**
 * A loopback HTTP server that answers every request with `status` (and `body` as JSON), recording what it got.
 * For webhook URL checks and for receiving simulated vendor webhooks in tests.
 * @param {number} [status]
 * @param {unknown} [body]
 * @returns {Promise<{url: string, requests: {method: string, path: string, headers: Record<string, string | string[] | undefined>, body: string}[], stop: () => Promise<void>}>}
 */
async function startEchoServer(status = 200, body = { ok: true }) {
	const requests = [];
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => {
			requests.push({ method: req.method || '', path: req.url || '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
			res.writeHead(status, { 'Content-Type': 'application/json' });
			res.end(JSON.stringify(body));
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	const address = server.address();
	const port = address && typeof address === 'object' ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}/hook`,
		requests,
		stop: async () => {
			server.closeAllConnections?.();
			await new Promise((resolve) => server.close(() => resolve(undefined)));
		},
	};
}

module.exports = { createZohoDeskSimulator, deliverEvents, threadAddEvent, ticketUpdateEvent, startEchoServer, DEFAULT_SCOPES };
