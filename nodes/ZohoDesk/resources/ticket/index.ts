import type { INodeProperties } from 'n8n-workflow';

import { operationField } from '../../../shared/descriptions';
import type { Operations } from '../../../shared/router';
import { createFromChat, createFromChatDescription } from './createFromChat';
import { get, getDescription } from './get';
import { search, searchDescription } from './search';
import { update, updateDescription } from './update';

export const description: INodeProperties[] = [
	operationField(
		'ticket',
		[
			{
				name: 'Create From Chat',
				value: 'createFromChat',
				action: 'Create a ticket from a chat handover',
				description: "Return the chat session's ticket, or open one with the transcript and the reason",
			},
			{ name: 'Get', value: 'get', action: 'Get a ticket' },
			{
				name: 'Search',
				value: 'search',
				action: 'Search tickets',
				description: 'Find tickets by chat session, email or status',
			},
			{ name: 'Update', value: 'update', action: 'Update a ticket' },
		],
		'createFromChat',
	),
	...createFromChatDescription,
	...getDescription,
	...searchDescription,
	...updateDescription,
];

export const operations: Operations = { createFromChat, get, search, update };
