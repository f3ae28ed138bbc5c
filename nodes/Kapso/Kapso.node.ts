import '../shared/supportedN8n';
import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { operationSubtitle, requestOptions } from '../shared/descriptions';
import { route } from '../shared/router';
import { loadOptions } from './methods/loadOptions';
import * as conversation from './resources/conversation';
import * as handover from './resources/handover';
import * as message from './resources/message';
import * as workflowExecution from './resources/workflowExecution';
import { kapsoApi } from './transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Conversation', value: 'conversation' },
			{ name: 'Handover', value: 'handover' },
			{ name: 'Message', value: 'message' },
			{ name: 'Workflow Execution', value: 'workflowExecution' },
		],
		default: 'handover',
	},
	...conversation.description,
	...handover.description,
	...message.description,
	...workflowExecution.description,
	requestOptions(),
];

export class Kapso implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Kapso',
		name: 'kapso',
		icon: { light: 'file:kapso.svg', dark: 'file:kapso.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: operationSubtitle(properties),
		description: 'Pause or resume Kapso WhatsApp workflows so a human can take over a chat, and write to the customer',
		defaults: { name: 'Kapso' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'kapsoHandoverApi', required: true }],
		properties,
	};

	methods = { loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route(this, kapsoApi, {
			conversation: conversation.operations,
			handover: handover.operations,
			message: message.operations,
			workflowExecution: workflowExecution.operations,
		});
	}
}
