import axios from 'axios';
import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters, IRun } from 'n8n-workflow';

import { createZohoDeskSimulator, threadAddEvent } from '../simulators/zohodesk';
import * as zohodesk from '../simulators/zohodesk';
import { chain, outputOf, runWorkflow } from './helpers/n8n';
import { canaryKey, credentialRef, credentials, nodeTypes } from './helpers/package';
import { serveSimulator } from './helpers/simulators';
import type { HostedTrigger } from './helpers/trigger';
import { hostTrigger, triggerWorkflow } from './helpers/trigger';

const sim = createZohoDeskSimulator();
const manualSecret = canaryKey('zwh');

const credentialData = (): ICredentialDataDecryptedObject => sim.credentialData({ webhookSecret: manualSecret });

let trigger: HostedTrigger;

async function host(parameters: INodeParameters = {}) {
	const helper = credentials({ zohoDeskOAuth2Api: credentialData() });
	trigger = await hostTrigger(
		triggerWorkflow({
			name: 'Zoho Desk Trigger',
			type: 'n8n-nodes-handover.zohoDeskTrigger',
			parameters: { events: ['Ticket_Thread_Add', 'Ticket_Comment_Add'], ...parameters },
			credentials: credentialRef('zohoDeskOAuth2Api'),
		}),
		{ nodeTypes, credentialsHelper: helper },
	);
	return helper;
}

async function openChatTicket(sessionId: string) {
	const helper = credentials({ zohoDeskOAuth2Api: credentialData() });
	const run = await runWorkflow(
		chain({
			name: 'Zoho Desk',
			type: 'n8n-nodes-handover.zohoDesk',
			parameters: {
				resource: 'ticket',
				operation: 'createFromChat',
				sessionId,
				departmentId: sim.departmentId,
				userEmail: 'jane@example.com',
				transcript: '[]',
			},
			credentials: credentialRef('zohoDeskOAuth2Api'),
		}),
		{ nodeTypes, credentialsHelper: helper },
	);
	return String(outputOf(run, 'Zoho Desk')[0].json.ticketId);
}

const items = (run: IRun) => outputOf(run, 'Zoho Desk Trigger').map((item) => item.json);

serveSimulator(sim);
afterEach(async () => await trigger?.stop());

describe('Zoho Desk Trigger', () => {
	it('registers its webhook on activation (Zoho validates the URL with a GET) and removes it on deactivation', async () => {
		await host({ departmentIds: [sim.departmentId] });
		expect(await trigger.activate()).toBe(true);
		const [registration] = sim.received('POST', '/api/v1/webhooks');
		expect(registration.body).toMatchObject({
			url: expect.stringMatching(/\/webhook\/test-webhook-id\/webhook\?secret=[0-9a-f]{48}$/),
			subscriptions: {
				Ticket_Thread_Add: { direction: 'out', departmentIds: [sim.departmentId] },
				Ticket_Comment_Add: { departmentIds: [sim.departmentId] },
			},
			ignoreSourceId: expect.stringMatching(/^[0-9a-f-]{36}$/),
		});
		expect(sim.state.validationRequests).toEqual([expect.objectContaining({ method: 'GET', status: 200 })]);
		expect(trigger.staticData()).toEqual({ webhookId: sim.state.webhooks[0].id, webhookSecret: expect.any(String) });
		expect(trigger.executions).toHaveLength(0);
		expect(await trigger.checkExists()).toBe(true);

		await trigger.deactivate();
		expect(sim.state.webhooks).toHaveLength(0);
		expect(trigger.staticData()).toEqual({});
		expect(await trigger.checkExists()).toBe(false);
	});

	it("turns an agent's reply into one item for the chat session, answering Zoho before the workflow runs", async () => {
		await host();
		await trigger.activate();
		const ticketId = await openChatTicket('sess-77');
		sim.addThread(ticketId, '<div>Hello <b>Jane</b>,<br>your router is fixed &amp; ready.</div>', { authorName: 'Agent Amina' });
		const [delivery] = await sim.settleDeliveries();
		expect(delivery).toMatchObject({ eventType: 'Ticket_Thread_Add', status: 200 });
		expect(delivery.elapsedMs).toBeLessThan(5000);
		const [run] = await trigger.waitForExecutions(1);
		expect(items(run)).toEqual([
			expect.objectContaining({
				source: 'zohoDesk',
				event: 'agent_message',
				sessionId: 'sess-77',
				ticketId,
				authorType: 'agent',
				authorName: 'Agent Amina',
				content: 'Hello Jane,\nyour router is fixed & ready.',
				text: 'Hello Jane,\nyour router is fixed & ready.',
				contentType: 'html',
				createdTime: expect.any(String),
				eventType: 'Ticket_Thread_Add',
			}),
		]);
	});

	it('gives one item per event when Zoho delivers two, and leaves out tickets that are not chats', async () => {
		await host();
		await trigger.activate();
		const ticketId = await openChatTicket('sess-1');
		const url = sim.state.webhooks[0].url as string;
		const result = await zohodesk.send(url, [
			threadAddEvent({ ticketId, content: 'First reply', contentType: 'plainText' }),
			threadAddEvent({ ticketId, content: 'Second reply', contentType: 'plainText', authorName: 'Agent Ben' }),
			threadAddEvent({ ticketId, content: 'The customer wrote', direction: 'in' }),
		]);
		expect(result).toMatchObject({ status: 200, withinDeadline: true });
		const [run] = await trigger.waitForExecutions(1);
		expect(items(run).map((item) => [item.content, item.authorName, item.sessionId])).toEqual([
			['First reply', 'Agent Amina', 'sess-1'],
			['Second reply', 'Agent Ben', 'sess-1'],
		]);
		expect(sim.received('GET', `/api/v1/tickets/${ticketId}`)).toHaveLength(1);

		sim.state.tickets.push({ ...sim.state.tickets[0], id: 'other-ticket', cf: {}, customFields: {} });
		await zohodesk.send(url, threadAddEvent({ ticketId: 'other-ticket' }));
		expect(trigger.requests).toBe(3);
		expect(trigger.executions).toHaveLength(1);
	});

	it('does not echo comments the integration wrote; public agent comments pass, private ones do not', async () => {
		await host();
		await trigger.activate();
		const ticketId = await openChatTicket('sess-5');
		const helper = credentials({ zohoDeskOAuth2Api: credentialData() });
		await runWorkflow(
			chain({
				name: 'Zoho Desk',
				type: 'n8n-nodes-handover.zohoDesk',
				parameters: { resource: 'comment', operation: 'add', ticketId, content: 'User: still broken', isPublic: true },
				credentials: credentialRef('zohoDeskOAuth2Api'),
			}),
			{ nodeTypes, credentialsHelper: helper },
		);
		const ticket = sim.state.tickets[0];
		const comment = (content: string, isPublic: boolean) => ({
			id: canaryKey('c'),
			ticketId,
			content,
			contentType: 'plainText',
			isPublic,
			commentedTime: new Date().toISOString(),
			commenter: { name: 'Agent Amina', type: 'AGENT' },
		});
		sim.emitEvent('Ticket_Comment_Add', comment('Internal note', false), { departmentId: ticket.departmentId });
		sim.emitEvent('Ticket_Comment_Add', comment('We replaced the router', true), { departmentId: ticket.departmentId });
		const deliveries = await sim.settleDeliveries();
		expect(deliveries.map((d: IDataObject) => d.status)).toEqual([200, 200]);
		const [run] = await trigger.waitForExecutions(1);
		expect(items(run).map((item) => item.content)).toEqual(['We replaced the router']);
		expect(trigger.executions).toHaveLength(1);
	});

	it.each([
		['a wrong secret', '?secret=wrong', {}],
		['no secret', '', {}],
		['a secret from another webhook in the header', '', { 'X-Zoho-Webhook-Secret': manualSecret }],
	])('answers 401 and starts no execution for %s', async (_name, query, headers) => {
		await host();
		await trigger.activate();
		const ticketId = await openChatTicket('sess-9');
		const result = await zohodesk.send(`${trigger.url}${query}`, threadAddEvent({ ticketId }), { headers });
		expect(result.status).toBe(401);
		expect(trigger.requests).toBe(2); // Zoho's validation GET on activation, then this delivery
		expect(trigger.executions).toHaveLength(0);
	});

	it('answers the validation GET with 200 and starts nothing', async () => {
		await host();
		const response = await axios.get(trigger.url);
		expect(response.status).toBe(200);
		expect(trigger.executions).toHaveLength(0);
	});

	it('works with a webhook set up by hand: the credential secret in the header or the query', async () => {
		await host({ registration: 'manual' });
		expect(await trigger.activate()).toBe(true);
		expect(sim.received('POST', '/api/v1/webhooks')).toHaveLength(0);
		const ticketId = await openChatTicket('sess-m');
		const byHeader = await zohodesk.send(trigger.url, threadAddEvent({ ticketId, content: 'one' }), {
			headers: { 'X-Zoho-Webhook-Secret': manualSecret },
		});
		const byQuery = await zohodesk.send(`${trigger.url}?secret=${manualSecret}`, threadAddEvent({ ticketId, content: 'two' }));
		expect([byHeader.status, byQuery.status]).toEqual([200, 200]);
		const runs = await trigger.waitForExecutions(2);
		expect(runs.flatMap(items).map((item) => item.content).sort()).toEqual(['one', 'two']);
	});

	it('answers 400 to a body that is not Zoho events, and starts nothing', async () => {
		await host({ registration: 'manual' });
		const url = `${trigger.url}?secret=${manualSecret}`;
		const post = async (body: string, contentType = 'text/plain') =>
			await axios.post(url, body, { headers: { 'content-type': contentType }, validateStatus: () => true, transformRequest: [(d: string) => d] });
		expect((await post('[{"eventType": ')).status).toBe(400);
		expect((await post('[1, 2]', 'application/json')).data).toEqual({ error: 'Expected a JSON array of Zoho Desk events' });
		expect(trigger.executions).toHaveLength(0);
	});
});
