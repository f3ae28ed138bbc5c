import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ItemClient } from '../../../shared/transport';
import { push } from '../../transport';
import { agentFields, chatEvent, pauseFields } from './fields';

export const pauseBotDescription: INodeProperties[] = [
	...pauseFields(['pauseBot'], false),
	...agentFields(['pauseBot'], true),
];

/** channel_update with paused: true. Botcopy tells the user "You are now chatting with an Agent." */
export async function pauseBot(ctx: IExecuteFunctions, client: ItemClient, itemIndex: number): Promise<IDataObject> {
	return await push(client, chatEvent(ctx, itemIndex, 'channel_update', { pauseSwitch: false }));
}
