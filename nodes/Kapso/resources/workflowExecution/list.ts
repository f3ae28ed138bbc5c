import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { resultLimit, returnAllAndLimit } from '../../../shared/descriptions';
import type { ItemClient } from '../../../shared/transport';
import { requiredId } from '../../../shared/validation';
import { executionsPath, listAll } from '../../transport';
import { statusFilterField, statusFilterOf } from '../fields';

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
	statusFilterField(
		'Status',
		'statusFilter',
		[
			{ name: 'Ended', value: 'ended' },
			{ name: 'Failed', value: 'failed' },
			{ name: 'Handed to a Human', value: 'handoff', description: 'Status handoff' },
			{ name: 'Running', value: 'running' },
			{ name: 'Waiting', value: 'waiting', description: 'The bot waits for the customer' },
		],
		show,
	),
	...returnAllAndLimit(show),
];

export async function list(ctx: IExecuteFunctions, client: ItemClient, itemIndex: number): Promise<IDataObject[]> {
	const conversationId = requiredId(ctx, 'conversationId', 'Conversation ID', itemIndex);
	return await listAll(client, executionsPath(conversationId), statusFilterOf(ctx, 'statusFilter', itemIndex), resultLimit(ctx, itemIndex));
}
