import type { ICredentialsDecrypted, ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';

import { PUSH_PATH } from '../transport';

/**
 * Botcopy's only API route is the push endpoint, and every call to it reaches a user, so there is no
 * request that proves a key without side effects. This test catches the mistakes that can be seen
 * locally: no secret at all, a "Bearer" prefix (Botcopy wants the key raw), a base URL that is not a
 * URL or already carries the push path.
 */
export async function botcopyCredentialTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const data = credential.data ?? {};
	const apiKey = String(data.apiKey ?? '').trim();
	const webhookAccessToken = String(data.webhookAccessToken ?? '').trim();
	const baseUrl = String(data.baseUrl ?? '').trim();
	if (apiKey === '' && webhookAccessToken === '') {
		return { status: 'Error', message: 'Set the API Key (to message users), the Webhook Access Token (for the trigger), or both' };
	}
	if (/^bearer\s/i.test(apiKey)) {
		return { status: 'Error', message: 'Enter the API Key without "Bearer": Botcopy expects the raw key' };
	}
	if (apiKey !== '') {
		let url: URL;
		try {
			url = new URL(baseUrl);
		} catch {
			return { status: 'Error', message: `Base URL is not a URL: "${baseUrl}"` };
		}
		if (url.protocol !== 'https:' && url.protocol !== 'http:') {
			return { status: 'Error', message: 'Base URL must start with https://' };
		}
		if (url.pathname.replace(/\/+$/, '').endsWith(PUSH_PATH)) {
			return { status: 'Error', message: `Give the Base URL without ${PUSH_PATH}, e.g. https://api.botcopy.com` };
		}
	}
	return { status: 'OK', message: 'The values have the right form. Botcopy checks the key itself on the first push.' };
}
