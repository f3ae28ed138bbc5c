'use strict';
/**
 * Certainly's side of its webhooks: `send` POSTs a call, `claimWebhookBody` / `userMessageWebhookBody` build its body.
 * UNVERIFIED: how Certainly authenticates a webhook call; callers pass what their receiver expects in `headers`.
 */
const { randomUUID: uuid } = require('crypto');
const { newId } = require('../core');
const shared = require('../webhooks');

/**
 * POSTs a webhook call as JSON, with `headers` added.
 * @param {string} url
 * @param {unknown} body
 * @param {{headers?: Record<string, string>, timeoutMs?: number}} [options]
 * @returns {Promise<{status: number, body: any, elapsedMs: number, timedOut?: boolean}>}
 */
async function send(url, body, { headers = {}, timeoutMs } = {}) {
	return await shared.send(url, body, { headers, timeoutMs });
}

/**
 * The body Certainly POSTs to a module's claim (handover) webhook (the handover module's claim webhook). `to` carries the user id.
 * @param {{userId?: string, botId?: string, sessionId?: string, firstName?: string, lastName?: string, reply?: string,
 *   customVariables?: object, extractedData?: object, moduleId?: string, botTrainedModelId?: string,
 *   attachedMedia?: string, replyData?: string}} [fields]
 */
function claimWebhookBody(fields = {}) {
	return {
		attachedMedia: fields.attachedMedia || '',
		reply: fields.reply === undefined ? 'VarWebhook' : fields.reply,
		botId: fields.botId || 'botdep_sim_1',
		direction: 'out',
		extractedData: fields.extractedData || {},
		lastName: fields.lastName || '',
		sessionId: fields.sessionId || uuid(),
		customVariables: fields.customVariables || {},
		from: 'token',
		firstName: fields.firstName || '',
		to: fields.userId || `webbot:${uuid()}`,
		replyData: fields.replyData || '',
		moduleId: fields.moduleId || newId('module_'),
		botTrainedModelId: fields.botTrainedModelId || newId('model_'),
	};
}

/**
 * The body Certainly POSTs to the message webhook for a user message ("interlocutor user").
 * A userId without the `webbot:` prefix gets it.
 * @param {{userId?: string, message?: string, timestamp?: number}} [fields]
 */
function userMessageWebhookBody(fields = {}) {
	const userId = fields.userId || uuid();
	return {
		interlocutor: 'user',
		data: {
			error: null,
			message: {
				user_profile: {},
				ref: null,
				user_id: userId.startsWith('webbot:') ? userId : `webbot:${userId}`,
				timestamp: fields.timestamp === undefined ? Math.floor(Date.now() / 1000) : fields.timestamp,
				message: fields.message === undefined ? 'Hello' : fields.message,
				attachments: [],
			},
		},
	};
}

module.exports = { send, claimWebhookBody, userMessageWebhookBody };
