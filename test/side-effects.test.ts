/**
 * A vendor that did the work and then answered 5xx (or lost the connection) must not see the request again: the
 * fault proxy forwards each request, lets the simulator act, then replaces the answer.
 */
import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';

import { createBotcopySimulator } from '../simulators/botcopy';
import { createCertainlySimulator } from '../simulators/certainly';
import { createChatNationSimulator } from '../simulators/chatnation';
import { createFaultProxy } from '../simulators/fault-proxy';
import { createKapsoSimulator } from '../simulators/kapso';
import { captureOutput } from './helpers/capture-output';
import { HOSTILE_IDS } from './helpers/hostile';
import { chain, outputOf, runWorkflow } from './helpers/n8n';
import type { CredentialsHelper } from './helpers/n8n';
import { credentialRef, credentials, nodeTypes } from './helpers/package';

const botcopy = createBotcopySimulator({ bots: ['bot_sim_1'] });
const certainly = createCertainlySimulator();
const chatNation = createChatNationSimulator();
const kapso = createKapsoSimulator();
const sims = [botcopy, certainly, chatNation, kapso];
const proxies: Record<string, ReturnType<typeof createFaultProxy>> = {};

beforeAll(async () => {
	for (const [name, sim] of Object.entries({ botcopy, certainly, chatNation, kapso })) {
		proxies[name] = createFaultProxy(await sim.start());
		await proxies[name].start();
	}
});
afterAll(async () => {
	for (const proxy of Object.values(proxies)) await proxy.stop();
	for (const sim of sims) await sim.stop();
});
beforeEach(() => {
	sims.forEach((sim) => sim.reset());
	Object.values(proxies).forEach((proxy) => proxy.clear());
});

function helperFor(type: string): CredentialsHelper {
	const data: Record<string, ICredentialDataDecryptedObject> = {
		botcopyApi: { apiKey: botcopy.apiKey, keyPlacement: 'header', baseUrl: proxies.botcopy.url! },
		certainlyApi: { baseUrl: proxies.certainly.url!, botId: certainly.botId, authentication: 'apiToken', apiToken: certainly.state.authValue.replace(/^Bearer /, '') },
		chatNationApi: { baseUrl: proxies.chatNation.url!, authentication: 'apiKey', apiKey: chatNation.apiKey },
		kapsoHandoverApi: { baseUrl: proxies.kapso.url!, apiKey: kapso.apiKey },
	};
	return credentials({ [type]: data[type] });
}

const TYPES: Record<string, [string, string]> = {
	Botcopy: ['n8n-nodes-handover.botcopy', 'botcopyApi'],
	Certainly: ['n8n-nodes-handover.certainly', 'certainlyApi'],
	ChatNation: ['n8n-nodes-handover.chatNation', 'chatNationApi'],
	Kapso: ['n8n-nodes-handover.kapso', 'kapsoHandoverApi'],
};

async function execute(vendor: string, parameters: INodeParameters, items: IDataObject[], continueOnFail: boolean) {
	const [type, credentialType] = TYPES[vendor];
	const node = { name: vendor, type, parameters, credentials: credentialRef(credentialType), continueOnFail };
	return await runWorkflow(chain(node), { nodeTypes, credentialsHelper: helperFor(credentialType), items });
}

async function run(vendor: string, parameters: INodeParameters, items: IDataObject[] = [{}]) {
	return outputOf(await execute(vendor, parameters, items, true), vendor).map((item) => item.json);
}

const mayHave = (what: string) => `It may have ${what}: check before running it again`;
const user = { userId: 'user-1', botId: 'bot_sim_1' };

describe('no repeated side effect after a 5xx or a reset connection', () => {
	it.each([
		['sendMessage', { text: 'Hello' }, 'sent the message to the chat'],
		['pauseBot', {}, 'paused the bot'],
		['resumeBot', {}, 'resumed the bot'],
	])('Botcopy %s: one push, and the error says what may have happened', async (operation, parameters, what) => {
		proxies.botcopy.plan({ method: 'POST', status: 502 });
		const [item] = await run('Botcopy', { resource: 'chat', operation, ...user, ...parameters });
		expect(item.error).toBe(`Botcopy answered 502: Bad Gateway. ${mayHave(what)}`);
		expect(botcopy.state.delivered).toHaveLength(1);
	});

	it('Botcopy: a reset after the push is not retried either', async () => {
		proxies.botcopy.plan({ method: 'POST', reset: true });
		const [item] = await run('Botcopy', { resource: 'chat', operation: 'sendMessage', ...user, text: 'Hello' });
		expect(item.error).toMatch(/^Could not reach Botcopy \(ECONNRESET\)\. It may have sent the message to the chat/);
		expect(botcopy.state.delivered).toHaveLength(1);
	});

	it('Certainly: one agent message after a 503', async () => {
		certainly.state.listening[`${certainly.botId}:webbot:u-1`] = new Date().toISOString();
		proxies.certainly.plan({ method: 'POST', status: 503, retryAfter: 0 });
		const [item] = await run('Certainly', { resource: 'handover', operation: 'sendAgentMessage', userId: 'webbot:u-1', message: 'Hi' });
		expect(item.error).toBe(`Certainly answered 503: Service Unavailable. ${mayHave('sent the message to the chat')}`);
		expect(certainly.state.delivered).toHaveLength(1);
	});

	it('ChatNation: one handover after a 500', async () => {
		proxies.chatNation.plan({ method: 'POST', status: 500 });
		const [item] = await run('ChatNation', { resource: 'handover', operation: 'handOver', contactId: '+254712345678' });
		expect(item.error).toBe(`ChatNation answered 500: Internal Server Error. ${mayHave('started the handover')}`);
		const handovers = Object.values(chatNation.state.sessions as Record<string, { handovers: number }>);
		expect(handovers.map((session) => session.handovers)).toEqual([1]);
	});

	it('a 429 is still retried: the vendor did nothing', async () => {
		proxies.chatNation.plan({ method: 'POST', status: 429, retryAfter: 0, after: false });
		const [item] = await run('ChatNation', { resource: 'handover', operation: 'handOver', contactId: '+254712345678' });
		expect(item).toMatchObject({ state: 'queued', outcome: 'stop' });
		expect(chatNation.received('POST')).toHaveLength(1);
		expect(proxies.chatNation.stats()).toEqual({ requests: 2, forwarded: 1, faults: { '429': 1 } });
	});
});

describe('Kapso: after an unclear PATCH, the execution status settles it', () => {
	const handOver = { resource: 'handover', operation: 'handOver', phoneNumberId: 'pn_sim_1', phoneNumber: '+254700000001' };

	it('counts an execution already in the target status as switched', async () => {
		const { executions } = kapso.addConversation({ phoneNumber: '+254700000001', executions: ['running'] });
		proxies.kapso.plan({ method: 'PATCH', status: 502 });
		const [item] = await run('Kapso', handOver);
		expect(item).toMatchObject({ changed: [{ id: executions[0].id, from: 'running', to: 'handoff' }] });
		expect(kapso.received('PATCH')).toHaveLength(1);
		expect(kapso.received('GET', `/platform/v1/workflow_executions/${executions[0].id}`)).toHaveLength(1);
	});

	it('fails, saying what may have happened, when the execution did not switch', async () => {
		const { executions } = kapso.addConversation({ phoneNumber: '+254700000001', executions: ['running'] });
		proxies.kapso.plan({ method: 'PATCH', status: 502, after: false });
		const [item] = await run('Kapso', handOver);
		expect(item.error).toBe(`Kapso answered 502: Bad Gateway. ${mayHave(`set execution ${executions[0].id} to "handoff"`)}`);
		expect(kapso.state.executions[0].status).toBe('running');
		expect(kapso.received('PATCH')).toHaveLength(0);
	});

	it('the transport refuses a path that an ID from the vendor would move to another route', async () => {
		const { conversation } = kapso.addConversation({ phoneNumber: '+254700000001', executions: ['running'] });
		const listPath = `/platform/v1/whatsapp/conversations/${conversation.id}/flow_executions`;
		proxies.kapso.plan({ method: 'GET', path: listPath, status: 200, body: { data: [{ id: '..', status: 'running' }], meta: { page: 1, total_pages: 1 } } });
		const [item] = await run('Kapso', handOver);
		expect(item.error).toBe('Refused to call Kapso: an ID in the request path is empty, "." or ".." or holds a slash');
		expect(kapso.received('PATCH')).toHaveLength(0);
	});
});

describe('no credential in an error, even from a vendor that echoes the request headers', () => {
	const cases: Array<[string, string, () => string, INodeParameters, IDataObject?]> = [
		['Botcopy', 'botcopy', () => botcopy.apiKey, { resource: 'chat', operation: 'sendMessage', ...user, text: 'Hi' }],
		['Certainly', 'certainly', () => certainly.state.authValue.replace(/^Bearer /, ''), { resource: 'handover', operation: 'startHandover', userId: 'webbot:u' }],
		['ChatNation', 'chatNation', () => chatNation.apiKey, { resource: 'handover', operation: 'handOver', contactId: '+254712345678' }],
		['Kapso', 'kapso', () => kapso.apiKey, { resource: 'workflowExecution', operation: 'get', executionId: 'ex_1' }],
	];
	it.each(cases)('%s: the key is masked in the message, the description and the body', async (vendor, proxy, key, parameters) => {
		for (const status of [400, 500]) {
			proxies[proxy].clear();
			proxies[proxy].plan({ status, echoHeaders: true, times: 4 });
			const output = captureOutput();
			const result = await execute(vendor, parameters, [{}], false);
			output.stop();
			const everything = JSON.stringify(result) + output.text();
			expect(result.data.resultData.error?.message).toMatch(new RegExp(`^${vendor} answered ${status}`));
			expect(everything).toContain('[redacted]');
			expect(everything).not.toContain(key());
		}
	});
});

describe('IDs are values, not paths', () => {
	const hostile = HOSTILE_IDS;
	it.each([
		['Kapso', 'Execution ID', { resource: 'workflowExecution', operation: 'get', executionId: '={{ $json.id }}' }],
		['Kapso', 'Execution ID', { resource: 'workflowExecution', operation: 'updateStatus', executionId: '={{ $json.id }}', newStatus: 'ended' }],
		['Kapso', 'Conversation ID', { resource: 'workflowExecution', operation: 'list', conversationId: '={{ $json.id }}' }],
		['Kapso', 'Phone Number ID', { resource: 'conversation', operation: 'findByPhone', phoneNumberId: '={{ $json.id }}', phoneNumber: '+254700000001' }],
		['Kapso', 'Conversation ID', { resource: 'handover', operation: 'handOver', conversationLookup: 'id', conversationId: '={{ $json.id }}' }],
		['Certainly', 'User ID', { resource: 'handover', operation: 'startHandover', userId: '={{ $json.id }}' }],
		['Certainly', 'Bot Deployment ID', { resource: 'handover', operation: 'sendAgentMessage', botId: '={{ $json.id }}', userId: 'webbot:u', message: 'Hi' }],
	] as Array<[string, string, INodeParameters]>)('%s refuses a hostile %s, naming the item, and sends nothing', async (vendor, field, parameters) => {
		// An empty Bot Deployment ID means the credential's.
		const values = field === 'Bot Deployment ID' ? hostile.filter(([id]) => id.trim() !== '') : hostile;
		const items = await run(vendor, parameters, values.map(([id]) => ({ id })));
		expect(items.map((item) => item.error)).toEqual(values.map(([, problem], i) => `${field} ${problem} [item ${i}]`));
		expect(Object.values(proxies).reduce((sum, proxy) => sum + proxy.stats().requests, 0)).toBe(0);
	});
});
