import type { IDataObject, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

function text(value: unknown): string | undefined {
	if (typeof value === 'string' && value.trim() !== '') return value.trim();
	if (Array.isArray(value)) {
		const parts = value.map(text).filter((part): part is string => part !== undefined);
		return parts.length ? parts.join('; ') : undefined;
	}
	if (value && typeof value === 'object') {
		const object = value as IDataObject;
		return text(object.message) ?? text(object.errorMessage) ?? text(object.detail);
	}
	return undefined;
}

/**
 * The human-readable part of a vendor error body. Covers the shapes our vendors use:
 * `{message}` (ChatNation, also as a list), `{error: "..."}` (Kapso), `{error: {message}}` (Meta proxy),
 * `{detail}` (Certainly), `{errors: [...]}`, or plain text.
 */
export function vendorMessage(_statusCode: number, body: unknown): string | undefined {
	if (typeof body === 'string') return text(body.slice(0, 500));
	if (!body || typeof body !== 'object') return undefined;
	const object = body as IDataObject;
	return text(object.message) ?? text(object.error) ?? text(object.detail) ?? text(object.errors);
}

/** An error about one parameter of one item: names both, so the user knows what to fix. */
export function parameterError(node: INode, itemIndex: number, field: string, problem: string): NodeOperationError {
	return new NodeOperationError(node, `${field} ${problem} [item ${itemIndex}]`, {
		itemIndex,
		description: `Check the "${field}" field of item ${itemIndex}.`,
	});
}

/** Replaces every credential secret in a value (deep) with [redacted]. */
export type SecretMask = <T>(value: T) => T;

const REDACTED = '[redacted]';
// Not secrets: the OAuth2 scope list and token type, which Zoho's own error messages name.
const PUBLIC_KEYS = new Set(['scope', 'token_type']);

/**
 * Is this credential string worth hiding? Short strings, URLs and single words (an option value such as
 * "bearerToken", a header name such as "Authorization") would only garble messages; anything else is masked.
 */
function isSecret(value: string): boolean {
	if (value.length < 8 || /^https?:\/\//i.test(value)) return false;
	return !/^[A-Za-z][A-Za-z-]{0,15}$/.test(value);
}

function secretsOf(value: unknown, found: Set<string>): Set<string> {
	if (typeof value === 'string' && isSecret(value.trim())) {
		found.add(value.trim());
		found.add(encodeURIComponent(value.trim()));
	} else if (value && typeof value === 'object') {
		for (const [key, child] of Object.entries(value)) if (!PUBLIC_KEYS.has(key)) secretsOf(child, found);
	}
	return found;
}

/**
 * A mask for every secret of a decrypted credential: API keys, passwords and OAuth2 tokens, also as they appear
 * inside an Authorization header ("Bearer <token>") or URL-encoded.
 */
export function secretMask(credentials: unknown): SecretMask {
	const secrets = [...secretsOf(credentials, new Set())].sort((a, b) => b.length - a.length);
	const maskText = (text: string) => secrets.reduce((masked, secret) => masked.split(secret).join(REDACTED), text);
	const mask = (value: unknown): unknown => {
		if (typeof value === 'string') return maskText(value);
		if (Array.isArray(value)) return value.map(mask);
		if (value && typeof value === 'object') {
			return Object.fromEntries(Object.entries(value).map(([key, child]) => [maskText(key), mask(child)]));
		}
		return value;
	};
	return mask as SecretMask;
}

// The secret masks vendorClient registers, by context and credential type, so every error built here is masked.
const masks = new WeakMap<object, Map<string, SecretMask>>();

export function maskFor(ctx: object, api: { credentialType: string }): SecretMask {
	return masks.get(ctx)?.get(api.credentialType) ?? (<T>(value: T) => value);
}

/** `renewed`: new OAuth2 token data, masked on top of the credential's old tokens. */
export function registerMask(ctx: object, api: { credentialType: string }, credentials: unknown, renewed = false): void {
	const byType = masks.get(ctx) ?? new Map<string, SecretMask>();
	const previous = renewed ? byType.get(api.credentialType) : undefined;
	const mask = secretMask(credentials);
	byType.set(api.credentialType, previous ? <T>(value: T) => mask(previous(value)) : mask);
	masks.set(ctx, byType);
}

// Errors after which a side-effecting request may or may not have been carried out.
const ambiguousErrors = new WeakSet<Error>();

/** True when the request failed in a way that leaves open whether the vendor did the work (see sideEffect). */
export function mayHaveSucceeded(error: unknown): boolean {
	return error instanceof Error && ambiguousErrors.has(error);
}

/**
 * The answer of `attempt`, or, when it failed in a way that leaves open whether the vendor did the work, what
 * `check` finds out (undefined: it was not done, and the failure stands).
 */
export async function settleUnclear<T>(attempt: Promise<T>, check: () => Promise<T | undefined>): Promise<T> {
	return await attempt.catch(async (error: unknown) => {
		if (!mayHaveSucceeded(error)) throw error;
		const settled = await check();
		if (settled === undefined) throw error;
		return settled;
	});
}

/** Marks an error as unclear (see mayHaveSucceeded) when it carries a "may have" sentence. */
export function markUnclear<E extends Error>(error: E, mayHaveText: string): E {
	if (mayHaveText) ambiguousErrors.add(error);
	return error;
}
