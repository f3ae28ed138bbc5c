import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { parameterError } from '../../../shared/errors';
import type { ItemClient } from '../../../shared/transport';
import { e164Phone, requiredId, requiredString } from '../../../shared/validation';
import { META_PREFIX } from '../../transport';
import { phoneNumberIdField } from '../fields';

const show = { resource: ['message'], operation: ['sendText'] };

// Meta's limit for text.body: https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages#text-object
export const TEXT_LIMIT = 4096;

export const sendTextDescription: INodeProperties[] = [
	phoneNumberIdField(show),
	{
		displayName: 'To',
		name: 'to',
		type: 'string',
		required: true,
		default: '={{ $json.phoneNumber }}',
		placeholder: '+254712345678',
		description: "The customer's phone number in E.164 form",
		displayOptions: { show },
	},
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		description: `Up to ${TEXT_LIMIT} characters. WhatsApp delivers free-form text only within 24 hours of the customer's last message.`,
		displayOptions: { show },
	},
	{
		displayName: 'Preview URL',
		name: 'previewUrl',
		type: 'boolean',
		default: false,
		description: 'Whether WhatsApp shows a preview of the first link in the text',
		displayOptions: { show },
	},
];

interface SendResponse {
	contacts?: Array<{ input?: string; wa_id?: string }>;
	messages?: Array<{ id?: string }>;
}

/**
 * A WhatsApp text through Kapso's Meta proxy:
 * https://docs.kapso.ai/docs/getting-started/send-message-api , https://docs.kapso.ai/api/meta/whatsapp/messages/send-a-message.md
 */
export async function sendText(ctx: IExecuteFunctions, client: ItemClient, itemIndex: number): Promise<IDataObject> {
	const phoneNumberId = requiredId(ctx, 'phoneNumberId', 'Phone Number ID', itemIndex);
	const to = e164Phone(ctx, ctx.getNodeParameter('to', itemIndex, ''), 'To', itemIndex);
	const text = requiredString(ctx, 'text', 'Text', itemIndex);
	// Meta counts characters, not UTF-16 units: an emoji is one.
	const length = [...text].length;
	if (length > TEXT_LIMIT) {
		throw parameterError(ctx.getNode(), itemIndex, 'Text', `must be at most ${TEXT_LIMIT} characters (got ${length})`);
	}
	const { body } = await client.request<SendResponse>({
		method: 'POST',
		path: `${META_PREFIX}/${encodeURIComponent(phoneNumberId)}/messages`,
		body: {
			messaging_product: 'whatsapp',
			recipient_type: 'individual',
			to: to.slice(1),
			type: 'text',
			text: { body: text, preview_url: ctx.getNodeParameter('previewUrl', itemIndex, false) as boolean },
		},
		sideEffect: `sent the WhatsApp message to ${to}`,
	});
	return { sent: true, messageId: body?.messages?.[0]?.id ?? null, to, waId: body?.contacts?.[0]?.wa_id ?? null };
}
