import type { INodeProperties } from 'n8n-workflow';

import { operationField } from '../../../shared/descriptions';
import type { Operation, Operations } from '../../../shared/router';
import type { HandoverOperation } from './switchExecutions';
import { handoverDescription, switchExecutions } from './switchExecutions';

export const description: INodeProperties[] = [
	operationField(
		'handover',
		[
			{
				name: 'End Workflows',
				value: 'end',
				action: 'End the workflows of a conversation',
				description: 'Set every running, waiting or handoff execution of the conversation to ended',
			},
			{
				name: 'Give Back to Bot',
				value: 'giveBack',
				action: 'Give the chat back to the bot',
				description: 'Set every handoff execution of the conversation back to waiting, so the bot resumes',
			},
			{
				name: 'Hand Over to Human',
				value: 'handOver',
				action: 'Hand the chat over to a human',
				description:
					'Set every running or waiting execution of the conversation to handoff, so the bot stops answering',
			},
		],
		'handOver',
	),
	...handoverDescription,
];

const step =
	(operation: HandoverOperation): Operation =>
	async (ctx, client, itemIndex) =>
		await switchExecutions(ctx, client, itemIndex, operation);

export const operations: Operations = { handOver: step('handOver'), giveBack: step('giveBack'), end: step('end') };
