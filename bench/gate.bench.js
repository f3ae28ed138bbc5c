'use strict';
/**
 * What holding the conversation costs a message the bot keeps: the AI chat sample (its data-table row noted,
 * the owner checked, then Handover Decision) against the same workflow without the gate (Handover Decision
 * straight after the webhook), in one real n8n. Both answer `{handedOver: false}`. Reports the median latency
 * per message as a ratio, and the vendor calls per message (the state is n8n's own: the aim is 0).
 * Options (env): GATE_MESSAGES per round (default 150), GATE_ROUNDS (3), GATE_SESSIONS (30).
 */
const { startTestSandbox } = require('../e2e/lib/sandbox');
const webhooks = require('../simulators/webhooks');

const MESSAGES = Number(process.env.GATE_MESSAGES || 150);
const ROUNDS = Number(process.env.GATE_ROUNDS || 3);
const SESSIONS = Number(process.env.GATE_SESSIONS || 30);

const WITHOUT_GATE = {
	file: 'bench-ai-chat-without-gate.json',
	workflow: {
		name: 'Bench: AI chat without the gate',
		nodes: [
			{ parameters: { httpMethod: 'POST', path: 'bench/ai-chat-without-gate', responseMode: 'responseNode', options: {} }, id: 'a6d4b0f1-3c2e-4b7a-9f10-5e2d7c9b0a01', name: 'Chat message', type: 'n8n-nodes-base.webhook', typeVersion: 2.1, position: [0, 0], webhookId: 'a6d4b0f1-3c2e-4b7a-9f10-5e2d7c9b0a02' },
			{ parameters: { text: '={{ $json.body.message }}', confidence: '={{ $json.body.confidence }}', threshold: 60 }, id: 'a6d4b0f1-3c2e-4b7a-9f10-5e2d7c9b0a03', name: 'Handover Decision', type: 'n8n-nodes-handover.handoverDecision', typeVersion: 1, position: [220, 0] },
			{ parameters: { respondWith: 'json', responseBody: '={{ { handedOver: true } }}', options: {} }, id: 'a6d4b0f1-3c2e-4b7a-9f10-5e2d7c9b0a04', name: 'Hand over', type: 'n8n-nodes-base.respondToWebhook', typeVersion: 1.1, position: [440, -100] },
			{ parameters: { respondWith: 'json', responseBody: '={{ { handedOver: false } }}', options: {} }, id: 'a6d4b0f1-3c2e-4b7a-9f10-5e2d7c9b0a05', name: 'The bot answers', type: 'n8n-nodes-base.respondToWebhook', typeVersion: 1.1, position: [440, 100] },
		],
		connections: {
			'Chat message': { main: [[{ node: 'Handover Decision', type: 'main', index: 0 }]] },
			'Handover Decision': { main: [[{ node: 'Hand over', type: 'main', index: 0 }], [{ node: 'The bot answers', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
	},
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const vendorCalls = (sims) => Object.values(sims).reduce((sum, sim) => sum + sim.requests.length, 0);

/** MESSAGES messages one after another, round-robin over SESSIONS sessions; each must be kept by the bot. */
async function send(url, round) {
	const latencies = [];
	for (let i = 0; i < MESSAGES; i++) {
		const started = performance.now();
		const answer = await webhooks.send(url, { sessionId: `gate-${round}-${i % SESSIONS}`, message: 'What are your opening hours?', confidence: 0.93 });
		latencies.push(performance.now() - started);
		if (answer.status !== 200 || answer.body.handedOver !== false) throw new Error(`${url} answered ${answer.status} ${JSON.stringify(answer.body)}`);
	}
	return median(latencies);
}

async function run(log) {
	const sandbox = await startTestSandbox('bench-gate', { owner: true, build: false, extraWorkflows: [WITHOUT_GATE] });
	try {
		const urls = { gate: `${sandbox.n8n.url}/webhook/handover/ai-chat`, withoutGate: `${sandbox.n8n.url}/webhook/bench/ai-chat-without-gate` };
		await send(urls.gate, 'warmup');
		await send(urls.withoutGate, 'warmup');
		const medians = { gate: [], withoutGate: [] };
		let gateVendorCalls = 0;
		for (let round = 1; round <= ROUNDS; round++) {
			const order = round % 2 ? ['gate', 'withoutGate'] : ['withoutGate', 'gate'];
			for (const name of order) {
				const before = vendorCalls(sandbox.sims);
				medians[name].push(await send(urls[name], `${name}-${round}`));
				if (name === 'gate') gateVendorCalls += vendorCalls(sandbox.sims) - before;
				log(`round ${round} ${name.padEnd(12)} median ${medians[name].at(-1).toFixed(1)} ms per message`);
			}
		}
		const gate = median(medians.gate);
		const withoutGate = median(medians.withoutGate);
		log('');
		log(`A message the bot keeps, ${MESSAGES} per round over ${SESSIONS} sessions, medians of ${ROUNDS} rounds:`);
		log(`  with the gate    ${gate.toFixed(1)} ms`);
		log(`  without the gate ${withoutGate.toFixed(1)} ms`);
		log(`  ratio ${(gate / withoutGate).toFixed(2)}× (the gate adds ${(gate - withoutGate).toFixed(1)} ms: one data-table upsert and an If)`);
		log(`  vendor calls per message with the gate: ${(gateVendorCalls / (MESSAGES * ROUNDS)).toFixed(2)}`);
	} finally {
		await sandbox.stop();
	}
}

module.exports = { run };
