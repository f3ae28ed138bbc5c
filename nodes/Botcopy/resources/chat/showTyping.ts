import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ItemClient } from '../../../shared/transport';
import { push } from '../../transport';
import { agentChatFields, chatEvent, showFor } from './fields';

export const showTypingDescription: INodeProperties[] = [
	{
		displayName:
			'The typing indicator disappears after 10 seconds. While the agent is still typing, run this again every 9 seconds.',
		name: 'typingNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: showFor('showTyping') },
	},
	...agentChatFields('showTyping'),
];

export async function showTyping(ctx: IExecuteFunctions, client: ItemClient, itemIndex: number): Promise<IDataObject> {
	return await push(client, chatEvent(ctx, itemIndex, 'user_typing'));
}
