import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/descriptions';
import type { ItemClient, VendorClient } from '../../../shared/transport';
import { API, listData } from '../../transport';
import { show } from '../fields';

const PAGE_SIZE = 200;

export const listDescription: INodeProperties[] = [
	{
		displayName: 'Enabled Only',
		name: 'enabledOnly',
		type: 'boolean',
		default: true,
		description: 'Whether to leave out disabled departments (tickets cannot be filed in them)',
		displayOptions: show('department', ['list']),
	},
	...returnAllAndLimit({ resource: ['department'], operation: ['list'] }),
];

export async function listDepartments(
	client: VendorClient,
	{ enabledOnly, limit }: { enabledOnly: boolean; limit: number },
): Promise<IDataObject[]> {
	const departments: IDataObject[] = [];
	for (let from = 0; departments.length < limit; from += PAGE_SIZE) {
		const pageSize = Math.min(PAGE_SIZE, limit - departments.length);
		const qs: IDataObject = { from, limit: pageSize, ...(enabledOnly ? { isEnabled: true } : {}) };
		const page = listData((await client.request({ method: 'GET', path: `${API}/departments`, qs })).body);
		departments.push(...page);
		if (page.length < pageSize) break;
	}
	return departments;
}

export async function list(ctx: IExecuteFunctions, client: ItemClient, itemIndex: number): Promise<IDataObject[]> {
	const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
	return await listDepartments(client, {
		enabledOnly: ctx.getNodeParameter('enabledOnly', itemIndex, true) as boolean,
		limit: returnAll ? Infinity : (ctx.getNodeParameter('limit', itemIndex, 50) as number),
	});
}
