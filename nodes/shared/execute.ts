import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

export type ItemHandler = (itemIndex: number) => Promise<IDataObject | IDataObject[]>;

function isNodeError(error: unknown): error is NodeOperationError {
	return error instanceof Error && 'node' in error && 'description' in error;
}

/**
 * Runs a handler for every input item. Results keep their pairing with the input item; with
 * "Continue On Fail" a failed item becomes `{error}` and the other items go on.
 */
export async function forEachItem(ctx: IExecuteFunctions, handler: ItemHandler): Promise<INodeExecutionData[]> {
	const items = ctx.getInputData();
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const result = await handler(itemIndex);
			for (const json of Array.isArray(result) ? result : [result]) {
				output.push({ json, pairedItem: { item: itemIndex } });
			}
		} catch (error) {
			const nodeError = isNodeError(error)
				? error
				: new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
			if (ctx.continueOnFail()) {
				output.push({
					json: { error: nodeError.message, ...(nodeError.description ? { details: nodeError.description } : {}) },
					pairedItem: { item: itemIndex },
				});
				continue;
			}
			throw nodeError;
		}
	}
	return output;
}
