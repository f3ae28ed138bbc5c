import type { IDataObject } from 'n8n-workflow';

import type { VendorApi } from '../shared/transport';

export const DEFAULT_BASE_URL = 'https://app.certainly.io';

export const certainlyApi: VendorApi = {
	name: 'Certainly',
	credentialType: 'certainlyApi',
	baseUrl: (credentials) => String(credentials.baseUrl || DEFAULT_BASE_URL),
	// The credential's Bot Deployment ID: the bot when a node leaves it empty.
	settings: (credentials) => ({ defaultBotId: String(credentials.botId ?? '').trim() }),
};

// A colon is legal in a path segment; Certainly's user IDs look like "webbot:<uuid>", so it stays as is.
const segment = (value: string) => encodeURIComponent(value).replace(/%3A/gi, ':');

/** `/webbot/api/webchat/{botdep_id}/{handover|takeover}/{user_id}/`: Django routes, the trailing slash is required. */
export function chatPath(kind: 'handover' | 'takeover', botId: string, userId: string): string {
	return `/webbot/api/webchat/${segment(botId)}/${kind}/${segment(userId)}/`;
}

/** Certainly documents no response bodies: an object is passed on as is, anything else as null. */
export function responseBody(body: unknown): IDataObject | null {
	return body && typeof body === 'object' && !Array.isArray(body) ? (body as IDataObject) : null;
}
