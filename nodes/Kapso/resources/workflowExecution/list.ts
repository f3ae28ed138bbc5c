import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/descriptions';
import type { ItemClient } from '../../../shared/transport';
import { requiredId } from '../../../shared/validation';
import { executionsPath, listAll } from '../../transport';

const show = { resource: ['workflowExecution'], operation: ['list'] };

export const listDescription: INodeProperties[] = [
	{
		displayName: 'Conversation ID',
		name: 'conversationId',
		type: 'string',
		required: true,
		default: '={{ $json.conversationId }}',
		description: 'The Kapso WhatsApp conversation whose workflow executions to list',
		displayOptions: { show },
	},
	{
		displayName: 'Status',
		name: 'statusFilter',
		type: 'options',
		options: [
			{ name: 'Any', value: 'any' },
			{ name: 'Ended', value: 'ended' },
			{ name: 'Failed', value: 'failed' },
			{ name: 'Handed to a Human', value: 'handoff', description: 'Status handoff' },
			{ name: 'Running', value: 'running' },
			{ name: 'Waiting', value: 'waiting', description: 'The bot waits for the customer' },
		],
		default: 'any',
		displayOptions: { show },
	},
	...returnAllAndLimit(show),
];

export async function list(ctx: IExecuteFunctions, client: ItemClient, itemIndex: number): Promise<IDataObject[]> {
	const conversationId = requiredId(ctx, 'conversationId', 'Conversation ID', itemIndex);
	const status = ctx.getNodeParameter('statusFilter', itemIndex, 'any') as string;
	const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const max = returnAll ? Infinity : (ctx.getNodeParameter('limit', itemIndex, 50) as number);
	const qs = status === 'any' ? {} : { status };
	return await listAll(client, executionsPath(conversationId), qs, max);
}
