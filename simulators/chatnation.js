'use strict';
/**
 * ChatNation dashboard API (seed 000; vendors.md §5, from chatnationwork/analytics):
 * global prefix /api/dashboard, HandoverAuthGuard (x-api-key header or ?apiKey, else Bearer JWT),
 * responses wrapped as {status, data, timestamp}, errors as {status:"error", statusCode, message, error, timestamp}.
 */
const { STATUS_CODES } = require('http');
const { Simulator, HttpError, requireObject, onlyKeys, checkType, newId } = require('./core');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HANDOVER_FIELDS = ['contactId', 'tenantId', 'name', 'teamId', 'issue', 'account', 'sendHandoverMessage', 'handoverMessage', 'context'];
const DEFAULT_TENANT = '0486b793-bbeb-4490-9f6b-4d1704fb1244';
const SUPPORT_TEAM = '6f1c2f1e-8a47-4b8e-9a55-2d7b6f0e9c11';
const CLOSED_TEAM = '9b2d4c3a-1f5e-4d6c-8b7a-0e1f2a3b4c5d';

const wrap = (data) => ({ status: 'success', data, timestamp: new Date().toISOString() });

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
			// teamId -> agents available now; a team with none is closed or busy.
			state.teams = { [SUPPORT_TEAM]: ['agent-amina'], [CLOSED_TEAM]: [] };
			state.sessions = {};
			state.messages = [];
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
		const session = state.sessions[key] || {
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
		if (!wasAssigned) {
			const agents = dto.teamId ? state.teams[dto.teamId] : [];
			session.assignedTeamId = dto.teamId || null;
			if (agents.length) {
				session.status = 'assigned';
				session.assignedAgentId = agents[0];
				if (dto.sendHandoverMessage !== false) {
					state.messages.push({ contactId, account: dto.account || null, text: dto.handoverMessage || 'Connecting you to an agent...' });
				}
			}
		}
		const { id, status, assignedTeamId, assignedAgentId } = session;
		return { status: 201, body: wrap({ id, status, assignedTeamId, assignedAgentId }) };
	});

	sim.route('GET', '/api/dashboard/agent-session/check', { query: ['phone', 'tenantId', 'apiKey'] }, ({ query, state }) => {
		if (!query.phone || !query.phone.trim()) throw new HttpError(400, 'Missing required parameter: phone');
		const digits = query.phone.replace(/\D/g, '');
		if (digits.length < 10 || digits.length > 15) throw new HttpError(400, 'Invalid phone number format');
		const hasActiveSession = Object.values(state.sessions).some(
			(s) => s.contactId.replace(/\D/g, '') === digits && (!query.tenantId || s.tenantId === query.tenantId),
		);
		return { status: 200, body: wrap({ hasActiveSession }) };
	});

	return Object.assign(sim, {
		apiKey: Object.keys(sim.state.apiKeys)[0],
		jwt: Object.keys(sim.state.jwts)[0],
		teams: { support: SUPPORT_TEAM, closed: CLOSED_TEAM },
		defaultTenant: DEFAULT_TENANT,
	});
}

module.exports = { createChatNationSimulator };
