import axios from 'axios';
import type { AxiosInstance } from 'axios';

import * as zohodesk from '../../simulators/zohodesk';
import { startEchoServer } from '../../simulators/webhooks';

const client = (baseURL: string): AxiosInstance => axios.create({ baseURL, validateStatus: () => true, maxRedirects: 0 });

describe('Zoho Desk simulator', () => {
	const sim = zohodesk.createZohoDeskSimulator();
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
			const event = zohodesk.threadAddEvent({ ticketId: '1892000000100001', content: 'An agent reply', authorName: 'Amina', direction: 'out' });
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
