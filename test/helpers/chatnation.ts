import type { ICredentialDataDecryptedObject, IDataObject, INode, INodeParameters } from 'n8n-workflow';

import { createChatNationSimulator } from '../../simulators/chatnation';
import { chain, runWorkflow } from './n8n';
import { credentialRef, credentials, nodeTypes } from './package';
import { serveSimulator } from './simulators';

/** A ChatNation simulator served for the test file, a ChatNation node and a runner with its credential. */
export function chatNationTestbed() {
	const sim = createChatNationSimulator();
	const served = serveSimulator(sim);

	/** The API-key credential against the simulator; `overrides` switch to a Bearer token or a wrong key. */
	const chatNationCredential = (overrides: ICredentialDataDecryptedObject = {}) =>
		credentials({ chatNationApi: { baseUrl: served.url, authentication: 'apiKey', apiKey: sim.apiKey, ...overrides } });

	const chatNationNode = (parameters: INodeParameters, extra: Partial<INode> = {}) => ({
		name: 'ChatNation',
		type: 'n8n-nodes-handover.chatNation',
		parameters,
		credentials: credentialRef('chatNationApi'),
		...extra,
	});

	async function run(node: ReturnType<typeof chatNationNode>, items?: IDataObject[], helper = chatNationCredential()) {
		return await runWorkflow(chain(node), { nodeTypes, credentialsHelper: helper, items });
	}

	return { sim, chatNationCredential, chatNationNode, run };
}
