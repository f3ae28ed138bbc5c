import type { INodeProperties } from 'n8n-workflow';

import type { Operations } from '../../../shared/router';
import { get, getDescription } from './get';
import { list, listDescription } from './list';
import { updateStatus, updateStatusDescription } from './updateStatus';

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['workflowExecution'] } },
		options: [
			{ name: 'Get', value: 'get', action: 'Get a workflow execution', description: 'Read one workflow execution' },
			{
				name: 'List',
				value: 'list',
				action: 'List workflow executions',
				description: "A conversation's workflow executions, most recent first",
			},
			{
				name: 'Update Status',
				value: 'updateStatus',
				action: 'Change the status of a workflow execution',
				description: 'Set one execution to handoff, waiting or ended',
			},
		],
		default: 'list',
	},
	...listDescription,
	...getDescription,
	...updateStatusDescription,
];

export const operations: Operations = { list, get, updateStatus };
