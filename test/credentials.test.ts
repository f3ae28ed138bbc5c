import axios from 'axios';
import type { ICredentialDataDecryptedObject, ICredentialType, IDataObject, IHttpRequestOptions, INode } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { ChatNationApi } from '../credentials/ChatNationApi.credentials';
import { KapsoHandoverApi } from '../credentials/KapsoHandoverApi.credentials';
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

const chatNation = createChatNationSimulator();
const kapso = createKapsoSimulator();

beforeAll(async () => {
	await chatNation.start();
	await kapso.start();
});
afterAll(async () => {
	await chatNation.stop();
	await kapso.stop();
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

	it('the Kapso credential does not take the name of the existing community Kapso package', () => {
		expect(new KapsoHandoverApi().name).not.toBe('kapsoApi');
	});
});
