import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { maskPersonalData } from '../../../shared/personalData';
import { maskingOf, maskPersonalDataField } from '../../../shared/personalDataField';
import type { VendorClient } from '../../../shared/transport';
import { requiredId, requiredString } from '../../../shared/validation';
import { API } from '../../transport';
import { show, ticketIdField } from '../fields';

export const addDescription: INodeProperties[] = [
	ticketIdField(['add'], 'comment'),
	{
		displayName: 'Content',
		name: 'content',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		displayOptions: show('comment', ['add']),
	},
	{
		displayName: 'Public',
		name: 'isPublic',
		type: 'boolean',
		default: false,
		description: 'Whether the customer can see the comment; private comments are notes for agents',
		displayOptions: show('comment', ['add']),
	},
	{
		displayName: 'Content Type',
		name: 'contentType',
		type: 'options',
		options: [
			{ name: 'Plain Text', value: 'plainText' },
			{ name: 'HTML', value: 'html' },
		],
		default: 'plainText',
		displayOptions: show('comment', ['add']),
	},
	maskPersonalDataField({ resource: ['comment'], operation: ['add'] }),
];

/** Comments carry this integration's sourceId, so the Zoho Desk Trigger's webhook does not echo them back. */
export async function add(
	ctx: IExecuteFunctions,
	client: VendorClient,
	itemIndex: number,
	sourceId: string,
): Promise<IDataObject> {
	const ticketId = requiredId(ctx, 'ticketId', 'Ticket ID', itemIndex);
	const content = maskPersonalData(requiredString(ctx, 'content', 'Content', itemIndex), maskingOf(ctx, itemIndex));
	const response = await client.request<IDataObject>(
		{
			method: 'POST',
			path: `${API}/tickets/${encodeURIComponent(ticketId)}/comments`,
			headers: { sourceId },
			body: {
				content,
				contentType: ctx.getNodeParameter('contentType', itemIndex, 'plainText') as string,
				isPublic: ctx.getNodeParameter('isPublic', itemIndex, false) as boolean,
			},
		},
		itemIndex,
	);
	return response.body;
}
