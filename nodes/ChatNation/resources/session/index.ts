import type { INodeProperties } from 'n8n-workflow';

import { operationField } from '../../../shared/descriptions';
import type { Operations } from '../../../shared/router';
import { checkActive, checkActiveDescription } from './checkActive';

export const description: INodeProperties[] = [
	operationField(
		'session',
		[
			{
				name: 'Check Active',
				value: 'checkActive',
				action: 'Check whether a contact is with an agent',
				description: 'Whether the phone number has an open agent session, so bot replies can be held back',
			},
		],
		'checkActive',
	),
	...checkActiveDescription,
];

export const operations: Operations = { checkActive };
