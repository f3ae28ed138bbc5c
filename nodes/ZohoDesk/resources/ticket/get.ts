import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ItemClient } from '../../../shared/transport';
import { requiredId } from '../../../shared/validation';
import { API } from '../../transport';
import { ticketIdField } from '../fields';

export const getDescription: INodeProperties[] = [ticketIdField(['get'])];

export async function get(ctx: IExecuteFunctions, client: ItemClient, itemIndex: number): Promise<IDataObject> {
	const ticketId = requiredId(ctx, 'ticketId', 'Ticket ID', itemIndex);
	const response = await client.request<IDataObject>({
		method: 'GET',
		path: `${API}/tickets/${encodeURIComponent(ticketId)}`,
		qs: { include: 'contacts,departments' },
	});
	return response.body;
}
