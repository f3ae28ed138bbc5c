import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { handoverEvent } from '../../shared/handoverEvent';
import { htmlToText } from '../../shared/transcript';
import { vendorClient } from '../../shared/transport';
import { checkedId, isObject, WebhookRejection } from '../../shared/webhook';
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

const textOr = <T>(value: unknown, fallback: T) => (typeof value === 'string' ? value : fallback);
const nameOf = (person: unknown) => textOr(isObject(person) ? person.name : undefined, null);

/** An agent reply without its ticket, or null when the event is not one (a customer's thread, a private comment…). */
function replyOf(event: IDataObject, options: ReplyOptions): Omit<AgentReply, 'ticketId'> | null {
	const eventType = textOr(event.eventType, '');
	const payload = isObject(event.payload) ? event.payload : {};
	if (!options.events.includes(eventType)) return null;
	const common = { content: textOr(payload.content, ''), eventType, raw: event };
	if (eventType === 'Ticket_Thread_Add') {
		if (payload.direction !== 'out') return null;
		const contentType = textOr(payload.contentType, 'html');
		return { ...common, authorName: nameOf(payload.author), contentType, createdTime: textOr(payload.createdTime, null), isPublic: true };
	}
	if (eventType !== 'Ticket_Comment_Add') return null;
	const isPublic = payload.isPublic === true;
	if (!isPublic && !options.includePrivateComments) return null;
	const contentType = textOr(payload.contentType, 'plainText');
	return { ...common, authorName: nameOf(payload.commenter), contentType, createdTime: textOr(payload.commentedTime, null), isPublic };
}

interface ReplyOptions {
	events: string[];
	includePrivateComments: boolean;
}

/**
 * The agent replies among Zoho's events: outgoing threads and (public, unless asked) comments of the chosen
 * event types. Customers' own incoming threads and other events are left out; a reply whose ticket ID is not
 * usable is left out too, and its rejection (naming the field, not the value) returned in `skipped`.
 */
export function agentReplies(events: IDataObject[], options: ReplyOptions) {
	const replies: AgentReply[] = [];
	const skipped: WebhookRejection[] = [];
	events.forEach((event, index) => {
		const reply = replyOf(event, options);
		if (reply === null) return;
		const ticketId = checkedId(event, 'payload.ticketId', { prefix: `[${index}].` });
		if (ticketId instanceof WebhookRejection) skipped.push(ticketId);
		else replies.push({ ...reply, ticketId });
	});
	return { replies, skipped };
}

/** Ticket lookups in flight at once, so one delivery cannot take every connection and database slot n8n has. */
export const LOOKUP_CONCURRENCY = 4;
/**
 * How long all of a delivery's lookups may take: n8n answers Zoho once the execution is stored, and Zoho
 * counts a delivery as failed after 5 s (https://desk.zoho.com/support/WebhookDocument.do).
 */
export const LOOKUP_BUDGET_MS = 3000;

interface Session {
	sessionId: string | null;
	error?: string;
}

/** Runs `lookup` for each ticket, at most LOOKUP_CONCURRENCY at once; tickets not done within the budget are missing. */
async function lookUpAll(
	ticketIds: string[],
	lookup: (ticketId: string, timeoutMs: number) => Promise<Session>,
): Promise<Map<string, Session>> {
	const sessions = new Map<string, Session>();
	const deadline = Date.now() + LOOKUP_BUDGET_MS;
	let next = 0;
	const worker = async () => {
		while (next < ticketIds.length && Date.now() < deadline) {
			const ticketId = ticketIds[next++];
			sessions.set(ticketId, await lookup(ticketId, deadline - Date.now()));
		}
	};
	const workers = Array.from({ length: Math.min(LOOKUP_CONCURRENCY, ticketIds.length) }, worker);
	await Promise.race([Promise.all(workers), sleep(LOOKUP_BUDGET_MS)]);
	return sessions;
}

/**
 * Looks up each ticket once to read its chat session (the events carry only the ticket id), and builds the
 * output items, before Zoho has its answer. A lookup that failed or did not finish within the budget still
 * yields the item, with the reason.
 */
export async function withSessions(
	ctx: IWebhookFunctions,
	replies: AgentReply[],
	marker: SessionMarker,
	includeUnmarked: boolean,
): Promise<IDataObject[]> {
	const client = await vendorClient(ctx, zohoDeskApi);
	const lookup = async (ticketId: string, timeoutMs: number): Promise<Session> =>
		await client
			.request<IDataObject>({
				method: 'GET',
				path: `${API}/tickets/${encodeURIComponent(ticketId)}`,
				timeout: Math.max(1, Math.min(10_000, timeoutMs)),
			})
			.then(
				(response) => ({ sessionId: sessionOf(marker, response.body) }),
				(error: Error) => ({ sessionId: null, error: error.message }),
			);
	const sessions = await lookUpAll([...new Set(replies.map((reply) => reply.ticketId))], lookup);
	const late: Session = { sessionId: null, error: `The ticket lookup did not finish within ${LOOKUP_BUDGET_MS / 1000} s` };

	const items: IDataObject[] = [];
	for (const reply of replies) {
		const { sessionId, error } = sessions.get(reply.ticketId) ?? late;
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
