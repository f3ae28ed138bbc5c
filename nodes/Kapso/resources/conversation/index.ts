import type { INodeProperties } from 'n8n-workflow';

import type { Operations } from '../../../shared/router';
import { findByPhone, findByPhoneDescription } from './findByPhone';

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['conversation'] } },
		options: [
			{
				name: 'Find by Phone Number',
				value: 'findByPhone',
				action: 'Find conversations by phone number',
				description: "A customer's WhatsApp conversations on one of your numbers, most recent first",
			},
		],
		default: 'findByPhone',
	},
	...findByPhoneDescription,
];

export const operations: Operations = { findByPhone };
