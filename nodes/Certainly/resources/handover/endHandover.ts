import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionalString } from '../../../shared/validation';
import type { ItemClient } from '../../../shared/transport';
import { chatPath, responseBody } from '../../transport';
import { botIdField, readChat, userIdField } from './fields';

export const endHandoverDescription: INodeProperties[] = [
	userIdField('endHandover'),
	botIdField('endHandover'),
	{
		displayName: 'Claim End',
		name: 'claimEnd',
		type: 'string',
		default: '',
		placeholder: 'resolved',
		description:
			"Optional. A value the bot's connections use to pick the module the conversation continues with. Empty resumes without one.",
		displayOptions: { show: { resource: ['handover'], operation: ['endHandover'] } },
	},
];

/** GET …/takeover/{user}/[?ClaimEnd=]: the bot takes the conversation back. */
export async function endHandover(ctx: IExecuteFunctions, client: ItemClient, itemIndex: number): Promise<IDataObject> {
	const { botId, userId } = readChat(ctx, client, itemIndex);
	const claimEnd = optionalString(ctx.getNodeParameter('claimEnd', itemIndex, '')) ?? null;
	const { body } = await client.request({
		method: 'GET',
		path: chatPath('takeover', botId, userId),
		qs: claimEnd === null ? undefined : { ClaimEnd: claimEnd },
	});
	return { operation: 'endHandover', botId, userId, botMode: 'bot', claimEnd, response: responseBody(body) };
}
