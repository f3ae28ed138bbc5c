import type { INodeProperties } from 'n8n-workflow';

import type { Operations } from '../../../shared/router';
import { list, listDescription } from './list';

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['department'] } },
		options: [{ name: 'List', value: 'list', action: 'List departments' }],
		default: 'list',
	},
	...listDescription,
];

export const operations: Operations = { list };
