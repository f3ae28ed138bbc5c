import type {
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IOAuth2Options,
	IWebhookFunctions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import { markUnclear, maskFor, registerMask, vendorMessage } from './errors';
import { hasSideEffects, isRetryableStatus, RETRY_POLICY, retryAfterMs } from './retry';
import { isUnsafePath } from './validation';

export type RequestContext = IExecuteFunctions | IHookFunctions | ILoadOptionsFunctions | IWebhookFunctions;

/** What the shared transport needs to know about one vendor's API. */
export interface VendorApi {
	/** Shown in error messages, e.g. "Kapso". */
	name: string;
	credentialType: string;
	/** Reads a vendor error body; the generic reader covers most vendors. */
	describeError?: (statusCode: number, body: unknown) => string | undefined;
	/** The API root from the credential; its `baseUrl` field when unset. */
	baseUrl?: (credentials: IDataObject) => string;
	/** Headers every request carries, from the credential (e.g. Zoho's `orgId`). */
	headers?: (credentials: IDataObject) => IDataObject;
	/**
	 * For OAuth2 credentials. n8n renews an expired token only when a request throws, and this transport
	 * reads error statuses itself, so on a 401 it asks n8n to renew the token and retries once.
	 */
	oauth2?: IOAuth2Options;
	/** For OAuth2 APIs: which error answers mean "renew the token" (any 401 when unset). */
	tokenExpired?: (statusCode: number, body: unknown) => boolean;
	/** What is wrong with a credential no request can be made with (e.g. an unknown data centre); undefined when usable. */
	credentialProblem?: (credentials: IDataObject) => string | undefined;
	/** Non-secret credential values operations read, e.g. Certainly's default bot (VendorClient.settings). */
	settings?: (credentials: IDataObject) => IDataObject;
}

export interface VendorRequest {
	method: IHttpRequestMethods;
	/** Path below the credential's base URL, starting with a slash. */
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
	headers?: IDataObject;
	/** Milliseconds; 30 s when unset. */
	timeout?: number;
	/** Error statuses the caller handles itself: they are returned, not thrown. */
	acceptStatuses?: number[];
	/**
	 * What the request does, for the error after an ambiguous failure (a 5xx, a timeout, a reset connection):
	 * "Zoho Desk answered 502: … It may have created the ticket". E.g. 'created the ticket', 'sent the message'.
	 */
	sideEffect?: string;
}

export interface VendorResponse<T = unknown> {
	statusCode: number;
	body: T;
	headers: IDataObject;
}

const DEFAULT_TIMEOUT_MS = 30_000;

export { vendorMessage };

export function joinUrl(baseUrl: string, path: string): string {
	return `${baseUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}

/** What a side-effecting request may have done before it failed without a clear answer; '' for the others. */
function mayHave(request: VendorRequest): string {
	if (!hasSideEffects(request.method)) return '';
	return `. It may have ${request.sideEffect ?? `carried out the ${request.method} request`}: check before running it again`;
}


/** The NodeApiError for a vendor error answer the caller chose to read itself (see acceptStatuses). */
export function failure(
	ctx: RequestContext,
	api: VendorApi,
	itemIndex: number | undefined,
	statusCode: number,
	body: unknown,
	extra = '',
): NodeApiError {
	const mask = maskFor(ctx, api);
	const detail = (api.describeError ?? vendorMessage)(statusCode, body) ?? 'no details given';
	// Only the vendor's own body reaches the error: never the request, whose headers hold the key.
	const response: JsonObject = { statusCode, body: mask((body ?? null) as JsonObject) };
	return new NodeApiError(ctx.getNode(), response, {
		message: mask(`${api.name} answered ${statusCode}: ${detail}${extra}`),
		description: itemIndex === undefined ? undefined : `Item ${itemIndex}`,
		httpCode: String(statusCode),
		itemIndex,
	});
}

function errorCode(error: unknown): string {
	const cause = error as { code?: string; cause?: { code?: string } };
	return cause.code ?? cause.cause?.code ?? '';
}

function networkFailure(
	ctx: RequestContext,
	api: VendorApi,
	itemIndex: number | undefined,
	error: unknown,
	request: VendorRequest,
	timeout: number,
): NodeApiError {
	const cause = error as { message?: string; cause?: { message?: string } };
	const code = errorCode(error);
	const text = `${cause.message ?? ''} ${cause.cause?.message ?? ''}`;
	const timedOut = code === 'ECONNABORTED' || code === 'ETIMEDOUT' || /timeout/i.test(text);
	// A refused connection never carried the request; anything else may have reached the vendor.
	const done = code === 'ECONNREFUSED' ? '' : mayHave(request);
	const message = maskFor(ctx, api)(
		timedOut
			? `${api.name} did not answer within ${Math.round(timeout / 1000)} s${done}`
			: `Could not reach ${api.name}${code ? ` (${code})` : ''}${done}`,
	);
	const failed = new NodeApiError(ctx.getNode(), { message } as JsonObject, {
		message,
		description: [itemIndex === undefined ? '' : `Item ${itemIndex}`, code].filter(Boolean).join(': ') || undefined,
		itemIndex,
	});
	// NodeApiError swaps a message naming a network code (ECONNRESET…) for a generic one that names no vendor.
	failed.message = message;
	return markUnclear(failed, done);
}

/**
 * One authenticated call to a vendor, through n8n's own `httpRequestWithAuthentication`.
 * 429 answers and refused connections are retried up to RETRY_POLICY.maxRetries times, waiting as Retry-After
 * says (or backing off exponentially); so are 5xx answers to requests without side effects (see hasSideEffects).
 * Other statuses become a NodeApiError carrying the vendor's message.
 */
export async function vendorRequest<T = unknown>(
	ctx: RequestContext,
	api: VendorApi,
	baseUrl: string,
	request: VendorRequest,
	itemIndex?: number,
): Promise<VendorResponse<T>> {
	// Last resort against IDs used as paths: no operation may reach another route through ".", ".." or "//".
	if (isUnsafePath(request.path)) {
		const message = `Refused to call ${api.name}: an ID in the request path is empty, "." or ".." or holds a slash`;
		throw new NodeOperationError(ctx.getNode(), message, { itemIndex, description: itemIndex === undefined ? undefined : `Item ${itemIndex}` });
	}
	const timeout = request.timeout ?? DEFAULT_TIMEOUT_MS;
	const options: IHttpRequestOptions = {
		method: request.method,
		url: joinUrl(baseUrl, request.path),
		qs: request.qs,
		body: request.body,
		headers: { Accept: 'application/json', ...(request.headers ?? {}) },
		json: true,
		timeout,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	};
	let renewedToken = false;
	for (let attempt = 0; ; attempt++) {
		let response: { statusCode: number; body: unknown; headers: IDataObject };
		try {
			response = await ctx.helpers.httpRequestWithAuthentication.call(
				ctx,
				api.credentialType,
				{ ...options, headers: { ...options.headers } },
				api.oauth2 ? { oauth2: api.oauth2 } : undefined,
			);
		} catch (error) {
			if (errorCode(error) === 'ECONNREFUSED' && attempt < RETRY_POLICY.maxRetries) {
				await sleep(RETRY_POLICY.baseDelayMs * 2 ** attempt);
				continue;
			}
			throw networkFailure(ctx, api, itemIndex, error, request, timeout);
		}
		const { statusCode } = response;
		const expired = api.tokenExpired ? api.tokenExpired(statusCode, response.body) : statusCode === 401;
		if (expired && api.oauth2 && !renewedToken) {
			renewedToken = true;
			await renewOAuth2Token(ctx, api, itemIndex);
			attempt--;
			continue;
		}
		if (statusCode < 400 || request.acceptStatuses?.includes(statusCode)) {
			return { statusCode, body: response.body as T, headers: response.headers ?? {} };
		}
		if (!isRetryableStatus(statusCode, request.method)) {
			const unclear = statusCode >= 500 ? mayHave(request) : '';
			throw markUnclear(failure(ctx, api, itemIndex, statusCode, response.body, unclear), unclear);
		}
		const waitMs = retryAfterMs(response.headers?.['retry-after']);
		if (waitMs !== undefined && waitMs > RETRY_POLICY.maxDelayMs) {
			throw failure(ctx, api, itemIndex, statusCode, response.body, ` (retry after ${Math.ceil(waitMs / 1000)} s)`);
		}
		if (attempt >= RETRY_POLICY.maxRetries) {
			throw failure(ctx, api, itemIndex, statusCode, response.body, ` (after ${attempt + 1} attempts)`);
		}
		await sleep(waitMs ?? RETRY_POLICY.baseDelayMs * 2 ** attempt);
	}
}

async function renewOAuth2Token(ctx: RequestContext, api: VendorApi, itemIndex: number | undefined): Promise<void> {
	// helpers.refreshOAuth2Token arrived with n8n-core 1.118.1 (n8n 1.119); older n8n lacks it.
	if (typeof ctx.helpers.refreshOAuth2Token !== 'function') {
		const message = `This n8n is too old to renew ${api.name} tokens: n8n 1.119 or newer is needed (helpers.refreshOAuth2Token)`;
		throw new NodeOperationError(ctx.getNode(), message, { itemIndex });
	}
	const accessToken = (credentials: IDataObject | undefined) =>
		(credentials?.oauthTokenData as IDataObject | undefined)?.access_token;
	const before = accessToken((await ctx.getCredentials(api.credentialType)) as IDataObject);
	let reason: unknown;
	try {
		const renewed = (await ctx.helpers.refreshOAuth2Token.call(ctx, api.credentialType, api.oauth2)) as IDataObject;
		// Some providers (Zoho) answer a refused refresh with 200 and {error}: the token then stays the same.
		if (renewed?.access_token && renewed.access_token !== before) return registerMask(ctx, api, renewed, true);
		reason = renewed?.error;
	} catch (error) {
		reason = (error as { body?: { error?: unknown } }).body?.error ?? (error as { code?: unknown }).code;
	}
	const message = maskFor(ctx, api)(
		`${api.name} did not renew the access token${typeof reason === 'string' ? ` (${reason})` : ''}: the refresh token may be revoked or expired. Reconnect the ${api.name} credential.`,
	);
	throw new NodeApiError(ctx.getNode(), { message } as JsonObject, { message, itemIndex });
}

export interface VendorClient {
	/** The input item the client serves: named in its errors. Undefined outside the item loop (triggers, dropdowns). */
	readonly itemIndex?: number;
	/** The vendor's non-secret credential values the operations read (see VendorApi.settings). */
	readonly settings: IDataObject;
	/** One call; the client's item and timeout apply unless the request sets its own timeout. */
	request<T = unknown>(request: VendorRequest): Promise<VendorResponse<T>>;
	/** The same credential and base URL, for one input item and that item's request options. */
	forItem(itemIndex: number, options?: { timeout?: number }): ItemClient;
}

/** A client bound to one input item (see VendorClient.forItem). */
export type ItemClient = VendorClient & { readonly itemIndex: number };

/**
 * Reads the credential once and returns a request function bound to its base URL. It also registers the
 * credential's secrets, so no error built by this transport can carry them. A credential the vendor finds
 * unusable (VendorApi.credentialProblem) is refused here, naming `itemIndex` when given.
 */
export async function vendorClient(ctx: RequestContext, api: VendorApi, itemIndex?: number): Promise<VendorClient> {
	const credentials = await ctx.getCredentials(api.credentialType);
	const problem = api.credentialProblem?.(credentials);
	if (problem) throw new NodeOperationError(ctx.getNode(), problem, { itemIndex });
	registerMask(ctx, api, credentials);
	const baseUrl = api.baseUrl ? api.baseUrl(credentials) : String(credentials.baseUrl ?? '');
	const headers = api.headers?.(credentials);
	const settings = api.settings?.(credentials) ?? {};
	const bind = (boundIndex?: number, timeout?: number): VendorClient => ({
		itemIndex: boundIndex,
		settings,
		request: async <T>(request: VendorRequest) =>
			await vendorRequest<T>(
				ctx,
				api,
				baseUrl,
				{
					...request,
					timeout: request.timeout ?? timeout,
					...(headers ? { headers: { ...headers, ...(request.headers ?? {}) } } : {}),
				},
				boundIndex,
			),
		forItem: (index, options) => bind(index, options?.timeout ? options.timeout * 1000 : undefined) as ItemClient,
	});
	return bind();
}

/** Unwraps `{status, data}` and `{data}` envelopes; other bodies pass through. */
export function unwrapData(body: unknown): unknown {
	if (body && typeof body === 'object' && !Array.isArray(body) && 'data' in body) {
		return (body as IDataObject).data;
	}
	return body;
}
