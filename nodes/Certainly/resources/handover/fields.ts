import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { parameterError } from '../../../shared/errors';
import { idValue, optionalString, requiredId } from '../../../shared/validation';
import type { ItemClient } from '../../../shared/transport';

const show = (operation: string) => ({ show: { resource: ['handover'], operation: [operation] } });

export const userIdField = (operation: string): INodeProperties => ({
	displayName: 'User ID',
	name: 'userId',
	type: 'string',
	required: true,
	default: '={{ $json.userId }}',
	placeholder: 'webbot:0b7c…',
	description: 'The Certainly user, as the Certainly Trigger gives it in userId (the webhook\'s "to" or "user_id")',
	displayOptions: show(operation),
});

/** Optional, so each operation lists it after its required fields. */
export const botIdField = (operation: string): INodeProperties => ({
	displayName: 'Bot Deployment ID',
	name: 'botId',
	type: 'string',
	default: '={{ $json.botId }}',
	description: "The bot's deployment ID, e.g. the Certainly Trigger's botId. Empty uses the one in the credential.",
	displayOptions: show(operation),
});

export interface Chat {
	botId: string;
	userId: string;
}

export function readChat(ctx: IExecuteFunctions, client: ItemClient, itemIndex: number): Chat {
	const botId = optionalString(ctx.getNodeParameter('botId', itemIndex, '')) ?? String(client.settings.defaultBotId ?? '');
	if (!botId) {
		throw parameterError(ctx.getNode(), itemIndex, 'Bot Deployment ID', 'is required (set it here or in the credential)');
	}
	return { botId: idValue(ctx.getNode(), botId, 'Bot Deployment ID', itemIndex), userId: requiredId(ctx, 'userId', 'User ID', itemIndex) };
}
