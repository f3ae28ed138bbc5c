import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { parameterError } from '../../../shared/errors';
import { idValue, optionalString, requiredId } from '../../../shared/validation';
import type { CertainlyClient } from '../../transport';

/** The Bot Deployment ID and User ID fields every handover operation needs. */
export const chatFields = (operation: string): INodeProperties[] => [
	{
		displayName: 'Bot Deployment ID',
		name: 'botId',
		type: 'string',
		default: '',
		description: "The bot's deployment ID. Empty uses the one in the credential.",
		displayOptions: { show: { resource: ['handover'], operation: [operation] } },
	},
	{
		displayName: 'User ID',
		name: 'userId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'webbot:0b7c…',
		description: 'The Certainly user, as the Certainly Trigger gives it in userId (the webhook\'s "to" or "user_id")',
		displayOptions: { show: { resource: ['handover'], operation: [operation] } },
	},
];

export interface Chat {
	botId: string;
	userId: string;
}

export function readChat(ctx: IExecuteFunctions, client: CertainlyClient, itemIndex: number): Chat {
	const botId = optionalString(ctx.getNodeParameter('botId', itemIndex, '')) ?? client.defaultBotId;
	if (!botId) {
		throw parameterError(ctx.getNode(), itemIndex, 'Bot Deployment ID', 'is required (set it here or in the credential)');
	}
	return { botId: idValue(ctx.getNode(), botId, 'Bot Deployment ID', itemIndex), userId: requiredId(ctx, 'userId', 'User ID', itemIndex) };
}
