import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ItemClient } from '../../../shared/transport';
import { chatPath, responseBody } from '../../transport';
import { botIdField, readChat, userIdField } from './fields';

export const startHandoverDescription: INodeProperties[] = [userIdField('startHandover'), botIdField('startHandover')];

/** GET …/handover/{user}/: the bot goes into listen mode and stops answering the user. */
export async function startHandover(ctx: IExecuteFunctions, client: ItemClient, itemIndex: number): Promise<IDataObject> {
	const { botId, userId } = readChat(ctx, client, itemIndex);
	const { body } = await client.request({ method: 'GET', path: chatPath('handover', botId, userId) });
	return { operation: 'startHandover', botId, userId, botMode: 'listening', response: responseBody(body) };
}
