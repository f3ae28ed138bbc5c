import type { INodeProperties } from 'n8n-workflow';

import { operationField } from '../../../shared/descriptions';
import type { Operations } from '../../../shared/router';
import { sendText, sendTextDescription } from './sendText';

export const description: INodeProperties[] = [
	operationField(
		'message',
		[
			{
				name: 'Send Text',
				value: 'sendText',
				action: 'Send a text message to a customer',
				description: "Write to the customer on WhatsApp (within 24 hours of the customer's last message)",
			},
		],
		'sendText',
	),
	...sendTextDescription,
];

export const operations: Operations = { sendText };
