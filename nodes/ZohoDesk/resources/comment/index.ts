import type { INodeProperties } from 'n8n-workflow';

import { operationField } from '../../../shared/descriptions';
import type { Operations } from '../../../shared/router';
import { add, addDescription } from './add';

export const description: INodeProperties[] = [
	operationField('comment', [{ name: 'Add', value: 'add', action: 'Add a comment to a ticket' }], 'add'),
	...addDescription,
];

export const operations: Operations = { add };
