'use strict';
/**
 * Botcopy Trigger request handling (the built node) against the pass-through trigger: 10,000 Step Two
 * calls, as Botcopy sends them, with the access token in the Authorization header and the body.
 */
const { benchTrigger, formatTriggerResult } = require('./lib/webhook-bench');
const { stepTwoBody } = require('../simulators/botcopy');
const { BotcopyTrigger } = require('../dist/nodes/Botcopy/BotcopyTrigger.node.js');

const TOKEN = 'bench-access-token';
const COUNT = 10_000;

async function run(log) {
	// Distinct bodies (users, sessions, texts), built before timing starts.
	const requests = Array.from({ length: 64 }, (_, i) => {
		const body = stepTwoBody({ userId: `user_${i}`, text: `message ${i}`, accessToken: TOKEN });
		return { raw: JSON.stringify(body), body, headers: { 'content-type': 'application/json', authorization: TOKEN } };
	});
	const result = await benchTrigger('Botcopy Trigger (Step Two)', new BotcopyTrigger(), {
		parameters: { takeOver: ['handover_requested', 'user_message'], minutesPaused: 10, options: {} },
		credentials: { botcopyApi: { apiKey: 'bench-api-key', keyPlacement: 'header', baseUrl: 'https://api.botcopy.com', webhookAccessToken: TOKEN } },
		request: (i) => requests[i % requests.length],
		count: COUNT,
	});
	log(formatTriggerResult(result));
	return result;
}

module.exports = { run };
