import type { INodeProperties } from 'n8n-workflow';

import { operationField } from '../../../shared/descriptions';
import type { Operations } from '../../../shared/router';
import { handOver, handOverDescription } from './handOver';

export const description: INodeProperties[] = [
	operationField(
		'handover',
		[
			{
				name: 'Hand Over to an Agent',
				value: 'handOver',
				action: 'Hand a chat over to a human agent',
				description:
					'Create or reuse the contact\'s agent session and queue it for a human agent; use it when the user needs a person',
			},
		],
		'handOver',
	),
	...handOverDescription,
];

export const operations: Operations = { handOver };
