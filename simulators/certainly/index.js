'use strict';
/**
 * Certainly (formerly BotXO) handover endpoints (https://support.certainly.io/knowledge/chat-api-list-of-available-endpoints):
 *   GET  /webbot/api/webchat/{botdep_id}/handover/{user_id}/               bot goes into listen mode
 *   POST /webbot/api/webchat/{botdep_id}/handover/{user_id}/  {"message"}  agent → user while the bot listens
 *   GET  /webbot/api/webchat/{botdep_id}/takeover/{user_id}/[?ClaimEnd=]  bot takes the conversation back
 *   GET  /webbot/api/webchat/{botdep_id}/config/                          chat configuration, served without a token
 *        (https://support.certainly.io/knowledge/chat-api-list-of-available-endpoints); the credential test reads it
 * Django-style paths: the trailing slash is part of the route, so a path without it is a 404 here.
 *
 * UNVERIFIED: the host (probably https://app.certainly.io), how the access token is passed,
 * and every response and error shape. Certainly documents none of them. The simulator assumes a Django REST
 * Framework backend: errors are `{detail: message}`, and auth is one header (name and value configurable through
 * `options.authHeader` / `options.authValue`) so that the node's configurable token placement can be tested.
 * The success bodies `{status: 'listening'}` / `{status: 'bot'}` are invented; a node must not depend on them.
 */
const { Simulator, HttpError, requireObject } = require('../core');
const webhooks = require('./webhooks');

function createCertainlySimulator(options = {}) {
	const authHeader = String(options.authHeader || 'Authorization').toLowerCase();
	const sim = new Simulator({
		name: 'certainly',
		errorBody: (status, message) => ({ detail: message }),
		seed: (state) => {
			state.authHeader = authHeader;
			state.authValue = options.authValue || 'Bearer certainly_simulated_token';
			state.bots = [...(options.bots || ['botdep_sim_1'])];
			// `${botId}:${userId}` -> ISO time the bot went into listen mode
			state.listening = {};
			state.delivered = [];
			state.takeovers = [];
		},
	});

	sim.authenticate(({ headers, state }) => {
		const value = headers[state.authHeader];
		if (value === undefined || value === '') throw new HttpError(401, 'Authentication credentials were not provided.');
		if (value !== state.authValue) throw new HttpError(401, 'Invalid token.');
	});

	const findBot = (state, botId) => {
		if (!state.bots.includes(botId)) throw new HttpError(404, 'Not found.');
	};
	const key = (params) => `${params.botId}:${params.userId}`;

	// GUESS: the configuration's body is not documented; this one only names the bot.
	sim.route('GET', '/webbot/api/webchat/:botId/config/', { auth: false }, ({ params, state }) => {
		findBot(state, params.botId);
		return { status: 200, body: { bot_id: params.botId } };
	});

	sim.route('GET', '/webbot/api/webchat/:botId/handover/:userId/', {}, ({ params, state }) => {
		findBot(state, params.botId);
		state.listening[key(params)] = state.listening[key(params)] || new Date().toISOString();
		return { status: 200, body: { status: 'listening' } };
	});

	sim.route('POST', '/webbot/api/webchat/:botId/handover/:userId/', {}, ({ params, body, state }) => {
		findBot(state, params.botId);
		const dto = requireObject(body, 'Request body');
		for (const field of Object.keys(dto)) {
			if (field !== 'message') throw new HttpError(400, `${field}: Unknown field; the body must be exactly {"message": "..."}.`);
		}
		if (dto.message === undefined) throw new HttpError(400, 'message: This field is required.');
		if (typeof dto.message !== 'string') throw new HttpError(400, 'message: Not a valid string.');
		if (!dto.message.trim()) throw new HttpError(400, 'message: This field may not be blank.');
		if (!state.listening[key(params)]) {
			throw new HttpError(409, `User ${params.userId} is not in listen mode; start the handover first.`);
		}
		state.delivered.push({ botId: params.botId, userId: params.userId, message: dto.message, at: new Date().toISOString() });
		return { status: 200, body: { status: 'sent' } };
	});

	sim.route('GET', '/webbot/api/webchat/:botId/takeover/:userId/', { query: ['ClaimEnd'] }, ({ params, query, state }) => {
		findBot(state, params.botId);
		delete state.listening[key(params)];
		state.takeovers.push({
			botId: params.botId,
			userId: params.userId,
			claimEnd: query.ClaimEnd === undefined ? null : query.ClaimEnd,
			at: new Date().toISOString(),
		});
		return { status: 200, body: { status: 'bot' } };
	});

	/** True while the bot listens (a handover started and no takeover yet). */
	const isListening = (botId, userId) => Boolean(sim.state.listening[`${botId}:${userId}`]);

	return Object.assign(sim, {
		botId: sim.state.bots[0],
		authHeader,
		authValue: sim.state.authValue,
		isListening,
	});
}

module.exports = {
	createCertainlySimulator,
	...webhooks,
};
