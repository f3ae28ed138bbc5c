'use strict';
/**
 * Kapso Trigger request handling: 10,000 signed `whatsapp.message.received` deliveries (Kapso's v2 body,
 * hex HMAC-SHA256 of the raw bytes in X-Webhook-Signature), against the pass-through trigger.
 *
 * The pass-through does no work at all, and one HMAC-SHA256 alone costs several times its whole time,
 * so a second reference is printed: the pass-through plus nothing but Kapso's signature check. The
 * difference to that line is what the trigger itself adds.
 */
const crypto = require('crypto');

const { KapsoTrigger } = require('../dist/nodes/Kapso/KapsoTrigger.node.js');
const { benchTrigger, formatTriggerResult, timeRequests, PassThroughTrigger } = require('./lib/webhook-bench');
const kapso = require('../simulators/kapso-webhooks');

const SECRET = 'bench-kapso-webhook-secret';
const COUNT = 10_000;

/** The pass-through trigger plus the signature check every Kapso receiver must do, and nothing else. */
class SignedPassThroughTrigger extends PassThroughTrigger {
	async webhook() {
		const raw = this.getRequestObject().rawBody;
		const expected = crypto.createHmac('sha256', SECRET).update(raw).digest();
		const given = Buffer.from(String(this.getHeaderData()['x-webhook-signature']), 'hex');
		if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return {};
		return { workflowData: [[{ json: this.getBodyData() }]] };
	}
}

async function run(log) {
	// Built up front so that building and signing them is not what gets timed.
	const requests = Array.from({ length: COUNT }, (_, i) =>
		kapso.webhookRequest(
			kapso.MESSAGE_RECEIVED,
			kapso.messageReceived({ conversationId: `conv_${i % 50}`, messageId: `wamid.${i}`, text: `message ${i}` }),
			{ secret: SECRET, idempotencyKey: `idem-${i}` },
		),
	);
	const request = (i) => requests[i];
	const result = await benchTrigger('Kapso Trigger (whatsapp.message.received)', new KapsoTrigger(), {
		parameters: { webhookSecret: SECRET, events: [kapso.MESSAGE_RECEIVED, kapso.HANDOFF, kapso.FAILED] },
		request,
		count: COUNT,
	});
	log(formatTriggerResult(result));

	const signed = await timeRequests(new SignedPassThroughTrigger(), { request, count: COUNT });
	log(
		`  signed pass-through (HMAC check only) p50 ${signed.p50.toFixed(1)} µs  p99 ${signed.p99.toFixed(1)} µs` +
			`  → trigger / signed: p50 ${(result.target.p50 / signed.p50).toFixed(2)}×  p99 ${(result.target.p99 / signed.p99).toFixed(2)}×`,
	);
	return { ...result, signedBaseline: signed };
}

module.exports = { run };
