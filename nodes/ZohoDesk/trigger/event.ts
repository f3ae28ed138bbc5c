import type { IDataObject } from 'n8n-workflow';

import type { HandoverEventName } from '../../shared/handoverEvent';
import { htmlToText } from '../transcript';
import { checkedId, idValue, isObject, WebhookRejection } from '../../shared/webhook';

/** The node's event choice for a ticket being closed; Zoho sends it as a Ticket_Update. */
export const TICKET_CLOSED = 'Ticket_Closed';

/** The subscription the trigger registers: agents' outgoing replies, comments and ticket updates, optionally per department. */
export function ownWebhookSubscriptions(events: string[], departmentIds: string[]): IDataObject {
	const departments = departmentIds.length ? { departmentIds } : {};
	const subscriptions: IDataObject = {};
	if (events.includes('Ticket_Thread_Add')) subscriptions.Ticket_Thread_Add = { direction: 'out', ...departments };
	if (events.includes('Ticket_Comment_Add')) subscriptions.Ticket_Comment_Add = departmentIds.length ? departments : null;
	// prevState tells a closing apart from an edit of a ticket that was already closed.
	if (events.includes(TICKET_CLOSED)) subscriptions.Ticket_Update = { includePrevState: true, ...departments };
	return subscriptions;
}

/** One event the trigger emits, before its chat session is known (unless the event carried the ticket). */
export interface TicketEvent {
	ticketId: string;
	event: HandoverEventName;
	/** The session read from the event's own ticket; undefined when it has to be looked up. */
	sessionId?: string;
	text: string | null;
	fields: IDataObject;
	raw: IDataObject;
}

const textOr = <T>(value: unknown, fallback: T) => (typeof value === 'string' ? value : fallback);
const nameOf = (person: unknown) => textOr(isObject(person) ? person.name : undefined, null);

export interface EventOptions {
	events: string[];
	includePrivateComments: boolean;
	/** The session a ticket carries, or null (see sessionOf). */
	sessionOf: (ticket: IDataObject) => string | null;
}

/** An agent reply without its ticket, or null when the event is not one (a customer's thread, a private comment…). */
function replyOf(event: IDataObject, payload: IDataObject, options: EventOptions): Omit<TicketEvent, 'ticketId'> | null {
	const eventType = textOr(event.eventType, '');
	let reply: { authorName: string | null; contentType: string; createdTime: string | null; isPublic: boolean };
	if (eventType === 'Ticket_Thread_Add') {
		if (payload.direction !== 'out') return null;
		const contentType = textOr(payload.contentType, 'html');
		reply = { authorName: nameOf(payload.author), contentType, createdTime: textOr(payload.createdTime, null), isPublic: true };
	} else {
		const isPublic = payload.isPublic === true;
		if (!isPublic && !options.includePrivateComments) return null;
		const contentType = textOr(payload.contentType, 'plainText');
		reply = { authorName: nameOf(payload.commenter), contentType, createdTime: textOr(payload.commentedTime, null), isPublic };
	}
	const raw = textOr(payload.content, '');
	const content = reply.contentType === 'html' ? htmlToText(raw) : raw.trim();
	return {
		event: 'agent_message',
		text: content,
		// messageId: the thread's or comment's id, the same in a redelivery (for n8n's Remove Duplicates).
		fields: {
			messageId: idValue(payload.id),
			authorType: 'agent',
			authorName: reply.authorName,
			content,
			contentType: reply.contentType,
			createdTime: reply.createdTime,
			eventType,
			isPublic: reply.isPublic,
		},
		raw: event,
	};
}

const isClosed = (state: IDataObject) => textOr(state.statusType ?? state.status, '').toLowerCase() === 'closed';

/**
 * A ticket that was just closed, or null. Closed means a status of the Closed type (statusType, else the status
 * name). With prevState, the status must have changed from an open one; a prevState without a status means the
 * update changed something else. Without prevState (a webhook set up without it) every update of a closed ticket
 * counts.
 */
function closingOf(event: IDataObject, payload: IDataObject, options: EventOptions): Omit<TicketEvent, 'ticketId'> | null {
	if (!isClosed(payload)) return null;
	if (isObject(event.prevState)) {
		const before = event.prevState;
		if ((before.status === undefined && before.statusType === undefined) || isClosed(before)) return null;
	}
	const closedTime = textOr(payload.closedTime, null);
	const ticketId = idValue(payload.id);
	return {
		event: 'handover_ended',
		sessionId: options.sessionOf(payload) ?? undefined,
		text: null,
		fields: {
			// The same closing keeps its closedTime in a redelivery; a later re-closing has another one.
			messageId: `${ticketId}:closed:${closedTime ?? textOr(event.eventTime, '')}`,
			status: textOr(payload.status, null),
			...(closedTime === null ? {} : { closedTime }),
			eventType: 'Ticket_Update',
		},
		raw: event,
	};
}

/**
 * The events the trigger emits among Zoho's: agent replies (outgoing threads and, public unless asked, comments)
 * and ticket closings, of the chosen event types. Everything else is left out; an event whose ticket ID is not
 * usable is left out too, and its rejection (naming the field, not the value) returned in `skipped`.
 */
export function ticketEvents(events: IDataObject[], options: EventOptions) {
	const found: TicketEvent[] = [];
	const skipped: WebhookRejection[] = [];
	events.forEach((event, index) => {
		const eventType = textOr(event.eventType, '');
		const payload = isObject(event.payload) ? event.payload : {};
		let parsed: Omit<TicketEvent, 'ticketId'> | null = null;
		let idPath = 'payload.ticketId';
		if (eventType === 'Ticket_Update') {
			if (options.events.includes(TICKET_CLOSED)) parsed = closingOf(event, payload, options);
			idPath = 'payload.id';
		} else if (options.events.includes(eventType) && ['Ticket_Thread_Add', 'Ticket_Comment_Add'].includes(eventType)) {
			parsed = replyOf(event, payload, options);
		}
		if (parsed === null) return;
		const ticketId = checkedId(event, idPath, { prefix: `[${index}].` });
		if (ticketId instanceof WebhookRejection) skipped.push(ticketId);
		else found.push({ ...parsed, ticketId });
	});
	return { found, skipped };
}
