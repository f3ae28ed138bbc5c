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
 *
 * Layout: accounts.js (OAuth), desk.js (auth, orgId, scopes; organizations, departments), tickets.js,
 * threads.js (comments, threads), tags-merge.js, subscriptions.js (the webhooks API), webhooks.js (deliveries and
 * event bodies), contract.js (field lists, errors, parameters). Each gets the simulator and what it needs from the
 * others explicitly; all of them share `sim.state`, filled by `seed`.
 */
const { Simulator } = require('../core');
const { startEchoServer } = require('../webhooks');
const { routeAccounts } = require('./accounts');
const { DEFAULT_SCOPES, ERROR_CODES, longId } = require('./contract');
const { listOrEmpty, routeDesk } = require('./desk');
const { routeSubscriptions } = require('./subscriptions');
const { routeTagsAndMerge } = require('./tags-merge');
const { routeThreads } = require('./threads');
const { routeTickets } = require('./tickets');
const webhooks = require('./webhooks');

/** Fills `state` on start and on reset: the OAuth client and its tokens, departments, and empty Desk data. */
function seed(state, options) {
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
}

function createZohoDeskSimulator(options = {}) {
	const sim = new Simulator({
		name: 'zohodesk',
		errorBody: (status, message, extra) => {
			if (extra.accounts) return { error: message };
			const errorCode = extra.errorCode || ERROR_CODES[status] || (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST');
			return { errorCode, message, ...(extra.errors ? { errors: extra.errors } : {}) };
		},
		seed: (state) => seed(state, options),
	});
	const nextId = () => longId(++sim.state.nextId);
	const emitEvent = webhooks.createEmitter(sim);
	const { issueAccessToken, revokeRefreshToken, expireAccessTokens } = routeAccounts(sim);
	const desk = routeDesk(sim);
	const { findTicket, changeTicket } = routeTickets(sim, { desk, listOrEmpty, nextId, emitEvent });
	const { addThread } = routeThreads(sim, { desk, listOrEmpty, nextId, findTicket, emitEvent });
	routeTagsAndMerge({ desk, nextId, findTicket });
	routeSubscriptions({ desk, listOrEmpty, nextId });

	return Object.assign(sim, {
		orgId: sim.state.orgId,
		clientId: sim.state.clientId,
		clientSecret: sim.state.clientSecret,
		refreshToken: Object.keys(sim.state.refreshTokens)[0],
		scopes: [...(options.scopes || DEFAULT_SCOPES)],
		departmentId: sim.state.departments[0].id,
		/** Issues an access token directly, skipping the OAuth exchange. */
		issueAccessToken: (scopes = DEFAULT_SCOPES) => issueAccessToken(scopes),
		/**
		 * The data of a Zoho Desk credential in n8n that reaches this simulator, already connected (an access token
		 * issued, `refreshToken` to renew it); `overrides` replace fields.
		 * @returns {Record<string, any>}
		 */
		credentialData: (overrides = {}, { refreshToken = Object.keys(sim.state.refreshTokens)[0] } = {}) => ({
			dataCenter: 'us',
			deskBaseUrl: sim.url,
			orgId: sim.state.orgId,
			grantType: 'authorizationCode',
			clientId: sim.state.clientId,
			clientSecret: sim.state.clientSecret,
			authUrl: `${sim.url}/oauth/v2/auth`,
			accessTokenUrl: `${sim.url}/oauth/v2/token`,
			authentication: 'body',
			scope: (options.scopes || DEFAULT_SCOPES).join(','),
			oauthTokenData: { access_token: issueAccessToken(DEFAULT_SCOPES), refresh_token: refreshToken, token_type: 'Bearer' },
			...overrides,
		}),
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

module.exports = {
	createZohoDeskSimulator,
	DEFAULT_SCOPES,
	send: webhooks.send,
	threadAddEvent: webhooks.threadAddEvent,
	ticketUpdateEvent: webhooks.ticketUpdateEvent,
	startEchoServer,
};
