import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { timeoutMs } from '../../../shared/descriptions';
import type { VendorClient } from '../../../shared/transport';
import { requiredId } from '../../../shared/validation';
import type { TargetStatus } from '../../transport';
import { setExecutionStatus } from '../../transport';
import { executionIdField } from './get';

export const updateStatusDescription: INodeProperties[] = [
	executionIdField(['updateStatus']),
	{
		displayName: 'New Status',
		name: 'newStatus',
		type: 'options',
		options: [
			{ name: 'Ended', value: 'ended', description: 'Stop the workflow for good' },
			{ name: 'Handoff', value: 'handoff', description: 'A human takes over; the bot stops answering' },
			{ name: 'Waiting', value: 'waiting', description: 'Give the chat back to the bot, which resumes where it stopped' },
		],
		default: 'handoff',
		displayOptions: { show: { resource: ['workflowExecution'], operation: ['updateStatus'] } },
	},
];

export async function updateStatus(ctx: IExecuteFunctions, client: VendorClient, itemIndex: number): Promise<IDataObject> {
	const executionId = requiredId(ctx, 'executionId', 'Execution ID', itemIndex);
	const status = ctx.getNodeParameter('newStatus', itemIndex) as TargetStatus;
	const options = ctx.getNodeParameter('requestOptions', itemIndex, {}) as IDataObject;
	return await setExecutionStatus(ctx, client, executionId, status, itemIndex, timeoutMs(options));
}
