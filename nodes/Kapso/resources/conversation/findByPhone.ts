import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/descriptions';
import type { ItemClient } from '../../../shared/transport';
import { e164Phone, requiredId } from '../../../shared/validation';
import { findConversations } from '../../transport';
import { phoneLookupFields } from '../fields';

const show = { resource: ['conversation'], operation: ['findByPhone'] };

export const findByPhoneDescription: INodeProperties[] = [
	...phoneLookupFields(show),
	{
		displayName: 'Conversation Status',
		name: 'conversationStatus',
		type: 'options',
		options: [
			{ name: 'Any', value: 'any' },
			{ name: 'Active', value: 'active' },
			{ name: 'Ended', value: 'ended' },
		],
		default: 'any',
		displayOptions: { show },
	},
	...returnAllAndLimit(show),
];

export async function findByPhone(ctx: IExecuteFunctions, client: ItemClient, itemIndex: number): Promise<IDataObject[]> {
	const phoneNumberId = requiredId(ctx, 'phoneNumberId', 'Phone Number ID', itemIndex);
	const phoneNumber = e164Phone(ctx, ctx.getNodeParameter('phoneNumber', itemIndex, ''), 'Phone Number', itemIndex);
	const status = ctx.getNodeParameter('conversationStatus', itemIndex, 'any') as string;
	const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const max = returnAll ? Infinity : (ctx.getNodeParameter('limit', itemIndex, 50) as number);
	const filters = status === 'any' ? {} : { status };
	return await findConversations(client, phoneNumberId, phoneNumber, filters, max);
}
