import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/descriptions';
import { parameterError } from '../../../shared/errors';
import type { ItemClient } from '../../../shared/transport';
import { optionalString } from '../../../shared/validation';
import { isSearchableSessionId, searchBySession, sessionMarkerFields, sessionMarkerOf } from '../../sessionMarker';
import { API, listData } from '../../transport';
import { show } from '../fields';

const OPERATION = ['search'];
const PAGE_SIZE = 100;

export const searchDescription: INodeProperties[] = [
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: show('ticket', OPERATION),
		options: [
			{ displayName: 'Chat Session ID', name: 'sessionId', type: 'string', default: '' },
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
				description: 'End with * to match a prefix',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'string',
				default: '',
				placeholder: 'Open',
				description: 'A status name; several separated by commas match any of them',
			},
		],
	},
	...sessionMarkerFields({ resource: ['ticket'], operation: OPERATION }),
	...returnAllAndLimit({ resource: ['ticket'], operation: OPERATION }),
];

export async function search(ctx: IExecuteFunctions, client: ItemClient, itemIndex: number): Promise<IDataObject[]> {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const qs: IDataObject = {};
	const sessionId = optionalString(filters.sessionId);
	if (sessionId) {
		if (!isSearchableSessionId(sessionId)) {
			throw parameterError(ctx.getNode(), itemIndex, 'Chat Session ID', 'must not contain spaces, commas or *');
		}
		Object.assign(qs, searchBySession(sessionMarkerOf(ctx, itemIndex), sessionId));
	}
	const email = optionalString(filters.email);
	if (email) qs.email = email;
	const status = optionalString(filters.status);
	if (status) qs.status = status;
	if (!Object.keys(qs).length) {
		throw parameterError(ctx.getNode(), itemIndex, 'Filters', 'need at least one of Chat Session ID, Email or Status');
	}
	const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? Infinity : (ctx.getNodeParameter('limit', itemIndex, 50) as number);
	const tickets: IDataObject[] = [];
	for (let from = 0; tickets.length < limit; from += PAGE_SIZE) {
		const pageSize = Math.min(PAGE_SIZE, limit - tickets.length);
		const { body } = await client.request({ method: 'GET', path: `${API}/tickets/search`, qs: { ...qs, from, limit: pageSize } });
		const page = listData(body);
		tickets.push(...page);
		if (page.length < pageSize) break;
	}
	return tickets;
}
