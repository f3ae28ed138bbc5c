import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { timeoutMs } from '../../../shared/descriptions';
import type { VendorClient } from '../../../shared/transport';
import { requiredId } from '../../../shared/validation';
import { getExecution } from '../../transport';

export const executionIdField = (operations: string[]): INodeProperties => ({
	displayName: 'Execution ID',
	name: 'executionId',
	type: 'string',
	required: true,
	default: '={{ $json.executionId }}',
	description: "The ID of the Kapso workflow execution, e.g. the Kapso Trigger's executionId",
	displayOptions: { show: { resource: ['workflowExecution'], operation: operations } },
});

export const getDescription: INodeProperties[] = [executionIdField(['get'])];

export async function get(ctx: IExecuteFunctions, client: VendorClient, itemIndex: number): Promise<IDataObject> {
	const executionId = requiredId(ctx, 'executionId', 'Execution ID', itemIndex);
	const options = ctx.getNodeParameter('requestOptions', itemIndex, {}) as IDataObject;
	return await getExecution(client, executionId, itemIndex, timeoutMs(options));
}
