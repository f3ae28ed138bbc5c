import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ItemClient } from '../../../shared/transport';
import { requiredId } from '../../../shared/validation';
import type { TargetStatus } from '../../transport';
import { setExecutionStatus } from '../../transport';
import { executionIdField } from './fields';

export const updateStatusDescription: INodeProperties[] = [
	executionIdField(['updateStatus']),
	{
		displayName: 'New Status',
		name: 'newStatus',
		type: 'options',
		options: [
			{
				name: 'Back With the Bot',
				value: 'waiting',
				description: 'Status waiting: give the chat back to the bot, which resumes where it stopped',
			},
			{ name: 'Ended', value: 'ended', description: 'Status ended: stop the workflow for good' },
			{ name: 'Handed to a Human', value: 'handoff', description: 'Status handoff: a human takes over; the bot stops answering' },
		],
		default: 'handoff',
		displayOptions: { show: { resource: ['workflowExecution'], operation: ['updateStatus'] } },
	},
];

export async function updateStatus(ctx: IExecuteFunctions, client: ItemClient, itemIndex: number): Promise<IDataObject> {
	const executionId = requiredId(ctx, 'executionId', 'Execution ID', itemIndex);
	const status = ctx.getNodeParameter('newStatus', itemIndex) as TargetStatus;
	return await setExecutionStatus(ctx, client, executionId, status);
}
