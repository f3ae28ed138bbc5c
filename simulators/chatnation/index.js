'use strict';
/**
 * ChatNation dashboard API (https://github.com/chatnationwork/analytics, apps/dashboard-api, commit 119db46):
 * global prefix /api/dashboard, HandoverAuthGuard (x-api-key header or ?apiKey, else Bearer JWT),
 * responses wrapped as {status, data, timestamp}, errors as {status:"error", statusCode, message, error, timestamp}.
 */
const { STATUS_CODES } = require('http');
const { Simulator, HttpError, requireObject, onlyKeys, checkType, newId } = require('../core');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HANDOVER_FIELDS = ['contactId', 'tenantId', 'name', 'teamId', 'issue', 'account', 'sendHandoverMessage', 'handoverMessage', 'context'];
const DEFAULT_TENANT = '0486b793-bbeb-4490-9f6b-4d1704fb1244';
const SUPPORT_TEAM = '6f1c2f1e-8a47-4b8e-9a55-2d7b6f0e9c11';
const CLOSED_TEAM = '9b2d4c3a-1f5e-4d6c-8b7a-0e1f2a3b4c5d';

const wrap = (data) => ({ status: 'success', data, timestamp: new Date().toISOString() });
const DAY_MS = 24 * 60 * 60 * 1000;
const CLOSED_MESSAGE = 'We are currently closed.';
const NO_AGENT_MESSAGE = 'All of our agents are currently busy. We will get back to you shortly.';

function say(state, session, account, text) {
	if (state.whatsappDown) throw new Error('WhatsApp send failed');
	state.messages.push({ contactId: session.contactId, account: account || null, text });
}

// Sends a system message at most once a day per session, stamping `stamp` in its context as the vendor does.
function sayOncePerDay(state, session, account, text, stamp) {
	const sentAt = Date.parse(session.context[stamp]);
	if (Date.now() - sentAt < DAY_MS) return;
	say(state, session, account, text);
	session.context[stamp] = new Date().toISOString();
}

/**
 * The assignment engine's rules in their order (https://github.com/chatnationwork/analytics,
 * apps/dashboard-api/src/agent-system/assignment-engine/rules/index.ts): schedule, contact already assigned,
 * strategy, eligibility, selector. Returns the outcome; only 'assign' assigns the session. Here a contact has one
 * session per tenant, so the contact-already-assigned rule (`skip`) never fires; `state.outcomeOverride` answers it.
 * GUESS: a closed team always sends its out-of-office message (the vendor only queues silently when it reopens
 * within 24 h), and selection takes the first agent online.
 */
function assign(state, session, team, account) {
	if (!team.open) {
		try {
			sayOncePerDay(state, session, account, CLOSED_MESSAGE, 'oooLastSentAt');
		} catch {
			return 'error';
		}
		return 'stop';
	}
	if (team.strategy === 'manual') return 'stop';
	if (!team.agents.length) {
		try {
			sayOncePerDay(state, session, account, NO_AGENT_MESSAGE, 'noAgentLastSentAt');
		} catch {
			// runNoAgentFallback logs a failed send and still answers stop.
		}
		return 'stop';
	}
	session.status = 'assigned';
	session.assignedAgentId = team.agents[0];
	return 'assign';
}

function createChatNationSimulator(options = {}) {
	const sim = new Simulator({
		name: 'chatnation',
		errorBody: (statusCode, message) => ({
			status: 'error',
			statusCode,
			message,
			error: STATUS_CODES[statusCode],
			timestamp: new Date().toISOString(),
		}),
		seed: (state) => {
			state.apiKeys = { [options.apiKey || 'wk_simulated_chatnation_key']: DEFAULT_TENANT };
			state.jwts = { [options.jwt || 'eyJ.simulated.jwt']: DEFAULT_TENANT };
			// teamId -> agents online now, whether its schedule is open, and its assignment strategy.
			state.teams = {
				[SUPPORT_TEAM]: { agents: ['agent-amina'], open: true, strategy: 'round_robin' },
				[CLOSED_TEAM]: { agents: ['agent-otieno'], open: false, strategy: 'round_robin' },
			};
			// GUESS: without a teamId the vendor picks the tenant's default team; here that queue has nobody online.
			state.generalQueue = { agents: [], open: true, strategy: 'round_robin' };
			state.sessions = {};
			state.messages = [];
			// 'outcome': what the server answers today; 'documented': docs/api/handover_webhook.md's session.
			state.handoverResponse = options.handoverResponse || 'outcome';
			// Answer this outcome instead of running the engine: for outcomes no situation here reaches (skip, new values).
			state.outcomeOverride = null;
			// WhatsApp sends fail: an out-of-office message then turns the outcome into 'error'.
			state.whatsappDown = false;
		},
	});

	sim.authenticate(({ headers, url, state }) => {
		const apiKey = headers['x-api-key'] || url.searchParams.get('apiKey');
		if (apiKey) {
			if (!state.apiKeys[apiKey]) throw new HttpError(401, 'Invalid API Key');
			return;
		}
		const [scheme, token] = String(headers.authorization || '').split(' ');
		if (scheme !== 'Bearer' || !state.jwts[token]) {
			throw new HttpError(401, 'Authentication required: Provide "Authorization: Bearer <jwt>" or "x-api-key" header');
		}
	});

	sim.route('POST', '/api/dashboard/agent/integration/handover', { query: ['apiKey'] }, ({ body, headers, state }) => {
		const dto = requireObject(body === undefined ? {} : body, 'body');
		if (!dto.contactId || typeof dto.contactId !== 'string') throw new HttpError(400, 'contactId is required');
		onlyKeys(dto, HANDOVER_FIELDS);
		for (const key of ['tenantId', 'name', 'teamId', 'issue', 'account', 'handoverMessage']) checkType(dto, key, 'string');
		checkType(dto, 'sendHandoverMessage', 'boolean');
		checkType(dto, 'context', 'object');
		for (const key of ['tenantId', 'teamId']) {
			if (dto[key] !== undefined && !UUID.test(dto[key])) throw new HttpError(400, `${key} must be a UUID`);
		}
		if (dto.teamId !== undefined && !(dto.teamId in state.teams)) throw new HttpError(404, `Team ${dto.teamId} not found`);

		const tenantId = dto.tenantId || state.apiKeys[headers['x-api-key']] || DEFAULT_TENANT;
		const contactId = dto.contactId.replace(/^\++|\++$/g, '');
		const key = `${tenantId}:${contactId}`;
		// Only an assigned or unassigned session is reused; after a resolved one a new session starts.
		const current = state.sessions[key];
		const session = (current && current.status !== 'resolved' && current) || {
			id: newId('session-'),
			contactId,
			tenantId,
			name: dto.name || null,
			status: 'unassigned',
			assignedTeamId: null,
			assignedAgentId: null,
			context: {},
			handovers: 0,
		};
		state.sessions[key] = session;
		const wasAssigned = session.status === 'assigned';
		session.handovers += 1;
		session.context = { ...session.context, ...(dto.context || {}), ...(dto.issue ? { issue: dto.issue } : {}), ...(dto.account ? { account: dto.account } : {}) };
		if (dto.teamId) session.assignedTeamId = dto.teamId;
		const team = dto.teamId ? state.teams[dto.teamId] : state.generalQueue;
		const outcome = state.outcomeOverride || assign(state, session, team, dto.account);
		if (outcome === 'assign' && !wasAssigned && dto.sendHandoverMessage !== false) {
			try {
				say(state, session, dto.account, dto.handoverMessage || 'Connecting you to an agent...');
			} catch {
				// A failed confirmation never undoes the assignment (integration.controller.ts).
			}
		}
		if (state.handoverResponse === 'documented') {
			const { id, status, assignedTeamId, assignedAgentId } = session;
			return { status: 201, body: wrap({ id, status, assignedTeamId, assignedAgentId }) };
		}
		return { status: 201, body: wrap({ outcome }) };
	});

	sim.route('GET', '/api/dashboard/agent-session/check', { query: ['phone', 'tenantId', 'apiKey'] }, ({ query, state }) => {
		if (!query.phone || !query.phone.trim()) throw new HttpError(400, 'Missing required parameter: phone');
		const digits = query.phone.replace(/\D/g, '');
		if (digits.length < 10 || digits.length > 15) throw new HttpError(400, 'Invalid phone number format');
		// Only ASSIGNED sessions count (inbox.service.ts hasActiveAgentSession): a queued user reads as not active.
		const hasActiveSession = Object.values(state.sessions).some(
			(s) => s.status === 'assigned' && s.contactId.replace(/\D/g, '') === digits && (!query.tenantId || s.tenantId === query.tenantId),
		);
		return { status: 200, body: wrap({ hasActiveSession }) };
	});

	// The agent inbox (agent-inbox.controller.ts, JwtAuthGuard): what an agent's Resolve button calls.
	sim.route('PUT', '/api/dashboard/agent/inbox/:sessionId/resolve', { auth: false }, ({ params, body, headers, state }) => {
		const [scheme, token] = String(headers.authorization || '').split(' ');
		if (scheme !== 'Bearer' || !state.jwts[token]) throw new HttpError(401, 'Unauthorized');
		const dto = requireObject(body === undefined ? {} : body, 'body');
		onlyKeys(dto, ['category', 'notes', 'outcome', 'wrapUpData']);
		const session = Object.values(state.sessions).find((s) => s.id === params.sessionId);
		if (!session) throw new HttpError(404, 'Session not found');
		session.status = 'resolved';
		session.assignedAgentId = null;
		// GUESS: the answer is the resolved session, wrapped like every other answer.
		return { status: 200, body: wrap({ id: session.id, status: session.status }) };
	});

	/**
	 * One run of the vendor's assignment scheduler (assignment.scheduler.ts, every 10 s): queued sessions go to an
	 * agent when their team has one online. GUESS: the first agent online, as in `assign`. Tests call it to stand
	 * for the next tick instead of waiting 10 s.
	 */
	const runAssignmentScheduler = () => {
		for (const session of Object.values(sim.state.sessions)) {
			if (session.status !== 'unassigned') continue;
			const team = session.assignedTeamId ? sim.state.teams[session.assignedTeamId] : sim.state.generalQueue;
			if (!team.open || team.strategy === 'manual' || !team.agents.length) continue;
			session.status = 'assigned';
			session.assignedAgentId = team.agents[0];
		}
	};

	return Object.assign(sim, {
		runAssignmentScheduler,
		apiKey: Object.keys(sim.state.apiKeys)[0],
		jwt: Object.keys(sim.state.jwts)[0],
		teams: { support: SUPPORT_TEAM, closed: CLOSED_TEAM },
		defaultTenant: DEFAULT_TENANT,
	});
}

module.exports = { createChatNationSimulator };
