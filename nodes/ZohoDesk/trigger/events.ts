import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { handoverEvent } from '../../shared/handoverEvent';
import { htmlToText } from '../../shared/transcript';
import { vendorClient } from '../../shared/transport';
import type { SessionMarker } from '../sessionMarker';
import { sessionOf } from '../sessionMarker';
import { API, zohoDeskApi } from '../transport';

/** The subscription the trigger registers: agents' outgoing replies and comments, optionally per department. */
export function ownWebhookSubscriptions(events: string[], departmentIds: string[]): IDataObject {
	const departments = departmentIds.length ? { departmentIds } : {};
	const subscriptions: IDataObject = {};
	if (events.includes('Ticket_Thread_Add')) subscriptions.Ticket_Thread_Add = { direction: 'out', ...departments };
	if (events.includes('Ticket_Comment_Add')) subscriptions.Ticket_Comment_Add = departmentIds.length ? departments : null;
	return subscriptions;
}

export interface AgentReply {
	ticketId: string;
	authorName: string | null;
	content: string;
	contentType: string;
	createdTime: string | null;
	eventType: string;
	isPublic: boolean;
	raw: IDataObject;
}

/**
 * The agent replies among Zoho's events: outgoing threads and (public, unless asked) comments of the chosen
 * event types. Customers' own incoming threads and other events are left out.
 */
export function agentReplies(
	events: IDataObject[],
	options: { events: string[]; includePrivateComments: boolean },
): AgentReply[] {
	const replies: AgentReply[] = [];
	for (const event of events) {
		const eventType = String(event.eventType ?? '');
		const payload = (event.payload ?? {}) as IDataObject;
		if (!options.events.includes(eventType) || payload.ticketId === undefined) continue;
		if (eventType === 'Ticket_Thread_Add') {
			if (payload.direction !== 'out') continue;
			const author = (payload.author ?? {}) as IDataObject;
			replies.push({
				ticketId: String(payload.ticketId),
				authorName: typeof author.name === 'string' ? author.name : null,
				content: String(payload.content ?? ''),
				contentType: String(payload.contentType ?? 'html'),
				createdTime: typeof payload.createdTime === 'string' ? payload.createdTime : null,
				eventType,
				isPublic: true,
				raw: event,
			});
		} else if (eventType === 'Ticket_Comment_Add') {
			const isPublic = payload.isPublic === true;
			if (!isPublic && !options.includePrivateComments) continue;
			const commenter = (payload.commenter ?? {}) as IDataObject;
			replies.push({
				ticketId: String(payload.ticketId),
				authorName: typeof commenter.name === 'string' ? commenter.name : null,
				content: String(payload.content ?? ''),
				contentType: String(payload.contentType ?? 'plainText'),
				createdTime: typeof payload.commentedTime === 'string' ? payload.commentedTime : null,
				eventType,
				isPublic,
				raw: event,
			});
		}
	}
	return replies;
}

/**
 * Looks up each ticket once to read its chat session (the events carry only the ticket id), and builds the
 * output items, before Zoho has its answer. A failed lookup still yields the item, with the reason.
 */
export async function withSessions(
	ctx: IWebhookFunctions,
	replies: AgentReply[],
	marker: SessionMarker,
	includeUnmarked: boolean,
): Promise<IDataObject[]> {
	const client = await vendorClient(ctx, zohoDeskApi);
	const sessions = new Map<string, Promise<{ sessionId: string | null; error?: string }>>();
	const lookup = (ticketId: string) =>
		client
			.request<IDataObject>({ method: 'GET', path: `${API}/tickets/${encodeURIComponent(ticketId)}`, timeout: 10_000 })
			.then(
				(response) => ({ sessionId: sessionOf(marker, response.body) }),
				(error: Error) => ({ sessionId: null, error: error.message }),
			);
	for (const reply of replies) if (!sessions.has(reply.ticketId)) sessions.set(reply.ticketId, lookup(reply.ticketId));

	const items: IDataObject[] = [];
	for (const reply of replies) {
		const { sessionId, error } = await sessions.get(reply.ticketId)!;
		if (sessionId === null && !error && !includeUnmarked) continue;
		const content = reply.contentType === 'html' ? htmlToText(reply.content) : reply.content.trim();
		items.push(
			handoverEvent(
				{ source: 'zohoDesk', event: 'agent_message', sessionId: sessionId ?? '', text: content, raw: reply.raw },
				{
					ticketId: reply.ticketId,
					authorType: 'agent',
					authorName: reply.authorName,
					content,
					contentType: reply.contentType,
					createdTime: reply.createdTime,
					eventType: reply.eventType,
					isPublic: reply.isPublic,
					...(error ? { sessionLookupError: error } : {}),
				},
			),
		);
	}
	return items;
}
