import type { IDataObject } from 'n8n-workflow';

import type { HandoverEvent } from '../../shared/handoverEvent';
import { handoverEvent } from '../../shared/handoverEvent';
import { badRequest, fieldAt, isObject, optionalId, requiredId } from '../../shared/webhook';

/** The claim webhook asks for a person; the message webhook relays what the user wrote. */
export const CLAIM_EVENT = 'handover_requested';
export const MESSAGE_EVENT = 'user_message';

// Fields of the claim (module) webhook body (https://support.certainly.io/knowledge/handover-conversation-flow);
// the message webhook has `interlocutor` and `data` instead.
const CLAIM_FIELDS = ['to', 'from', 'direction', 'botId', 'sessionId', 'reply', 'moduleId', 'botTrainedModelId'];

function nonEmpty(value: unknown): string | null {
	if (typeof value === 'number') return String(value);
	return typeof value === 'string' && value.trim() !== '' ? value : null;
}

const objectOr = (value: unknown, fallback: IDataObject | null) => (isObject(value) ? value : fallback);

function claimEvent(body: IDataObject, defaultBotId: string | null): HandoverEvent {
	const userId = requiredId(body, 'to');
	return handoverEvent(
		{ source: 'certainly', event: CLAIM_EVENT, sessionId: userId, userId, text: nonEmpty(body.reply), raw: body },
		{
			botId: optionalId(body, 'botId') ?? defaultBotId,
			certainlySessionId: optionalId(body, 'sessionId'),
			firstName: nonEmpty(body.firstName),
			lastName: nonEmpty(body.lastName),
			customVariables: objectOr(body.customVariables, {}),
			extractedData: objectOr(body.extractedData, {}),
		},
	);
}

function messageEvent(body: IDataObject, defaultBotId: string | null): HandoverEvent {
	const userId = requiredId(body, 'data.message.user_id');
	return handoverEvent(
		{
			source: 'certainly',
			event: MESSAGE_EVENT,
			sessionId: userId,
			userId,
			text: nonEmpty(fieldAt(body, 'data.message.message')),
			raw: body,
		},
		// The message webhook names no bot and carries no profile or variables.
		{ botId: defaultBotId, certainlySessionId: null, firstName: null, lastName: null, customVariables: null, extractedData: null },
	);
}

/**
 * The event a Certainly webhook body describes, or null for one that needs no workflow (a bot's own
 * message: the message webhook relays every message). Throws a 400 for anything else.
 */
export function certainlyEvent(json: unknown, defaultBotId: string | null): HandoverEvent | null {
	if (Array.isArray(json)) throw badRequest('Expected one Certainly event as a JSON object, not an array');
	if (!isObject(json)) throw badRequest('Expected a JSON object');
	if ('interlocutor' in json) return json.interlocutor === 'user' ? messageEvent(json, defaultBotId) : null;
	if (CLAIM_FIELDS.some((field) => field in json)) return claimEvent(json, defaultBotId);
	throw badRequest('Not a Certainly webhook: expected a claim (with "to") or a message (with "interlocutor")');
}

export const defaultBot = nonEmpty;
