'use strict';
/**
 * Desk's common ground: every call carries `Authorization: Zoho-oauthtoken <token>` and, but for /organizations,
 * the `orgId` header; `desk()` declares a route with those checks, its scopes and its query parameters.
 * Also the organization and department lists:
 *   GET /api/v1/organizations, GET /api/v1/departments
 */
const { HttpError } = require('../core');
const { ANY_QUERY, boolParam, covers, intParam, invalidData, unprocessable } = require('./contract');

const listOrEmpty = (data, extra = {}) => (data.length ? { status: 200, body: { data, ...extra } } : { status: 204 });

/** Adds Desk's auth check, the organization and the department routes to `sim`; returns the `desk` route helper. */
function routeDesk(sim) {
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

	return desk;
}

module.exports = { routeDesk, listOrEmpty };
