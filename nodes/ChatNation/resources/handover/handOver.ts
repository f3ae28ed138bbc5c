import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { additionalFields } from '../../../shared/descriptions';
import { maskPersonalData, maskPersonalDataDeep } from '../../../shared/personalData';
import { maskingOf, maskPersonalDataField } from '../../../shared/personalDataField';
import type { ItemClient } from '../../../shared/transport';
import { unwrapData } from '../../../shared/transport';
import { jsonObject, optionalString, requiredString } from '../../../shared/validation';
import { API_PREFIX } from '../../transport';
import { tenantIdField } from '../fields';
import { handoverResult } from './result';

const show = { resource: ['handover'], operation: ['handOver'] };

export const handOverDescription: INodeProperties[] = [
	{
		displayName: 'Contact ID',
		name: 'contactId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '+254712345678',
		description: "The user's phone number or external ID. ChatNation creates the session when none exists.",
		displayOptions: { show },
	},
	{
		displayName: 'Send Handover Message',
		name: 'sendHandoverMessage',
		type: 'boolean',
		default: true,
		description:
			'Whether ChatNation sends the user a confirmation once an agent is assigned. Turn off when the bot already said it.',
		displayOptions: { show },
	},
	{
		displayName: 'Handover Message',
		name: 'handoverMessage',
		type: 'string',
		default: '',
		placeholder: 'Connecting you to an agent...',
		description: "Custom confirmation text. Empty uses ChatNation's default.",
		displayOptions: { show: { ...show, sendHandoverMessage: [true] } },
	},
	additionalFields(show, [
		{
			displayName: 'Account',
			name: 'account',
			type: 'string',
			default: '',
			description: 'Phone number of the WhatsApp Business account that sends the handover message',
		},
		{
			displayName: 'Context',
			name: 'context',
			type: 'json',
			default: '{}',
			description: 'A JSON object with extra details for the agent, like {"intent": "billing"}',
		},
		{
			displayName: 'Issue',
			name: 'issue',
			type: 'string',
			default: '',
			placeholder: 'Account Locked',
			description: 'What the user was trying to do; used for routing',
		},
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: "The user's display name, set when the session is created",
		},
		{
			displayName: 'Team ID',
			name: 'teamId',
			type: 'string',
			default: '',
			description: 'UUID of the team to assign the chat to. Empty sends it to the general queue.',
		},
		tenantIdField,
	]),
	{ ...maskPersonalDataField(show), description: 'Which personal data to hide in Issue and Context before they reach the agent' },
];

export async function handOver(ctx: IExecuteFunctions, client: ItemClient, itemIndex: number): Promise<IDataObject> {
	const contactId = requiredString(ctx, 'contactId', 'Contact ID', itemIndex);
	const sendHandoverMessage = ctx.getNodeParameter('sendHandoverMessage', itemIndex, true) as boolean;
	const fields = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;

	const body: IDataObject = { contactId, sendHandoverMessage };
	if (sendHandoverMessage) {
		const message = optionalString(ctx.getNodeParameter('handoverMessage', itemIndex, ''));
		if (message) body.handoverMessage = message;
	}
	for (const key of ['name', 'tenantId', 'teamId', 'issue', 'account']) {
		const value = optionalString(fields[key]);
		if (value) body[key] = value;
	}
	const masking = maskingOf(ctx, itemIndex);
	if (body.issue) body.issue = maskPersonalData(String(body.issue), masking);
	const context = jsonObject(ctx, fields.context, 'Context', itemIndex);
	if (context && Object.keys(context).length) body.context = maskPersonalDataDeep(context, masking);

	const response = await client.request({
		method: 'POST',
		path: `${API_PREFIX}/agent/integration/handover`,
		body,
		sideEffect: 'started the handover',
	});
	return { contactId, ...handoverResult(unwrapData(response.body)) };
}
