import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { resultLimit, returnAllAndLimit } from '../../../shared/descriptions';
import type { ItemClient } from '../../../shared/transport';
import { e164Phone, requiredId } from '../../../shared/validation';
import { findConversations } from '../../transport';
import { phoneLookupFields, statusFilterField, statusFilterOf } from '../fields';

const show = { resource: ['conversation'], operation: ['findByPhone'] };

export const findByPhoneDescription: INodeProperties[] = [
	...phoneLookupFields(show),
	statusFilterField(
		'Conversation Status',
		'conversationStatus',
		[
			{ name: 'Active', value: 'active' },
			{ name: 'Ended', value: 'ended' },
		],
		show,
	),
	...returnAllAndLimit(show),
];

export async function findByPhone(ctx: IExecuteFunctions, client: ItemClient, itemIndex: number): Promise<IDataObject[]> {
	const phoneNumberId = requiredId(ctx, 'phoneNumberId', 'Phone Number ID', itemIndex);
	const phoneNumber = e164Phone(ctx, ctx.getNodeParameter('phoneNumber', itemIndex, ''), 'Phone Number', itemIndex);
	return await findConversations(client, phoneNumberId, phoneNumber, statusFilterOf(ctx, 'conversationStatus', itemIndex), resultLimit(ctx, itemIndex));
}
