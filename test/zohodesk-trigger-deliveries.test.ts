/**
 * Zoho Desk Trigger deliveries that used to hurt: bad ticket IDs (one bad event lost the whole delivery, or
 * sent a lookup to `GET /api/v1/`), and large deliveries whose lookups all started at once.
 */
import type { IDataObject, INodeParameters, IRun } from 'n8n-workflow';

import { MAX_EVENTS } from '../nodes/ZohoDesk/ZohoDeskTrigger.node';
import { LOOKUP_CONCURRENCY } from '../nodes/ZohoDesk/trigger/sessions';
import { createZohoDeskSimulator, threadAddEvent } from '../simulators/zohodesk';
import * as zohodesk from '../simulators/zohodesk';
import { captureOutput } from './helpers/capture-output';
import { outputOf } from './helpers/n8n';
import { canaryKey, credentialRef, credentials, nodeTypes } from './helpers/package';
import type { HostedTrigger } from './helpers/trigger';
import { hostTrigger, triggerWorkflow } from './helpers/trigger';

const sim = createZohoDeskSimulator();
const secret = canaryKey('zwh');
const LOOKUPS = '/api/v1/tickets/';

let trigger: HostedTrigger;
let url: string;

beforeAll(async () => await sim.start());
afterAll(async () => await sim.stop());
async function host(options: INodeParameters = {}) {
	const oauthTokenData = { access_token: sim.issueAccessToken(), refresh_token: sim.refreshToken, token_type: 'Bearer' };
	const zohoDeskOAuth2Api = { dataCenter: 'us', deskBaseUrl: sim.url!, orgId: sim.orgId, webhookSecret: secret, oauthTokenData };
	trigger = await hostTrigger(
		triggerWorkflow({
			name: 'Zoho Desk Trigger',
			type: 'n8n-nodes-handover.zohoDeskTrigger',
			parameters: { registration: 'manual', events: ['Ticket_Thread_Add', 'Ticket_Comment_Add'], options },
			credentials: credentialRef('zohoDeskOAuth2Api'),
		}),
		{ nodeTypes, credentialsHelper: credentials({ zohoDeskOAuth2Api }) },
	);
	url = `${trigger.url}?secret=${secret}`;
}
beforeEach(async () => {
	sim.reset();
	await host();
});
afterEach(async () => await trigger.stop());

/** `count` chat tickets in the simulator, ticket i marked with session `sess-i`. */
function chatTickets(count: number): string[] {
	const template = { subject: 'Chat', departmentId: sim.departmentId, status: 'Open', channel: 'Chat' };
	return Array.from({ length: count }, (_, i) => {
		const id = String(1892000000100000 + i);
		sim.state.tickets.push({ ...template, id, cf: { cf_chat_session_id: `sess-${i}` } });
		return id;
	});
}

const items = (runs: IRun[]) => runs.flatMap((run) => outputOf(run, 'Zoho Desk Trigger').map((item) => item.json));
const lookupPaths = () => sim.received('GET', '/api/v1/').map((request: IDataObject) => request.path);

/** Counts the ticket lookups the simulator is serving at once, each held for `delayMs`. */
function measureLookups(delayMs: number, times: number) {
	sim.inject({ method: 'GET', path: LOOKUPS, delayMs, times });
	const meter = { inFlight: 0, peak: 0 };
	const handle = sim.handle.bind(sim);
	sim.handle = async (req: { method: string; url: string }, res: unknown) => {
		const counted = req.method === 'GET' && req.url.startsWith(LOOKUPS);
		if (counted) meter.peak = Math.max(meter.peak, ++meter.inFlight);
		try {
			return await handle(req, res);
		} finally {
			if (counted) meter.inFlight--;
		}
	};
	return { meter, restore: () => (sim.handle = handle) };
}

describe('Zoho Desk Trigger: ticket IDs', () => {
	it('skips only the event with a bad ticket ID, with a warning naming the field, and looks up the good one', async () => {
		const [good] = chatTickets(1);
		const output = captureOutput();
		try {
			const result = await zohodesk.send(url, [
				threadAddEvent({ ticketId: '..', content: 'walks up the path' }),
				threadAddEvent({ ticketId: good, content: 'the good one' }),
			]);
			expect(result.status).toBe(200);
			await trigger.waitForExecutions(1);
			await trigger.stop();
		} finally {
			output.stop();
		}
		expect(items(trigger.executions).map((item) => [item.content, item.sessionId])).toEqual([['the good one', 'sess-0']]);
		expect(lookupPaths()).toEqual([`${LOOKUPS}${good}`]);
		expect(output.text()).toContain('skipped an event of a delivery: Invalid field: [0].payload.ticketId');
	});

	it.each([
		['".."', '..'],
		['"."', '.'],
		['a path', '../../webhooks'],
		['true', true],
		['an object with its own toString', { toString: 1 }],
		['a NUL', 'a\u0000'],
		['a lone surrogate', '\udc00'],
		['an empty string', ''],
	])('answers 400 naming the field when the only event has %s as its ticket ID, and looks nothing up', async (_name, ticketId) => {
		const event = threadAddEvent({ ticketId: 'placeholder' });
		(event.payload as IDataObject).ticketId = ticketId as IDataObject;
		const result = await zohodesk.send(url, [event, threadAddEvent({ ticketId: 'x', direction: 'in' })]);
		expect(result.status).toBe(400);
		expect(String((result.body as IDataObject).error)).toMatch(/field: \[0\]\.payload\.ticketId/);
		await trigger.stop();
		expect(trigger.executions).toHaveLength(0);
		expect(lookupPaths()).toEqual([]);
	});
});

describe('Zoho Desk Trigger: large deliveries', () => {
	it(`answers 400 naming the limit to a delivery of 2,000 events, before any lookup`, async () => {
		const [ticketId] = chatTickets(1);
		const events = Array.from({ length: 2000 }, (_, i) => threadAddEvent({ ticketId, content: `reply ${i}` }));
		const result = await zohodesk.send(url, events);
		expect(result).toMatchObject({ status: 400, body: { error: `Too many events: 2000 in one delivery, at most ${MAX_EVENTS}` } });
		await trigger.stop();
		expect(trigger.executions).toHaveLength(0);
		expect(lookupPaths()).toEqual([]);
	});

	it(`looks up each of 10 tickets once for 100 events, at most ${LOOKUP_CONCURRENCY} at a time, in one execution`, async () => {
		const tickets = chatTickets(10);
		const { meter, restore } = measureLookups(100, 10);
		try {
			const events = Array.from({ length: 100 }, (_, i) => threadAddEvent({ ticketId: tickets[i % 10], content: `reply ${i}` }));
			expect((await zohodesk.send(url, events)).status).toBe(200);
			await trigger.waitForExecutions(1);
		} finally {
			restore();
		}
		await trigger.stop();
		expect(trigger.executions).toHaveLength(1);
		const output = items(trigger.executions);
		expect(output).toHaveLength(100);
		expect(output.every((item, i) => item.sessionId === `sess-${i % 10}` && item.content === `reply ${i}`)).toBe(true);
		expect(lookupPaths().sort()).toEqual(tickets.map((id) => `${LOOKUPS}${id}`).sort());
		expect(meter.peak).toBe(LOOKUP_CONCURRENCY);
	});

	it('keeps an event whose lookup outlasts the time budget, with sessionLookupError', async () => {
		const [slow, quick] = chatTickets(2);
		sim.inject({ method: 'GET', path: `${LOOKUPS}${slow}`, delayMs: 4500 });
		const result = await zohodesk.send(url, [threadAddEvent({ ticketId: slow }), threadAddEvent({ ticketId: quick })]);
		expect(result.status).toBe(200);
		const [run] = await trigger.waitForExecutions(1);
		expect(items([run]).map((item) => [item.ticketId, item.sessionId, item.sessionLookupError ?? null])).toEqual([
			[slow, '', 'The ticket lookup did not finish within 3 s'],
			[quick, 'sess-1', null],
		]);
	});

	it('with Look Up the Chat Session off, answers without any lookup and passes every reply on with its ticket ID', async () => {
		await trigger.stop();
		await host({ lookUpSession: false });
		const [chat] = chatTickets(1);
		const events = [threadAddEvent({ ticketId: chat, content: 'on a chat ticket' }), threadAddEvent({ ticketId: '1892000000999999', content: 'on another ticket' })];
		expect((await zohodesk.send(url, events)).status).toBe(200);
		const [run] = await trigger.waitForExecutions(1);
		expect(items([run]).map((item) => [item.ticketId, item.sessionId, item.content, item.sessionLookupError ?? null])).toEqual([
			[chat, '', 'on a chat ticket', null],
			['1892000000999999', '', 'on another ticket', null],
		]);
		expect(lookupPaths()).toEqual([]);
	});
});
