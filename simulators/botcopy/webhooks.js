'use strict';
/**
 * Botcopy's side of the integrator's webhook (Botcopy's docs, Step One / Step Two): `send` POSTs a call,
 * `stepOneBody` / `stepTwoBody` build its body.
 */
const { randomUUID } = require('crypto');
const { newId } = require('../core');
const shared = require('../webhooks');

/** Botcopy must get the webhook's answer within five seconds (Botcopy's docs, Step One / Step Two). */
const WEBHOOK_DEADLINE_MS = 5000;

/**
 * POSTs a webhook call to the integrator the way Botcopy does: JSON, the access token raw in `header`
 * (Authorization unless the Portal sets another) and also as `accessToken` in the body, plus any custom header.
 * Botcopy ignores an answer that takes longer than five seconds, hence `withinDeadline`.
 * @param {string} url
 * @param {Record<string, unknown>} body
 * @param {{token?: string, header?: string, headers?: Record<string, string>, timeoutMs?: number}} [options]
 * @returns {Promise<{status: number, body: any, elapsedMs: number, withinDeadline: boolean, timedOut?: boolean}>}
 */
async function send(url, body, { token, header = 'Authorization', headers = {}, timeoutMs = WEBHOOK_DEADLINE_MS } = {}) {
	const payload = token === undefined ? body : { ...body, accessToken: token };
	const sent = { ...headers, ...(token === undefined ? {} : { [header]: token }) };
	const result = await shared.send(url, payload, { headers: sent, timeoutMs });
	return { ...result, withinDeadline: result.elapsedMs <= WEBHOOK_DEADLINE_MS && result.status === 200 };
}

const dialogflowSession = (sessionId) => `projects/botcopy-sim/agent/sessions/${sessionId}`;
const timezoneContext = (lifespanCount) => ({ name: 'botcopy-timezone', lifespanCount, parameters: { tz: 'Europe/Vienna' } });

/**
 * Step One (Botcopy's docs): the bot is not paused and the trigger context was detected.
 * `sessionId` (in the current docs, not in the older ones) is added only when given.
 * @param {{userId?: string, botId?: string, text?: string, confidence?: number, accessToken?: string,
 *   languageCode?: string, sessionId?: string, handoverContext?: string, fulfillmentText?: string,
 *   messageHistory?: object[]}} [fields]
 */
function stepOneBody(fields = {}) {
	const text = fields.text === undefined ? 'handover' : fields.text;
	const languageCode = fields.languageCode || 'en';
	const fulfillmentText = fields.fulfillmentText || 'Connecting you to a human agent.';
	const now = Date.now();
	const messageHistory = fields.messageHistory || [
		{
			_id: newId('mh_'),
			botPlatform: 'dialogflowES',
			direction: 'in',
			payload: { queryParameters: { contexts: [] }, query: text, lang: languageCode, sessionId: fields.sessionId || randomUUID() },
			createdAt: new Date(now - 1000).toISOString(),
		},
		{
			_id: newId('mh_'),
			botPlatform: 'dialogflowES',
			direction: 'out',
			payload: { queryResult: { queryText: text, fulfillmentText, languageCode } },
			createdAt: new Date(now).toISOString(),
		},
	];
	return {
		// Step One carries everything Step Two does, plus the Dialogflow response and the history.
		...stepTwoBody({ ...fields, text, languageCode }),
		dialogflowResponse: {
			responseId: randomUUID(),
			queryResult: {
				fulfillmentMessages: [{ platform: 'PLATFORM_UNSPECIFIED', text: { text: [fulfillmentText] }, message: 'text' }],
				outputContexts: [{ name: fields.handoverContext || 'bc-human-handover', lifespanCount: 1, parameters: {} }, timezoneContext(9)],
				queryText: text,
				speechRecognitionConfidence: 0,
				action: '',
				parameters: {},
				allRequiredParamsPresent: true,
				fulfillmentText,
				webhookSource: '',
				webhookPayload: {},
				intent: {
					name: `projects/botcopy-sim/agent/intents/${randomUUID()}`,
					displayName: 'Human Handover Context',
					isFallback: false,
					webhookState: 'WEBHOOK_STATE_UNSPECIFIED',
				},
				intentDetectionConfidence: fields.confidence === undefined ? 1 : fields.confidence,
				diagnosticInfo: null,
				languageCode,
			},
			webhookStatus: null,
		},
		messageHistory,
	};
}

/**
 * Step Two (Botcopy's docs, exactly): the bot is paused and the user sent a message.
 * `sessionId` (in the current docs, not in the older ones) is added only when given.
 * @param {{userId?: string, botId?: string, text?: string, accessToken?: string, languageCode?: string, sessionId?: string}} [fields]
 */
function stepTwoBody(fields = {}) {
	return {
		accessToken: fields.accessToken === undefined ? '' : fields.accessToken,
		userId: fields.userId || 'user_sim_1',
		botId: fields.botId || 'bot_sim_1',
		...(fields.sessionId !== undefined ? { sessionId: fields.sessionId } : {}),
		session: dialogflowSession(fields.sessionId || randomUUID()),
		queryInput: { text: { text: fields.text === undefined ? 'help me please' : fields.text, languageCode: fields.languageCode || 'en' } },
		queryParams: { contexts: [timezoneContext(10)] },
	};
}

module.exports = { send, dialogflowSession, stepOneBody, stepTwoBody, WEBHOOK_DEADLINE_MS };
