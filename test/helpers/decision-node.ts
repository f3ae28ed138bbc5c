import { NodeConnectionTypes } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INode, INodeParameters, INodeType, IRun } from 'n8n-workflow';

import { HandoverDecision } from '../../nodes/HandoverDecision/HandoverDecision.node';
import { CredentialsHelper, NodeTypes, outputOf, runWorkflow } from './n8n';
import type { WorkflowJson } from './n8n';

/** Stands for what a workflow does after each output: passes its items on untouched. */
class Collect implements INodeType {
	description: INodeType['description'] = {
		displayName: 'Collect',
		name: 'collect',
		group: ['transform'],
		version: 1,
		description: 'Test sink',
		defaults: { name: 'Collect' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	};

	async execute(this: IExecuteFunctions) {
		return [this.getInputData()];
	}
}

export const nodeTypes = new NodeTypes({
	'n8n-nodes-handover.handoverDecision': new HandoverDecision(),
	'test.collect': new Collect(),
});
export const credentialsHelper = new CredentialsHelper({}, {});

/** Start → Handover Decision → (Hand Over → "Human", Stay with Bot → "Bot"). */
export function workflow(parameters: INodeParameters = {}, settings: Partial<INode> = {}): WorkflowJson {
	const node = (name: string, type: string, index: number, extra: Partial<INode> = {}): INode => ({
		id: String(index),
		name,
		type,
		typeVersion: 1,
		position: [index * 200, 0],
		parameters: {},
		...extra,
	});
	const main = (target: string) => [{ node: target, type: NodeConnectionTypes.Main, index: 0 }];
	return {
		nodes: [
			node('Start', 'n8n-nodes-base.manualTrigger', 0),
			node('Decide', 'n8n-nodes-handover.handoverDecision', 1, { parameters, ...settings }),
			node('Human', 'test.collect', 2),
			node('Bot', 'test.collect', 3),
		],
		connections: {
			Start: { main: [main('Decide')] },
			Decide: { main: [main('Human'), main('Bot')] },
		},
	};
}

export async function run(
	items: IDataObject[],
	parameters: INodeParameters = {},
	settings: Partial<INode> = {},
	wired: WorkflowJson = workflow(parameters, settings),
): Promise<IRun> {
	return await runWorkflow(wired, { nodeTypes, credentialsHelper, items });
}

export function routed(result: IRun) {
	return { human: outputOf(result, 'Decide', 0), bot: outputOf(result, 'Decide', 1) };
}
