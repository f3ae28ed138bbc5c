import type { IWebhookFunctions } from 'n8n-workflow';

import { headerValue, hmacSha256, safeEqual, unauthorized } from '../../shared/webhook';

const HEX_SHA256 = /^[0-9a-fA-F]{64}$/;

/**
 * Kapso's X-Webhook-Signature: a bare hex HMAC-SHA256 of the raw body bytes, keyed with the webhook's
 * secret (Kapso's SDK accepts `/^[a-fA-F0-9]{64}$/`, no `sha256=` prefix).
 */
export function isKapsoSignatureValid(secret: string, raw: Buffer, signature: string | undefined): boolean {
	if (!secret || signature === undefined || !HEX_SHA256.test(signature)) return false;
	return safeEqual(signature.toLowerCase(), hmacSha256(secret, raw));
}

/** The 401 reason while the credential has no secret: every delivery is refused, since none can be verified. */
export const NO_SECRET = 'Unauthorized: the Kapso credential has no Webhook Secret';

/** Refuses (401) a delivery not signed with the credential's Webhook Secret, and every delivery while it has none. */
export async function checkSignature(ctx: IWebhookFunctions, raw: Buffer): Promise<void> {
	const credentials = await ctx.getCredentials('kapsoHandoverApi');
	const secret = typeof credentials.webhookSecret === 'string' ? credentials.webhookSecret : '';
	if (secret === '') {
		ctx.logger.warn(`${ctx.getNode().name}: refused a delivery because the Kapso credential has no Webhook Secret`);
		throw unauthorized(NO_SECRET);
	}
	if (!isKapsoSignatureValid(secret, raw, headerValue(ctx, 'x-webhook-signature'))) throw unauthorized();
}
