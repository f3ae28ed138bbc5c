import type { INodeProperties } from 'n8n-workflow';

import { operationField } from '../../../shared/descriptions';
import type { Operations } from '../../../shared/router';
import { chatFields } from './fields';
import { pauseBot, pauseBotDescription } from './pauseBot';
import { resumeBot, resumeBotDescription } from './resumeBot';
import { sendMessage, sendMessageDescription } from './sendMessage';
import { showTyping, showTypingDescription } from './showTyping';

export const description: INodeProperties[] = [
	operationField(
		'chat',
		[
			{
				name: 'Pause Bot',
				value: 'pauseBot',
				action: 'Pause the bot for a human agent',
				description: 'Stop the bot answering for some minutes; the user is told an agent is chatting',
			},
			{
				name: 'Resume Bot',
				value: 'resumeBot',
				action: 'Give the chat back to the bot',
				description: 'End the pause, so the bot answers the user again',
			},
			{
				name: 'Send Message',
				value: 'sendMessage',
				action: 'Send an agent message to the user',
				description: "Write to the user as the human agent and keep the bot paused",
			},
			{
				name: 'Show Typing',
				value: 'showTyping',
				action: 'Show the agent typing indicator',
				description: 'Show the user that the agent is typing, for 10 seconds',
			},
		],
		'sendMessage',
	),
	...chatFields,
	...sendMessageDescription,
	...pauseBotDescription,
	...resumeBotDescription,
	...showTypingDescription,
];

export const operations: Operations = { sendMessage, pauseBot, resumeBot, showTyping };
