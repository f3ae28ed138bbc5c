import type { INodeProperties } from 'n8n-workflow';

import { show } from '../fields';

export const departmentField = (operation: string[], required = true): INodeProperties => ({
	displayName: 'Department Name or ID',
	name: 'departmentId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getDepartments' },
	required,
	default: '',
	description:
		'The department the ticket goes to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	displayOptions: show('ticket', operation),
});

export const PRIORITIES = ['Low', 'Medium', 'High', 'Urgent'].map((name) => ({ name, value: name }));
