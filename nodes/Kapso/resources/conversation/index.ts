import type { INodeProperties } from 'n8n-workflow';

import { operationField } from '../../../shared/descriptions';
import type { Operations } from '../../../shared/router';
import { findByPhone, findByPhoneDescription } from './findByPhone';

export const description: INodeProperties[] = [
	operationField(
		'conversation',
		[
			{
				name: 'Find by Phone Number',
				value: 'findByPhone',
				action: 'Find conversations by phone number',
				description: "A customer's WhatsApp conversations on one of your numbers, most recent first",
			},
		],
		'findByPhone',
	),
	...findByPhoneDescription,
];

export const operations: Operations = { findByPhone };
