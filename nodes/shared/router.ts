import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ItemClient, VendorApi, VendorClient } from './transport';
import { vendorClient } from './transport';

/** One operation of a vendor node, run for one input item with a client bound to that item and its options. */
export type Operation = (
	ctx: IExecuteFunctions,
	client: ItemClient,
	itemIndex: number,
) => Promise<IDataObject | IDataObject[]>;

/** A resource's operations by their `operation` value. */
export type Operations = Record<string, Operation>;

/** Every operation of a node: resource value → operation value → operation. */
export type Router = Record<string, Operations>;

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

const own = <T>(table: Record<string, T>, key: string): T | undefined =>
	Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;

/**
 * A vendor node's execute(): reads the resource and the operation, refuses a pair the node does not have, and
 * runs the operation for every input item (see forEachItem). The credential is read once, at the first item;
 * each item gets its own client carrying its index and its request options (Options → Timeout).
 */
export async function route(ctx: IExecuteFunctions, api: VendorApi, router: Router): Promise<INodeExecutionData[][]> {
	const resource = ctx.getNodeParameter('resource', 0) as string;
	const operation = ctx.getNodeParameter('operation', 0) as string;
	const operations = own(router, resource);
	const run = operations && own(operations, operation);
	if (!run) throw new NodeOperationError(ctx.getNode(), `Unsupported operation "${operation}" for "${resource}"`);
	let client: VendorClient | undefined;
	return [
		await forEachItem(ctx, async (itemIndex) => {
			client ??= await vendorClient(ctx, api, itemIndex);
			const options = ctx.getNodeParameter('requestOptions', itemIndex, {}) as { timeout?: number };
			return await run(ctx, client.forItem(itemIndex, options), itemIndex);
		}),
	];
}
