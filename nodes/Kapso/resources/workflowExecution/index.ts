import type { INodeProperties } from 'n8n-workflow';

import { operationField } from '../../../shared/descriptions';
import type { Operations } from '../../../shared/router';
import { get, getDescription } from './get';
import { list, listDescription } from './list';
import { updateStatus, updateStatusDescription } from './updateStatus';

export const description: INodeProperties[] = [
	operationField(
		'workflowExecution',
		[
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
		'list',
	),
	...listDescription,
	...getDescription,
	...updateStatusDescription,
];

export const operations: Operations = { list, get, updateStatus };
