import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ItemClient } from '../../../shared/transport';
import { requiredString } from '../../../shared/validation';
import { push } from '../../transport';
import { agentChatFields, chatEvent, showFor } from './fields';

export const sendMessageDescription: INodeProperties[] = [
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		placeholder: 'Hi, how may I assist?',
		description: 'The message the user sees in the Botcopy chat',
		displayOptions: { show: showFor('sendMessage') },
	},
	...agentChatFields('sendMessage'),
];

export async function sendMessage(ctx: IExecuteFunctions, client: ItemClient, itemIndex: number): Promise<IDataObject> {
	const text = () => ({ text: requiredString(ctx, 'text', 'Text', itemIndex) });
	return await push(client, chatEvent(ctx, itemIndex, 'message', { fields: text }));
}
