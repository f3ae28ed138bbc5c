import type { INodeProperties } from 'n8n-workflow';

import type { Operations } from '../../../shared/router';
import { sendText, sendTextDescription } from './sendText';

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['message'] } },
		options: [
			{
				name: 'Send Text',
				value: 'sendText',
				action: 'Send a text message to a customer',
				description: "Write to the customer on WhatsApp (within 24 hours of the customer's last message)",
			},
		],
		default: 'sendText',
	},
	...sendTextDescription,
];

export const operations: Operations = { sendText };
