import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { createZohoDeskSimulator } from '../simulators/zohodesk';
import { outputOf } from './helpers/n8n';
import { canaryKey } from './helpers/package';
import { serveSimulator } from './helpers/simulators';
import { zohoDeskFixture } from './helpers/zohodesk';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { captureOutput } = require('./helpers/capture-output.js') as {
	captureOutput: () => { text: () => string; stop: () => void };
};

const clientSecret = canaryKey('zoho_secret');
const refreshToken = canaryKey('1000.refresh');
const sim = createZohoDeskSimulator({ clientSecret, refreshToken, accessTokenTtlSec: 3600 });
const { zohoCredential, zohoNode, handoverParameters, chat, run } = zohoDeskFixture(sim, refreshToken, clientSecret);

serveSimulator(sim);

const deskRequests = () => sim.requests.filter((request) => request.path.startsWith('/api/v1/'));

describe('Zoho Desk → Ticket → Create From Chat', () => {
	it('opens one ticket per session: two calls the first time, one call and alreadyExists the second', async () => {
		const first = await run(zohoNode(handoverParameters()), [chat()]);
		expect(first.result.status).toBe('success');
		const [created] = outputOf(first.result, 'Zoho Desk');
		expect(created.json).toEqual({
			success: true,
			ticketId: sim.state.tickets[0].id,
			ticketNumber: sim.state.tickets[0].ticketNumber,
			alreadyExists: false,
			webUrl: sim.state.tickets[0].webUrl,
			sessionId: 'sess-4f2a',
			message: 'Ticket created successfully in Zoho Desk',
		});
		// Search, create, search again: another execution may have created the session's ticket meanwhile.
		expect(deskRequests().map((r) => `${r.method} ${r.path}`)).toEqual([
			'GET /api/v1/tickets/search',
			'POST /api/v1/tickets',
			'GET /api/v1/tickets/search',
		]);
		expect(deskRequests()[0].query).toEqual({ customField1: 'cf_chat_session_id:sess-4f2a', limit: '100' });
		expect(deskRequests()[0].headers.orgid).toBe(sim.orgId);

		const ticket = sim.state.tickets[0];
		expect(ticket.cf).toEqual({ cf_chat_session_id: 'sess-4f2a' });
		expect(ticket.channel).toBe('Chat');
		expect(ticket.description).toContain('Low Confidence - 52%');
		expect(ticket.description).toContain('(last 3 of 4 turns)');
		expect(ticket.description).not.toContain('router keeps dropping');
		expect(ticket.description).toContain('[10:02] User: Yes, &lt;twice&gt;');
		expect(ticket.description).toContain('[10:03] Bot: I am not sure I can help.');
		expect(sim.state.contacts).toEqual([expect.objectContaining({ firstName: 'Jane', lastName: 'Doe', email: 'jane@example.com' })]);

		sim.requests.length = 0;
		const second = await run(zohoNode(handoverParameters()), [chat({ reason: 'User requested a human: "agent"' })]);
		const [again] = outputOf(second.result, 'Zoho Desk');
		expect(again.json).toMatchObject({ ticketId: ticket.id, alreadyExists: true, message: 'Ticket already exists for this session' });
		expect(deskRequests().map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v1/tickets/search']);
		expect(sim.state.tickets).toHaveLength(1);
	});

	it('can mark the session in the subject instead, tag the ticket and take a plain-text transcript', async () => {
		const node = zohoNode(
			handoverParameters({
				sessionMarker: 'subjectPrefix',
				additionalFields: { tags: 'handover, chat', priority: 'High', customFields: '{"cf_product": "Router"}' },
			}),
		);
		const transcript = 'user: where is my order?\nbot: I could not find it';
		const { result } = await run(node, [chat({ transcript }), chat({ transcript, sessionId: 'sess-2' })]);
		expect(result.status).toBe('success');
		const tickets = sim.state.tickets;
		expect(tickets.map((t: IDataObject) => t.subject)).toEqual([
			'[chat:sess-4f2a] Chat handover: Jane Doe',
			'[chat:sess-2] Chat handover: Jane Doe',
		]);
		expect(tickets[0]).toMatchObject({ priority: 'High', cf: { cf_product: 'Router' }, tags: ['handover', 'chat'] });
		expect(tickets[0].description).toContain('User: where is my order?<br>Bot: I could not find it');
		expect(sim.state.contacts).toHaveLength(1);
		expect(deskRequests()[0].query).toEqual({ subject: '[chat:sess-4f2a]*', limit: '100' });

		sim.requests.length = 0;
		const { result: again } = await run(node, [chat({ transcript })]);
		expect(outputOf(again, 'Zoho Desk')[0].json.alreadyExists).toBe(true);
	});

	it('renews an expired access token through n8n and keeps the new one', async () => {
		const credential = zohoCredential();
		sim.expireAccessTokens();
		const { result, helper } = await run(zohoNode(handoverParameters()), [chat()], credential);
		expect(result.status).toBe('success');
		expect(sim.received('POST', '/oauth/v2/token')).toHaveLength(1);
		const stored = (await helper.getDecrypted(undefined, undefined, 'zohoDeskOAuth2Api')) as IDataObject;
		const renewed = (stored.oauthTokenData as IDataObject).access_token as string;
		expect(sim.state.accessTokens[renewed].expiresAt).toBeGreaterThan(Date.now());
		expect(sim.state.tickets).toHaveLength(1);
	});

	it('says to reconnect when the refresh token was revoked, without leaking tokens or secrets', async () => {
		const credential = zohoCredential();
		sim.expireAccessTokens();
		sim.revokeRefreshToken(refreshToken);
		const output = captureOutput();
		const accessToken = (credential.oauthTokenData as IDataObject).access_token as string;
		const { result } = await run(zohoNode(handoverParameters(), { continueOnFail: true }), [chat()], credential);
		output.stop();
		const [item] = outputOf(result, 'Zoho Desk');
		expect(item.json.error).toMatch(/did not renew the access token .*Reconnect the Zoho Desk credential/);
		const everything = JSON.stringify(result) + output.text();
		for (const secret of [clientSecret, refreshToken, accessToken]) expect(everything).not.toContain(secret);
	});

	it.each([
		['a missing department', { departmentId: '={{ $json.departmentId }}' }, { departmentId: '' }, /^Department is required: pick one from the list or map a department ID \[item 1\]$/],
		['an email that is not an email', {}, { userEmail: 'jane.example.com' }, /^User Email is not an email address \(got "jane.example.com"\) \[item 1\]$/],
		['a transcript that is neither text nor an array', {}, { transcript: { role: 'user' } }, /^Transcript must be text or an array of \{role, text, time\} turns.* \[item 1\]$/],
		['a transcript turn without text', {}, { transcript: [{ role: 'user' }] }, /^Transcript turn 0 has no text.* \[item 1\]$/],
	])('rejects %s, naming the field and the item, and goes on with continueOnFail', async (_name, parameters: INodeParameters, input, message) => {
		const { result } = await run(zohoNode(handoverParameters(parameters), { continueOnFail: true }), [
			chat({ sessionId: 'ok-0', departmentId: sim.departmentId }),
			chat({ departmentId: sim.departmentId, ...input }),
		]);
		const items = outputOf(result, 'Zoho Desk');
		expect(items).toHaveLength(2);
		expect(items[1].json.error).toMatch(message);
		expect(items[1].pairedItem).toEqual({ item: 1 });
		expect(items[0].json.success).toBe(true);
	});

	it('fails the run on bad input without continueOnFail', async () => {
		const { result } = await run(zohoNode(handoverParameters()), [chat({ userEmail: 'nope' })]);
		expect(result.status).toBe('error');
		expect(result.data.resultData.error?.message).toBe('User Email is not an email address (got "nope") [item 0]');
		expect(sim.state.tickets).toHaveLength(0);
	});

	it('names an unknown data centre', async () => {
		const { result } = await run(zohoNode(handoverParameters(), { continueOnFail: true }), [chat()], zohoCredential({ dataCenter: 'mars', deskBaseUrl: '' }));
		expect(outputOf(result, 'Zoho Desk')[0].json.error).toMatch(/^Unknown Zoho data centre "mars" in the Zoho Desk credential: choose one of US, EU, IN, AU, JP, CA, SA, UK, CN/);
	});

	it("turns Zoho's INVALID_DATA into a message naming the field", async () => {
		const archive = sim.state.departments.find((d: IDataObject) => d.name === 'Archive').id;
		const { result } = await run(zohoNode(handoverParameters({ departmentId: archive }), { continueOnFail: true }), [chat()]);
		expect(outputOf(result, 'Zoho Desk')[0].json.error).toBe(
			'Zoho Desk answered 422: invalid data: departmentId is invalid (departmentId does not match an enabled department)',
		);
	});

	it('says which scope or organisation is wrong', async () => {
		const narrowRefresh = canaryKey('1000.narrow');
		sim.state.refreshTokens[narrowRefresh] = { clientId: sim.clientId, scopes: ['Desk.tickets.ALL'], revoked: false, createdAt: 0 };
		const narrow = zohoCredential({
			oauthTokenData: { access_token: sim.issueAccessToken(['Desk.tickets.ALL']), refresh_token: narrowRefresh, token_type: 'Bearer' },
		});
		const scope = await run(zohoNode(handoverParameters(), { continueOnFail: true }), [chat()], narrow);
		expect(outputOf(scope.result, 'Zoho Desk')[0].json.error).toMatch(/^Zoho Desk answered 401: the credential lacks a scope for this call \(.*Desk.search.READ/);

		const org = await run(zohoNode(handoverParameters(), { continueOnFail: true }), [chat()], zohoCredential({ orgId: '123' }));
		expect(outputOf(org.result, 'Zoho Desk')[0].json.error).toMatch(/^Zoho Desk answered 401: the Organisation ID in the credential does not belong/);
	});

	it('retries 429 through the shared core', async () => {
		sim.inject({ status: 429, retryAfter: 0, path: '/api/v1/tickets/search' });
		const { result } = await run(zohoNode(handoverParameters()), [chat()]);
		expect(result.status).toBe('success');
		expect(sim.received('GET', '/api/v1/tickets/search').map((r) => r.status)).toEqual([429, 204, 200]);
		expect(sim.received('POST', '/oauth/v2/token')).toHaveLength(0);
		expect(sim.state.tickets).toHaveLength(1);
	});

	it('does not retry THRESHOLD_EXCEEDED: the daily API credits are spent', async () => {
		sim.inject({ status: 400, message: 'API credits exhausted', extra: { errorCode: 'THRESHOLD_EXCEEDED' }, method: 'POST', path: '/api/v1/tickets' });
		const { result } = await run(zohoNode(handoverParameters()), [chat()]);
		expect(result.data.resultData.error?.message).toBe(
			"Zoho Desk answered 400: the organisation's daily API credits are used up (API credits exhausted); try again after they reset",
		);
		expect(sim.received('POST', '/api/v1/tickets').map((r) => r.status)).toEqual([400]);
		expect(sim.state.tickets).toHaveLength(0);
	});
});

describe('Zoho Desk → other operations', () => {
	async function createTicket(sessionId = 'sess-1') {
		await run(zohoNode(handoverParameters()), [chat({ sessionId })]);
		return sim.state.tickets.find((t: { cf: Record<string, string> }) => t.cf.cf_chat_session_id === sessionId);
	}

	it('gets, searches and updates tickets', async () => {
		const ticket = await createTicket();
		await createTicket('sess-2');
		const got = await run(zohoNode({ resource: 'ticket', operation: 'get', ticketId: ticket.id }));
		expect(outputOf(got.result, 'Zoho Desk')[0].json).toMatchObject({ id: ticket.id, contact: { email: 'jane@example.com' } });

		const bySession = await run(zohoNode({ resource: 'ticket', operation: 'search', filters: { sessionId: 'sess-2' } }));
		expect(outputOf(bySession.result, 'Zoho Desk').map((i) => i.json.cf)).toEqual([{ cf_chat_session_id: 'sess-2' }]);
		const byEmail = await run(zohoNode({ resource: 'ticket', operation: 'search', filters: { email: 'jane@*', status: 'Open' }, returnAll: true }));
		expect(outputOf(byEmail.result, 'Zoho Desk')).toHaveLength(2);
		const none = await run(zohoNode({ resource: 'ticket', operation: 'search', filters: { status: 'Closed' } }));
		expect(none.result.status).toBe('success');
		expect(outputOf(none.result, 'Zoho Desk')).toEqual([]);

		const updated = await run(
			zohoNode({ resource: 'ticket', operation: 'update', ticketId: ticket.id, updateFields: { status: 'Closed', priority: 'Low' } }),
		);
		expect(outputOf(updated.result, 'Zoho Desk')[0].json).toMatchObject({ status: 'Closed', priority: 'Low' });
		expect(sim.received('PATCH')[0].body).toEqual({ status: 'Closed', priority: 'Low' });
	});

	it('adds public and private comments with the integration source id', async () => {
		const ticket = await createTicket();
		const { result } = await run(
			zohoNode({ resource: 'comment', operation: 'add', ticketId: ticket.id, content: '={{ $json.text }}', isPublic: '={{ $json.public }}' }),
			[{ text: 'The user wrote: still broken', public: false }, { text: 'We are on it', public: true }],
		);
		expect(outputOf(result, 'Zoho Desk').map((i) => i.json.isPublic)).toEqual([false, true]);
		const comments = sim.state.comments;
		expect(comments.map((c: IDataObject) => c.content)).toEqual(['The user wrote: still broken', 'We are on it']);
		expect(comments[0].sourceId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
	});

	it('lists departments, and an empty 204 answer is an empty result', async () => {
		const { result } = await run(zohoNode({ resource: 'department', operation: 'list', returnAll: true }));
		expect(outputOf(result, 'Zoho Desk').map((i) => i.json.name)).toEqual(['Support', 'Sales']);
		sim.state.departments.forEach((d: IDataObject) => (d.isEnabled = false));
		const empty = await run(zohoNode({ resource: 'department', operation: 'list', returnAll: true }));
		expect(empty.result.status).toBe('success');
		expect(outputOf(empty.result, 'Zoho Desk')).toEqual([]);
	});
});
