import { createHmac, timingSafeEqual } from 'crypto';

const HEX_SHA256 = /^[0-9a-fA-F]{64}$/;

/**
 * Kapso's X-Webhook-Signature: a bare hex HMAC-SHA256 of the raw body bytes, keyed with the webhook's
 * secret (Kapso's SDK accepts `/^[a-fA-F0-9]{64}$/`, no `sha256=` prefix). Both sides are 32-byte
 * digests, so `timingSafeEqual` compares them in constant time directly: hashing them again, as the
 * shared `safeEqual` does for strings of any length, would double the cost of every request.
 */
export function isKapsoSignatureValid(secret: string, raw: Buffer, signature: string | undefined): boolean {
	if (!secret || signature === undefined || !HEX_SHA256.test(signature)) return false;
	const expected = createHmac('sha256', secret).update(raw).digest();
	return timingSafeEqual(Buffer.from(signature, 'hex'), expected);
}
