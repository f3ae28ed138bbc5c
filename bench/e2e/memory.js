'use strict';
/**
 * `npm run bench:memory`: what a burst of deliveries costs n8n in memory. 1,000 Botcopy Step One calls, 4 at a
 * time, to a Botcopy Trigger workflow, and the same burst to n8n's own Webhook node with Header Auth (the
 * like-for-like baseline: it reads a credential too), both followed by one No-op, on the same n8n. n8n's
 * resident memory is sampled every 50 ms: the peak over the level before the burst, and what is still held
 * 20 s after it. Goal: the trigger within 1.5× of the baseline.
 * Options (env): MEMORY_DELIVERIES (default 1000), MEMORY_CLIENTS (4), MEMORY_ROUNDS (3).
 */
const fs = require('fs');
const http = require('http');

const { stepOneBody } = require('../../simulators/botcopy');
const { SANDBOX_WEBHOOK_SECRETS } = require('../../sandbox/credentials');
const { BASELINE_WORKFLOWS, HEADER_AUTH_CREDENTIAL, TRIGGER_WEBHOOK_ID } = require('../../e2e/lib/baseline-workflows');
const { startTestSandbox } = require('../../e2e/lib/sandbox');

const DELIVERIES = Number(process.env.MEMORY_DELIVERIES || 1000);
const CLIENTS = Number(process.env.MEMORY_CLIENTS || 4);
const ROUNDS = Number(process.env.MEMORY_ROUNDS || 3);
const SETTLE_MS = 20_000;

const rssMb = (pid) => {
	const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
	return match ? Number(match[1]) / 1024 : NaN;
};
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function burst(url, body, headers) {
	const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
	const payload = Buffer.from(JSON.stringify(body));
	const statuses = {};
	let sent = 0;
	const once = () =>
		new Promise((resolve, reject) => {
			const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': payload.length, ...headers } }, (res) => {
				res.resume();
				res.on('end', () => {
					statuses[res.statusCode] = (statuses[res.statusCode] || 0) + 1;
					resolve();
				});
			});
			req.on('error', reject);
			req.end(payload);
		});
	const client = async () => {
		while (sent < DELIVERIES) {
			sent++;
			await once();
		}
	};
	await Promise.all(Array.from({ length: CLIENTS }, client));
	agent.destroy();
	return statuses;
}

/** The burst with n8n's memory sampled: the peak and the level 20 s after, both over the level before. */
async function measure(pid, target) {
	await pause(3000);
	const before = rssMb(pid);
	let peak = before;
	const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 50);
	const started = performance.now();
	const statuses = await burst(target.url, target.body, target.headers);
	const seconds = (performance.now() - started) / 1000;
	await pause(SETTLE_MS);
	clearInterval(sampler);
	return { peakMb: peak - before, heldMb: rssMb(pid) - before, perDeliveryKb: ((peak - before) * 1024) / DELIVERIES, seconds, statuses };
}

async function main() {
	const log = (line = '') => process.stdout.write(`${line}\n`);
	log(`node ${process.version}; ${DELIVERIES} deliveries, ${CLIENTS} at a time, ${ROUNDS} rounds`);
	const sandbox = await startTestSandbox('memory', { extraWorkflows: BASELINE_WORKFLOWS, extraCredentials: [HEADER_AUTH_CREDENTIAL] });
	try {
		const base = sandbox.n8n.url;
		const targets = {
			webhookAuth: { url: `${base}/webhook/bench/n8n-webhook-auth`, body: stepOneBody({ userId: 'memory-user' }), headers: { Authorization: SANDBOX_WEBHOOK_SECRETS.botcopy } },
			trigger: {
				url: `${base}/webhook/${TRIGGER_WEBHOOK_ID}/webhook`,
				body: stepOneBody({ userId: 'memory-user', botId: sandbox.sims.botcopy.state.bots[0] }),
				headers: { Authorization: SANDBOX_WEBHOOK_SECRETS.botcopy },
			},
		};
		const results = { webhookAuth: [], trigger: [] };
		for (let round = 1; round <= ROUNDS; round++) {
			const order = round % 2 ? ['webhookAuth', 'trigger'] : ['trigger', 'webhookAuth'];
			for (const name of order) {
				const result = await measure(sandbox.n8n.child.pid, targets[name]);
				results[name].push(result);
				log(`round ${round} ${name.padEnd(11)} peak +${result.peakMb.toFixed(0)} MB, held +${result.heldMb.toFixed(0)} MB after 20 s, ${result.seconds.toFixed(1)} s, answers ${JSON.stringify(result.statuses)}`);
			}
		}
		const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
		const peak = (name) => median(results[name].map((r) => r.peakMb));
		const ratio = peak('trigger') / peak('webhookAuth');
		log('');
		log(`Peak memory per delivery (median of ${ROUNDS} rounds): Botcopy Trigger ${((peak('trigger') * 1024) / DELIVERIES).toFixed(0)} kB, n8n Webhook + Header Auth ${((peak('webhookAuth') * 1024) / DELIVERIES).toFixed(0)} kB`);
		log(`Ratio: ${ratio.toFixed(2)}× — ${ratio <= 1.5 ? 'within' : 'OVER'} the 1.5× goal (per round: ${results.trigger.map((r, i) => (r.peakMb / results.webhookAuth[i].peakMb).toFixed(2)).join(', ')})`);
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
