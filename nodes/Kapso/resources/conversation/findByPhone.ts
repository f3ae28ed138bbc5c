import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, timeoutMs } from '../../../shared/descriptions';
import type { VendorClient } from '../../../shared/transport';
import { e164Phone, requiredId } from '../../../shared/validation';
import { findConversations } from '../../transport';
import { phoneNumberIdField } from '../fields';

const show = { resource: ['conversation'], operation: ['findByPhone'] };

export const phoneLookupFields = (showFor: Record<string, string[]>): INodeProperties[] => [
	phoneNumberIdField(showFor),
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		required: true,
		default: '',
		placeholder: '+6281234567890',
		description: "The customer's phone number in E.164 form",
		displayOptions: { show: showFor },
	},
];

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

export async function findByPhone(ctx: IExecuteFunctions, client: VendorClient, itemIndex: number): Promise<IDataObject[]> {
	const phoneNumberId = requiredId(ctx, 'phoneNumberId', 'Phone Number ID', itemIndex);
	const phoneNumber = e164Phone(ctx, ctx.getNodeParameter('phoneNumber', itemIndex, ''), 'Phone Number', itemIndex);
	const status = ctx.getNodeParameter('conversationStatus', itemIndex, 'any') as string;
	const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const max = returnAll ? Infinity : (ctx.getNodeParameter('limit', itemIndex, 50) as number);
	const options = ctx.getNodeParameter('requestOptions', itemIndex, {}) as IDataObject;
	const filters = status === 'any' ? {} : { status };
	return await findConversations(client, phoneNumberId, phoneNumber, filters, max, itemIndex, timeoutMs(options));
}
