'use strict';
/**
 * Request handling time of a webhook trigger, measured in-process through n8n-core's real WebhookContext
 * (the object n8n's webhook server gives a trigger), against a minimal pass-through trigger measured the
 * same way in the same run. HTTP parsing is n8n's and the same for both, so it is left out.
 */
const http = require('http');

const { baselineDescription, buildWorkflow, baseAdditionalData, CredentialsHelper, NodeTypes } = require('../../test/helpers/n8n');
const { answer, startWebhookHost, triggerWorkflow, webhookTrigger } = require('../../test/helpers/trigger');

class PassThroughTrigger {
	constructor() {
		this.description = {
			...baselineDescription('Pass-through Trigger', 'passThroughTrigger', 'trigger', []),
			defaults: { name: 'Pass-through' },
			webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'hook' }],
		};
	}

	async webhook() {
		return { workflowData: [[{ json: this.getBodyData() }]] };
	}
}

/** An express-like response that only records the answer, for timing the handler alone. */
function fakeResponse() {
	const res = {
		statusCode: 200,
		body: undefined,
		headersSent: false,
		status(code) {
			res.statusCode = code;
			return res;
		},
		json(body) {
			res.body = JSON.stringify(body);
			res.headersSent = true;
			return res;
		},
		send(body) {
			res.body = body;
			res.headersSent = true;
			return res;
		},
		end() {
			res.headersSent = true;
			return res;
		},
	};
	return res;
}

/** The trigger alone in a workflow, hosted by the same harness the tests use (test/helpers/trigger.js). */
function setup(nodeType, parameters, credentialsData) {
	const credentials = Object.fromEntries(Object.keys(credentialsData).map((type) => [type, { id: '1', name: type }]));
	const wf = triggerWorkflow({ name: 'Trigger', type: 'bench.trigger', parameters, webhookId: 'bench', credentials });
	const workflow = buildWorkflow(wf, new NodeTypes({ 'bench.trigger': nodeType }));
	const additionalData = baseAdditionalData(new CredentialsHelper({}, credentialsData), undefined, { webhookBaseUrl: 'http://127.0.0.1:5678/webhook' });
	return webhookTrigger(workflow, wf.nodes[0], nodeType, () => additionalData);
}

/** Times `count` requests; returns per-request microseconds (p50, p99, mean) and the answers seen. */
async function timeRequests(nodeType, { parameters = {}, credentials = {}, request, count }) {
	const trigger = setup(nodeType, parameters, credentials);
	const description = trigger.forMethod('POST');
	const samples = new Float64Array(count);
	const statuses = {};
	for (let i = -Math.min(1000, count); i < count; i++) {
		const spec = request(i < 0 ? 0 : i);
		const req = {
			method: 'POST',
			headers: spec.headers ?? {},
			query: spec.query ?? {},
			params: {},
			body: spec.body,
			rawBody: Buffer.from(spec.raw),
			header: (name) => (spec.headers ?? {})[String(name).toLowerCase()],
		};
		const res = fakeResponse();
		const started = process.hrtime.bigint();
		const result = await trigger.receive(req, res, description);
		const elapsed = Number(process.hrtime.bigint() - started) / 1000;
		if (i >= 0) {
			samples[i] = elapsed;
			const status = result.workflowData ? res.statusCode : `${res.statusCode} (no execution)`;
			statuses[status] = (statuses[status] ?? 0) + 1;
		}
	}
	return summarise(samples, statuses);
}

/**
 * The same requests over loopback HTTP, as a vendor sees them: the tests' webhook host (it reads the raw body
 * and parses it like n8n's webhook server), the node's webhook() in a WebhookContext, n8n's answer, and a
 * keep-alive client sending one request at a time. Latency is measured at the client.
 */
async function timeHttpRequests(nodeType, { parameters = {}, credentials = {}, request, count }) {
	const trigger = setup(nodeType, parameters, credentials);
	const host = await startWebhookHost(async (req, res) => answer(res, await trigger.receive(req, res)));
	const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
	const { port } = new URL(host.url);
	const send = (spec) =>
		new Promise((resolve, reject) => {
			const query = new URLSearchParams(spec.query ?? {}).toString();
			const started = process.hrtime.bigint();
			const req = http.request(
				{
					host: '127.0.0.1',
					port,
					method: 'POST',
					path: `/webhook/bench/hook${query ? `?${query}` : ''}`,
					agent,
					headers: { 'content-type': 'application/json', ...(spec.headers ?? {}), 'content-length': Buffer.byteLength(spec.raw) },
				},
				(res) => {
					res.resume();
					res.on('end', () => resolve({ status: res.statusCode, us: Number(process.hrtime.bigint() - started) / 1000 }));
				},
			);
			req.on('error', reject);
			req.end(spec.raw);
		});
	const samples = [];
	const statuses = {};
	for (let i = -Math.min(1000, count); i < count; i++) {
		const answered = await send(request(i < 0 ? 0 : i));
		if (i < 0) continue;
		samples.push(answered.us);
		statuses[answered.status] = (statuses[answered.status] ?? 0) + 1;
	}
	agent.destroy();
	await host.stop();
	return summarise(samples, statuses);
}

function summarise(samples, statuses) {
	const sorted = Array.from(samples).sort((a, b) => a - b);
	const pick = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
	return { p50: pick(0.5), p99: pick(0.99), mean: sorted.reduce((a, b) => a + b, 0) / sorted.length, statuses };
}

/**
 * Benchmarks a trigger against the pass-through baseline on the same requests, twice: the handler alone
 * (in-process) and the whole HTTP request (loopback). The goal is judged on the HTTP request, which is the
 * request handling time a vendor's deadline applies to. `request(i)` returns `{raw, body, headers, query}`.
 */
async function benchTrigger(name, nodeType, options) {
	const count = options.count ?? 10_000;
	// Warm both code paths first, so neither side is timed while still cold.
	await timeRequests(new PassThroughTrigger(), { request: options.request, count: 2000 });
	await timeRequests(nodeType, { ...options, count: 2000 });
	const baseline = await timeRequests(new PassThroughTrigger(), { request: options.request, count });
	const target = await timeRequests(nodeType, { ...options, count });
	const httpBaseline = await timeHttpRequests(new PassThroughTrigger(), { request: options.request, count });
	const httpTarget = await timeHttpRequests(nodeType, { ...options, count });
	return {
		name,
		count,
		target,
		baseline,
		ratioP50: target.p50 / baseline.p50,
		ratioP99: target.p99 / baseline.p99,
		http: { target: httpTarget, baseline: httpBaseline, ratioP50: httpTarget.p50 / httpBaseline.p50, ratioP99: httpTarget.p99 / httpBaseline.p99 },
	};
}

function formatTriggerResult(result, goal = 1.2) {
	const us = (value) => `${value.toFixed(1)} µs`;
	const verdict = (ratio) => (ratio <= goal ? 'ok' : 'ABOVE GOAL');
	const { http: web } = result;
	return [
		`${result.name}: ${result.count} requests`,
		`  over HTTP (what the vendor waits for)`,
		`    trigger      p50 ${us(web.target.p50)}  p99 ${us(web.target.p99)}  answers ${JSON.stringify(web.target.statuses)}`,
		`    pass-through p50 ${us(web.baseline.p50)}  p99 ${us(web.baseline.p99)}`,
		`    ratio        p50 ${web.ratioP50.toFixed(2)}×  p99 ${web.ratioP99.toFixed(2)}×  (goal ≤ ${goal}×: ${verdict(Math.max(web.ratioP50, web.ratioP99))})`,
		`  handler alone (in-process, no HTTP)`,
		`    trigger      p50 ${us(result.target.p50)}  p99 ${us(result.target.p99)}  answers ${JSON.stringify(result.target.statuses)}`,
		`    pass-through p50 ${us(result.baseline.p50)}  p99 ${us(result.baseline.p99)}`,
		`    ratio        p50 ${result.ratioP50.toFixed(2)}×  p99 ${result.ratioP99.toFixed(2)}×  (extra work per request: ${us(result.target.p50 - result.baseline.p50)} at p50)`,
	].join('\n');
}

module.exports = { benchTrigger, formatTriggerResult, timeRequests, PassThroughTrigger };
