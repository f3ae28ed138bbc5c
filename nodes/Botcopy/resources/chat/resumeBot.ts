import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ItemClient } from '../../../shared/transport';
import { requiredString } from '../../../shared/validation';
import { push } from '../../transport';
import { agentFields, readAgent, readChat, showFor } from './fields';

export const resumeBotDescription: INodeProperties[] = [
	...agentFields(['resumeBot'], false),
	{
		displayName: 'Resume Event',
		name: 'resumeEvent',
		type: 'options',
		options: [
			{
				name: 'Default Message',
				value: 'default',
				description:
					'Botcopy shows "NAME has left the conversation. You are now chatting with the bot." (or "The human" without an agent name).',
			},
			{ name: 'No Message', value: 'none', description: 'The bot takes over without a word' },
			{
				name: 'Dialogflow Event',
				value: 'event',
				description: 'Fire a Dialogflow event, so the bot greets the user its own way',
			},
		],
		default: 'default',
		description: 'What happens in the chat when the bot takes over again',
		displayOptions: { show: showFor('resumeBot') },
	},
	{
		displayName: 'Event Name',
		name: 'resumeEventName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'WELCOME_BACK',
		description: 'The Dialogflow event to fire when the bot resumes',
		displayOptions: { show: { ...showFor('resumeBot'), resumeEvent: ['event'] } },
	},
];

/**
 * channel_update with paused: false. The default message is Botcopy's default, so `unpauseChatEvent`
 * is sent only for the other choices: the older API (Botcopy's earlier docs) does not know the field.
 */
export async function resumeBot(ctx: IExecuteFunctions, client: ItemClient, itemIndex: number): Promise<IDataObject> {
	const chat = readChat(ctx, itemIndex);
	const resumeEvent = ctx.getNodeParameter('resumeEvent', itemIndex, 'default') as string;
	const body: IDataObject & { eventType: 'channel_update'; userId: string; botId: string } = {
		eventType: 'channel_update',
		...chat,
		paused: false,
		...readAgent(ctx, itemIndex, false),
	};
	if (resumeEvent === 'none') body.unpauseChatEvent = 'none';
	if (resumeEvent === 'event') body.unpauseChatEvent = requiredString(ctx, 'resumeEventName', 'Event Name', itemIndex);
	return await push(client, body);
}
