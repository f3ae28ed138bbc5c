import type { INodeProperties } from 'n8n-workflow';

import { operationField } from '../../../shared/descriptions';
import type { Operations } from '../../../shared/router';
import { list, listDescription } from './list';

export const description: INodeProperties[] = [
	operationField('department', [{ name: 'List', value: 'list', action: 'List departments' }], 'list'),
	...listDescription,
];

export const operations: Operations = { list };
