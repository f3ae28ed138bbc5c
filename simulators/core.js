'use strict';
/**
 * A tiny strict HTTP server for vendor simulators. Each vendor module declares its routes, its auth
 * check and the shape of its error bodies; this core adds what every simulator needs:
 * JSON / form body parsing, unknown routes and query parameters answered with the vendor's error,
 * a request log for assertions, injectable faults (status, Retry-After, delay) and a small admin API
 * under /__sim for use from another process.
 */
const http = require('http');

class HttpError extends Error {
	constructor(status, message, extra = {}) {
		super(message);
		this.status = status;
		this.extra = extra;
	}
}

/** Compiles '/a/:id/b' into a matcher that returns the named params, or null. */
function compilePath(template) {
	const names = [];
	const pattern = template.replace(/:([A-Za-z_]+)/g, (_, name) => {
		names.push(name);
		return '([^/]+)';
	});
	const regex = new RegExp(`^${pattern}$`);
	return (path) => {
		const match = regex.exec(path);
		if (!match) return null;
		const params = {};
		names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1])));
		return params;
	};
}

function parseBody(raw, contentType) {
	if (raw.length === 0) return undefined;
	const type = (contentType || '').split(';')[0].trim().toLowerCase();
	if (type === 'application/json') {
		try {
			return JSON.parse(raw.toString('utf8'));
		} catch {
			throw new HttpError(400, 'Malformed JSON body');
		}
	}
	if (type === 'application/x-www-form-urlencoded') {
		return Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
	}
	throw new HttpError(415, `Unsupported content type "${type || 'none'}"`);
}

// Unref'd so that a delayed answer never keeps a test process alive.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());

class Simulator {
	/**
	 * @param {object} spec
	 * @param {string} spec.name
	 * @param {(status: number, message: string, extra: object) => unknown} spec.errorBody
	 * @param {(state: object) => void} [spec.seed] fills `state` on start and on reset
	 */
	constructor(spec) {
		this.name = spec.name;
		this.errorBody = spec.errorBody;
		this.seed = spec.seed || (() => {});
		this.routes = [];
		this.requests = [];
		this.faults = [];
		/** @type {Record<string, any>} */
		this.state = {};
		this.seed(this.state);
		this.server = undefined;
		this.url = undefined;
	}

	/**
	 * @param {string} method
	 * @param {string} path like '/api/v1/tickets/:ticketId'
	 * @param {{query?: string[], auth?: boolean}} options `query` lists the accepted query parameters
	 * @param {(ctx: object) => unknown} handler returns {status, body, headers}
	 */
	route(method, path, options, handler) {
		this.routes.push({ method, match: compilePath(path), options, handler });
		return this;
	}

	/** Optional auth check run before every route with `auth !== false`; throws HttpError to reject. */
	authenticate(check) {
		this.auth = check;
		return this;
	}

	/** The next `times` matching requests get `status` (with Retry-After when given) or are delayed. */
	inject(fault) {
		this.faults.push({ times: 1, ...fault });
		return this;
	}

	reset() {
		this.requests = [];
		this.faults = [];
		for (const key of Object.keys(this.state)) delete this.state[key];
		this.seed(this.state);
	}

	/** Requests that reached a vendor route (admin calls excluded), optionally filtered. */
	received(method, pathPrefix = '') {
		return this.requests.filter((r) => (!method || r.method === method) && r.path.startsWith(pathPrefix));
	}

	takeFault(method, path) {
		const index = this.faults.findIndex(
			(f) => (!f.method || f.method === method) && (!f.path || path.startsWith(f.path)),
		);
		if (index < 0) return undefined;
		const fault = this.faults[index];
		if (--fault.times <= 0) this.faults.splice(index, 1);
		return fault;
	}

	async handle(req, res) {
		const url = new URL(req.url, 'http://simulator');
		const chunks = [];
		for await (const chunk of req) chunks.push(chunk);
		const raw = Buffer.concat(chunks);
		if (url.pathname.startsWith('/__sim/')) return this.admin(req, res, url, raw);

		const record = {
			method: req.method,
			path: url.pathname,
			query: Object.fromEntries(url.searchParams),
			headers: req.headers,
			rawBody: raw.toString('utf8'),
			body: undefined,
			status: 0,
		};
		this.requests.push(record);
		let reply;
		try {
			reply = await this.dispatch(req, url, raw, record);
		} catch (error) {
			if (!(error instanceof HttpError)) throw error;
			reply = { status: error.status, body: this.errorBody(error.status, error.message, error.extra), headers: error.extra.headers };
		}
		record.status = reply.status;
		this.send(res, reply);
	}

	async dispatch(req, url, raw, record) {
		const fault = this.takeFault(req.method, url.pathname);
		if (fault && fault.delayMs) await sleep(fault.delayMs);
		if (fault && fault.status) {
			const headers = fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {};
			throw new HttpError(fault.status, fault.message || http.STATUS_CODES[fault.status] || 'Error', { ...(fault.extra || {}), headers });
		}
		let methodMismatch = false;
		for (const route of this.routes) {
			const params = route.match(url.pathname);
			if (!params) continue;
			if (route.method !== req.method) {
				methodMismatch = true;
				continue;
			}
			if (route.options.auth !== false && this.auth) await this.auth({ req, url, headers: req.headers, state: this.state });
			const allowed = route.options.query || [];
			for (const key of url.searchParams.keys()) {
				if (!allowed.includes(key)) throw new HttpError(400, `Unknown query parameter "${key}"`);
			}
			const body = parseBody(raw, req.headers['content-type']);
			record.body = body;
			return await route.handler({
				params,
				query: Object.fromEntries(url.searchParams),
				body,
				headers: req.headers,
				state: this.state,
				simulator: this,
			});
		}
		throw new HttpError(methodMismatch ? 405 : 404, `Cannot ${req.method} ${url.pathname}`);
	}

	send(res, { status, body, headers = {} }) {
		if (body === undefined || status === 204) {
			res.writeHead(status, headers);
			return res.end();
		}
		const text = typeof body === 'string' ? body : JSON.stringify(body);
		res.writeHead(status, {
			'Content-Type': typeof body === 'string' ? 'text/plain' : 'application/json; charset=utf-8',
			...headers,
		});
		res.end(text);
	}

	admin(req, res, url, raw) {
		const route = `${req.method} ${url.pathname}`;
		if (route === 'GET /__sim/requests') return this.send(res, { status: 200, body: this.requests });
		if (route === 'GET /__sim/state') return this.send(res, { status: 200, body: this.state });
		if (route === 'POST /__sim/reset') {
			this.reset();
			return this.send(res, { status: 204 });
		}
		if (route === 'POST /__sim/fault') {
			this.inject(JSON.parse(raw.toString('utf8') || '{}'));
			return this.send(res, { status: 204 });
		}
		return this.send(res, { status: 404, body: { error: `Unknown admin route ${route}` } });
	}

	/** Starts listening on loopback; port 0 picks a free port. Resolves to the base URL. */
	async start(port = 0, host = '127.0.0.1') {
		this.server = http.createServer((req, res) => {
			this.handle(req, res).catch((error) => {
				this.send(res, { status: 500, body: this.errorBody(500, `Simulator bug: ${error.message}`, {}) });
			});
		});
		await new Promise((resolve, reject) => {
			this.server.once('error', reject);
			this.server.listen(port, host, resolve);
		});
		this.url = `http://${host}:${this.server.address().port}`;
		return this.url;
	}

	async stop() {
		if (!this.server) return;
		this.server.closeAllConnections?.();
		await new Promise((resolve) => this.server.close(() => resolve()));
		this.server = undefined;
	}
}

// Small validators that throw the vendor's 400 (or the given status).
function requireObject(value, what, status = 400) {
	if (!value || typeof value !== 'object' || Array.isArray(value)) throw new HttpError(status, `${what} must be a JSON object`);
	return value;
}

function onlyKeys(object, allowed, status = 400) {
	for (const key of Object.keys(object)) {
		if (!allowed.includes(key)) throw new HttpError(status, `property ${key} should not exist`);
	}
}

function checkType(object, key, type, status = 400) {
	if (object[key] === undefined) return;
	const actual = Array.isArray(object[key]) ? 'array' : object[key] === null ? 'null' : typeof object[key];
	if (actual !== type) throw new HttpError(status, `${key} must be a ${type}`);
}

let counter = 0;
/** Unique, readable ids: prefix + counter + a random tail. */
function newId(prefix) {
	counter += 1;
	return `${prefix}${counter.toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

module.exports = { Simulator, HttpError, requireObject, onlyKeys, checkType, newId, sleep };
