import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { parameterError } from '../../../shared/errors';
import type { ItemClient } from '../../../shared/transport';
import { chatPath, responseBody } from '../../transport';
import { botIdField, readChat, userIdField } from './fields';

export const sendAgentMessageDescription: INodeProperties[] = [
	userIdField('sendAgentMessage'),
	{
		displayName: 'Message',
		name: 'message',
		type: 'string',
		required: true,
		default: '',
		typeOptions: { rows: 3 },
		placeholder: 'Hello from Agent!',
		description: 'The text the user sees in the chat, as if the bot wrote it. The handover must have started.',
		displayOptions: { show: { resource: ['handover'], operation: ['sendAgentMessage'] } },
	},
	botIdField('sendAgentMessage'),
];

/** POST …/handover/{user}/ with exactly `{message}` (https://support.certainly.io/knowledge/chat-api-list-of-available-endpoints). */
export async function sendAgentMessage(ctx: IExecuteFunctions, client: ItemClient, itemIndex: number): Promise<IDataObject> {
	const { botId, userId } = readChat(ctx, client, itemIndex);
	const raw = ctx.getNodeParameter('message', itemIndex, '') as unknown;
	const message = raw === undefined || raw === null ? '' : String(raw);
	// Kept as typed (line breaks, leading spaces): only an all-blank message is refused.
	if (message.trim() === '') throw parameterError(ctx.getNode(), itemIndex, 'Message', 'is required');
	const { body } = await client.request({
		method: 'POST',
		path: chatPath('handover', botId, userId),
		body: { message },
		sideEffect: 'sent the message to the chat',
	});
	return { operation: 'sendAgentMessage', botId, userId, message, sent: true, response: responseBody(body) };
}
