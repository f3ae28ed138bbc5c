/** When the shared transport tries a request again, and how long it waits (see vendorRequest). */
export const RETRY_POLICY = {
	maxRetries: 3,
	baseDelayMs: 250,
	/** A Retry-After longer than this is not waited for: the error says when to try again. */
	maxDelayMs: 30_000,
};

/**
 * GET and HEAD change nothing, so any 5xx is worth another try. Everything else may have done its work before
 * the vendor failed to answer. PUT and DELETE count too: RFC 9110 calls them idempotent, but none of our vendors
 * documents that they are, and a DELETE repeated after it succeeded answers 404, turning a success into an error.
 */
export function hasSideEffects(method: string): boolean {
	return !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());
}

/**
 * Worth another attempt whatever the method: 429 (the vendor refused before doing anything). 5xx only for
 * requests without side effects. No vendor of ours documents a 503 that guarantees the work was not done.
 */
export function isRetryableStatus(statusCode: number, method: string): boolean {
	return statusCode === 429 || (statusCode >= 500 && !hasSideEffects(method));
}

/** Milliseconds to wait from a Retry-After header (seconds or an HTTP date); undefined when absent. */
export function retryAfterMs(header: unknown, now = Date.now()): number | undefined {
	const value = Array.isArray(header) ? header[0] : header;
	if (value === undefined || value === null || value === '') return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(String(value));
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
