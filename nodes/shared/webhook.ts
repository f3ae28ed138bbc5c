import { createHmac, timingSafeEqual } from 'crypto';
import type {
	IDataObject,
	IWebhookDescription,
	IWebhookFunctions,
	IWebhookResponseData,
	WebhookType,
} from 'n8n-workflow';

/** The parts of n8n's (express) request and response a trigger uses. */
interface RawRequest {
	rawBody?: unknown;
	body?: unknown;
}
interface RawResponse {
	status(code: number): RawResponse;
	json(body: unknown): unknown;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** A request the trigger refuses: answered with this status and a short reason, and no execution starts. */
export class WebhookRejection extends Error {
	constructor(
		readonly statusCode: 400 | 401,
		message: string,
	) {
		super(message);
	}
}

export const badRequest = (reason: string) => new WebhookRejection(400, reason);
export const unauthorized = (reason = 'Unauthorized') => new WebhookRejection(401, reason);

/**
 * Constant-time string comparison. Like n8n's own signature check it reveals only whether the lengths
 * differ (secrets and hex digests have fixed, public lengths), never where the strings differ.
 */
export function safeEqual(actual: unknown, expected: string): boolean {
	if (typeof actual !== 'string' || actual === '' || expected === '') return false;
	const a = Buffer.from(actual);
	const b = Buffer.from(expected);
	return a.length === b.length && timingSafeEqual(a, b);
}

export function hmacSha256(secret: string, payload: Buffer | string, encoding: 'hex' | 'base64' = 'hex'): string {
	return createHmac('sha256', secret).update(payload).digest(encoding);
}

/** One header value, whatever its case; the first one when repeated. */
export function headerValue(ctx: IWebhookFunctions, name: string): string | undefined {
	const value = ctx.getHeaderData()[name.toLowerCase()];
	const first = Array.isArray(value) ? value[0] : value;
	return typeof first === 'string' ? first : undefined;
}

export function queryValue(ctx: IWebhookFunctions, name: string): string | undefined {
	const value = (ctx.getQueryData() as IDataObject)[name];
	return typeof value === 'string' ? value : undefined;
}

export interface ReceivedBody {
	/** The bytes as they arrived: what signatures are computed over. */
	raw: Buffer;
	json: unknown;
}

/**
 * The request body, bytes and parsed JSON. n8n has already parsed `application/json` bodies (and answered
 * 422 itself when they do not parse); other content types arrive as raw bytes, which are parsed here.
 */
export function receivedBody(ctx: IWebhookFunctions, maxBytes = DEFAULT_MAX_BODY_BYTES): ReceivedBody {
	const request = ctx.getRequestObject() as RawRequest;
	const parsed = request.body;
	let raw: Buffer;
	if (Buffer.isBuffer(request.rawBody)) raw = request.rawBody;
	else if (typeof request.rawBody === 'string') raw = Buffer.from(request.rawBody);
	else if (typeof parsed === 'string') raw = Buffer.from(parsed);
	else raw = Buffer.from(parsed === undefined ? '' : JSON.stringify(parsed));
	if (raw.length > maxBytes) throw badRequest(`Body too large: ${raw.length} bytes, at most ${maxBytes}`);
	if (isObject(parsed) && Object.keys(parsed).length > 0) return { raw, json: parsed };
	if (Array.isArray(parsed)) return { raw, json: parsed };
	const text = raw.toString('utf8').trim();
	if (text === '') throw badRequest('Empty body: expected JSON');
	try {
		return { raw, json: JSON.parse(text) };
	} catch {
		throw badRequest('Malformed JSON body');
	}
}

export function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a required string field of a webhook body; a 400 naming the field when it is missing. */
export function requiredField(body: IDataObject, path: string): string {
	const value = fieldAt(body, path);
	if (typeof value === 'number') return String(value);
	if (typeof value !== 'string' || value.trim() === '') throw badRequest(`Missing required field: ${path}`);
	return value;
}

export function fieldAt(body: unknown, path: string): unknown {
	let value: unknown = body;
	for (const key of path.split('.')) {
		if (!isObject(value)) return undefined;
		value = value[key];
	}
	return value;
}

export function optionalText(value: unknown): string | null {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return null;
}

function respond(ctx: IWebhookFunctions, statusCode: number, body: unknown): void {
	(ctx.getResponseObject() as RawResponse).status(statusCode).json(body);
}

/**
 * A trigger's webhook: n8n 2.x answers once it has stored the execution (1.x just before storing it), with the
 * body handleWebhook returned. Without `responseData`, n8n 2.x answers that deferred call with its default, the
 * text "firstEntryJson".
 */
export function triggerWebhook(httpMethod: 'GET' | 'POST' = 'POST', name: WebhookType = 'default'): IWebhookDescription {
	return { name, httpMethod, responseMode: 'onReceived', responseData: '', path: 'webhook' };
}

/** What a trigger decided about one request. */
export interface WebhookOutcome {
	/** One output item per event; none means "acknowledge, start no execution". */
	items: IDataObject[];
	/** The JSON answered (200); `{received: true}` when unset. */
	response?: unknown;
}

/**
 * Runs a trigger's request handling. Rejections answer 400/401 and start nothing; an unexpected error
 * answers 500 without details instead of reaching n8n. Everything else is answered by n8n itself, on n8n 2.x
 * once it has stored the execution (the `onReceived` response mode): a 200 means the delivery is kept, and a vendor
 * that redelivers unanswered calls still can when n8n is overloaded or restarting. This holds for Botcopy
 * too: storing takes milliseconds against its 5 s, and answering before it let a burst pile up executions
 * in memory faster than n8n could store them.
 */
export async function handleWebhook(
	ctx: IWebhookFunctions,
	handle: () => WebhookOutcome | Promise<WebhookOutcome>,
): Promise<IWebhookResponseData> {
	let outcome: WebhookOutcome;
	try {
		outcome = await handle();
	} catch (error) {
		if (error instanceof WebhookRejection) {
			respond(ctx, error.statusCode, { error: error.message });
		} else {
			ctx.logger.error(`${ctx.getNode().name}: could not handle a webhook request`, {
				error: (error as Error).message,
			});
			respond(ctx, 500, { error: 'Could not handle the request' });
		}
		return { noWebhookResponse: true };
	}
	const webhookResponse = outcome.response ?? { received: true };
	if (outcome.items.length === 0) return { webhookResponse };
	return { webhookResponse, workflowData: [outcome.items.map((json) => ({ json }))] };
}

/**
 * webhookMethods for vendors with no registration API: the user pastes the trigger's URL into the vendor's
 * console, so activation has nothing to create or delete.
 */
export function manualRegistration() {
	return {
		default: {
			checkExists: async (): Promise<boolean> => true,
			create: async (): Promise<boolean> => true,
			delete: async (): Promise<boolean> => true,
		},
	};
}

export const MAX_ID_LENGTH = 200;
/** Dialogflow session paths (`projects/…/sessions/…`, CX adds locations, agents and environments) run longer. */
const MAX_PATH_ID_LENGTH = 500;
// Control characters (NUL included) and, since `u` reads a surrogate pair as one code point, lone surrogates.
const UNUSABLE_CHARACTER = /[\p{Cc}\p{Cs}]/u;

export interface IdOptions {
	/** Accept `/`-separated segments (e.g. a Dialogflow session name); no segment may be empty, `.` or `..`. */
	path?: boolean;
	/** Where `body` sits in the request, for the field's name in a 400, e.g. `data[2].`. */
	prefix?: string;
}

/**
 * An ID as the text it is used as (in API paths, in items), or null when `value` is not a usable ID:
 * a safe integer, or a trimmed, non-empty string of at most MAX_ID_LENGTH characters without control
 * characters or lone surrogates that cannot walk a URL path (no `/` unless `path`, never `.` or `..`).
 */
export function idValue(value: unknown, options: IdOptions = {}): string | null {
	if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : null;
	if (typeof value !== 'string') return null;
	const id = value.trim();
	if (id === '' || id.length > (options.path ? MAX_PATH_ID_LENGTH : MAX_ID_LENGTH)) return null;
	if (UNUSABLE_CHARACTER.test(id)) return null;
	if (!options.path && id.includes('/')) return null;
	return id.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..') ? id : null;
}

/** An ID field of a webhook body: null when absent (undefined, null or blank), a 400 naming the field when unusable. */
function readId(body: unknown, path: string, options: IdOptions): string | null | WebhookRejection {
	const value = fieldAt(body, path);
	if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return null;
	// The value is not echoed: it may be anything.
	return idValue(value, options) ?? badRequest(`Invalid field: ${options.prefix ?? ''}${path} (expected an ID: a non-empty string or an integer)`);
}

/** A required ID field, or the 400 naming the field: for callers that skip a bad part of a request instead. */
export function checkedId(body: unknown, path: string, options: IdOptions = {}): string | WebhookRejection {
	return readId(body, path, options) ?? badRequest(`Missing required field: ${options.prefix ?? ''}${path}`);
}

export function optionalId(body: unknown, path: string, options: IdOptions = {}): string | null {
	const id = readId(body, path, options);
	if (id instanceof WebhookRejection) throw id;
	return id;
}

export function requiredId(body: unknown, path: string, options: IdOptions = {}): string {
	const id = checkedId(body, path, options);
	if (id instanceof WebhookRejection) throw id;
	return id;
}
