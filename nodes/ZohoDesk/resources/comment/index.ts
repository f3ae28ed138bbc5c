import type { INodeProperties } from 'n8n-workflow';

import type { Operations } from '../../../shared/router';
import { add, addDescription } from './add';

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['comment'] } },
		options: [{ name: 'Add', value: 'add', action: 'Add a comment to a ticket' }],
		default: 'add',
	},
	...addDescription,
];

export const operations: Operations = { add };
