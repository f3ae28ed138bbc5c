'use strict';
/**
 * `npm run bench:e2e`: load on a real n8n (the sandbox of `npm start`, on its own ports and user folder).
 * 50 concurrent clients POST Botcopy's Step One to a Botcopy Trigger workflow and, as the baseline, a plain
 * JSON body to a workflow with n8n's own Webhook node, on the same instance. Both workflows have the same
 * single downstream node. Rounds alternate so drift (the growing executions table) hits both alike.
 * Goal: the trigger within 1.1× of n8n's Webhook node, and p99 far inside Botcopy's 5 s deadline.
 * Options (env): BENCH_SECONDS per round (default 8), BENCH_ROUNDS (3), BENCH_CLIENTS (50).
 */
const fs = require('fs');
const http = require('http');
const path = require('path');

const { stepOneBody, WEBHOOK_DEADLINE_MS } = require('../../simulators/botcopy');
const { SANDBOX_WEBHOOK_SECRETS } = require('../../sandbox/credentials');
const { startTestSandbox } = require('../../e2e/lib/sandbox');
const { BASELINE_WORKFLOWS, HEADER_AUTH_CREDENTIAL, TRIGGER_WEBHOOK_ID } = require('../../e2e/lib/baseline-workflows');

const SECONDS = Number(process.env.BENCH_SECONDS || 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const CLIENTS = Number(process.env.BENCH_CLIENTS || 50);
const WARMUP_SECONDS = 2;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** CLIENTS concurrent keep-alive clients POST `body` to `url` for `seconds`; latencies in ms. */
async function load(url, body, headers, seconds) {
	const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
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
	await Promise.all(Array.from({ length: CLIENTS }, client));
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

async function main() {
	const log = (line = '') => process.stdout.write(`${line}\n`);
	log(`node ${process.version}, ${require('os').cpus().length} CPUs; ${CLIENTS} clients, ${ROUNDS} rounds of ${SECONDS} s each`);
	const sandbox = await startTestSandbox('bench', { extraWorkflows: BASELINE_WORKFLOWS, extraCredentials: [HEADER_AUTH_CREDENTIAL] });
	try {
		const base = sandbox.n8n.url;
		const targets = {
			webhook: { url: `${base}/webhook/bench/n8n-webhook`, body: stepOneBody({ userId: 'bench-user' }), headers: {} },
			webhookAuth: {
				url: `${base}/webhook/bench/n8n-webhook-auth`,
				body: stepOneBody({ userId: 'bench-user' }),
				headers: { Authorization: SANDBOX_WEBHOOK_SECRETS.botcopy },
			},
			trigger: {
				url: `${base}/webhook/${TRIGGER_WEBHOOK_ID}/webhook`,
				body: stepOneBody({ userId: 'bench-user', botId: sandbox.sims.botcopy.state.bots[0] }),
				headers: { Authorization: SANDBOX_WEBHOOK_SECRETS.botcopy },
			},
		};
		const results = { webhook: [], webhookAuth: [], trigger: [] };
		for (const name of Object.keys(targets)) await load(targets[name].url, targets[name].body, targets[name].headers, WARMUP_SECONDS);
		for (let round = 1; round <= ROUNDS; round++) {
			const order = ['webhook', 'webhookAuth', 'trigger'];
			for (const name of round % 2 ? order : order.reverse()) {
				const result = await load(targets[name].url, targets[name].body, targets[name].headers, SECONDS);
				if (Object.keys(result.statuses).some((status) => status !== '200')) throw new Error(`${name}: non-200 answers ${JSON.stringify(result.statuses)}`);
				results[name].push(result);
				log(`round ${round} ${name.padEnd(11)} ${result.perSecond.toFixed(0).padStart(5)} req/s  p50 ${result.p50.toFixed(1)} ms  p99 ${result.p99.toFixed(1)} ms  (${result.requests} requests)`);
			}
		}
		const summary = Object.fromEntries(
			Object.entries(results).map(([name, rounds]) => [
				name,
				{ perSecond: median(rounds.map((r) => r.perSecond)), p50: median(rounds.map((r) => r.p50)), p99: median(rounds.map((r) => r.p99)), max: Math.max(...rounds.map((r) => r.max)) },
			]),
		);
		const ratioTo = (baseline) => ({
			throughput: summary[baseline].perSecond / summary.trigger.perSecond,
			p50: summary.trigger.p50 / summary[baseline].p50,
			p99: summary.trigger.p99 / summary[baseline].p99,
		});
		const ratio = { webhook: ratioTo('webhook'), webhookAuth: ratioTo('webhookAuth') };
		log('');
		const labels = { webhook: "n8n's Webhook node", webhookAuth: '… with Header Auth', trigger: 'Botcopy Trigger' };
		log('                        req/s    p50 ms   p99 ms   max ms');
		for (const [name, label] of Object.entries(labels)) {
			const r = summary[name];
			log(`${label.padEnd(22)} ${r.perSecond.toFixed(0).padStart(6)} ${r.p50.toFixed(1).padStart(9)} ${r.p99.toFixed(1).padStart(8)} ${r.max.toFixed(0).padStart(8)}`);
		}
		const verdict = (value) => (value <= 1.1 ? 'within 1.1×' : 'OVER 1.1×');
		log('');
		for (const baseline of ['webhook', 'webhookAuth']) {
			const r = ratio[baseline];
			log(
				`Botcopy Trigger vs ${labels[baseline]} (medians of ${ROUNDS} rounds): throughput ${r.throughput.toFixed(2)}× lower (${verdict(r.throughput)}), p50 ${r.p50.toFixed(2)}× (${verdict(r.p50)}), p99 ${r.p99.toFixed(2)}× (${verdict(r.p99)})`,
			);
		}
		log(`Botcopy's deadline: ${WEBHOOK_DEADLINE_MS} ms; the trigger's p99 is ${summary.trigger.p99.toFixed(0)} ms and its slowest answer ${summary.trigger.max.toFixed(0)} ms.`);
		const executions = sandbox.sims.botcopy.state.delivered.length;
		const resultsDir = path.join(__dirname, '..', 'results');
		fs.mkdirSync(resultsDir, { recursive: true });
		const file = path.join(resultsDir, `e2e-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
		fs.writeFileSync(file, JSON.stringify({ clients: CLIENTS, seconds: SECONDS, rounds: results, summary, ratio, pushesToBotcopy: executions }, null, 2));
		log(`(written to ${path.relative(process.cwd(), file)})`);
	} finally {
		await sandbox.stop();
	}
}

main().then(
	() => process.exit(0),
	(error) => {
		process.stderr.write(`${error.stack}\n`);
		process.exit(1);
	},
);
