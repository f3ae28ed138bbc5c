'use strict';
/**
 * Botcopy Live Chat ("Human Handover"; https://github.com/Botcopy/docs, docs/livechat/handover.md):
 *   POST /webhooks/handover/push   Content-Type: application/json (required), Authorization: <API key> (raw, no "Bearer")
 * with three event types: message, channel_update (pause / resume) and user_typing.
 * The older docs put `accessToken` in the body instead; `state.acceptBodyAccessToken` turns that form on.
 * The body key `accessToken` is always accepted (the older docs send it); it only authenticates in that mode.
 *
 * NOT DOCUMENTED: the push endpoint's success body, its error status codes and error format, and
 * rate limits. The simulator answers `{success: true}` and errors as `{error: message}`; both are guesses, so a node
 * should only rely on the HTTP status.
 *
 * Stricter than the docs on purpose: `minutesPaused` (documented default 10) is required whenever `paused` is true,
 * because the docs tell the integrator to always send it to push the pause expiry back.
 *
 * webhooks.js plays Botcopy's side of the webhook: `send` with `stepOneBody` / `stepTwoBody`.
 */
const { Simulator, HttpError, requireObject, onlyKeys, checkType } = require('../core');
const webhooks = require('./webhooks');

const EVENT_TYPES = ['message', 'channel_update', 'user_typing'];
const COMMON_KEYS = ['accessToken', 'eventType', 'userId', 'botId', 'paused', 'minutesPaused', 'agentProfile'];
const KEYS = {
	message: [...COMMON_KEYS, 'text'],
	channel_update: [...COMMON_KEYS, 'unpauseChatEvent'],
	user_typing: COMMON_KEYS,
};

function requireString(dto, key, { allowEmpty = false } = {}) {
	if (dto[key] === undefined) throw new HttpError(400, `${key} is required`);
	if (typeof dto[key] !== 'string') throw new HttpError(400, `${key} must be a string`);
	if (!allowEmpty && !dto[key].trim()) throw new HttpError(400, `${key} must not be empty`);
}

function validatePush(dto) {
	if (dto.eventType === undefined) throw new HttpError(400, 'eventType is required');
	if (!EVENT_TYPES.includes(dto.eventType)) throw new HttpError(400, `eventType must be one of ${EVENT_TYPES.join(', ')}`);
	onlyKeys(dto, KEYS[dto.eventType]);
	requireString(dto, 'userId');
	requireString(dto, 'botId');
	checkType(dto, 'accessToken', 'string');
	if (dto.eventType === 'message') requireString(dto, 'text');
	if (dto.eventType === 'channel_update' && dto.paused === undefined) throw new HttpError(400, 'paused is required');
	checkType(dto, 'paused', 'boolean');
	checkType(dto, 'minutesPaused', 'number');
	if (dto.paused === true) {
		if (dto.minutesPaused === undefined && dto.eventType !== 'user_typing') {
			throw new HttpError(400, 'minutesPaused is required when paused is true');
		}
		if (dto.minutesPaused !== undefined && !(Number.isFinite(dto.minutesPaused) && dto.minutesPaused > 0)) {
			throw new HttpError(400, 'minutesPaused must be a positive number when paused is true');
		}
	} else if (dto.minutesPaused !== undefined && !(Number.isFinite(dto.minutesPaused) && dto.minutesPaused >= 0)) {
		throw new HttpError(400, 'minutesPaused must not be negative');
	}
	if (dto.unpauseChatEvent !== undefined) {
		requireString(dto, 'unpauseChatEvent');
		if (dto.paused !== false) throw new HttpError(400, 'unpauseChatEvent is only allowed when paused is false');
	}
	if (dto.agentProfile !== undefined) {
		const profile = requireObject(dto.agentProfile, 'agentProfile');
		onlyKeys(profile, ['name', 'avatarUrl']);
		for (const key of ['name', 'avatarUrl']) {
			if (profile[key] !== undefined && typeof profile[key] !== 'string') throw new HttpError(400, `agentProfile.${key} must be a string`);
		}
	}
}

function createBotcopySimulator(options = {}) {
	const sim = new Simulator({
		name: 'botcopy',
		// Undocumented: the real error body is unknown (not documented).
		errorBody: (status, message) => ({ error: message }),
		seed: (state) => {
			state.apiKey = options.apiKey || 'botcopy_simulated_key';
			state.acceptBodyAccessToken = Boolean(options.acceptBodyAccessToken);
			state.bots = [...(options.bots || ['bot_sim_1'])];
			// `${botId}:${userId}` -> {paused, until (ms epoch) | null}
			state.pauses = {};
			state.delivered = [];
		},
	});

	// Auth needs the body (legacy `accessToken`), so the route checks it itself after the content type.
	function authorize(headers, body, state) {
		const header = headers.authorization;
		if (header !== undefined && header !== '') {
			if (header !== state.apiKey) throw new HttpError(401, 'Invalid API key');
			return;
		}
		if (state.acceptBodyAccessToken && body && typeof body === 'object' && body.accessToken !== undefined) {
			if (body.accessToken !== state.apiKey) throw new HttpError(401, 'Invalid access token');
			return;
		}
		throw new HttpError(401, 'Missing API key: send it raw in the Authorization header');
	}

	sim.route('POST', '/webhooks/handover/push', { auth: false }, ({ body, headers, state }) => {
		const type = String(headers['content-type'] || '').split(';')[0].trim().toLowerCase();
		if (type !== 'application/json') throw new HttpError(415, 'Content-Type must be application/json');
		authorize(headers, body, state);
		const dto = requireObject(body, 'Request body');
		validatePush(dto);
		if (!state.bots.includes(dto.botId)) throw new HttpError(404, `Bot ${dto.botId} not found`);

		const key = `${dto.botId}:${dto.userId}`;
		const now = Date.now();
		if (dto.paused === true) {
			const minutes = dto.minutesPaused !== undefined ? dto.minutesPaused : 10;
			state.pauses[key] = { paused: true, until: now + minutes * 60_000 };
		} else if (dto.paused === false) {
			state.pauses[key] = { paused: false, until: null };
		}
		state.delivered.push({
			eventType: dto.eventType,
			userId: dto.userId,
			botId: dto.botId,
			...(dto.text !== undefined ? { text: dto.text } : {}),
			...(dto.agentProfile !== undefined ? { agentProfile: dto.agentProfile } : {}),
			paused: dto.paused !== undefined ? dto.paused : isPaused(dto.botId, dto.userId),
			...(dto.minutesPaused !== undefined ? { minutesPaused: dto.minutesPaused } : {}),
			...(dto.unpauseChatEvent !== undefined ? { unpauseChatEvent: dto.unpauseChatEvent } : {}),
			at: new Date(now).toISOString(),
		});
		return { status: 200, body: { success: true } };
	});

	/** True while a pause set through the push endpoint has not run out. */
	function isPaused(botId, userId) {
		const pause = sim.state.pauses[`${botId}:${userId}`];
		return Boolean(pause && pause.paused && pause.until > Date.now());
	}

	return Object.assign(sim, { apiKey: sim.state.apiKey, botId: sim.state.bots[0], isPaused });
}

module.exports = {
	createBotcopySimulator,
	...webhooks,
};
