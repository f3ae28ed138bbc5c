import axios from 'axios';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { createBotcopySimulator, stepTwoBody } from '../../simulators/botcopy';
import * as botcopy from '../../simulators/botcopy';
import { outputOf } from './n8n';
import type { CredentialsHelper } from './n8n';
import { canaryKey, credentials } from './package';
import type { HostedTrigger } from './trigger';
import { hostedTriggerTestbed } from './trigger-testbed';

/**
 * A Botcopy simulator and a hosted Botcopy Trigger for one test file: the simulator starts before the tests and is
 * reset before each; the trigger a test hosts is stopped after it.
 */
export function botcopyTriggerTestbed() {
	const token = canaryKey('bc_hook');
	const apiKey = canaryKey('bc_key');
	const sim = createBotcopySimulator({ apiKey });
	const { served, triggerNode, keep, host: hostWith, itemsOf } = hostedTriggerTestbed(sim, {
		name: 'Botcopy Trigger',
		type: 'n8n-nodes-handover.botcopyTrigger',
		credential: 'botcopyApi',
	});
	// The credentials are set once the simulator has its address, before the first test.
	const state = {} as { credentialsHelper: CredentialsHelper };
	beforeAll(() => {
		state.credentialsHelper = credentials({ botcopyApi: { apiKey, keyPlacement: 'header', baseUrl: served.url, webhookAccessToken: token } });
	});

	const host = async (parameters: INodeParameters = {}, helper?: CredentialsHelper) => await hostWith(parameters, helper ?? state.credentialsHelper);

	/**
	 * Proves the requests before it started nothing: a valid call sent after them must be the one and only
	 * execution (an execution is recorded when it finishes, so counting at once would prove little).
	 */
	async function expectOnlyTheNextExecution(hosted: HostedTrigger) {
		const answer = await botcopy.send(hosted.url, stepTwoBody({ userId: 'user_canary' }), { token });
		expect(answer.status).toBe(200);
		await hosted.waitForExecutions(1);
		await hosted.settled();
		expect(hosted.executions).toHaveLength(1);
		expect(outputOf(hosted.executions[0], 'Botcopy Trigger')[0].json.userId).toBe('user_canary');
	}

	/** POSTs a body exactly as given, for requests Botcopy itself would never send. */
	const post = async (url: string, body: string, headers: IDataObject) =>
		await axios.post(url, body, {
			headers: headers as Record<string, string>,
			validateStatus: () => true,
			transformRequest: [(data: string) => data],
			maxBodyLength: Infinity,
		});

	return { token, apiKey, sim, state, triggerNode, keep, host, itemsOf, expectOnlyTheNextExecution, post };
}
