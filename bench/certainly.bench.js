'use strict';
/**
 * Certainly Trigger request handling (secret check, body checks, normalised event) against a pass-through
 * trigger, over 10,000 message-webhook requests with the secret in the header. Requires the built package.
 *
 * A third line times the work no trigger of this package can skip per request: reading its credential,
 * comparing the secret with safeEqual, reading a parameter and stamping receivedAt. The pass-through does
 * none of it, so the ratio to the floor says how much the Certainly-specific handling adds.
 */
const { randomBytes } = require('crypto');
const { CertainlyTrigger } = require('../dist/nodes/Certainly/CertainlyTrigger.node.js');
const { safeEqual } = require('../dist/nodes/shared/webhook.js');
const { userMessageWebhookBody } = require('../simulators/certainly');
const { benchTrigger, formatTriggerResult, timeRequests } = require('./lib/webhook-bench');

class FloorTrigger {
	constructor() {
		this.description = new CertainlyTrigger().description;
	}

	async webhook() {
		const credentials = await this.getCredentials('certainlyApi');
		if (!safeEqual(this.getHeaderData()['x-webhook-secret'], credentials.webhookSecret)) throw new Error('bench: secret');
		this.getNodeParameter('events', []);
		return { workflowData: [[{ json: { receivedAt: new Date().toISOString(), raw: this.getBodyData() } }]] };
	}
}

async function run(log) {
	const secret = randomBytes(16).toString('hex');
	const options = {
		count: 10_000,
		parameters: { events: ['handover_requested', 'user_message'] },
		credentials: {
			certainlyApi: { baseUrl: 'https://app.certainly.io', botId: 'botdep_bench', authentication: 'apiToken', apiToken: 'unused', webhookSecret: secret },
		},
		request: (i) => {
			const body = userMessageWebhookBody({ userId: `bench-${i}`, message: `Message ${i}`, timestamp: 1521717539 + i });
			return { raw: JSON.stringify(body), body, headers: { 'content-type': 'application/json', 'x-webhook-secret': secret } };
		},
	};
	const result = await benchTrigger('Certainly Trigger (user messages)', new CertainlyTrigger(), options);
	const floor = await timeRequests(new FloorTrigger(), options);
	log(formatTriggerResult(result));
	log(
		`  floor        p50 ${floor.p50.toFixed(1)} µs  p99 ${floor.p99.toFixed(1)} µs  (credential read + safeEqual + parameter + timestamp)` +
			`\n  vs floor     p50 ${(result.target.p50 / floor.p50).toFixed(2)}×  p99 ${(result.target.p99 / floor.p99).toFixed(2)}×`,
	);
	return { ...result, floor };
}

module.exports = { run };
