'use strict';
/**
 * A loopback HTTP proxy that injects deterministic faults between a client and a simulator or vendor base URL.
 *
 *   const proxy = createFaultProxy('http://127.0.0.1:5701');
 *   await proxy.start();                                   // proxy.url
 *   proxy.plan({ method: 'POST', path: '/api/v1/tickets', status: 502 });   // forwarded, then answered 502
 *   proxy.plan({ path: /\/tickets$/, after: false, reset: true, times: 2 }); // socket destroyed, not forwarded
 *   proxy.mix({ rate: 0.3, faults: [{ status: 503 }, { reset: true }], seed: 7 });
 *   proxy.stats();                                        // { requests, forwarded, faults: { '502': 1, reset: 2 } }
 *
 * A rule: `method`, `path` (a string prefix or a RegExp, matched against path + query), `times` (default 1),
 * `after` (default true: forward, let the target do the work, then replace its answer; false: fail without
 * forwarding), `status` (with `retryAfter` seconds and an optional JSON `body`, or `echoHeaders: true` for a body
 * that repeats the request headers), `reset` (destroy the client socket instead of answering) and `delayMs` (hold
 * the answer; alone it delays the target's answer, or with after: false the request, like network latency).
 * Planned rules are taken first, in order; the mix applies to the requests no rule matched.
 * Method, path + query, headers (except Host) and body pass through unchanged.
 */
const http = require('http');
const https = require('https');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/** mulberry32: a small seeded PRNG, so a mix gives the same faults on every run. */
function seededRandom(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function matches(rule, method, pathAndQuery) {
	if (rule.method && rule.method.toUpperCase() !== method) return false;
	if (rule.path === undefined) return true;
	return rule.path instanceof RegExp ? rule.path.test(pathAndQuery) : pathAndQuery.startsWith(rule.path);
}

function faultKind(rule) {
	if (rule.reset) return 'reset';
	if (rule.status) return String(rule.status);
	return 'delay';
}

function createFaultProxy(targetBaseUrl) {
	const target = new URL(targetBaseUrl);
	const transport = target.protocol === 'https:' ? https : http;
	const agent = new transport.Agent({ keepAlive: true });
	const prefix = target.pathname.replace(/\/+$/, '');
	let planned = [];
	let mixed;
	let counts;
	let server;

	const clearStats = () => (counts = { requests: 0, forwarded: 0, faults: {} });
	clearStats();

	function takeFault(method, pathAndQuery) {
		const index = planned.findIndex((rule) => matches(rule, method, pathAndQuery));
		if (index >= 0) {
			const rule = planned[index];
			if (--rule.remaining <= 0) planned.splice(index, 1);
			return rule;
		}
		if (!mixed) return undefined;
		const eligible = mixed.faults.filter((rule) => matches(rule, method, pathAndQuery));
		if (eligible.length === 0 || mixed.random() >= mixed.rate) return undefined;
		return eligible[Math.floor(mixed.random() * eligible.length)];
	}

	function forward(req, body) {
		const headers = { ...req.headers, host: target.host };
		return new Promise((resolve, reject) => {
			const upstream = transport.request(
				{
					protocol: target.protocol,
					hostname: target.hostname,
					port: target.port,
					method: req.method,
					path: `${prefix}${req.url}`,
					headers,
					agent,
				},
				(response) => {
					const chunks = [];
					response.on('data', (chunk) => chunks.push(chunk));
					response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
					response.on('error', reject);
				},
			);
			upstream.on('error', reject);
			upstream.end(body);
		});
	}

	function reply(res, { status, headers, body }) {
		const { 'transfer-encoding': _chunked, connection: _connection, ...rest } = headers;
		res.writeHead(status, { ...rest, 'content-length': body.length });
		res.end(body);
	}

	function faultAnswer(rule, req) {
		const headers = { 'content-type': 'application/json; charset=utf-8' };
		if (rule.retryAfter !== undefined) headers['retry-after'] = String(rule.retryAfter);
		const message = http.STATUS_CODES[rule.status] ?? 'Error';
		// echoHeaders: a careless vendor that copies the request, credential included, into its error body.
		const body = Buffer.from(JSON.stringify(rule.body ?? (rule.echoHeaders ? { message, request: { headers: req.headers } } : { message })));
		return { status: rule.status, headers, body };
	}

	async function handle(req, res) {
		const chunks = [];
		for await (const chunk of req) chunks.push(chunk);
		counts.requests += 1;
		const rule = takeFault(req.method, req.url);
		if (rule) counts.faults[faultKind(rule)] = (counts.faults[faultKind(rule)] ?? 0) + 1;
		const before = rule?.after === false;
		if (before && rule.delayMs) await sleep(rule.delayMs);
		// A client that gave up while its request was held: the request is lost on the way, never forwarded late.
		if (req.socket.destroyed) return undefined;
		if (before && rule.reset) return req.socket.destroy();
		if (before && rule.status) return reply(res, faultAnswer(rule, req));
		let answer = await forward(req, Buffer.concat(chunks));
		counts.forwarded += 1;
		if (before || !rule) return reply(res, answer);
		if (rule.delayMs) await sleep(rule.delayMs);
		if (rule.reset) return req.socket.destroy();
		if (rule.status) answer = faultAnswer(rule, req);
		reply(res, answer);
	}

	const proxy = {
		url: undefined,
		/** Queues a deterministic fault for the next `times` matching requests. */
		plan(rule) {
			planned.push({ ...rule, remaining: rule.times ?? 1 });
			return proxy;
		},
		/** Applies a random fault from `faults` to a `rate` fraction of the requests no planned rule matched. */
		mix({ rate, faults, seed = 1 }) {
			mixed = { rate, faults, random: seededRandom(seed) };
			return proxy;
		},
		/** Drops planned rules, the mix and the counts. */
		clear() {
			planned = [];
			mixed = undefined;
			clearStats();
			return proxy;
		},
		stats() {
			return { requests: counts.requests, forwarded: counts.forwarded, faults: { ...counts.faults } };
		},
		async start(port = 0, host = '127.0.0.1') {
			server = http.createServer((req, res) => {
				handle(req, res).catch((error) => {
					if (res.headersSent) return req.socket.destroy();
					const body = Buffer.from(JSON.stringify({ message: `Fault proxy could not reach the target: ${error.message}` }));
					reply(res, { status: 502, headers: { 'content-type': 'application/json' }, body });
				});
			});
			await new Promise((resolve, reject) => {
				server.once('error', reject);
				server.listen(port, host, resolve);
			});
			proxy.url = `http://${host}:${server.address().port}`;
			return proxy.url;
		},
		async stop() {
			agent.destroy();
			if (!server) return;
			server.closeAllConnections();
			await new Promise((resolve) => server.close(() => resolve()));
			server = undefined;
		},
	};
	return proxy;
}

module.exports = { createFaultProxy, seededRandom };
