import type { IDataObject, IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** Your WhatsApp business number: a list loaded from Kapso, or the Kapso Trigger's phoneNumberId by default. */
export const phoneNumberIdField = (show: Record<string, string[]>): INodeProperties => ({
	displayName: 'Phone Number Name or ID',
	name: 'phoneNumberId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getPhoneNumbers' },
	required: true,
	default: '={{ $json.phoneNumberId }}',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	hint: "Your WhatsApp business number in Kapso, not the customer's. The default is the Kapso Trigger's phoneNumberId.",
	displayOptions: { show },
});

/** The customer's conversation on your number: your WhatsApp number and the customer's phone. */
export const phoneLookupFields = (show: Record<string, string[]>): INodeProperties[] => [
	phoneNumberIdField(show),
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		required: true,
		default: '',
		placeholder: '+6281234567890',
		description: "The customer's phone number in E.164 form",
		displayOptions: { show },
	},
];

/** A list's status filter: Any, the default, filters nothing; the other options are the statuses Kapso filters by. */
export const statusFilterField = (
	displayName: string,
	name: string,
	statuses: INodePropertyOptions[],
	show: Record<string, string[]>,
): INodeProperties => ({
	displayName,
	name,
	type: 'options',
	options: [{ name: 'Any', value: 'any' }, ...statuses],
	default: 'any',
	displayOptions: { show },
});

/** The status chosen in a statusFilterField as Kapso's `status` filter: none for Any. */
export function statusFilterOf(ctx: IExecuteFunctions, name: string, itemIndex: number): IDataObject {
	const status = ctx.getNodeParameter(name, itemIndex, 'any') as string;
	return status === 'any' ? {} : { status };
}
