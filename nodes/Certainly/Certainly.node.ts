import '../shared/supportedN8n';
import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { operationSubtitle, requestOptions } from '../shared/descriptions';
import { route } from '../shared/router';
import * as handover from './resources/handover';
import { certainlyApi } from './transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [{ name: 'Handover', value: 'handover' }],
		default: 'handover',
	},
	...handover.description,
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
		return await route(this, certainlyApi, { handover: handover.operations });
	}
}
