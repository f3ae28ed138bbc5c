import type { ICredentialDataDecryptedObject, INodeParameters } from 'n8n-workflow';

import { createKapsoSimulator } from '../../simulators/kapso';
import * as kapso from '../../simulators/kapso';
import { outputOf } from './n8n';
import { canaryKey, credentials as packageCredentials } from './package';
import type { HostedTrigger } from './trigger';
import { hostedTriggerTestbed } from './trigger-testbed';

/**
 * A Kapso simulator and a hosted Kapso Trigger for one test file: the simulator starts before the tests and is
 * reset before each; the trigger a test hosts is stopped after it.
 */
export function kapsoTriggerTestbed() {
	const secret = canaryKey('kapso_whsec');
	const sim = createKapsoSimulator();
	const { served, triggerNode, keep, host: hostWith, itemsOf } = hostedTriggerTestbed(sim, {
		name: 'Kapso Trigger',
		type: 'n8n-nodes-handover.kapsoTrigger',
		credential: 'kapsoHandoverApi',
	});
	// The credential is set once the simulator has its address, before the first test.
	const state = { credentialData: {} as ICredentialDataDecryptedObject };
	beforeAll(() => {
		state.credentialData = { baseUrl: served.url, apiKey: sim.apiKey, webhookSecret: secret };
	});
	const credentials = (data: ICredentialDataDecryptedObject) => packageCredentials({ kapsoHandoverApi: data });

	const host = async (parameters: INodeParameters = {}, data = state.credentialData) => await hostWith(parameters, credentials(data));

	/** Hosts a trigger, sends it one signed event, expects it taken (200) and returns the trigger's first item. */
	async function deliverOne(event: string, body: unknown, { idempotencyKey, parameters }: { idempotencyKey?: string; parameters?: INodeParameters } = {}) {
		const hosted = await host(parameters);
		expect((await kapso.send(hosted.url, event, body, { secret, idempotencyKey })).status).toBe(200);
		const [item] = await itemsOf(hosted);
		return { hosted, item };
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

	return { secret, sim, state, credentials, triggerNode, keep, host, itemsOf, deliverOne, expectOnlyTheNextExecution };
}
