import type { IWebhookFunctions } from 'n8n-workflow';

import { headerValue, queryValue, safeEqual, unauthorized } from '../../shared/webhook';

const SECRET_HEADER = 'X-Zoho-Webhook-Secret';

/**
 * Zoho Desk does not sign its deliveries: the secret in the URL (or the header) is the proof. An automatic
 * registration made its own secret (in the workflow's static data); a manual one uses the credential's.
 */
export async function checkSecret(ctx: IWebhookFunctions): Promise<void> {
	const automatic = ctx.getNodeParameter('registration') === 'automatic';
	const expected = automatic
		? String(ctx.getWorkflowStaticData('node').webhookSecret ?? '')
		: String((await ctx.getCredentials('zohoDeskOAuth2Api')).webhookSecret ?? '');
	const given = headerValue(ctx, SECRET_HEADER) ?? queryValue(ctx, 'secret');
	if (!safeEqual(given, expected)) throw unauthorized();
}
