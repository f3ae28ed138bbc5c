import type { IDataObject } from 'n8n-workflow';

import { createZohoDeskSimulator } from '../simulators/zohodesk';
import { HOSTILE_IDS } from './helpers/hostile';
import { outputOf } from './helpers/n8n';
import { serveSimulator } from './helpers/simulators';
import { zohoDeskFixture } from './helpers/zohodesk';

const sim = createZohoDeskSimulator({ accessTokenTtlSec: 3600 });
const { zohoCredential, zohoNode, handoverParameters, chat, run } = zohoDeskFixture(sim);
const served = serveSimulator(sim, { faultProxy: true });
const viaProxy = () => zohoCredential({ deskBaseUrl: served.proxy.url! });

const ticketsOf = (sessionId: string) => sim.state.tickets.filter((t: IDataObject) => (t.cf as IDataObject).cf_chat_session_id === sessionId);
const createFromChat = async (item: IDataObject) =>
	(await run(zohoNode(handoverParameters(), { continueOnFail: true }), [item], viaProxy())).result;

describe('Zoho Desk → Create From Chat when Zoho fails after creating the ticket', () => {
	it.each([500, 502, 503])('finds the ticket Zoho created before answering %i, and creates no other', async (status) => {
		served.proxy.plan({ method: 'POST', path: '/api/v1/tickets', status });
		const result = await createFromChat(chat());
		expect(result.status).toBe('success');
		const [ticket] = ticketsOf('sess-4f2a');
		expect(ticketsOf('sess-4f2a')).toHaveLength(1);
		expect(outputOf(result, 'Zoho Desk')[0].json).toMatchObject({ success: true, ticketId: ticket.id, alreadyExists: true });
		expect(sim.received('POST', '/api/v1/tickets')).toHaveLength(1);
	});

	it('creates the ticket again when the failed create did not reach Zoho', async () => {
		served.proxy.plan({ method: 'POST', path: '/api/v1/tickets', status: 502, after: false });
		const result = await createFromChat(chat());
		expect(ticketsOf('sess-4f2a')).toHaveLength(1);
		expect(outputOf(result, 'Zoho Desk')[0].json).toMatchObject({ ticketId: ticketsOf('sess-4f2a')[0].id, alreadyExists: false });
		expect(served.proxy.stats().faults).toEqual({ '502': 1 });
	});

	it('gives up after three unclear creates, saying it may have created the ticket', async () => {
		served.proxy.plan({ method: 'POST', path: '/api/v1/tickets', status: 502, after: false, times: 3 });
		const result = await createFromChat(chat());
		expect(outputOf(result, 'Zoho Desk')[0].json.error).toBe(
			'Zoho Desk answered 502: Bad Gateway. It may have created the ticket: check before running it again',
		);
		expect(sim.state.tickets).toHaveLength(0);
		expect(served.proxy.stats().faults).toEqual({ '502': 3 });
	});

	it('reads a reset connection after the create as unclear too', async () => {
		served.proxy.plan({ method: 'POST', path: '/api/v1/tickets', reset: true });
		const result = await createFromChat(chat());
		expect(result.status).toBe('success');
		expect(ticketsOf('sess-4f2a')).toHaveLength(1);
	});
});

describe('Zoho Desk → Create From Chat under concurrency', () => {
	// Latency before and after Zoho does the work, seeded, so executions interleave the same way on every run.
	const latency = (seed: number) =>
		served.proxy.mix({ rate: 1, seed, faults: [{ delayMs: 20, after: false }, { delayMs: 150, after: false }, { delayMs: 300 }, { delayMs: 60 }] });

	it('20 simultaneous handovers of one session leave one open ticket, and all return it', async () => {
		latency(11);
		const results = await Promise.all(Array.from({ length: 20 }, async () => await createFromChat(chat())));
		const open = ticketsOf('sess-4f2a');
		expect(open).toHaveLength(1);
		const ids = results.map((result) => outputOf(result, 'Zoho Desk')[0].json.ticketId);
		expect(ids).toEqual(Array(20).fill(open[0].id));
		const created = sim.received('POST', '/api/v1/tickets').filter((r) => r.path === '/api/v1/tickets').length;
		// The race really happened (16 creates with this seed): every loser merged its own ticket into the winner.
		expect(created).toBeGreaterThan(1);
		expect(sim.state.mergedTickets).toHaveLength(created - 1);
		expect(sim.state.mergedTickets.every((t: IDataObject) => t.mergedInto === open[0].id)).toBe(true);
		expect(results.filter((result) => outputOf(result, 'Zoho Desk')[0].json.alreadyExists === false)).toHaveLength(1);
	});

	it('20 sessions at once get 20 tickets, none crossed', async () => {
		latency(5);
		const sessions = Array.from({ length: 20 }, (_, i) => `sess-${i}`);
		const results = await Promise.all(sessions.map(async (sessionId) => await createFromChat(chat({ sessionId }))));
		expect(sim.state.tickets).toHaveLength(20);
		expect(sim.state.mergedTickets).toHaveLength(0);
		results.forEach((result, i) => {
			const [ticket] = ticketsOf(sessions[i]);
			expect(outputOf(result, 'Zoho Desk')[0].json).toMatchObject({ ticketId: ticket.id, sessionId: sessions[i] });
		});
	});
});

describe('Zoho Desk → what goes into HTML', () => {
	it('escapes every value put into the ticket description', async () => {
		const hostile = chat({
			sessionId: '<script>alert(1)</script>',
			userName: '<img src=x onerror=alert(2)>',
			userEmail: '<b>x@evil.example',
			reason: '<iframe src=javascript:alert(3)>',
		});
		const { result } = await run(zohoNode(handoverParameters({ userPhone: '<svg/onload=alert(4)>' })), [hostile]);
		expect(result.status).toBe('success');
		const { description } = sim.state.tickets[0];
		expect(description).not.toMatch(/<(script|img|iframe|svg)/i);
		expect(description).toContain('<b>Handover reason:</b> &lt;iframe src=javascript:alert(3)&gt;');
		expect(description).toContain('<b>Chat session:</b> &lt;script&gt;alert(1)&lt;/script&gt;');
		expect(description).toContain('<b>User:</b> &lt;img src=x onerror=alert(2)&gt; &lt;&lt;b&gt;x@evil.example&gt; &lt;svg/onload=alert(4)&gt;');
	});
});

describe('Zoho Desk → IDs are values, not paths', () => {
	const hostile = HOSTILE_IDS;
	it.each(['get', 'update', 'add'])('%s refuses a hostile Ticket ID before calling Zoho', async (operation) => {
		const parameters =
			operation === 'add'
				? { resource: 'comment', operation, ticketId: '={{ $json.id }}', content: 'hi' }
				: { resource: 'ticket', operation, ticketId: '={{ $json.id }}', updateFields: { status: 'Closed' } };
		const { result } = await run(
			zohoNode(parameters, { continueOnFail: true }),
			hostile.map(([id]) => ({ id })),
		);
		expect(outputOf(result, 'Zoho Desk').map((item) => item.json.error)).toEqual(
			hostile.map(([, problem], i) => `Ticket ID ${problem} [item ${i}]`),
		);
		expect(sim.requests.filter((request) => request.path.startsWith('/api/'))).toEqual([]);
	});
});
