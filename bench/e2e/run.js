'use strict';
/**
 * `npm run bench:e2e`: load on a real n8n (the sandbox of `npm start`, on its own ports and user folder).
 * Concurrent keep-alive clients POST Botcopy's Step One to a Botcopy Trigger workflow and, as baselines, to
 * workflows with n8n's own Webhook node, bare and with Header Auth (it reads a credential too), on the same
 * instance; each workflow has the same single downstream node. Rounds alternate so drift (the growing
 * executions table) hits all alike. One run covers every cell of: 1, 10 and 50 clients; a single n8n and queue
 * mode (main + worker + webhook process, Postgres, Redis; the load goes to the webhook process); n8n's default
 * expression engine (vm) and N8N_EXPRESSION_ENGINE=legacy.
 * Goal: the trigger's p99 within 1.1× of the bare Webhook node's, and inside Botcopy's 5 s deadline.
 * Options (env): BENCH_SECONDS per round (default 5), BENCH_ROUNDS (3), BENCH_CLIENTS (1,10,50),
 * BENCH_MODES (single,queue), BENCH_ENGINES (default,legacy).
 */
const fs = require('fs');
const http = require('http');
const path = require('path');

const { stepOneBody, WEBHOOK_DEADLINE_MS } = require('../../simulators/botcopy');
const { SANDBOX_WEBHOOK_SECRETS } = require('../../sandbox/credentials');
const { startTestSandbox } = require('../../e2e/lib/sandbox');
const { BASELINE_WORKFLOWS, HEADER_AUTH_CREDENTIAL, TRIGGER_WEBHOOK_ID } = require('../../e2e/lib/baseline-workflows');

const SECONDS = Number(process.env.BENCH_SECONDS || 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const list = (value) => value.split(',').map((entry) => entry.trim()).filter(Boolean);
const CLIENT_COUNTS = list(process.env.BENCH_CLIENTS || '1,10,50').map(Number);
const MODES = list(process.env.BENCH_MODES || 'single,queue');
const ENGINES = list(process.env.BENCH_ENGINES || 'default,legacy');
const WARMUP_SECONDS = 2;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** `clients` concurrent keep-alive clients POST `body` to `url` for `seconds`; latencies in ms. */
async function load(url, body, headers, seconds, clients) {
	const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
	const payload = Buffer.from(JSON.stringify(body));
	const latencies = [];
	const statuses = {};
	const until = performance.now() + seconds * 1000;
	const once = () =>
		new Promise((resolve, reject) => {
			const started = performance.now();
			const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': payload.length, ...headers } }, (res) => {
				res.resume();
				res.on('end', () => {
					latencies.push(performance.now() - started);
					statuses[res.statusCode] = (statuses[res.statusCode] || 0) + 1;
					resolve();
				});
			});
			req.on('error', reject);
			req.end(payload);
		});
	const client = async () => {
		while (performance.now() < until) await once();
	};
	const started = performance.now();
	await Promise.all(Array.from({ length: clients }, client));
	const elapsed = (performance.now() - started) / 1000;
	agent.destroy();
	latencies.sort((a, b) => a - b);
	return { requests: latencies.length, perSecond: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: latencies[latencies.length - 1], statuses };
}

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const NAMES = ['webhook', 'webhookAuth', 'trigger'];
const LABELS = { webhook: "n8n's Webhook node", webhookAuth: '… with Header Auth', trigger: 'Botcopy Trigger' };

function targetsOf(sandbox) {
	const base = sandbox.publicUrl;
	const body = stepOneBody({ userId: 'bench-user', botId: sandbox.sims.botcopy.state.bots[0] });
	const auth = { Authorization: SANDBOX_WEBHOOK_SECRETS.botcopy };
	return {
		webhook: { url: `${base}/webhook/bench/n8n-webhook`, body, headers: {} },
		webhookAuth: { url: `${base}/webhook/bench/n8n-webhook-auth`, body, headers: auth },
		trigger: { url: `${base}/webhook/${TRIGGER_WEBHOOK_ID}/webhook`, body, headers: auth },
	};
}

/** The three workflows at `clients` clients, ROUNDS alternating rounds: medians, and the trigger's ratios. */
async function measure(targets, clients, log) {
	const results = { webhook: [], webhookAuth: [], trigger: [] };
	for (const name of NAMES) await load(targets[name].url, targets[name].body, targets[name].headers, WARMUP_SECONDS, clients);
	for (let round = 1; round <= ROUNDS; round++) {
		for (const name of round % 2 ? NAMES : [...NAMES].reverse()) {
			const result = await load(targets[name].url, targets[name].body, targets[name].headers, SECONDS, clients);
			if (Object.keys(result.statuses).some((status) => status !== '200')) throw new Error(`${name}: non-200 answers ${JSON.stringify(result.statuses)}`);
			results[name].push(result);
			log(`  round ${round} ${name.padEnd(11)} ${result.perSecond.toFixed(1).padStart(6)} req/s  p50 ${result.p50.toFixed(0)} ms  p99 ${result.p99.toFixed(0)} ms  (${result.requests} requests)`);
		}
	}
	const summary = Object.fromEntries(
		NAMES.map((name) => {
			const rounds = results[name];
			return [name, { perSecond: median(rounds.map((r) => r.perSecond)), p50: median(rounds.map((r) => r.p50)), p99: median(rounds.map((r) => r.p99)), max: Math.max(...rounds.map((r) => r.max)) }];
		}),
	);
	const ratioTo = (baseline) => ({
		throughput: summary[baseline].perSecond / summary.trigger.perSecond,
		p50: summary.trigger.p50 / summary[baseline].p50,
		p99: summary.trigger.p99 / summary[baseline].p99,
	});
	return { results, summary, ratio: { webhook: ratioTo('webhook'), webhookAuth: ratioTo('webhookAuth') } };
}

async function main() {
	const log = (line = '') => process.stdout.write(`${line}\n`);
	log(`node ${process.version}, ${require('os').cpus().length} CPUs; clients ${CLIENT_COUNTS.join('/')}, modes ${MODES.join('/')}, engines ${ENGINES.join('/')}; ${ROUNDS} rounds of ${SECONDS} s`);
	const cells = [];
	for (const mode of MODES) {
		for (const engine of ENGINES) {
			log(`\n${mode} n8n, ${engine} expression engine`);
			const sandbox = await startTestSandbox(`bench-${engine}`, {
				queueMode: mode === 'queue',
				n8nEnv: engine === 'legacy' ? { N8N_EXPRESSION_ENGINE: 'legacy' } : {},
				extraWorkflows: BASELINE_WORKFLOWS,
				extraCredentials: [HEADER_AUTH_CREDENTIAL],
			});
			try {
				const targets = targetsOf(sandbox);
				for (const clients of CLIENT_COUNTS) {
					log(` ${clients} client(s)`);
					cells.push({ mode, engine, clients, ...(await measure(targets, clients, log)) });
				}
			} finally {
				await sandbox.stop();
			}
		}
	}
	log('');
	log('mode    engine   clients | bare Webhook req/s p99 ms | + Header Auth req/s p99 ms | Botcopy Trigger req/s p99 ms max ms | trigger p99 ÷ bare p99');
	for (const { mode, engine, clients, summary, ratio } of cells) {
		const figures = (name) => `${summary[name].perSecond.toFixed(1).padStart(6)} ${summary[name].p99.toFixed(0).padStart(7)}`;
		const verdict = ratio.webhook.p99 <= 1.1 ? 'within 1.1×' : 'OVER 1.1×';
		const deadline = summary.trigger.max <= WEBHOOK_DEADLINE_MS ? 'all inside 5 s' : 'PAST 5 s';
		log(
			`${mode.padEnd(7)} ${engine.padEnd(8)} ${String(clients).padStart(7)} | ${figures('webhook').padStart(25)} | ${figures('webhookAuth').padStart(26)} | ${figures('trigger').padStart(21)} ${summary.trigger.max.toFixed(0).padStart(6)} | ${ratio.webhook.p99.toFixed(2)}× (${verdict}; ${deadline})`,
		);
	}
	const resultsDir = path.join(__dirname, '..', 'results');
	fs.mkdirSync(resultsDir, { recursive: true });
	const file = path.join(resultsDir, `e2e-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
	fs.writeFileSync(file, JSON.stringify({ seconds: SECONDS, rounds: ROUNDS, labels: LABELS, cells }, null, 2));
	log(`(written to ${path.relative(process.cwd(), file)})`);
}

main().then(
	() => process.exit(0),
	(error) => {
		process.stderr.write(`${error.stack}\n`);
		process.exit(1);
	},
);
