import type { IDataObject, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { settleUnclear } from '../shared/errors';
import type { ItemClient, RequestContext, VendorApi, VendorClient } from '../shared/transport';
import { unwrapData, vendorMessage } from '../shared/transport';

/**
 * Meta's "Re-engagement message" error: more than 24 hours since the customer last wrote, so only a template goes
 * through. https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes
 * Meta usually reports it later, in a failed-status webhook; that Kapso's proxy refuses the send itself with it
 * is a guess (https://docs.kapso.ai/docs/getting-started/send-messages only says free-form text needs the window).
 */
export const OUTSIDE_WINDOW_CODE = 131047;

function describeKapsoError(statusCode: number, body: unknown): string | undefined {
	const message = vendorMessage(statusCode, body);
	const code = (body as { error?: { code?: unknown } } | undefined)?.error?.code;
	if (Number(code) !== OUTSIDE_WINDOW_CODE) return message;
	return (
		"WhatsApp refused free-form text: more than 24 hours have passed since the customer's last message, " +
		`so only an approved template message can reach them now (Meta error ${OUTSIDE_WINDOW_CODE}: ${message ?? 'no details given'})`
	);
}

export const kapsoApi: VendorApi = {
	name: 'Kapso',
	credentialType: 'kapsoHandoverApi',
	baseUrl: (credentials) => String(credentials.baseUrl || 'https://api.kapso.ai'),
	describeError: describeKapsoError,
};

export const META_PREFIX = '/meta/whatsapp/v24.0';
export const PLATFORM_PREFIX = '/platform/v1';

export type ExecutionStatus = 'running' | 'waiting' | 'handoff' | 'ended' | 'failed';
export type TargetStatus = 'handoff' | 'waiting' | 'ended';

export interface Execution extends IDataObject {
	id: string;
	status: ExecutionStatus;
}

export interface ListPage {
	data?: IDataObject[];
	meta?: { page?: number; total_pages?: number };
	paging?: { cursors?: { after?: string }; next?: string | null };
}

export const PAGE_SIZE = 100;

/**
 * Reads a Kapso list through every page it needs. Kapso documents two pagination styles:
 * `page`/`per_page` answered with `meta{page,total_pages}`, and `limit`/`after` answered with
 * `paging{cursors,next}`. The first request names both sizes; the answer tells which style follows.
 */
export async function listAll(
	client: VendorClient,
	path: string,
	qs: IDataObject,
	max: number,
): Promise<IDataObject[]> {
	const results: IDataObject[] = [];
	const size = Math.min(PAGE_SIZE, max);
	let query: IDataObject = { ...qs, per_page: size, limit: size };
	for (;;) {
		const { body } = await client.request<ListPage>({ method: 'GET', path, qs: query });
		const page = body ?? {};
		results.push(...(page.data ?? []));
		if (results.length >= max || !page.data?.length) break;
		if (page.meta?.page !== undefined && page.meta.total_pages !== undefined) {
			if (page.meta.page >= page.meta.total_pages) break;
			query = { ...qs, page: page.meta.page + 1, per_page: size };
		} else if (page.paging?.cursors?.after && page.paging.next !== null && page.paging.next !== undefined) {
			query = { ...qs, limit: size, after: page.paging.cursors.after };
		} else {
			break;
		}
	}
	return results.slice(0, max);
}

/** Conversations of a WhatsApp number with one phone, most recent first. */
export async function findConversations(
	client: VendorClient,
	phoneNumberId: string,
	phoneNumber: string,
	filters: IDataObject,
	max: number,
): Promise<IDataObject[]> {
	const path = `${META_PREFIX}/${encodeURIComponent(phoneNumberId)}/conversations`;
	const results: IDataObject[] = [];
	let query: IDataObject = { phone_number: phoneNumber, ...filters, limit: Math.min(PAGE_SIZE, max) };
	for (;;) {
		const { body } = await client.request<ListPage>({ method: 'GET', path, qs: query });
		results.push(...(body?.data ?? []));
		const after = body?.paging?.cursors?.after;
		if (results.length >= max || !body?.data?.length || !after || !body.paging?.next) break;
		query = { ...query, after };
	}
	return results.slice(0, max);
}

export function executionsPath(conversationId: string): string {
	return `${PLATFORM_PREFIX}/whatsapp/conversations/${encodeURIComponent(conversationId)}/flow_executions`;
}

export function executionPath(executionId: string): string {
	return `${PLATFORM_PREFIX}/workflow_executions/${encodeURIComponent(executionId)}`;
}

export async function getExecution(client: VendorClient, executionId: string): Promise<Execution> {
	const { body } = await client.request({ method: 'GET', path: executionPath(executionId) });
	return unwrapData(body) as Execution;
}

/**
 * PATCHes an execution's status. Kapso answers an illegal transition with 422; the error then names
 * the execution and the status it is really in (read back when the caller does not know it). After an
 * ambiguous failure (a 5xx, a timeout), an execution already in the target status counts as done.
 */
export async function setExecutionStatus(
	ctx: RequestContext,
	client: ItemClient,
	executionId: string,
	status: TargetStatus,
): Promise<Execution> {
	const patch = client.request({
		method: 'PATCH',
		path: executionPath(executionId),
		body: { workflow_execution: { status } },
		acceptStatuses: [422],
		sideEffect: `set execution ${executionId} to "${status}"`,
	});
	// Kapso may have switched the execution before failing to answer: what it says now settles it.
	const response = await settleUnclear(patch, async () => {
		const now = await getExecution(client, executionId);
		return now?.status === status ? { statusCode: 200, body: now as unknown, headers: {} } : undefined;
	});
	if (response.statusCode !== 422) return unwrapData(response.body) as Execution;
	const current = (await getExecution(client, executionId)).status ?? 'unknown';
	const reason = vendorMessage(422, response.body) ?? 'invalid transition';
	throw new NodeApiError(ctx.getNode(), { executionId, status: current } as JsonObject, {
		message: `Kapso refused to set execution ${executionId} to "${status}": it is "${current}" (${reason})`,
		description: `Item ${client.itemIndex}`,
		httpCode: '422',
		itemIndex: client.itemIndex,
	});
}
