import '../shared/supportedN8n';
import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { operationSubtitle, requestOptions } from '../shared/descriptions';
import { route } from '../shared/router';
import * as handover from './resources/handover';
import * as session from './resources/session';
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
	...handover.description,
	...session.description,
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
		return await route(this, chatNationApi, { handover: handover.operations, session: session.operations });
	}
}
