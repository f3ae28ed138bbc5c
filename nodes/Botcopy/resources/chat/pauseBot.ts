import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ItemClient } from '../../../shared/transport';
import { push } from '../../transport';
import { agentFields, pauseFields, readAgent, readChat, readPause } from './fields';

export const pauseBotDescription: INodeProperties[] = [
	...pauseFields(['pauseBot'], false),
	...agentFields(['pauseBot'], true),
];

/** channel_update with paused: true. Botcopy tells the user "You are now chatting with an Agent." */
export async function pauseBot(ctx: IExecuteFunctions, client: ItemClient, itemIndex: number): Promise<IDataObject> {
	const chat = readChat(ctx, itemIndex);
	const body = {
		eventType: 'channel_update' as const,
		...chat,
		...readPause(ctx, itemIndex, false),
		...readAgent(ctx, itemIndex, true),
	};
	return await push(client, body);
}
