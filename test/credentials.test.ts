import axios from 'axios';
import type { ICredentialDataDecryptedObject, ICredentialType, IDataObject, IHttpRequestOptions, INode } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { CertainlyApi } from '../credentials/CertainlyApi.credentials';
import { ChatNationApi } from '../credentials/ChatNationApi.credentials';
import { KapsoHandoverApi } from '../credentials/KapsoHandoverApi.credentials';
import { createCertainlySimulator } from '../simulators/certainly';
import { createChatNationSimulator } from '../simulators/chatnation';
import { createKapsoSimulator } from '../simulators/kapso';
import { credentials, nodeTypes } from './helpers/package';

const node: INode = { id: '1', name: 'Probe', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} };
const workflow = new Workflow({ id: 'c', nodes: [node], connections: {}, active: false, nodeTypes });

/** Sends a credential's test request the way n8n's credential tester does: expressions resolved, auth applied. */
async function runCredentialTest(type: ICredentialType, data: ICredentialDataDecryptedObject) {
	const request = type.test!.request;
	const resolve = (value: unknown) =>
		typeof value === 'string' && value.startsWith('=')
			? workflow.expression.getSimpleParameterValue(node, value, 'internal', { $credentials: data }, undefined, '')
			: value;
	const options: IHttpRequestOptions = {
		url: `${String(resolve(request.baseURL))}${String(resolve(request.url))}`,
		method: request.method ?? 'GET',
		qs: request.qs as IDataObject,
	};
	const authenticated = await credentials({ [type.name]: data }).authenticate(data, type.name, options, workflow, node);
	return await axios.request({
		url: authenticated.url,
		method: authenticated.method,
		params: authenticated.qs,
		headers: authenticated.headers as Record<string, string>,
		validateStatus: () => true,
	});
}

/** What n8n's credential tester shows for an answer: its `responseCode` rule, or the bare status text. */
async function testResult(type: ICredentialType, data: ICredentialDataDecryptedObject) {
	const response = await runCredentialTest(type, data);
	if (response.status >= 200 && response.status < 300) return { status: 'OK', message: 'Connection successful!' };
	const rule = type.test!.rules?.find((r) => r.type === 'responseCode' && r.properties.value === response.status);
	return { status: 'Error', message: rule ? (rule.properties as { message: string }).message : response.statusText };
}

const chatNation = createChatNationSimulator();
const kapso = createKapsoSimulator();
const certainly = createCertainlySimulator();

beforeAll(async () => {
	await chatNation.start();
	await kapso.start();
	await certainly.start();
});
afterAll(async () => {
	await chatNation.stop();
	await kapso.stop();
	await certainly.stop();
});

describe('credential tests prove the key works', () => {
	it('ChatNation: API key and Bearer token pass, a wrong key fails', async () => {
		const type = new ChatNationApi();
		const baseUrl = `${chatNation.url}/`;
		expect((await runCredentialTest(type, { baseUrl, authentication: 'apiKey', apiKey: chatNation.apiKey })).status).toBe(200);
		expect((await runCredentialTest(type, { baseUrl, authentication: 'bearerToken', accessToken: chatNation.jwt })).status).toBe(200);
		const wrong = await runCredentialTest(type, { baseUrl, authentication: 'apiKey', apiKey: 'wk_wrong' });
		expect(wrong.status).toBe(401);
		expect(wrong.data.message).toBe('Invalid API Key');
		const [request] = chatNation.received('GET', '/api/dashboard/agent-session/check');
		expect(request.query).toEqual({ phone: '254700000000' });
	});

	it('Kapso: the project key passes, a wrong one fails', async () => {
		const type = new KapsoHandoverApi();
		expect((await runCredentialTest(type, { baseUrl: kapso.url!, apiKey: kapso.apiKey })).status).toBe(200);
		expect((await runCredentialTest(type, { baseUrl: kapso.url!, apiKey: 'nope' })).status).toBe(401);
		expect(kapso.received('GET', '/platform/v1/whatsapp/phone_numbers')[0].headers['x-api-key']).toBe(kapso.apiKey);
	});

	it('a bad key shows the vendor\'s own words, not a bare "Unauthorized"', async () => {
		const chatNationType = new ChatNationApi();
		const baseUrl = chatNation.url!;
		const wrongKey = await runCredentialTest(chatNationType, { baseUrl, authentication: 'apiKey', apiKey: 'wk_wrong' });
		const wrongKeyResult = await testResult(chatNationType, { baseUrl, authentication: 'apiKey', apiKey: 'wk_wrong' });
		expect(wrongKeyResult.status).toBe('Error');
		expect(wrongKeyResult.message).toContain(`"${wrongKey.data.message}"`);
		const wrongToken = await runCredentialTest(chatNationType, { baseUrl, authentication: 'bearerToken', accessToken: 'nope' });
		expect(wrongToken.data.message).toMatch(/^Authentication required/);
		expect((await testResult(chatNationType, { baseUrl, authentication: 'apiKey', apiKey: chatNation.apiKey })).status).toBe('OK');

		const kapsoType = new KapsoHandoverApi();
		const kapsoWrong = await runCredentialTest(kapsoType, { baseUrl: kapso.url!, apiKey: 'nope' });
		expect((await testResult(kapsoType, { baseUrl: kapso.url!, apiKey: 'nope' })).message).toContain(
			`"${kapsoWrong.data.error}"`,
		);
		expect((await testResult(kapsoType, { baseUrl: kapso.url!, apiKey: kapso.apiKey })).status).toBe('OK');
	});

	it('Certainly: the test finds the bot on the host and says it cannot check the token', async () => {
		const type = new CertainlyApi();
		const token = String(certainly.state.authValue).replace(/^Bearer /, '');
		const good = { baseUrl: certainly.url!, botId: certainly.state.bots[0], authentication: 'apiToken', apiToken: token };
		expect(await testResult(type, good)).toEqual({ status: 'OK', message: 'Connection successful!' });
		const wrongBot = await runCredentialTest(type, { ...good, botId: 'botdep_unknown' });
		expect(wrongBot.status).toBe(404);
		expect((await testResult(type, { ...good, botId: 'botdep_unknown' })).message).toContain(`"${wrongBot.data.detail}"`);
		// The token is not checked: Certainly serves the configuration without one.
		expect((await testResult(type, { ...good, apiToken: 'wrong' })).status).toBe('OK');
		const notice = type.properties.find((p) => p.type === 'notice');
		expect(notice?.displayName).toMatch(/checks the Base URL and the Bot Deployment ID only/);
	});

	it('the Kapso credential does not take the name of the existing community Kapso package', () => {
		expect(new KapsoHandoverApi().name).not.toBe('kapsoApi');
	});
});
