import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { outputOf } from './n8n';
import type { CredentialsHelper } from './n8n';
import { credentialRef, nodeTypes } from './package';
import { serveSimulator } from './simulators';
import type { Simulator } from './simulators';
import type { HostedTrigger } from './trigger';
import { hostTrigger, triggerWorkflow } from './trigger';

/**
 * A vendor simulator and one of the package's triggers, hosted by the tests of one file: the simulator is served
 * (serveSimulator: `served.url` once it has started); the trigger a test hosts, or keeps, is stopped after it.
 * The vendors' testbeds (test/helpers/botcopy-trigger.ts, test/helpers/kapso-trigger.ts) build on this one.
 */
export function hostedTriggerTestbed(sim: Simulator, trigger: { name: string; type: string; credential: string }) {
	const served = serveSimulator(sim);
	let hostedByTest: HostedTrigger | undefined;
	afterEach(async () => {
		await hostedByTest?.stop();
		hostedByTest = undefined;
	});

	const triggerNode = (parameters: INodeParameters = {}) => ({
		name: trigger.name,
		type: trigger.type,
		parameters,
		credentials: credentialRef(trigger.credential),
	});

	/** Keeps a trigger the test hosted itself, so that it is stopped after the test. */
	const keep = (hosted: HostedTrigger) => (hostedByTest = hosted);

	/** Hosts a workflow that starts at the trigger, activates it and keeps it. */
	async function host(parameters: INodeParameters, credentialsHelper: CredentialsHelper) {
		const hosted = keep(await hostTrigger(triggerWorkflow(triggerNode(parameters)), { nodeTypes, credentialsHelper }));
		expect(await hosted.activate()).toBe(true);
		return hosted;
	}

	/** The items of the trigger in the n-th recorded execution. */
	async function itemsOf(hosted: HostedTrigger, count = 1): Promise<IDataObject[]> {
		const runs = await hosted.waitForExecutions(count);
		return outputOf(runs[count - 1], trigger.name).map((item) => item.json);
	}

	return { served, triggerNode, keep, host, itemsOf };
}
