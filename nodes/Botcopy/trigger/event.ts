import type { IDataObject } from 'n8n-workflow';

import type { HandoverEvent, HandoverEventName } from '../../shared/handoverEvent';
import { handoverEvent } from '../../shared/handoverEvent';
import { badRequest, fieldAt, isObject, optionalId, optionalText, requiredField, requiredId } from '../../shared/webhook';

/**
 * What Botcopy posts to the Live Chat webhook (https://github.com/Botcopy/docs, docs/livechat/handover.md):
 * - Step One: a trigger context was detected; the body carries `dialogflowResponse` (and `messageHistory`
 *   when history is stored);
 * - Step Two: the bot is paused and the user wrote;
 * - a user-typing ping (`eventType: "user_typing"`), only when enabled in the Portal.
 */
export type BotcopyCall = 'handover_requested' | 'user_message' | 'user_typing';

export function callOf(body: IDataObject): BotcopyCall {
	if (body.eventType === 'user_typing') return 'user_typing';
	return isObject(body.dialogflowResponse) ? 'handover_requested' : 'user_message';
}

/** Dialogflow's 0–1 intent confidence (ES, or CX's match), kept inside 0–1; null when absent. */
function confidenceOf(queryResult: unknown): number | null {
	const value = fieldAt(queryResult, 'intentDetectionConfidence') ?? fieldAt(queryResult, 'match.confidence');
	if (typeof value !== 'number' || !Number.isFinite(value)) return null;
	return Math.min(1, Math.max(0, value));
}

const contextName = (name: unknown) => (typeof name === 'string' ? name.slice(name.lastIndexOf('/') + 1) : '');

/**
 * The context that made Botcopy call: the one named in the trigger (as set in the Portal), or else the
 * first output context that is not Botcopy's own (`botcopy-…`) or Dialogflow's (`__…`). Dialogflow CX
 * bots use the session parameter `bcHumanHandover` instead.
 */
function triggerContextOf(queryResult: unknown, wanted: string): IDataObject | null {
	const contexts = fieldAt(queryResult, 'outputContexts');
	for (const context of Array.isArray(contexts) ? contexts : []) {
		if (!isObject(context)) continue;
		const name = contextName(context.name);
		const matches = wanted ? name === wanted : name !== '' && !name.startsWith('botcopy-') && !name.startsWith('__');
		if (matches) return { name, lifespanCount: context.lifespanCount ?? null, parameters: context.parameters ?? {} };
	}
	const cx = fieldAt(queryResult, 'parameters.bcHumanHandover');
	if (cx !== undefined && (!wanted || wanted === 'bcHumanHandover')) {
		return { name: 'bcHumanHandover', lifespanCount: null, parameters: { bcHumanHandover: cx } };
	}
	return null;
}

/** The body without the webhook access token, which must never reach an output item. */
function withoutToken(body: IDataObject): IDataObject {
	const raw: IDataObject = {};
	for (const key of Object.keys(body)) if (key !== 'accessToken') raw[key] = body[key];
	return raw;
}

const objectAt = (value: unknown, key: string): IDataObject | undefined => {
	const child = isObject(value) ? value[key] : undefined;
	return isObject(child) ? child : undefined;
};

/** One normalised handover event from a Step One or Step Two body; a 400 naming a missing field. */
export function botcopyEvent(
	body: IDataObject,
	event: Exclude<BotcopyCall, 'user_typing'>,
	handoverContext: string,
): HandoverEvent {
	const userId = requiredId(body, 'userId');
	const botId = requiredId(body, 'botId');
	// `session` is Dialogflow's session name (projects/…/sessions/…); Botcopy's own `sessionId` is the fallback.
	const session = optionalId(body, 'session', { path: true });
	const sessionId = session ?? optionalId(body, 'sessionId');
	if (!sessionId) throw badRequest('Missing required field: session');
	// Direct reads rather than fieldAt paths: this runs for every message while Botcopy waits.
	const queryInput = objectAt(body, 'queryInput');
	const queryText = objectAt(queryInput, 'text');
	const queryResult = event === 'handover_requested' ? objectAt(body.dialogflowResponse, 'queryResult') : undefined;
	const text =
		event === 'user_message'
			? requiredField(body, 'queryInput.text.text')
			: optionalText(queryText?.text) ?? optionalText(queryResult?.queryText);
	const languageCode =
		optionalText(queryText?.languageCode) ?? optionalText(queryInput?.languageCode) ?? optionalText(queryResult?.languageCode);
	const history = body.messageHistory;
	return handoverEvent(
		{
			source: 'botcopy',
			event: event as HandoverEventName,
			sessionId,
			userId,
			text,
			confidence: queryResult ? confidenceOf(queryResult) : null,
			raw: withoutToken(body),
		},
		{
			botId,
			session,
			languageCode,
			triggerContext: queryResult ? triggerContextOf(queryResult, handoverContext) : null,
			messageHistory: Array.isArray(history) ? (history as IDataObject[]) : [],
		},
	);
}
