'use strict';
/**
 * Zoho Accounts, the OAuth server of one data centre (errors are HTTP 200 with `{error}`, as Zoho does):
 *   GET  /oauth/v2/auth    → 302 to redirect_uri?code=..&state=..&location=us&accounts-server=..
 *   POST /oauth/v2/token   grant_type=authorization_code | refresh_token, params in the query or a form body
 * The token response's `api_domain` is the simulator's URL. Tokens live in `sim.state` (refreshTokens,
 * accessTokens, codes).
 */
const { randomBytes } = require('crypto');
const { HttpError } = require('../core');
const { ANY_QUERY, parseScopes } = require('./contract');

/** Adds the Accounts routes to `sim`; returns `issueAccessToken(scopes, clientId?)` for the test helpers. */
function routeAccounts(sim) {
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

	return { issueAccessToken, revokeRefreshToken, expireAccessTokens };
}

module.exports = { routeAccounts };
