import type { ICredentialDataDecryptedObject, IDataObject, INode, INodeParameters } from 'n8n-workflow';

import type { createZohoDeskSimulator } from '../../simulators/zohodesk';
import { chain, runWorkflow } from './n8n';
import { canaryKey, credentialRef, credentials, nodeTypes } from './package';

type ZohoSimulator = ReturnType<typeof createZohoDeskSimulator>;

/** A Zoho Desk node, its Create From Chat parameters, a chat item and a runner, against one simulator. */
export function zohoDeskFixture(sim: ZohoSimulator, refreshToken = canaryKey('1000.refresh'), clientSecret = canaryKey('zoho_secret')) {
	/** `deskBaseUrl` defaults to the simulator; a fault proxy in front of it goes here. */
	const zohoCredential = (overrides: ICredentialDataDecryptedObject = {}): ICredentialDataDecryptedObject =>
		sim.credentialData({ clientSecret, ...overrides }, { refreshToken });

	const zohoNode = (parameters: INodeParameters, extra: Partial<INode> = {}) => ({
		name: 'Zoho Desk',
		type: 'n8n-nodes-handover.zohoDesk',
		parameters,
		credentials: credentialRef('zohoDeskOAuth2Api'),
		...extra,
	});

	const handoverParameters = (parameters: INodeParameters = {}): INodeParameters => ({
		resource: 'ticket',
		operation: 'createFromChat',
		sessionId: '={{ $json.sessionId }}',
		departmentId: sim.departmentId,
		userName: '={{ $json.userName }}',
		userEmail: '={{ $json.userEmail }}',
		handoverReason: '={{ $json.reason }}',
		transcript: '={{ $json.transcript }}',
		maxTurns: 3,
		...parameters,
	});

	const chat = (overrides: IDataObject = {}): IDataObject => ({
		sessionId: 'sess-4f2a',
		userName: 'Jane Doe',
		userEmail: 'jane@example.com',
		reason: 'Low Confidence - 52%',
		transcript: [
			{ role: 'user', text: 'Hi, my router keeps dropping', time: '10:00' },
			{ role: 'assistant', text: 'Have you tried restarting it?', time: '10:01' },
			{ role: 'user', text: 'Yes, <twice>', time: '10:02' },
			{ role: 'assistant', text: 'I am not sure I can help.', time: '10:03' },
		],
		...overrides,
	});

	async function run(node: ReturnType<typeof zohoNode>, items: IDataObject[] = [{}], credential = zohoCredential()) {
		const helper = credentials({ zohoDeskOAuth2Api: credential });
		return { result: await runWorkflow(chain(node), { nodeTypes, credentialsHelper: helper, items }), helper };
	}

	return { zohoCredential, zohoNode, handoverParameters, chat, run, clientSecret, refreshToken };
}
