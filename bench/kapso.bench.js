'use strict';
/**
 * Kapso Trigger request handling: 10,000 signed `whatsapp.message.received` deliveries (Kapso's v2 body,
 * hex HMAC-SHA256 of the raw bytes in X-Webhook-Signature), against the pass-through trigger.
 *
 * The secret is read from the kapsoHandoverApi credential, as in n8n. The pass-through does no work at all,
 * and one HMAC-SHA256 alone costs several times its whole time, so a second reference is printed: the
 * pass-through plus nothing but reading the credential and Kapso's signature check. The difference to that
 * line is what the trigger itself adds.
 */
const crypto = require('crypto');

const { KapsoTrigger } = require('../dist/nodes/Kapso/KapsoTrigger.node.js');
const { benchTrigger, formatTriggerResult, timeRequests, PassThroughTrigger } = require('./lib/webhook-bench');
const kapso = require('../simulators/kapso');

const SECRET = 'bench-kapso-webhook-secret';
const COUNT = 10_000;
// Only the webhook secret: the trigger needs no API key.
const CREDENTIALS = { kapsoHandoverApi: { webhookSecret: SECRET } };

/** The pass-through trigger plus the credential read and signature check every Kapso receiver must do. */
class SignedPassThroughTrigger extends PassThroughTrigger {
	constructor() {
		super();
		this.description = { ...this.description, credentials: [{ name: 'kapsoHandoverApi', required: true }] };
	}

	async webhook() {
		const { webhookSecret } = await this.getCredentials('kapsoHandoverApi');
		const raw = this.getRequestObject().rawBody;
		const expected = crypto.createHmac('sha256', webhookSecret).update(raw).digest();
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
		parameters: { events: [kapso.MESSAGE_RECEIVED, kapso.HANDOFF, kapso.FAILED] },
		credentials: CREDENTIALS,
		request,
		count: COUNT,
	});
	log(formatTriggerResult(result));

	const signed = await timeRequests(new SignedPassThroughTrigger(), { credentials: CREDENTIALS, request, count: COUNT });
	log(
		`  signed pass-through (credential read + HMAC check only) p50 ${signed.p50.toFixed(1)} µs  p99 ${signed.p99.toFixed(1)} µs` +
			`  → trigger / signed: p50 ${(result.target.p50 / signed.p50).toFixed(2)}×  p99 ${(result.target.p99 / signed.p99).toFixed(2)}×`,
	);
	return { ...result, signedBaseline: signed };
}

module.exports = { run };
