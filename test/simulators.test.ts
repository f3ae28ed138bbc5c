import axios from 'axios';
import type { AxiosInstance } from 'axios';

import { createBotcopySimulator, stepOneBody, stepTwoBody } from '../simulators/botcopy';
import * as botcopy from '../simulators/botcopy';
import { claimWebhookBody, createCertainlySimulator, userMessageWebhookBody } from '../simulators/certainly';
import * as certainly from '../simulators/certainly';
import { createZohoDeskSimulator, startEchoServer, threadAddEvent } from '../simulators/zohodesk';
import * as zohodesk from '../simulators/zohodesk';

const client = (baseURL: string): AxiosInstance => axios.create({ baseURL, validateStatus: () => true, maxRedirects: 0 });

describe('Botcopy simulator', () => {
	const sim = createBotcopySimulator();
	let http: AxiosInstance;
	const push = (body: object, headers: Record<string, string> = { Authorization: sim.apiKey }) =>
		http.post('/webhooks/handover/push', body, { headers });

	beforeAll(async () => {
		http = client(await sim.start());
	});
	afterAll(async () => await sim.stop());
	beforeEach(() => sim.reset());

	it('accepts a message with the raw API key, records it and extends the pause', async () => {
		const res = await push({
			eventType: 'message',
			userId: 'user-1',
			botId: 'bot_sim_1',
			text: 'Hi, how may I assist?',
			paused: true,
			minutesPaused: 5,
			agentProfile: { name: 'Jane Doe', avatarUrl: '' },
		});
		expect(res.status).toBe(200);
		expect(res.data).toEqual({ success: true });
		expect(sim.state.delivered).toEqual([
			{
				eventType: 'message',
				userId: 'user-1',
				botId: 'bot_sim_1',
				text: 'Hi, how may I assist?',
				agentProfile: { name: 'Jane Doe', avatarUrl: '' },
				paused: true,
				minutesPaused: 5,
				at: expect.any(String),
			},
		]);
		expect(sim.isPaused('bot_sim_1', 'user-1')).toBe(true);
		expect(sim.state.pauses['bot_sim_1:user-1'].until).toBeGreaterThan(Date.now() + 4 * 60_000);

		const resume = await push({ eventType: 'channel_update', userId: 'user-1', botId: 'bot_sim_1', paused: false, unpauseChatEvent: 'none' });
		expect(resume.status).toBe(200);
		expect(sim.isPaused('bot_sim_1', 'user-1')).toBe(false);
		expect(sim.state.delivered[1]).toMatchObject({ eventType: 'channel_update', paused: false, unpauseChatEvent: 'none' });

		const typing = await push({ eventType: 'user_typing', userId: 'user-1', botId: 'bot_sim_1' });
		expect(typing.status).toBe(200);
		expect(sim.state.delivered[2]).toMatchObject({ eventType: 'user_typing', paused: false });
	});

	it('rejects a missing, wrong or Bearer-prefixed key with {error}', async () => {
		const body = { eventType: 'user_typing', userId: 'u', botId: 'bot_sim_1' };
		const missing = await push(body, {});
		expect(missing.status).toBe(401);
		expect(missing.data).toEqual({ error: expect.stringMatching(/Missing API key/) });
		const wrong = await push(body, { Authorization: 'nope' });
		expect(wrong.status).toBe(401);
		expect(wrong.data).toEqual({ error: 'Invalid API key' });
		expect((await push(body, { Authorization: `Bearer ${sim.apiKey}` })).status).toBe(401);
		// The older docs' body accessToken only counts when that mode is on.
		expect((await push({ ...body, accessToken: sim.apiKey }, {})).status).toBe(401);
		sim.state.acceptBodyAccessToken = true;
		expect((await push({ ...body, accessToken: sim.apiKey }, {})).status).toBe(200);
		expect((await push({ ...body, accessToken: 'nope' }, {})).status).toBe(401);
		expect(sim.state.delivered).toHaveLength(1);
	});

	it('requires Content-Type application/json', async () => {
		const res = await http.post('/webhooks/handover/push', 'eventType=message', {
			headers: { Authorization: sim.apiKey, 'Content-Type': 'application/x-www-form-urlencoded' },
		});
		expect(res.status).toBe(415);
		expect(res.data.error).toMatch(/application\/json/);
	});

	it('rejects invalid bodies naming the field', async () => {
		const base = { userId: 'u', botId: 'bot_sim_1' };
		const cases: Array<[object, number, RegExp]> = [
			[{ ...base, eventType: 'message', paused: true, minutesPaused: 5 }, 400, /^text is required/],
			[{ ...base, eventType: 'message', text: '  ', paused: true, minutesPaused: 5 }, 400, /^text must not be empty/],
			[{ ...base, eventType: 'message', text: 'hi', paused: true }, 400, /^minutesPaused is required/],
			[{ ...base, eventType: 'message', text: 'hi', paused: true, minutesPaused: 0 }, 400, /^minutesPaused must be a positive/],
			[{ ...base, eventType: 'message', text: 'hi', paused: 'yes' }, 400, /^paused must be a boolean/],
			[{ ...base, eventType: 'message', text: 'hi', colour: 'red' }, 400, /colour/],
			[{ ...base, eventType: 'agent_typing' }, 400, /^eventType must be one of/],
			[{ ...base, eventType: 'channel_update' }, 400, /^paused is required/],
			[{ ...base, eventType: 'channel_update', paused: true, minutesPaused: 5, unpauseChatEvent: 'none' }, 400, /unpauseChatEvent/],
			[{ ...base, eventType: 'channel_update', paused: true, minutesPaused: 5, agentProfile: { name: 1 } }, 400, /agentProfile\.name/],
			[{ eventType: 'user_typing', botId: 'bot_sim_1' }, 400, /^userId is required/],
			[{ ...base, botId: 'bot_unknown', eventType: 'user_typing' }, 404, /bot_unknown/],
		];
		for (const [body, status, message] of cases) {
			const res = await push(body);
			expect([res.status, res.data.error]).toEqual([status, expect.stringMatching(message)]);
		}
		expect(sim.state.delivered).toEqual([]);
	});

	it('returns an injected 429 with Retry-After', async () => {
		sim.inject({ status: 429, retryAfter: 7 });
		const res = await push({ eventType: 'user_typing', userId: 'u', botId: 'bot_sim_1' });
		expect(res.status).toBe(429);
		expect(res.headers['retry-after']).toBe('7');
		expect(res.data).toEqual({ error: 'Too Many Requests' });
		expect((await push({ eventType: 'user_typing', userId: 'u', botId: 'bot_sim_1' })).status).toBe(200);
	});

	it('delivers Step One and Step Two webhook calls the way Botcopy does', async () => {
		const receiver = await startEchoServer(200, { paused: true, minutesPaused: 10 });
		try {
			const one = await botcopy.send(receiver.url, stepOneBody({ userId: 'u1', botId: 'bot_sim_1', confidence: 0.42 }), { token: 'shared-token' });
			expect(one).toEqual({ status: 200, body: { paused: true, minutesPaused: 10 }, elapsedMs: expect.any(Number), withinDeadline: true });
			const [first] = receiver.requests;
			expect(first.method).toBe('POST');
			expect(first.headers.authorization).toBe('shared-token');
			expect(first.headers['content-type']).toBe('application/json');
			const sent = JSON.parse(first.body);
			expect(sent).toMatchObject({ accessToken: 'shared-token', userId: 'u1', botId: 'bot_sim_1', queryInput: { text: { text: 'handover', languageCode: 'en' } } });
			expect(sent.dialogflowResponse.queryResult).toMatchObject({ intentDetectionConfidence: 0.42, queryText: 'handover', languageCode: 'en' });
			expect(sent.dialogflowResponse.queryResult.outputContexts[0].name).toBe('bc-human-handover');
			expect(Array.isArray(sent.messageHistory)).toBe(true);

			await botcopy.send(receiver.url, stepTwoBody({ userId: 'u1', botId: 'bot_sim_1', text: 'help me please' }), {
				token: 'shared-token',
				header: 'X-Bot-Token',
			});
			const second = JSON.parse(receiver.requests[1].body);
			expect(Object.keys(second).sort()).toEqual(['accessToken', 'botId', 'queryInput', 'queryParams', 'session', 'userId']);
			expect(receiver.requests[1].headers['x-bot-token']).toBe('shared-token');
		} finally {
			await receiver.stop();
		}
	});
});

describe('Certainly simulator', () => {
	const sim = createCertainlySimulator();
	let http: AxiosInstance;
	const auth = { Authorization: 'Bearer certainly_simulated_token' };
	const path = (kind: string, user = 'webbot:u-1', bot = 'botdep_sim_1') => `/webbot/api/webchat/${bot}/${kind}/${encodeURIComponent(user)}/`;

	beforeAll(async () => {
		http = client(await sim.start());
	});
	afterAll(async () => await sim.stop());
	beforeEach(() => sim.reset());

	it('hands over, delivers an agent message and takes over with ClaimEnd', async () => {
		const handover = await http.get(path('handover'), { headers: auth });
		expect([handover.status, handover.data]).toEqual([200, { status: 'listening' }]);
		expect(sim.isListening('botdep_sim_1', 'webbot:u-1')).toBe(true);

		const sent = await http.post(path('handover'), { message: 'Hello from Agent!' }, { headers: auth });
		expect(sent.status).toBe(200);
		expect(sim.state.delivered).toEqual([{ botId: 'botdep_sim_1', userId: 'webbot:u-1', message: 'Hello from Agent!', at: expect.any(String) }]);

		const takeover = await http.get(path('takeover'), { headers: auth, params: { ClaimEnd: 'resolved' } });
		expect([takeover.status, takeover.data]).toEqual([200, { status: 'bot' }]);
		expect(sim.state.takeovers).toEqual([{ botId: 'botdep_sim_1', userId: 'webbot:u-1', claimEnd: 'resolved', at: expect.any(String) }]);

		const late = await http.post(path('handover'), { message: 'still there?' }, { headers: auth });
		expect(late.status).toBe(409);
		expect(late.data.detail).toMatch(/not in listen mode/);
	});

	it('rejects missing and wrong credentials DRF-style', async () => {
		const missing = await http.get(path('handover'));
		expect([missing.status, missing.data]).toEqual([401, { detail: 'Authentication credentials were not provided.' }]);
		const wrong = await http.get(path('handover'), { headers: { Authorization: 'Bearer wrong' } });
		expect([wrong.status, wrong.data]).toEqual([401, { detail: 'Invalid token.' }]);
		expect(sim.state.listening).toEqual({});
	});

	it('takes the header name and value from the options', async () => {
		const custom = createCertainlySimulator({ authHeader: 'X-Access-Token', authValue: 'tok_123' });
		const customHttp = client(await custom.start());
		try {
			expect((await customHttp.get(path('handover'), { headers: auth })).status).toBe(401);
			expect((await customHttp.get(path('handover'), { headers: { 'X-Access-Token': 'tok_123' } })).status).toBe(200);
		} finally {
			await custom.stop();
		}
	});

	it('rejects invalid bodies naming the field, unknown bots and paths without the slash', async () => {
		await http.get(path('handover'), { headers: auth });
		const cases: Array<[unknown, RegExp]> = [
			[{}, /^message: This field is required/],
			[{ message: '' }, /^message: This field may not be blank/],
			[{ message: 42 }, /^message: Not a valid string/],
			[{ message: 'hi', sender: 'agent' }, /^sender: Unknown field/],
		];
		for (const [body, detail] of cases) {
			const res = await http.post(path('handover'), body, { headers: auth });
			expect([res.status, res.data.detail]).toEqual([400, expect.stringMatching(detail)]);
		}
		const unknownBot = await http.get(path('handover', 'u', 'botdep_nope'), { headers: auth });
		expect([unknownBot.status, unknownBot.data]).toEqual([404, { detail: 'Not found.' }]);
		expect((await http.get(path('handover').slice(0, -1), { headers: auth })).status).toBe(404);
		expect((await http.get(path('takeover'), { headers: auth, params: { claimEnd: 'x' } })).status).toBe(400);
		expect(sim.state.delivered).toEqual([]);
	});

	it('returns an injected 429 with Retry-After', async () => {
		sim.inject({ status: 429, retryAfter: 30, path: '/webbot/' });
		const res = await http.get(path('handover'), { headers: auth });
		expect(res.status).toBe(429);
		expect(res.headers['retry-after']).toBe('30');
		expect(res.data).toEqual({ detail: 'Too Many Requests' });
	});

	it('builds the claim and message webhook bodies and posts them', async () => {
		const claim = claimWebhookBody({ userId: 'webbot:u-9', botId: 'botdep_sim_1', sessionId: 's-1', firstName: 'Ada', customVariables: { tier: 'gold' } });
		expect(claim).toMatchObject({ to: 'webbot:u-9', from: 'token', direction: 'out', botId: 'botdep_sim_1', sessionId: 's-1', firstName: 'Ada', customVariables: { tier: 'gold' }, extractedData: {} });
		expect(Object.keys(claim).sort()).toEqual(
			['attachedMedia', 'botId', 'botTrainedModelId', 'customVariables', 'direction', 'extractedData', 'firstName', 'from', 'lastName', 'moduleId', 'reply', 'replyData', 'sessionId', 'to'].sort(),
		);
		const message = userMessageWebhookBody({ userId: '0b7c', message: 'I need a human' });
		expect(message).toEqual({
			interlocutor: 'user',
			data: { error: null, message: { user_profile: {}, ref: null, user_id: 'webbot:0b7c', timestamp: expect.any(Number), message: 'I need a human', attachments: [] } },
		});
		const receiver = await startEchoServer(200);
		try {
			const result = await certainly.send(receiver.url, message, { headers: { 'X-Secret': 's' } });
			expect(result).toEqual({ status: 200, body: { ok: true }, elapsedMs: expect.any(Number) });
			expect(JSON.parse(receiver.requests[0].body)).toEqual(message);
			expect(receiver.requests[0].headers['x-secret']).toBe('s');
		} finally {
			await receiver.stop();
		}
	});
});

describe('Zoho Desk simulator', () => {
	const sim = createZohoDeskSimulator();
	let http: AxiosInstance;
	let token: string;
	const desk = (accessToken = token, orgId: string | null = sim.orgId) => ({
		Authorization: `Zoho-oauthtoken ${accessToken}`,
		...(orgId === null ? {} : { orgId }),
	});
	const refresh = (extra: Record<string, string> = {}) =>
		http.post('/oauth/v2/token', undefined, {
			params: { grant_type: 'refresh_token', client_id: sim.clientId, client_secret: sim.clientSecret, refresh_token: sim.refreshToken, ...extra },
		});
	const createTicket = (body: object, accessToken = token) => http.post('/api/v1/tickets', body, { headers: desk(accessToken) });

	beforeAll(async () => {
		http = client(await sim.start());
	});
	afterAll(async () => await sim.stop());
	beforeEach(() => {
		sim.reset();
		token = sim.issueAccessToken();
	});

	it('refreshes an access token (query or form), which expires and can be refreshed again', async () => {
		const res = await refresh();
		expect(res.status).toBe(200);
		expect(res.data).toEqual({ access_token: expect.any(String), scope: expect.any(String), api_domain: sim.url, token_type: 'Bearer', expires_in: 3600 });
		const accessToken: string = res.data.access_token;
		expect((await http.get('/api/v1/departments', { headers: desk(accessToken) })).status).toBe(200);

		sim.expireAccessTokens();
		const expired = await http.get('/api/v1/departments', { headers: desk(accessToken) });
		expect([expired.status, expired.data]).toEqual([401, { errorCode: 'INVALID_OAUTH', message: 'The OAuth Token you provided is invalid.' }]);

		const form = new URLSearchParams({ grant_type: 'refresh_token', client_id: sim.clientId, client_secret: sim.clientSecret, refresh_token: sim.refreshToken });
		const again = await http.post('/oauth/v2/token', form);
		expect((await http.get('/api/v1/departments', { headers: desk(again.data.access_token) })).status).toBe(200);

		sim.state.accessTokenTtlSec = 0;
		const instant = await refresh();
		expect(instant.data.expires_in).toBe(0);
		expect((await http.get('/api/v1/departments', { headers: desk(instant.data.access_token) })).status).toBe(401);
	});

	it('answers token errors with 200 and an error field', async () => {
		expect((await refresh({ client_secret: 'wrong' })).data).toEqual({ error: 'invalid_client' });
		expect((await refresh({ refresh_token: 'unknown' })).data).toEqual({ error: 'invalid_code' });
		sim.revokeRefreshToken(sim.refreshToken);
		const revoked = await refresh();
		expect([revoked.status, revoked.data]).toEqual([200, { error: 'invalid_code' }]);
	});

	it('runs the authorization-code flow and enforces the granted scopes', async () => {
		const redirectUri = 'https://n8n.example/rest/oauth2-credential/callback';
		const auth = await http.get('/oauth/v2/auth', {
			params: { client_id: sim.clientId, response_type: 'code', scope: 'Desk.tickets.READ,Desk.basic.READ', redirect_uri: redirectUri, access_type: 'offline', state: 'xyz', prompt: 'consent' },
		});
		expect(auth.status).toBe(302);
		const location = new URL(auth.headers.location);
		expect(`${location.origin}${location.pathname}`).toBe(redirectUri);
		expect(location.searchParams.get('state')).toBe('xyz');
		expect(location.searchParams.get('location')).toBe('us');
		expect(location.searchParams.get('accounts-server')).toBe(sim.url);
		const code = location.searchParams.get('code') ?? '';

		const exchange = (redirect = redirectUri) =>
			http.post('/oauth/v2/token', new URLSearchParams({ grant_type: 'authorization_code', code, client_id: sim.clientId, client_secret: sim.clientSecret, redirect_uri: redirect }));
		const tokens = await exchange();
		expect(tokens.data).toMatchObject({ access_token: expect.any(String), refresh_token: expect.any(String), scope: 'Desk.tickets.READ Desk.basic.READ', api_domain: sim.url });
		expect((await exchange()).data).toEqual({ error: 'invalid_code' });

		const limited: string = tokens.data.access_token;
		expect((await http.get('/api/v1/departments', { headers: desk(limited) })).status).toBe(200);
		const mismatch = await createTicket({ subject: 'x', departmentId: sim.departmentId, contact: { lastName: 'Doe' } }, limited);
		expect(mismatch.status).toBe(401);
		expect(mismatch.data.errorCode).toBe('SCOPE_MISMATCH');
		expect(mismatch.data.message).toMatch(/Desk\.tickets\.CREATE/);
		// search needs Desk.search.READ as well as Desk.tickets.READ
		expect((await http.get('/api/v1/tickets/search', { headers: desk(limited) })).data.errorCode).toBe('SCOPE_MISMATCH');
		// scopes compare case-insensitively and X.Y.ALL covers X.Y.<op>
		const lower = sim.issueAccessToken(['desk.tickets.all']);
		expect((await createTicket({ subject: 'x', departmentId: sim.departmentId, contact: { lastName: 'Doe' } }, lower)).status).toBe(200);
	});

	it('checks the orgId header except on /organizations', async () => {
		const orgs = await http.get('/api/v1/organizations', { headers: desk(token, null) });
		expect(orgs.status).toBe(200);
		expect(orgs.data.data[0]).toMatchObject({ id: sim.orgId, companyName: expect.any(String) });
		const missing = await http.get('/api/v1/departments', { headers: desk(token, null) });
		expect([missing.status, missing.data.errorCode]).toEqual([422, 'UNPROCESSABLE_ENTITY']);
		const wrong = await http.get('/api/v1/departments', { headers: desk(token, '123') });
		expect([wrong.status, wrong.data.errorCode]).toEqual([401, 'OAUTH_ORG_MISMATCH']);
		const noAuth = await http.get('/api/v1/departments', { headers: { orgId: sim.orgId } });
		expect([noAuth.status, noAuth.data.errorCode]).toEqual([401, 'INVALID_OAUTH']);
	});

	it('lists departments with filters, 204 when none match, 422 for bad or extra params', async () => {
		const all = await http.get('/api/v1/departments', { headers: desk(), params: { isEnabled: 'true', limit: 200 } });
		expect(all.data.data.map((d: { name: string }) => d.name)).toEqual(['Support', 'Sales']);
		const none = await http.get('/api/v1/departments', { headers: desk(), params: { searchStr: 'zzz' } });
		expect([none.status, none.data]).toEqual([204, '']);
		const tooMany = await http.get('/api/v1/departments', { headers: desk(), params: { limit: 201 } });
		expect(tooMany.status).toBe(422);
		expect(tooMany.data).toMatchObject({ errorCode: 'INVALID_DATA', errors: [{ fieldName: '/limit', errorType: 'invalid' }] });
		const extra = await http.get('/api/v1/departments', { headers: desk(), params: { sortOrder: 'asc' } });
		expect([extra.status, extra.data]).toEqual([422, { errorCode: 'UNPROCESSABLE_ENTITY', message: "Extra query parameter 'sortOrder' is present in the input." }]);
	});

	it('creates tickets, matching contacts by email, and reads them back', async () => {
		const first = await createTicket({
			subject: 'Handover: billing question',
			departmentId: sim.departmentId,
			contact: { lastName: 'Doe', email: 'jane@example.com' },
			description: 'Transcript…',
			channel: 'Chat',
			priority: 'High',
			cf: { cf_session_id: 'sess-42' },
		});
		expect(first.status).toBe(200);
		expect(first.data).toMatchObject({
			ticketNumber: '101',
			subject: 'Handover: billing question',
			departmentId: sim.departmentId,
			status: 'Open',
			channel: 'Chat',
			cf: { cf_session_id: 'sess-42' },
			webUrl: `${sim.url}/support/org/ShowHomePage.do#Cases/dv/${first.data.id}`,
		});
		const second = await createTicket({ subject: 'Again', departmentId: sim.departmentId, contact: { email: 'JANE@example.com' } });
		expect(second.data.ticketNumber).toBe('102');
		expect(second.data.contactId).toBe(first.data.contactId);
		expect(sim.state.contacts).toHaveLength(1);

		const read = await http.get(`/api/v1/tickets/${first.data.id}`, { headers: desk(), params: { include: 'contacts' } });
		expect(read.data).toMatchObject({ id: first.data.id, contact: { email: 'jane@example.com' } });
		const unknown = await http.get('/api/v1/tickets/1892000000999999', { headers: desk() });
		expect([unknown.status, unknown.data.errorCode]).toEqual([404, 'URL_NOT_FOUND']);
	});

	it('rejects invalid tickets with INVALID_DATA naming the field', async () => {
		const cases: Array<[object, string, string]> = [
			[{ subject: 'x', contact: { lastName: 'Doe' } }, '/departmentId', 'missing'],
			[{ subject: 'x', departmentId: '1', contact: { lastName: 'Doe' } }, '/departmentId', 'invalid'],
			[{ departmentId: sim.departmentId, contact: { lastName: 'Doe' } }, '/subject', 'missing'],
			[{ subject: 'x'.repeat(256), departmentId: sim.departmentId, contact: { lastName: 'Doe' } }, '/subject', 'invalid'],
			[{ subject: 'x', departmentId: sim.departmentId }, '/contactId', 'missing'],
			[{ subject: 'x', departmentId: sim.departmentId, contact: { firstName: 'Jane' } }, '/contact/lastName', 'missing'],
			[{ subject: 'x', departmentId: sim.departmentId, contactId: 'nope' }, '/contactId', 'invalid'],
			[{ subject: 'x', departmentId: sim.departmentId, contact: { lastName: 'Doe' }, sessionId: 's' }, '/sessionId', 'invalid'],
			[{ subject: 'x', departmentId: sim.departmentId, contact: { lastName: 'Doe' }, cf: { session: 's' } }, '/cf/session', 'invalid'],
		];
		for (const [body, fieldName, errorType] of cases) {
			const res = await createTicket(body);
			expect(res.status).toBe(422);
			expect(res.data).toEqual({
				errorCode: 'INVALID_DATA',
				message: 'The data is invalid due to validation restrictions',
				errors: [{ fieldName, errorType, errorMessage: expect.any(String) }],
			});
		}
		expect(sim.state.tickets).toEqual([]);
	});

	it('searches by custom field and returns 204 when nothing matches', async () => {
		await createTicket({ subject: 'A', departmentId: sim.departmentId, contact: { lastName: 'A' }, cf: { cf_session_id: 'sess-1' } });
		const target = await createTicket({ subject: 'B', departmentId: sim.departmentId, contact: { lastName: 'B' }, cf: { cf_session_id: 'sess-2' } });
		const found = await http.get('/api/v1/tickets/search', { headers: desk(), params: { customField1: 'cf_session_id:sess-2', status: 'Open' } });
		expect(found.status).toBe(200);
		expect(found.data.count).toBe(1);
		expect(found.data.data[0].id).toBe(target.data.id);
		const wildcard = await http.get('/api/v1/tickets/search', { headers: desk(), params: { customField1: 'cf_session_id:sess-*' } });
		expect(wildcard.data.count).toBe(2);
		const none = await http.get('/api/v1/tickets/search', { headers: desk(), params: { customField1: 'cf_session_id:sess-3' } });
		expect(none.status).toBe(204);
		const badFormat = await http.get('/api/v1/tickets/search', { headers: desk(), params: { customField1: 'session_id=sess-2' } });
		expect(badFormat.data.errors[0].fieldName).toBe('/customField1');
		const extra = await http.get('/api/v1/tickets/search', { headers: desk(), params: { sessionId: 'sess-2' } });
		expect(extra.data.message).toBe("Extra query parameter 'sessionId' is present in the input.");
	});

	it('adds a comment and records the sourceId header', async () => {
		const ticket = await createTicket({ subject: 'C', departmentId: sim.departmentId, contact: { lastName: 'C' } });
		const comment = await http.post(
			`/api/v1/tickets/${ticket.data.id}/comments`,
			{ content: 'Bot transcript', contentType: 'plainText', isPublic: false },
			{ headers: { ...desk(), sourceId: 'src-1' } },
		);
		expect(comment.status).toBe(200);
		expect(comment.data).toMatchObject({ content: 'Bot transcript', contentType: 'plainText', isPublic: false });
		expect(sim.state.comments[0]).toMatchObject({ ticketId: ticket.data.id, sourceId: 'src-1' });
		const bad = await http.post(`/api/v1/tickets/${ticket.data.id}/comments`, { content: 'x', contentType: 'markdown' }, { headers: desk() });
		expect(bad.data.errors[0].fieldName).toBe('/contentType');
	});

	it('creates a webhook only when its URL answers the validation GET with 200', async () => {
		const good = await startEchoServer(200);
		const bad = await startEchoServer(500);
		try {
			const empty = await http.get('/api/v1/webhooks', { headers: desk() });
			expect(empty.status).toBe(204);

			const subscriptions = { Ticket_Thread_Add: { departmentIds: [sim.departmentId], direction: 'out' }, Ticket_Comment_Add: null };
			const created = await http.post('/api/v1/webhooks', { url: good.url, subscriptions, name: 'n8n', isEnabled: true }, { headers: desk() });
			expect(created.status).toBe(200);
			expect(created.data).toMatchObject({ id: expect.any(String), url: good.url, subscriptions, type: 'CUSTOMER_WEBHOOK' });
			expect(good.requests.map((r) => r.method)).toEqual(['GET']);

			const refused = await http.post('/api/v1/webhooks', { url: bad.url, subscriptions }, { headers: desk() });
			expect(refused.status).toBe(422);
			expect(refused.data).toMatchObject({ errorCode: 'INVALID_DATA', errors: [{ fieldName: '/url', errorType: 'invalid' }] });
			expect(bad.requests.map((r) => r.method)).toEqual(['GET', 'POST']);

			const badFilter = await http.post('/api/v1/webhooks', { url: good.url, subscriptions: { Contact_Add: { departmentIds: [] } } }, { headers: desk() });
			expect(badFilter.data.errors[0].fieldName).toBe('/subscriptions/Contact_Add');

			const list = await http.get('/api/v1/webhooks', { headers: desk() });
			expect(list.data.data).toHaveLength(1);
			const removed = await http.delete(`/api/v1/webhooks/${created.data.id}`, { headers: desk() });
			expect(removed.status).toBe(204);
			expect((await http.get('/api/v1/webhooks', { headers: desk() })).status).toBe(204);
		} finally {
			await good.stop();
			await bad.stop();
		}
	});

	it('returns an injected 429 as TOO_MANY_REQUESTS with Retry-After', async () => {
		sim.inject({ status: 429, retryAfter: 60, path: '/api/v1/tickets' });
		const res = await createTicket({ subject: 'x', departmentId: sim.departmentId, contact: { lastName: 'Doe' } });
		expect(res.status).toBe(429);
		expect(res.headers['retry-after']).toBe('60');
		expect(res.data).toEqual({ errorCode: 'TOO_MANY_REQUESTS', message: 'Too Many Requests' });
		expect((await createTicket({ subject: 'x', departmentId: sim.departmentId, contact: { lastName: 'Doe' } })).status).toBe(200);
	});

	it('delivers a Ticket_Thread_Add event as a JSON array', async () => {
		const receiver = await startEchoServer(200);
		try {
			const event = threadAddEvent({ ticketId: '1892000000100001', content: 'An agent reply', authorName: 'Amina', direction: 'out' });
			const result = await zohodesk.send(receiver.url, event);
			expect(result).toMatchObject({ status: 200, withinDeadline: true });
			const [delivered] = JSON.parse(receiver.requests[0].body);
			expect(delivered).toMatchObject({
				eventType: 'Ticket_Thread_Add',
				orgId: sim.orgId,
				eventTime: expect.stringMatching(/^\d+$/),
				payload: { ticketId: '1892000000100001', content: 'An agent reply', direction: 'out', author: { name: 'Amina', type: 'AGENT' } },
			});
		} finally {
			await receiver.stop();
		}
	});
});
