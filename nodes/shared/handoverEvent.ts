import type { IDataObject } from 'n8n-workflow';

export type HandoverSource = 'botcopy' | 'certainly' | 'kapso' | 'zohoDesk';

/**
 * What happened, the same words for every vendor:
 * - handover_requested: the bot or the user asked for a person;
 * - user_message: the user wrote while a person has the chat;
 * - agent_message: a person wrote to the user;
 * - handover_claimed: an agent took the chat;
 * - handover_failed: the bot's flow broke and a person should look;
 * - handover_ended: the person is done (the agent closed the ticket), so the bot can take the chat back;
 * - conversation_ended: the user's side of the chat ended (closed, or silent too long), whoever had it.
 */
export type HandoverEventName =
	| 'handover_requested'
	| 'user_message'
	| 'agent_message'
	| 'handover_claimed'
	| 'handover_failed'
	| 'handover_ended'
	| 'conversation_ended';

/**
 * The normalised event every trigger of this package emits, so any source can feed any desk. Vendor
 * triggers add their own named fields beside these (the README lists them); `raw` keeps the original.
 */
export interface HandoverEvent extends IDataObject {
	source: HandoverSource;
	event: HandoverEventName;
	/** The conversation key a desk files the chat under. */
	sessionId: string;
	userId: string | null;
	text: string | null;
	/** 0–1 when the source reports one, otherwise null. */
	confidence: number | null;
	receivedAt: string;
	raw: IDataObject;
}

export function handoverEvent(
	fields: Pick<HandoverEvent, 'source' | 'event' | 'sessionId' | 'raw'> &
		Partial<Pick<HandoverEvent, 'userId' | 'text' | 'confidence'>>,
	extra: IDataObject = {},
): HandoverEvent {
	return {
		source: fields.source,
		event: fields.event,
		sessionId: fields.sessionId,
		userId: fields.userId ?? null,
		text: fields.text ?? null,
		confidence: fields.confidence ?? null,
		receivedAt: new Date().toISOString(),
		...extra,
		raw: fields.raw,
	};
}
