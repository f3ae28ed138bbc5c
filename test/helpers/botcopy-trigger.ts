import axios from 'axios';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { createBotcopySimulator, stepTwoBody } from '../../simulators/botcopy';
import * as botcopy from '../../simulators/botcopy';
import { outputOf } from './n8n';
import type { CredentialsHelper } from './n8n';
import { canaryKey, credentialRef, credentials, nodeTypes } from './package';
import type { HostedTrigger } from './trigger';
import { hostTrigger, triggerWorkflow } from './trigger';

/**
 * A Botcopy simulator and a hosted Botcopy Trigger for one test file: the simulator starts before the tests and is
 * reset before each; the trigger a test hosts is stopped after it.
 */
export function botcopyTriggerTestbed() {
	const token = canaryKey('bc_hook');
	const apiKey = canaryKey('bc_key');
	const sim = createBotcopySimulator({ apiKey });
	// The credentials are set once the simulator has its address, before the first test.
	const state = {} as { credentialsHelper: CredentialsHelper; trigger?: HostedTrigger };

	beforeAll(async () => {
		const baseUrl = await sim.start();
		state.credentialsHelper = credentials({ botcopyApi: { apiKey, keyPlacement: 'header', baseUrl, webhookAccessToken: token } });
	});
	afterAll(async () => await sim.stop());
	beforeEach(() => sim.reset());
	afterEach(async () => {
		await state.trigger?.stop();
		state.trigger = undefined;
	});

	const triggerNode = (parameters: INodeParameters = {}) => ({
		name: 'Botcopy Trigger',
		type: 'n8n-nodes-handover.botcopyTrigger',
		parameters,
		credentials: credentialRef('botcopyApi'),
	});

	/** Keeps a trigger the test hosted itself, so that it is stopped after the test. */
	const keep = (hosted: HostedTrigger) => (state.trigger = hosted);

	async function host(parameters: INodeParameters = {}, helper?: CredentialsHelper) {
		const hosted = keep(await hostTrigger(triggerWorkflow(triggerNode(parameters)), { nodeTypes, credentialsHelper: helper ?? state.credentialsHelper }));
		expect(await hosted.activate()).toBe(true);
		return hosted;
	}

	async function itemsOf(hosted: HostedTrigger, count = 1): Promise<IDataObject[]> {
		const runs = await hosted.waitForExecutions(count);
		return outputOf(runs[count - 1], 'Botcopy Trigger').map((item) => item.json);
	}

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
