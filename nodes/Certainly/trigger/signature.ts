import type { IWebhookFunctions } from 'n8n-workflow';

import { headerValue, queryValue, safeEqual, unauthorized } from '../../shared/webhook';

/**
 * Certainly does not sign its webhooks: a shared secret in a header or the URL is the only proof a request came
 * from it.
 */
export const SECRET_HEADER = 'X-Webhook-Secret';
export const SECRET_QUERY = 'secret';
/** The 401 reason while the credential has no secret and the trigger was not set to accept anyone. */
export const NO_SECRET = 'Unauthorized: the Certainly credential has no Webhook Secret';

export function checkSecret(ctx: IWebhookFunctions, expected: string): void {
	if (ctx.getNodeParameter('authentication', 'webhookSecret') === 'none') return;
	if (expected === '') {
		ctx.logger.warn(`${ctx.getNode().name}: refused a request because the Certainly credential has no Webhook Secret`);
		throw unauthorized(NO_SECRET);
	}
	const given = headerValue(ctx, SECRET_HEADER) ?? queryValue(ctx, SECRET_QUERY);
	if (given === undefined || given === '') throw unauthorized('Missing webhook secret');
	if (!safeEqual(given, expected)) throw unauthorized('Invalid webhook secret');
}
