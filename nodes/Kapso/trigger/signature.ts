import { hmacSha256, safeEqual } from '../../shared/webhook';

const HEX_SHA256 = /^[0-9a-fA-F]{64}$/;

/**
 * Kapso's X-Webhook-Signature: a bare hex HMAC-SHA256 of the raw body bytes, keyed with the webhook's
 * secret (Kapso's SDK accepts `/^[a-fA-F0-9]{64}$/`, no `sha256=` prefix).
 */
export function isKapsoSignatureValid(secret: string, raw: Buffer, signature: string | undefined): boolean {
	if (!secret || signature === undefined || !HEX_SHA256.test(signature)) return false;
	return safeEqual(signature.toLowerCase(), hmacSha256(secret, raw));
}
