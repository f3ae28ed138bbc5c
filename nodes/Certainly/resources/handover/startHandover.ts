import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { timeoutMs } from '../../../shared/descriptions';
import type { CertainlyClient } from '../../transport';
import { chatPath, responseBody } from '../../transport';
import { botIdField, readChat, userIdField } from './chat';

export const startHandoverDescription: INodeProperties[] = [userIdField('startHandover'), botIdField('startHandover')];

/** GET …/handover/{user}/: the bot goes into listen mode and stops answering the user. */
export async function startHandover(ctx: IExecuteFunctions, client: CertainlyClient, itemIndex: number): Promise<IDataObject> {
	const { botId, userId } = readChat(ctx, client, itemIndex);
	const options = ctx.getNodeParameter('requestOptions', itemIndex, {}) as IDataObject;
	const { body } = await client.request(
		{ method: 'GET', path: chatPath('handover', botId, userId), timeout: timeoutMs(options) },
		itemIndex,
	);
	return { operation: 'startHandover', botId, userId, botMode: 'listening', response: responseBody(body) };
}
