import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { createChatNationSimulator } from '../simulators/chatnation';
import { chatNationTestbed } from './helpers/chatnation';
import { outputOf } from './helpers/n8n';

const { sim, chatNationNode, run } = chatNationTestbed();

const PHONE = '+254712345678';
const CLOSED_MESSAGE = 'We are currently closed.';
const NO_AGENT_MESSAGE = 'All of our agents are currently busy. We will get back to you shortly.';

async function runChatNation(parameters: INodeParameters, items?: IDataObject[]) {
	const result = await run(chatNationNode(parameters), items);
	expect(result.status).toBe('success');
	return outputOf(result, 'ChatNation').map((item) => item.json);
}

async function handOver(teamId?: string) {
	const parameters = { resource: 'handover', operation: 'handOver', contactId: PHONE, additionalFields: teamId ? { teamId } : {} };
	const [json] = await runChatNation(parameters);
	return json;
}

const session = () => Object.values(sim.state.sessions as Record<string, IDataObject>)[0];
const texts = () => (sim.state.messages as IDataObject[]).map((m) => m.text);
const team = (id: string) => (sim.state.teams as Record<string, IDataObject>)[id];

describe('ChatNation → Hand Over, as the current server answers ({outcome})', () => {
	it('assign: an agent is online, so the chat is assigned and the user is told', async () => {
		expect(await handOver(sim.teams.support)).toEqual({
			contactId: PHONE,
			assigned: true,
			state: 'assigned',
			outcome: 'assign',
			sessionId: null,
			assignedAgentId: null,
			assignedTeamId: null,
			raw: { outcome: 'assign' },
		});
		expect(session()).toMatchObject({ status: 'assigned', assignedAgentId: 'agent-amina' });
		expect(texts()).toEqual(['Connecting you to an agent...']);
	});

	it('stop, closed: the user gets the out-of-office message once a day and the chat stays queued', async () => {
		expect(await handOver(sim.teams.closed)).toMatchObject({ assigned: false, state: 'queued', outcome: 'stop' });
		expect(await handOver(sim.teams.closed)).toMatchObject({ assigned: false, state: 'queued', outcome: 'stop' });
		expect(session()).toMatchObject({ status: 'unassigned', assignedAgentId: null, handovers: 2 });
		expect(texts()).toEqual([CLOSED_MESSAGE]);
	});

	it('stop, nobody online: the user gets the busy message and the chat stays queued', async () => {
		team(sim.teams.support).agents = [];
		expect(await handOver(sim.teams.support)).toMatchObject({ assigned: false, state: 'queued', outcome: 'stop' });
		expect(session()).toMatchObject({ status: 'unassigned' });
		expect(texts()).toEqual([NO_AGENT_MESSAGE]);
	});

	it('stop, manual strategy: the chat waits for a supervisor and nothing is sent', async () => {
		team(sim.teams.support).strategy = 'manual';
		expect(await handOver(sim.teams.support)).toMatchObject({ assigned: false, state: 'queued', outcome: 'stop' });
		expect(session()).toMatchObject({ status: 'unassigned' });
		expect(texts()).toEqual([]);
	});

	it('error: closed and the out-of-office message failed, so the chat is queued and the user heard nothing', async () => {
		sim.state.whatsappDown = true;
		expect(await handOver(sim.teams.closed)).toMatchObject({ assigned: false, state: 'queued', outcome: 'error', raw: { outcome: 'error' } });
		expect(session()).toMatchObject({ status: 'unassigned' });
		expect(texts()).toEqual([]);
	});

	it('skip: the contact already has another assigned session', async () => {
		sim.state.outcomeOverride = 'skip';
		expect(await handOver(sim.teams.support)).toMatchObject({ assigned: true, state: 'alreadyAssigned', outcome: 'skip' });
	});

	it('keeps an outcome it does not know, with state unknown, instead of failing', async () => {
		sim.state.outcomeOverride = 'transfer';
		expect(await handOver(sim.teams.support)).toEqual({
			contactId: PHONE,
			assigned: false,
			state: 'unknown',
			outcome: 'transfer',
			sessionId: null,
			assignedAgentId: null,
			assignedTeamId: null,
			raw: { outcome: 'transfer' },
		});
	});
});

describe('ChatNation → Hand Over, as the docs answer ({id, status, …})', () => {
	beforeEach(() => {
		sim.state.handoverResponse = 'documented';
	});

	it('an assigned session gives the same state as assign, plus the session and the agent', async () => {
		const json = await handOver(sim.teams.support);
		const { id } = session();
		expect(json).toEqual({
			contactId: PHONE,
			assigned: true,
			state: 'assigned',
			outcome: null,
			sessionId: id,
			assignedAgentId: 'agent-amina',
			assignedTeamId: sim.teams.support,
			raw: { id, status: 'assigned', assignedTeamId: sim.teams.support, assignedAgentId: 'agent-amina' },
		});
	});

	it('an unassigned session reads as queued', async () => {
		expect(await handOver(sim.teams.closed)).toMatchObject({
			assigned: false,
			state: 'queued',
			outcome: null,
			sessionId: session().id,
			assignedAgentId: null,
			assignedTeamId: sim.teams.closed,
		});
	});

	it('a status it does not know reads as unknown', async () => {
		await handOver();
		session().status = 'on-hold';
		expect(await handOver()).toMatchObject({ assigned: false, state: 'unknown', outcome: null, raw: { status: 'on-hold' } });
	});

	it('the simulator option makes it the default, and a reset keeps it', async () => {
		const documented = createChatNationSimulator({ handoverResponse: 'documented' });
		expect(documented.state.handoverResponse).toBe('documented');
		documented.reset();
		expect(documented.state.handoverResponse).toBe('documented');
		sim.reset();
		expect(sim.state.handoverResponse).toBe('outcome');
	});
});

describe('ChatNation → Agent Session → Check Active', () => {
	const check = async (phones: string[]) =>
		await runChatNation(
			{ resource: 'session', operation: 'checkActive', phone: '={{ $json.phone }}' },
			phones.map((phone) => ({ phone })),
		);

	it('a queued chat reads as not active, and the output says queued chats are not counted', async () => {
		expect(await handOver(sim.teams.closed)).toMatchObject({ state: 'queued' });
		expect(await check([PHONE])).toEqual([{ phone: '254712345678', hasActiveSession: false, queuedUnknown: true }]);
	});

	it('an assigned chat reads as active; another number does not', async () => {
		await handOver(sim.teams.support);
		expect(await check(['+254 712 345 678', '+254799999999'])).toEqual([
			{ phone: '254712345678', hasActiveSession: true, queuedUnknown: true },
			{ phone: '254799999999', hasActiveSession: false, queuedUnknown: true },
		]);
		expect(sim.received('GET', '/api/dashboard/agent-session/check').map((r) => r.query.phone)).toEqual(['254712345678', '254799999999']);
	});

	// A workflow saved while Tenant ID was a top-level parameter here: n8n drops the undeclared parameter, so the
	// API key's tenant is used (docs/chatnation.md says to set it again under Additional Fields).
	it('takes the Tenant ID from Additional Fields, like Hand Over; the old top-level one is dropped', async () => {
		const base = { resource: 'session', operation: 'checkActive', phone: PHONE };
		await runChatNation({ ...base, additionalFields: { tenantId: sim.defaultTenant } });
		await runChatNation({ ...base, tenantId: sim.defaultTenant });
		await runChatNation(base);
		expect(sim.received('GET', '/api/dashboard/agent-session/check').map((r) => r.query.tenantId)).toEqual([
			sim.defaultTenant,
			undefined,
			undefined,
		]);
	});
});

describe('the agent side, as the business-hours sample sees it through Check Active', () => {
	const active = async () => (await runChatNation({ resource: 'session', operation: 'checkActive', phone: PHONE }))[0].hasActiveSession;
	const resolve = (sessionId: unknown, authorization: string) =>
		fetch(`${sim.url}/api/dashboard/agent/inbox/${sessionId}/resolve`, {
			method: 'PUT',
			headers: { authorization, 'content-type': 'application/json' },
			body: JSON.stringify({ outcome: 'resolved' }),
		});

	it('queued, then picked up when an agent comes online, then resolved by the agent: not active, active, not active', async () => {
		expect(await handOver()).toMatchObject({ state: 'queued' });
		expect(await active()).toBe(false);
		(sim.state.generalQueue as { agents: string[] }).agents.push('agent-amina');
		sim.runAssignmentScheduler();
		expect(await active()).toBe(true);
		expect((await resolve(session().id, `Bearer ${sim.jwt}`)).status).toBe(200);
		expect(await active()).toBe(false);
	});

	it('only an agent can resolve: the API key gets 401; a new handover after a resolved chat starts a new session', async () => {
		await handOver(sim.teams.support);
		const first = session().id;
		expect((await resolve(first, `Bearer ${sim.apiKey}`)).status).toBe(401);
		expect((await resolve(first, `Bearer ${sim.jwt}`)).status).toBe(200);
		expect(await handOver(sim.teams.support)).toMatchObject({ state: 'assigned' });
		expect(session().id).not.toBe(first);
	});
});
