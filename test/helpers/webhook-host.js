'use strict';
/**
 * A loopback HTTP server that hands each request to n8n's webhook machinery the way n8n's own webhook
 * server does for a version-1 trigger: the raw body is read into `req.rawBody`, JSON / text / form bodies
 * are parsed into `req.body`, and a JSON body that does not parse is answered 422 by the host itself
 * (n8n's `parseBody` throws UnprocessableRequestError before any node runs).
 * Plain JS because it needs Node's http module, which strict lint keeps out of test .ts files.
 */
const http = require('http');
const { parse: parseQuery } = require('querystring');

const PAYLOAD_SIZE_MAX = 16 * 1024 * 1024; // n8n's N8N_PAYLOAD_SIZE_MAX default, 16 MB

function expressLikeResponse(res) {
	const wrapper = {
		get headersSent() {
			return res.headersSent;
		},
		get writableEnded() {
			return res.writableEnded;
		},
		status(code) {
			res.statusCode = code;
			return wrapper;
		},
		setHeader(name, value) {
			res.setHeader(name, value);
			return wrapper;
		},
		header(name, value) {
			res.setHeader(name, value);
			return wrapper;
		},
		set(name, value) {
			res.setHeader(name, value);
			return wrapper;
		},
		json(body) {
			if (!res.headersSent) res.setHeader('content-type', 'application/json; charset=utf-8');
			res.end(JSON.stringify(body));
			return wrapper;
		},
		send(body) {
			if (body !== null && typeof body === 'object' && !Buffer.isBuffer(body)) return wrapper.json(body);
			res.end(body === undefined ? '' : body);
			return wrapper;
		},
		end(body) {
			res.end(body);
			return wrapper;
		},
	};
	return wrapper;
}

function parseBody(req, rawBody) {
	const contentType = String(req.headers['content-type'] || '').split(';')[0].trim().toLowerCase();
	if (!rawBody.length) return { body: {} };
	const text = rawBody.toString('utf8');
	if (contentType === 'application/json') {
		try {
			return { body: JSON.parse(text) };
		} catch (error) {
			return { failed: error.message };
		}
	}
	if (contentType === 'text/plain') return { body: text };
	if (contentType === 'application/x-www-form-urlencoded') return { body: parseQuery(text) };
	return { body: {} };
}

/**
 * Starts the host. `handle(req, res)` gets express-like objects and must answer (or leave the answer to
 * the caller's fallback). Returns `{ url, stop }`.
 */
function startWebhookHost(handle) {
	const server = http.createServer((req, res) => {
		const chunks = [];
		let size = 0;
		req.on('data', (chunk) => {
			size += chunk.length;
			if (size <= PAYLOAD_SIZE_MAX) chunks.push(chunk);
		});
		req.on('end', () => {
			if (size > PAYLOAD_SIZE_MAX) {
				res.statusCode = 413;
				res.end(JSON.stringify({ code: 413, message: 'request entity too large' }));
				return;
			}
			const rawBody = Buffer.concat(chunks);
			const parsed = parseBody(req, rawBody);
			if (parsed.failed !== undefined) {
				res.statusCode = 422;
				res.setHeader('content-type', 'application/json');
				res.end(JSON.stringify({ code: 422, message: 'Failed to parse request body', hint: parsed.failed }));
				return;
			}
			const url = new URL(req.url, 'http://127.0.0.1');
			const request = {
				method: req.method,
				url: req.url,
				path: url.pathname,
				headers: req.headers,
				query: Object.fromEntries(url.searchParams.entries()),
				params: {},
				body: parsed.body,
				rawBody,
				contentType: String(req.headers['content-type'] || '').split(';')[0].trim() || undefined,
				header: (name) => req.headers[String(name).toLowerCase()],
				get: (name) => req.headers[String(name).toLowerCase()],
			};
			Promise.resolve(handle(request, expressLikeResponse(res))).catch((error) => {
				if (!res.headersSent) {
					res.statusCode = 500;
					res.end(JSON.stringify({ code: 500, message: String(error && error.message) }));
				}
			});
		});
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			resolve({
				url: `http://127.0.0.1:${port}`,
				stop: () =>
					new Promise((done) => {
						server.closeAllConnections();
						server.close(() => done());
					}),
			});
		});
	});
}

module.exports = { startWebhookHost, PAYLOAD_SIZE_MAX };
