import '../shared/supportedN8n';
import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { operationSubtitle, requestOptions } from '../shared/descriptions';
import { forEachItem } from '../shared/execute';
import { vendorClient } from '../shared/transport';
import { handOver, handOverDescription } from './resources/handover/handOver';
import { checkActive, checkActiveDescription } from './resources/session/checkActive';
import { chatNationApi } from './transport';

const properties: INodeProperties[] = [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Handover', value: 'handover' },
				{ name: 'Agent Session', value: 'session' },
			],
			default: 'handover',
		},
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: ['handover'] } },
			options: [
				{
					name: 'Hand Over to an Agent',
					value: 'handOver',
					action: 'Hand a chat over to a human agent',
					description:
						'Create or reuse the contact\'s agent session and queue it for a human agent; use it when the user needs a person',
				},
			],
			default: 'handOver',
		},
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: ['session'] } },
			options: [
				{
					name: 'Check Active',
					value: 'checkActive',
					action: 'Check whether a contact is with an agent',
					description: 'Whether the phone number has an open agent session, so bot replies can be held back',
				},
			],
			default: 'checkActive',
		},
		...handOverDescription,
		...checkActiveDescription,
		requestOptions(),
];

export class ChatNation implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ChatNation',
		name: 'chatNation',
		icon: { light: 'file:chatnation.svg', dark: 'file:chatnation.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: operationSubtitle(properties),
		description: 'Hand a chat over to a human agent in the ChatNation agent inbox',
		defaults: { name: 'ChatNation' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'chatNationApi', required: true }],
		properties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const client = await vendorClient(this, chatNationApi);
		const operation = this.getNodeParameter('operation', 0) as string;
		const run = operation === 'checkActive' ? checkActive : handOver;
		return [await forEachItem(this, async (itemIndex) => await run(this, client, itemIndex))];
	}
}
