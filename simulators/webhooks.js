'use strict';
/**
 * The vendor's side of a webhook, shared by every simulator's webhooks.js: `send` POSTs one call the way a vendor's
 * webhook sender does and measures the answer; `startEchoServer` is a receiver that records what it got.
 */
const http = require('http');

/**
 * POSTs one webhook call. The body goes out as JSON, or `raw` exactly as given (for signed bodies); `headers` are
 * added to `Content-Type: application/json` (and may replace it). A timeout (`timeoutMs`, null for none) resolves
 * with status 0 and `timedOut: true` (the vendor would count it as a failed delivery); other network errors reject.
 * @param {string} url
 * @param {unknown} body
 * @param {{headers?: Record<string, string>, raw?: string, timeoutMs?: number | null}} [options]
 * @returns {Promise<{status: number, body: any, elapsedMs: number, timedOut?: boolean}>}
 */
async function send(url, body, { headers = {}, raw, timeoutMs = 10000 } = {}) {
	const started = performance.now();
	const sent = new Headers({ 'Content-Type': 'application/json' });
	for (const [name, value] of Object.entries(headers)) sent.set(name, value);
	try {
		const response = await fetch(url, {
			method: 'POST',
			headers: sent,
			body: raw !== undefined ? raw : JSON.stringify(body),
			...(timeoutMs === null ? {} : { signal: AbortSignal.timeout(timeoutMs) }),
		});
		const text = await response.text();
		let parsed = text;
		try {
			parsed = text ? JSON.parse(text) : text;
		} catch {
			// not JSON: keep the text
		}
		return { status: response.status, body: parsed, elapsedMs: Math.round(performance.now() - started) };
	} catch (error) {
		if (error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
			return { status: 0, body: undefined, elapsedMs: Math.round(performance.now() - started), timedOut: true };
		}
		throw error;
	}
}

/**
 * A loopback HTTP server that answers every request with `status` (and `body` as JSON), recording what it got.
 * For webhook URL checks and for receiving simulated vendor webhooks in tests.
 * @param {number} [status]
 * @param {unknown} [body]
 * @returns {Promise<{url: string, requests: {method: string, path: string, headers: Record<string, string | string[] | undefined>, body: string}[], stop: () => Promise<void>}>}
 */
async function startEchoServer(status = 200, body = { ok: true }) {
	const requests = [];
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => {
			requests.push({ method: req.method || '', path: req.url || '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
			res.writeHead(status, { 'Content-Type': 'application/json' });
			res.end(JSON.stringify(body));
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	const address = server.address();
	const port = address && typeof address === 'object' ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}/hook`,
		requests,
		stop: async () => {
			server.closeAllConnections?.();
			await new Promise((resolve) => server.close(() => resolve(undefined)));
		},
	};
}

module.exports = { send, startEchoServer };
