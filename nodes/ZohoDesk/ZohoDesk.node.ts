import '../shared/supportedN8n';
import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { operationSubtitle, requestOptions } from '../shared/descriptions';
import { route } from '../shared/router';
import { loadOptions } from './methods/loadOptions';
import * as comment from './resources/comment';
import * as department from './resources/department';
import * as ticket from './resources/ticket';
import { zohoDeskApi } from './transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Comment', value: 'comment' },
			{ name: 'Department', value: 'department' },
			{ name: 'Ticket', value: 'ticket' },
		],
		default: 'ticket',
	},
	...ticket.description,
	...comment.description,
	...department.description,
	requestOptions(),
];

export class ZohoDesk implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Zoho Desk',
		name: 'zohoDesk',
		icon: { light: 'file:zohodesk.svg', dark: 'file:zohodesk.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: operationSubtitle(properties),
		description: 'Open one Zoho Desk ticket per chat handover, with the transcript, and work with its tickets',
		defaults: { name: 'Zoho Desk' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'zohoDeskOAuth2Api', required: true }],
		properties,
	};

	methods = { loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route(this, zohoDeskApi, {
			ticket: ticket.operations,
			comment: comment.operations,
			department: department.operations,
		});
	}
}
