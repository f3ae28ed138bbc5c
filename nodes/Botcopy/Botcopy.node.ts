import '../shared/supportedN8n';
import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { operationSubtitle, requestOptions } from '../shared/descriptions';
import { forEachItem } from '../shared/execute';
import type { VendorClient } from '../shared/transport';
import { vendorClient } from '../shared/transport';
import { botcopyCredentialTest } from './credentialTest';
import { chatFields } from './resources/chat/fields';
import { pauseBot, pauseBotDescription } from './resources/chat/pauseBot';
import { resumeBot, resumeBotDescription } from './resources/chat/resumeBot';
import { sendMessage, sendMessageDescription } from './resources/chat/sendMessage';
import { showTyping, showTypingDescription } from './resources/chat/showTyping';
import { botcopyApi } from './transport';

type Operation = (ctx: IExecuteFunctions, client: VendorClient, itemIndex: number) => Promise<IDataObject>;

const OPERATIONS: Record<string, Operation> = { sendMessage, pauseBot, resumeBot, showTyping };

const properties: INodeProperties[] = [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: [{ name: 'Chat', value: 'chat' }],
			default: 'chat',
		},
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: ['chat'] } },
			options: [
				{
					name: 'Pause Bot',
					value: 'pauseBot',
					action: 'Pause the bot for a human agent',
					description: 'Stop the bot answering for some minutes; the user is told an agent is chatting',
				},
				{
					name: 'Resume Bot',
					value: 'resumeBot',
					action: 'Give the chat back to the bot',
					description: 'End the pause, so the bot answers the user again',
				},
				{
					name: 'Send Message',
					value: 'sendMessage',
					action: 'Send an agent message to the user',
					description: "Write to the user as the human agent and keep the bot paused",
				},
				{
					name: 'Show Typing',
					value: 'showTyping',
					action: 'Show the agent typing indicator',
					description: 'Show the user that the agent is typing, for 10 seconds',
				},
			],
			default: 'sendMessage',
		},
		...chatFields,
		...sendMessageDescription,
		...pauseBotDescription,
		...resumeBotDescription,
		...showTypingDescription,
		requestOptions(),
];

export class Botcopy implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Botcopy',
		name: 'botcopy',
		icon: { light: 'file:botcopy.svg', dark: 'file:botcopy.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: operationSubtitle(properties),
		description: 'Let a human agent chat with a Botcopy user while the bot is paused, then give the chat back',
		defaults: { name: 'Botcopy' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'botcopyApi', required: true, testedBy: 'botcopyCredentialTest' }],
		properties,
	};

	methods = { credentialTest: { botcopyCredentialTest } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const client = await vendorClient(this, botcopyApi);
		const operation = this.getNodeParameter('operation', 0) as string;
		const run = OPERATIONS[operation];
		return [await forEachItem(this, async (itemIndex) => await run(this, client, itemIndex))];
	}
}
