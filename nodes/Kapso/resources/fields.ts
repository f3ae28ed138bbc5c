import type { INodeProperties } from 'n8n-workflow';

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
