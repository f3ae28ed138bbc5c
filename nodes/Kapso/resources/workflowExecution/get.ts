import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ItemClient } from '../../../shared/transport';
import { requiredId } from '../../../shared/validation';
import { getExecution } from '../../transport';
import { executionIdField } from './fields';

export const getDescription: INodeProperties[] = [executionIdField(['get'])];

export async function get(ctx: IExecuteFunctions, client: ItemClient, itemIndex: number): Promise<IDataObject> {
	const executionId = requiredId(ctx, 'executionId', 'Execution ID', itemIndex);
	return await getExecution(client, executionId);
}
