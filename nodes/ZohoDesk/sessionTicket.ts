import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { settleUnclear } from '../shared/errors';
import type { ItemClient } from '../shared/transport';
import type { SessionMarker } from './sessionMarker';
import { searchBySession } from './sessionMarker';
import { API, listData } from './transport';

/** How often a ticket is created again after Zoho failed without saying whether it created the first one. */
const CREATE_ATTEMPTS = 3;
// Zoho's search answers at most 100 tickets a page; a session has one ticket, or a few during a race.
const SEARCH_LIMIT = 100;

const numericOrder = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);

/**
 * The session's ticket when several were created at once: the earliest createdTime, then the lowest id. Every
 * execution picks the same one from the same list, so they agree without a lock.
 */
export function winner(tickets: IDataObject[]): IDataObject | undefined {
	return [...tickets].sort(
		(a, b) =>
			Date.parse(String(a.createdTime)) - Date.parse(String(b.createdTime)) ||
			numericOrder(String(a.id), String(b.id)),
	)[0];
}

async function sessionTickets(client: ItemClient, marker: SessionMarker, sessionId: string) {
	const found = await client.request({
		method: 'GET',
		path: `${API}/tickets/search`,
		qs: { ...searchBySession(marker, sessionId), limit: SEARCH_LIMIT },
	});
	return listData(found.body);
}

/** Pauses between searches for a session's ticket that another execution may still be creating: 3 s in all. */
export const FIND_PAUSES_MS = [250, 500, 1000, 1250];

/**
 * The session's existing ticket, or undefined. A handover started by a concurrent execution may still be
 * creating it, so a search that finds none is repeated a few times (GET only) before giving up.
 */
export async function findSessionTicket(
	client: ItemClient,
	marker: SessionMarker,
	sessionId: string,
): Promise<IDataObject | undefined> {
	for (const pause of [0, ...FIND_PAUSES_MS]) {
		if (pause) await sleep(pause);
		const found = winner(await sessionTickets(client, marker, sessionId));
		if (found) return found;
	}
	return undefined;
}

export interface SessionTicket {
	ticket: IDataObject;
	/** False only for the execution whose ticket became the session's ticket. */
	alreadyExists: boolean;
}

/**
 * One ticket per chat session, also when executions race (several workers, or a user who double-sends), without
 * a lock: search; create; search again. When another execution's ticket wins (see winner), this execution
 * merges its own ticket into it, so only the creator of a losing ticket ever merges it. After an ambiguous
 * failure of the create (a 5xx, a timeout), the search tells whether Zoho created the ticket after all.
 * Merge: POST /api/v1/tickets/{ticketId}/merge {ids}, https://github.com/zoho/zohodesk-oas/blob/main/v1.0/Ticket.json
 */
export async function sessionTicket(
	client: ItemClient,
	marker: SessionMarker,
	sessionId: string,
	ticketBody: IDataObject,
): Promise<SessionTicket> {
	const existing = winner(await sessionTickets(client, marker, sessionId));
	if (existing) return { ticket: existing, alreadyExists: true };

	let ours: IDataObject | undefined;
	for (let attempt = 1; !ours; attempt++) {
		const create = client.request<IDataObject>({
			method: 'POST',
			path: `${API}/tickets`,
			body: ticketBody,
			sideEffect: 'created the ticket',
		});
		const outcome = await settleUnclear<{ created?: IDataObject; found?: IDataObject }>(
			create.then((response) => ({ created: response.body })),
			async () => {
				const found = winner(await sessionTickets(client, marker, sessionId));
				return found || attempt < CREATE_ATTEMPTS ? { found } : undefined;
			},
		);
		if (outcome.found) return { ticket: outcome.found, alreadyExists: true };
		ours = outcome.created;
	}
	const candidates = await sessionTickets(client, marker, sessionId);
	const first = winner([ours, ...candidates.filter((ticket) => ticket.id !== ours.id)])!;
	if (first.id === ours.id) return { ticket: ours, alreadyExists: false };
	await client.request({
		method: 'POST',
		path: `${API}/tickets/${encodeURIComponent(String(first.id))}/merge`,
		body: { ids: [ours.id] },
		sideEffect: `merged the duplicate ticket ${String(ours.id)} into ticket ${String(first.id)}`,
	});
	return { ticket: first, alreadyExists: true };
}
