import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { handoverEvent } from '../../shared/handoverEvent';
import { vendorClient } from '../../shared/transport';
import type { SessionMarker } from '../sessionMarker';
import { sessionOf } from '../sessionMarker';
import { API, zohoDeskApi } from '../transport';
import type { TicketEvent } from './event';

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
 * Builds the output items, before Zoho has its answer. Events that do not carry their ticket's session (replies
 * carry only the ticket id) look the ticket up, once per ticket, unless `lookUp` is off (they then go on without a
 * session, to a workflow that finds the chat by ticket id). A lookup that failed or did not finish within the
 * budget still yields the item, with the reason.
 */
export async function withSessions(
	ctx: IWebhookFunctions,
	events: TicketEvent[],
	marker: SessionMarker,
	{ includeUnmarked, lookUp }: { includeUnmarked: boolean; lookUp: boolean },
): Promise<IDataObject[]> {
	const unknown = events.filter((event) => event.sessionId === undefined).map((event) => event.ticketId);
	let sessions = new Map<string, Session>();
	if (unknown.length && lookUp) {
		const client = await vendorClient(ctx, zohoDeskApi);
		const lookup = async (ticketId: string, timeoutMs: number): Promise<Session> =>
			await client
				.request<IDataObject>({
					method: 'GET',
					path: `${API}/tickets/${encodeURIComponent(ticketId)}`,
					// A second past the budget: the budget, not this timeout, decides that a lookup was too slow, so the
					// item always says so in the same words.
					timeout: Math.min(10_000, Math.max(0, timeoutMs) + 1_000),
				})
				.then(
					(response) => ({ sessionId: sessionOf(marker, response.body) }),
					(error: Error) => ({ sessionId: null, error: error.message }),
				);
		sessions = await lookUpAll([...new Set(unknown)], lookup);
	}
	const late: Session = { sessionId: null, error: `The ticket lookup did not finish within ${LOOKUP_BUDGET_MS / 1000} s` };
	const notLookedUp: Session = { sessionId: null };

	const items: IDataObject[] = [];
	for (const event of events) {
		const carried = event.sessionId !== undefined;
		const { sessionId, error } = carried ? { sessionId: event.sessionId ?? null } : lookUp ? (sessions.get(event.ticketId) ?? late) : notLookedUp;
		// A ticket known to have no session is left out; one not looked up may still be a chat's.
		if (sessionId === null && !error && !includeUnmarked && (carried || lookUp)) continue;
		items.push(
			handoverEvent(
				{ source: 'zohoDesk', event: event.event, sessionId: sessionId ?? '', text: event.text, raw: event.raw },
				{ ticketId: event.ticketId, ...event.fields, ...(error ? { sessionLookupError: error } : {}) },
			),
		);
	}
	return items;
}
