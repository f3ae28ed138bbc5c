import type { INodeProperties } from 'n8n-workflow';

import { operationField } from '../../../shared/descriptions';
import type { Operations } from '../../../shared/router';
import { endHandover, endHandoverDescription } from './endHandover';
import { sendAgentMessage, sendAgentMessageDescription } from './sendAgentMessage';
import { startHandover, startHandoverDescription } from './startHandover';

export const description: INodeProperties[] = [
	operationField(
		'handover',
		[
			{
				name: 'End Handover',
				value: 'endHandover',
				action: 'Give the chat back to the bot',
				description: 'The bot takes the conversation back, optionally continuing at the module a Claim End value picks',
			},
			{
				name: 'Send Agent Message',
				value: 'sendAgentMessage',
				action: 'Send a message to the user as an agent',
				description: 'Write to the user while the bot listens; the handover must have started',
			},
			{
				name: 'Start Handover',
				value: 'startHandover',
				action: 'Take the chat over from the bot',
				description: 'Put the bot in listen mode: it stops answering the user, so a human can',
			},
		],
		'startHandover',
	),
	...startHandoverDescription,
	...sendAgentMessageDescription,
	...endHandoverDescription,
];

export const operations: Operations = { startHandover, sendAgentMessage, endHandover };
