import '../shared/supportedN8n';
import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { operationSubtitle, requestOptions } from '../shared/descriptions';
import { forEachItem } from '../shared/execute';
import { endHandover, endHandoverDescription } from './resources/handover/endHandover';
import { sendAgentMessage, sendAgentMessageDescription } from './resources/handover/sendAgentMessage';
import { startHandover, startHandoverDescription } from './resources/handover/startHandover';
import type { CertainlyClient } from './transport';
import { certainlyClient } from './transport';

type Operation = (ctx: IExecuteFunctions, client: CertainlyClient, itemIndex: number) => Promise<IDataObject>;

const OPERATIONS: Record<string, Operation> = { startHandover, sendAgentMessage, endHandover };

const properties: INodeProperties[] = [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: [{ name: 'Handover', value: 'handover' }],
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
					name: 'End Handover',
					value: 'endHandover',
					action: 'Give the chat back to the bot',
					description: 'The bot takes the conversation back, optionally continuing at the module a Claim End value picks',
				},
				{
					name: 'Send Agent Message',
					value: 'sendAgentMessage',
					action: 'Send a message to the user as an agent',
					description: 'Write to the user while the bot listens; the handover must have started',
				},
				{
					name: 'Start Handover',
					value: 'startHandover',
					action: 'Take the chat over from the bot',
					description: 'Put the bot in listen mode: it stops answering the user, so a human can',
				},
			],
			default: 'startHandover',
		},
		...startHandoverDescription,
		...sendAgentMessageDescription,
		...endHandoverDescription,
		requestOptions(),
];

export class Certainly implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Certainly',
		name: 'certainly',
		icon: { light: 'file:certainly.svg', dark: 'file:certainly.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: operationSubtitle(properties),
		description: 'Take a Certainly chat over from the bot, write to the user as an agent, and give the chat back',
		defaults: { name: 'Certainly' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'certainlyApi', required: true }],
		properties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const client = await certainlyClient(this);
		const run = OPERATIONS[this.getNodeParameter('operation', 0) as string];
		return [await forEachItem(this, async (itemIndex) => await run(this, client, itemIndex))];
	}
}
