/** The Zoho Desk Trigger's "Ticket Closed" event: Ticket_Update deliveries become handover_ended items. */
import type { IDataObject, IRun } from 'n8n-workflow';

import { ZohoDeskTrigger } from '../nodes/ZohoDesk/ZohoDeskTrigger.node';
import { createZohoDeskSimulator, startEchoServer, threadAddEvent, ticketUpdateEvent } from '../simulators/zohodesk';
import * as zohodesk from '../simulators/zohodesk';
import { outputOf } from './helpers/n8n';
import { canaryKey, credentialRef, credentials, nodeTypes } from './helpers/package';
import { serveSimulator } from './helpers/simulators';
import type { HostedTrigger } from './helpers/trigger';
import { hostTrigger, triggerWorkflow } from './helpers/trigger';
import { zohoDeskFixture } from './helpers/zohodesk';

const sim = createZohoDeskSimulator();
const secret = canaryKey('zwh');
const { zohoCredential, zohoNode, handoverParameters, chat, run } = zohoDeskFixture(sim);
const ALL_EVENTS = ['Ticket_Thread_Add', 'Ticket_Comment_Add', 'Ticket_Closed'];

let trigger: HostedTrigger;

async function host(parameters: IDataObject = {}) {
	trigger = await hostTrigger(
		triggerWorkflow({
			name: 'Zoho Desk Trigger',
			type: 'n8n-nodes-handover.zohoDeskTrigger',
			parameters: { events: ALL_EVENTS, ...parameters },
			credentials: credentialRef('zohoDeskOAuth2Api'),
		}),
		{ nodeTypes, credentialsHelper: credentials({ zohoDeskOAuth2Api: zohoCredential({ webhookSecret: secret }) }) },
	);
}

async function openChatTicket(sessionId: string): Promise<string> {
	await run(zohoNode(handoverParameters()), [chat({ sessionId })]);
	return String(sim.state.tickets.find((t: IDataObject) => (t.cf as IDataObject).cf_chat_session_id === sessionId).id);
}

const setStatus = async (ticketId: string, status: string) =>
	await run(zohoNode({ resource: 'ticket', operation: 'update', ticketId, updateFields: { status } }));
const items = (runs: IRun[]) => runs.flatMap((r) => outputOf(r, 'Zoho Desk Trigger').map((item) => item.json));
const manualUrl = () => `${trigger.url}?secret=${secret}`;
const marked = (sessionId: string) => ({ cf: { cf_chat_session_id: sessionId } });

serveSimulator(sim);
afterEach(async () => await trigger?.stop());

describe('Zoho Desk Trigger: Ticket Closed', () => {
	it('keeps the old default events, so saved workflows do not start getting closings', () => {
		const events = new ZohoDeskTrigger().description.properties.find((p) => p.name === 'events');
		expect(events?.default).toEqual(['Ticket_Thread_Add', 'Ticket_Comment_Add']);
		expect(events?.options?.map((o) => ('value' in o ? o.value : undefined))).toContain('Ticket_Closed');
	});

	it('subscribes Ticket_Update with includePrevState, and gives one handover_ended item when the agent closes the ticket', async () => {
		await host({ departmentIds: [sim.departmentId] });
		expect(await trigger.activate()).toBe(true);
		expect(sim.received('POST', '/api/v1/webhooks')[0].body.subscriptions).toEqual({
			Ticket_Thread_Add: { direction: 'out', departmentIds: [sim.departmentId] },
			Ticket_Comment_Add: { departmentIds: [sim.departmentId] },
			Ticket_Update: { includePrevState: true, departmentIds: [sim.departmentId] },
		});
		const ticketId = await openChatTicket('sess-close');
		await setStatus(ticketId, 'Closed');
		expect(await sim.settleDeliveries()).toEqual([expect.objectContaining({ eventType: 'Ticket_Update', status: 200 })]);
		const [closed] = await trigger.waitForExecutions(1);
		const closedTime = sim.state.tickets[0].closedTime;
		expect(closedTime).toEqual(expect.any(String));
		expect(items([closed])).toEqual([
			expect.objectContaining({
				source: 'zohoDesk',
				event: 'handover_ended',
				sessionId: 'sess-close',
				text: null,
				ticketId,
				messageId: `${ticketId}:closed:${closedTime}`,
				status: 'Closed',
				closedTime,
				eventType: 'Ticket_Update',
				raw: expect.objectContaining({ prevState: expect.objectContaining({ status: 'Open' }) }),
			}),
		]);
		// The delivery carried the ticket with its session: nothing was looked up.
		expect(sim.received('GET', `/api/v1/tickets/${ticketId}`)).toHaveLength(0);

		// Reopening and other edits reach the trigger too, and start nothing.
		await setStatus(ticketId, 'Open');
		await run(zohoNode({ resource: 'ticket', operation: 'update', ticketId, updateFields: { priority: 'High' } }));
		expect((await sim.settleDeliveries()).map((d: IDataObject) => d.status)).toEqual([200, 200, 200]);
		expect(trigger.requests).toBe(4); // the validation GET and three deliveries
		expect(trigger.executions).toHaveLength(1);
	});

	it('gives nothing for a reopening, a ticket closed again or an edit of a closed ticket', async () => {
		await host({ registration: 'manual' });
		const ticketId = '1892000000100001';
		const refused = await zohodesk.send(manualUrl(), [
			ticketUpdateEvent({ ticketId, status: 'Open', prevState: { status: 'Closed', statusType: 'Closed' }, ...marked('s1') }),
			ticketUpdateEvent({ ticketId, status: 'Closed', prevState: { status: 'Closed' }, ...marked('s1') }),
			ticketUpdateEvent({ ticketId, status: 'Closed', prevState: { subject: 'Old subject' }, ...marked('s1') }),
			ticketUpdateEvent({ ticketId, status: 'On Hold', prevState: { status: 'Open' }, ...marked('s1') }),
		]);
		expect(refused.status).toBe(200);
		const genuine = await zohodesk.send(manualUrl(), ticketUpdateEvent({ ticketId, prevState: { status: 'On Hold' }, ...marked('s1') }));
		expect(genuine.status).toBe(200);
		await trigger.waitForExecutions(1);
		expect(trigger.executions).toHaveLength(1);
		expect(items(trigger.executions).map((item) => [item.event, item.sessionId, item.status])).toEqual([['handover_ended', 's1', 'Closed']]);
	});

	it('counts a closed status without prevState (a webhook set up without it), and a custom status of the Closed type', async () => {
		await host({ registration: 'manual' });
		const plain = ticketUpdateEvent({ ticketId: '1892000000100001', eventTime: '1700000000000', ...marked('s1') });
		delete (plain.payload as IDataObject).closedTime;
		const custom = ticketUpdateEvent({ ticketId: '1892000000100002', status: 'Resolved', prevState: { status: 'Open', statusType: 'Open' }, ...marked('s2') });
		Object.assign(custom.payload, { statusType: 'Closed', closedTime: '2026-05-01T10:00:00.000Z' });
		expect((await zohodesk.send(manualUrl(), [plain, custom])).status).toBe(200);
		const runs = await trigger.waitForExecutions(1);
		expect(items(runs).map((item) => [item.sessionId, item.status, item.messageId, item.closedTime])).toEqual([
			['s1', 'Closed', '1892000000100001:closed:1700000000000', undefined],
			['s2', 'Resolved', '1892000000100002:closed:2026-05-01T10:00:00.000Z', '2026-05-01T10:00:00.000Z'],
		]);
	});

	it("looks the ticket up when the delivery's ticket lacks the session, and leaves out tickets that are not chats", async () => {
		await host({ registration: 'manual' });
		const ticketId = await openChatTicket('sess-lookup');
		sim.state.tickets.push({ ...sim.state.tickets[0], id: 'not-a-chat', cf: {}, customFields: {} });
		const result = await zohodesk.send(manualUrl(), [
			ticketUpdateEvent({ ticketId, prevState: { status: 'Open' } }),
			ticketUpdateEvent({ ticketId: 'not-a-chat', prevState: { status: 'Open' } }),
		]);
		expect(result.status).toBe(200);
		const runs = await trigger.waitForExecutions(1);
		expect(items(runs).map((item) => [item.ticketId, item.sessionId])).toEqual([[ticketId, 'sess-lookup']]);
		expect(sim.received('GET', `/api/v1/tickets/${ticketId}`)).toHaveLength(1);
	});

	it('ignores Ticket_Update when Ticket Closed is not chosen, and skips a closing whose ticket ID is unusable', async () => {
		await host({ registration: 'manual', events: ['Ticket_Thread_Add'] });
		const ticketId = await openChatTicket('sess-x');
		expect((await zohodesk.send(manualUrl(), ticketUpdateEvent({ ticketId, ...marked('sess-x') }))).status).toBe(200);
		await trigger.stop();
		expect(trigger.executions).toHaveLength(0);

		await host({ registration: 'manual' });
		const bad = await zohodesk.send(manualUrl(), ticketUpdateEvent({ ticketId: '..', ...marked('sess-x') }));
		expect(bad).toMatchObject({ status: 400, body: { error: expect.stringMatching(/field: \[0\]\.payload\.id/) } });
		expect(trigger.executions).toHaveLength(0);
	});

	it("gives agent replies the thread's id as messageId, for dropping a redelivered event", async () => {
		await host({ registration: 'manual' });
		const ticketId = await openChatTicket('sess-r');
		const reply = threadAddEvent({ ticketId, threadId: '1892000000999001' });
		expect((await zohodesk.send(manualUrl(), [reply, reply])).status).toBe(200);
		const runs = await trigger.waitForExecutions(1);
		expect(items(runs).map((item) => [item.event, item.messageId])).toEqual([
			['agent_message', '1892000000999001'],
			['agent_message', '1892000000999001'],
		]);
	});
});

describe('Zoho Desk simulator: Ticket_Update', () => {
	it('sends it for a PATCH that changes the ticket, with prevState only where asked and honouring a fields filter', async () => {
		const receiver = await startEchoServer(200);
		try {
			const webhook = (id: string, filter: IDataObject | null) => ({
				id,
				url: `${receiver.url}/${id}`,
				isEnabled: true,
				subscriptions: { Ticket_Update: filter },
			});
			sim.state.webhooks.push(
				webhook('prev', { includePrevState: true }),
				webhook('plain', null),
				webhook('priority-only', { fields: ['priority'] }),
			);
			const ticketId = await openChatTicket('sess-sim');
			await setStatus(ticketId, 'Closed');
			await setStatus(ticketId, 'Closed'); // no change: no event
			await sim.settleDeliveries();
			const received = receiver.requests.map((r) => [r.path, JSON.parse(r.body)[0]]);
			expect(received.map(([path]) => path)).toEqual(['/hook/prev', '/hook/plain']);
			const [[, withPrev], [, plain]] = received;
			expect(withPrev).toEqual({
				eventType: 'Ticket_Update',
				orgId: sim.orgId,
				eventTime: expect.stringMatching(/^\d+$/),
				payload: expect.objectContaining({ id: ticketId, status: 'Closed', statusType: 'Closed', closedTime: expect.any(String) }),
				prevState: { status: 'Open', statusType: 'Open', closedTime: null },
			});
			expect(plain).not.toHaveProperty('prevState');
			expect(plain.payload).toEqual(withPrev.payload);
		} finally {
			await receiver.stop();
		}
	});
});
