import type { IDataObject } from 'n8n-workflow';

import type { VendorApi, VendorClient, VendorResponse } from '../shared/transport';

/**
 * The push API. The key's placement (raw Authorization header, or `accessToken` in the body for the
 * older docs) is applied by the credential's `authenticate`, so the key never passes through node code.
 */
export const botcopyApi: VendorApi = {
	name: 'Botcopy',
	credentialType: 'botcopyApi',
	baseUrl: (credentials) => String(credentials.baseUrl || 'https://api.botcopy.com'),
};

export const PUSH_PATH = '/webhooks/handover/push';

export type PushEventType = 'message' | 'channel_update' | 'user_typing';

export interface PushBody extends IDataObject {
	eventType: PushEventType;
	userId: string;
	botId: string;
}

function sideEffect(body: PushBody): string {
	if (body.eventType === 'message') return 'sent the message to the chat';
	if (body.eventType === 'user_typing') return 'shown the typing indicator';
	return body.paused ? 'paused the bot' : 'resumed the bot';
}

/** Sends one event to the user's chat. The answer body is undocumented, so only the status is relied on. */
export async function push(client: VendorClient, body: PushBody): Promise<IDataObject> {
	const response: VendorResponse = await client.request({
		method: 'POST',
		path: PUSH_PATH,
		body,
		headers: { 'Content-Type': 'application/json' },
		sideEffect: sideEffect(body),
	});
	return { ...body, statusCode: response.statusCode, response: (response.body ?? null) as IDataObject };
}
