import '../shared/supportedN8n';
import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { operationSubtitle } from '../shared/descriptions';
import { forEachItem } from '../shared/execute';
import type { VendorClient } from '../shared/transport';
import { vendorClient } from '../shared/transport';
import { add, addDescription } from './resources/comment/add';
import { list, listDepartments, listDescription } from './resources/department/list';
import { createFromChat, createFromChatDescription } from './resources/ticket/createFromChat';
import { get, getDescription } from './resources/ticket/get';
import { search, searchDescription } from './resources/ticket/search';
import { update, updateDescription } from './resources/ticket/update';
import { dataCentreProblem, integrationSourceId, zohoDeskApi } from './transport';

type Operation = (
	ctx: IExecuteFunctions,
	client: VendorClient,
	itemIndex: number,
	sourceId: string,
) => Promise<IDataObject | IDataObject[]>;

const OPERATIONS: Record<string, Operation> = {
	'ticket:createFromChat': createFromChat,
	'ticket:get': get,
	'ticket:search': search,
	'ticket:update': update,
	'comment:add': add,
	'department:list': list,
};

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
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: ['ticket'] } },
			options: [
				{
					name: 'Create From Chat',
					value: 'createFromChat',
					action: 'Create a ticket from a chat handover',
					description: "Return the chat session's ticket, or open one with the transcript and the reason",
				},
				{ name: 'Get', value: 'get', action: 'Get a ticket' },
				{
					name: 'Search',
					value: 'search',
					action: 'Search tickets',
					description: 'Find tickets by chat session, email or status',
				},
				{ name: 'Update', value: 'update', action: 'Update a ticket' },
			],
			default: 'createFromChat',
		},
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: ['comment'] } },
			options: [{ name: 'Add', value: 'add', action: 'Add a comment to a ticket' }],
			default: 'add',
		},
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: ['department'] } },
			options: [{ name: 'List', value: 'list', action: 'List departments' }],
			default: 'list',
		},
		...createFromChatDescription,
		...getDescription,
		...searchDescription,
		...updateDescription,
		...addDescription,
		...listDescription,
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

	methods = {
		loadOptions: {
			async getDepartments(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
				const client = await vendorClient(this, zohoDeskApi);
				const departments = await listDepartments(client, { enabledOnly: true, limit: 1000 });
				return departments.map((department) => ({
					name: String(department.name),
					value: String(department.id),
				}));
			},
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const resource = this.getNodeParameter('resource', 0) as string;
		const operation = this.getNodeParameter('operation', 0) as string;
		const run = OPERATIONS[`${resource}:${operation}`];
		if (!run) throw new NodeOperationError(this.getNode(), `Unsupported operation "${operation}" for "${resource}"`);
		let client: VendorClient | undefined;
		let sourceId = '';
		return [
			await forEachItem(this, async (itemIndex) => {
				if (!client) {
					const credentials = await this.getCredentials('zohoDeskOAuth2Api');
					const problem = dataCentreProblem(credentials);
					if (problem) throw new NodeOperationError(this.getNode(), problem, { itemIndex });
					client = await vendorClient(this, zohoDeskApi);
					sourceId = integrationSourceId(String(credentials.orgId ?? ''));
				}
				return await run(this, client, itemIndex, sourceId);
			}),
		];
	}
}
