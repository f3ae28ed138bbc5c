import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { headerValue, safeEqual, unauthorized } from '../../shared/webhook';

/**
 * Refuses (401) a call without the credential's Webhook Access Token. Botcopy sends the token in the body and in
 * a header; the header (and the option naming it, `headerName`) is only read when the body has no match, which
 * keeps a valid call to one comparison.
 */
export async function checkAccessToken(
	ctx: IWebhookFunctions,
	body: IDataObject,
	headerName: () => string | undefined,
): Promise<void> {
	// Read per request: n8n may run each request in another process, and a changed token must apply at once.
	const credentials = await ctx.getCredentials('botcopyApi');
	const expected = String(credentials.webhookAccessToken ?? '');
	if (safeEqual(body.accessToken, expected)) return;
	if (!safeEqual(headerValue(ctx, headerName() || 'Authorization'), expected)) throw unauthorized();
}
