import '../shared/supportedN8n';
import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { operationSubtitle, requestOptions } from '../shared/descriptions';
import { route } from '../shared/router';
import { botcopyCredentialTest } from './methods/credentialTest';
import * as chat from './resources/chat';
import { botcopyApi } from './transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [{ name: 'Chat', value: 'chat' }],
		default: 'chat',
	},
	...chat.description,
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
		return await route(this, botcopyApi, { chat: chat.operations });
	}
}
