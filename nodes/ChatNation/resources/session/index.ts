import type { INodeProperties } from 'n8n-workflow';

import type { Operations } from '../../../shared/router';
import { checkActive, checkActiveDescription } from './checkActive';

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['session'] } },
		options: [
			{
				name: 'Check Active',
				value: 'checkActive',
				action: 'Check whether a contact is with an agent',
				description: 'Whether the phone number has an open agent session, so bot replies can be held back',
			},
		],
		default: 'checkActive',
	},
	...checkActiveDescription,
];

export const operations: Operations = { checkActive };
