import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';

import { createKapsoSimulator } from '../../simulators/kapso';
import * as kapso from '../../simulators/kapso';
import { outputOf } from './n8n';
import { canaryKey, credentialRef, credentials as packageCredentials, nodeTypes } from './package';
import type { HostedTrigger } from './trigger';
import { hostTrigger, triggerWorkflow } from './trigger';

/**
 * A Kapso simulator and a hosted Kapso Trigger for one test file: the simulator starts before the tests and is
 * reset before each; the trigger a test hosts is stopped after it.
 */
export function kapsoTriggerTestbed() {
	const secret = canaryKey('kapso_whsec');
	const sim = createKapsoSimulator();
	const state: { credentialData: ICredentialDataDecryptedObject; trigger?: HostedTrigger } = { credentialData: {} };
	const credentials = (data: ICredentialDataDecryptedObject) => packageCredentials({ kapsoHandoverApi: data });

	beforeAll(async () => {
		const baseUrl = await sim.start();
		state.credentialData = { baseUrl, apiKey: sim.apiKey, webhookSecret: secret };
	});
	afterAll(async () => await sim.stop());
	beforeEach(() => sim.reset());
	afterEach(async () => {
		await state.trigger?.stop();
		state.trigger = undefined;
	});

	const triggerNode = (parameters: INodeParameters = {}) => ({
		name: 'Kapso Trigger',
		type: 'n8n-nodes-handover.kapsoTrigger',
		parameters,
		credentials: credentialRef('kapsoHandoverApi'),
	});

	/** Hosts a workflow whose trigger the test sends to; it is stopped after the test. */
	const keep = (hosted: HostedTrigger) => (state.trigger = hosted);

	async function host(parameters: INodeParameters = {}, data: ICredentialDataDecryptedObject = state.credentialData) {
		const hosted = keep(await hostTrigger(triggerWorkflow(triggerNode(parameters)), { nodeTypes, credentialsHelper: credentials(data) }));
		expect(await hosted.activate()).toBe(true);
		return hosted;
	}

	/** The items of the trigger in the n-th recorded execution. */
	async function itemsOf(hosted: HostedTrigger, count = 1): Promise<IDataObject[]> {
		const runs = await hosted.waitForExecutions(count);
		return outputOf(runs[count - 1], 'Kapso Trigger').map((item) => item.json);
	}

	/**
	 * Proves the requests before it started nothing: a valid event sent after them must be the one and
	 * only execution (an execution is recorded when it finishes, so an immediate count would prove little).
	 */
	async function expectOnlyTheNextExecution(hosted: HostedTrigger, event = kapso.MESSAGE_RECEIVED) {
		const body = event === kapso.MESSAGE_RECEIVED ? kapso.messageReceived({ messageId: 'wamid.canary' }) : kapso.handoff({ execution: { id: 'exec_canary' } });
		expect((await kapso.send(hosted.url, event, body, { secret })).status).toBe(200);
		await hosted.waitForExecutions(1);
		await hosted.settled();
		expect(hosted.executions).toHaveLength(1);
		const [item] = outputOf(hosted.executions[0], 'Kapso Trigger');
		expect(item.json.messageId ?? item.json.executionId).toBe(event === kapso.MESSAGE_RECEIVED ? 'wamid.canary' : 'exec_canary');
	}

	return { secret, sim, state, credentials, triggerNode, keep, host, itemsOf, expectOnlyTheNextExecution };
}
