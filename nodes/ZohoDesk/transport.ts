import { createHash } from 'crypto';

import type { IDataObject } from 'n8n-workflow';

import { vendorMessage } from '../shared/errors';
import type { VendorApi } from '../shared/transport';

/**
 * Zoho's data centres: the accounts server (OAuth) and the Desk API host of each. Accounts servers are from
 * Zoho's multi-DC page; Canada's accounts server is accounts.zohocloud.ca (not zoho.ca), and its Desk host
 * follows the same domain. Any of them can be overridden in the credential.
 */
export const ZOHO_DATA_CENTRES = {
	us: { name: 'United States (zoho.com)', accounts: 'https://accounts.zoho.com', desk: 'https://desk.zoho.com' },
	eu: { name: 'Europe (zoho.eu)', accounts: 'https://accounts.zoho.eu', desk: 'https://desk.zoho.eu' },
	in: { name: 'India (zoho.in)', accounts: 'https://accounts.zoho.in', desk: 'https://desk.zoho.in' },
	au: { name: 'Australia (zoho.com.au)', accounts: 'https://accounts.zoho.com.au', desk: 'https://desk.zoho.com.au' },
	jp: { name: 'Japan (zoho.jp)', accounts: 'https://accounts.zoho.jp', desk: 'https://desk.zoho.jp' },
	ca: { name: 'Canada (zohocloud.ca)', accounts: 'https://accounts.zohocloud.ca', desk: 'https://desk.zohocloud.ca' },
	sa: { name: 'Saudi Arabia (zoho.sa)', accounts: 'https://accounts.zoho.sa', desk: 'https://desk.zoho.sa' },
	uk: { name: 'United Kingdom (zoho.uk)', accounts: 'https://accounts.zoho.uk', desk: 'https://desk.zoho.uk' },
	cn: { name: 'China (zoho.com.cn)', accounts: 'https://accounts.zoho.com.cn', desk: 'https://desk.zoho.com.cn' },
} as const;

export type ZohoDataCentre = keyof typeof ZOHO_DATA_CENTRES;

/** The scopes the Zoho Desk nodes need, in Zoho's comma-separated form. */
export const ZOHO_DESK_SCOPES = [
	'Desk.tickets.ALL',
	'Desk.contacts.READ',
	'Desk.contacts.CREATE',
	'Desk.search.READ',
	'Desk.basic.READ',
	'Desk.settings.READ',
	'Desk.webhooks.ALL',
].join(',');

const table = (part: 'accounts' | 'desk') =>
	JSON.stringify(Object.fromEntries(Object.entries(ZOHO_DATA_CENTRES).map(([key, dc]) => [key, dc[part]])));

/** An n8n expression (credential fields) for the accounts server of the chosen data centre. */
export const accountsUrlExpression = (self: string) =>
	`(${self}.dataCenter === "custom" ? String(${self}.customAccountsUrl || "").replace(/\\/+$/, "") : ${table('accounts')}[${self}.dataCenter])`;

/** An n8n expression for the Desk host: the override when set, else the data centre's. */
export const deskUrlExpression = (self: string) =>
	`(${self}.deskBaseUrl ? String(${self}.deskBaseUrl).replace(/\\/+$/, "").replace(/\\/api\\/v1$/, "") : ${table('desk')}[${self}.dataCenter])`;

const override = (credentials: IDataObject) => String(credentials.deskBaseUrl ?? '').trim();
const knownDataCentre = (credentials: IDataObject) =>
	ZOHO_DATA_CENTRES[String(credentials.dataCenter ?? 'us') as keyof typeof ZOHO_DATA_CENTRES];

/** What is wrong with the credential's data centre, or undefined when the Desk host is known. */
export function dataCentreProblem(credentials: IDataObject): string | undefined {
	if (override(credentials) || knownDataCentre(credentials)) return undefined;
	const choices = Object.keys(ZOHO_DATA_CENTRES).map((key) => key.toUpperCase());
	return `Unknown Zoho data centre "${String(credentials.dataCenter)}" in the Zoho Desk credential: choose one of ${choices.join(', ')}, or set the Desk Base URL`;
}

/** The Desk host from the credential: its override, else its data centre's host. */
export function deskBaseUrl(credentials: IDataObject): string {
	const given = override(credentials);
	if (given) return given.replace(/\/+$/, '').replace(/\/api\/v1$/, '');
	return (knownDataCentre(credentials) ?? ZOHO_DATA_CENTRES.us).desk;
}

interface ZohoErrorBody {
	errorCode?: string;
	message?: string;
	errors?: Array<{ fieldName?: string; errorType?: string; errorMessage?: string }>;
}

/** Zoho's `{errorCode, message, errors[]}` as a sentence that names the field, the scope or the organisation. */
export function describeZohoError(statusCode: number, body: unknown): string | undefined {
	const error = (body && typeof body === 'object' ? body : {}) as ZohoErrorBody;
	const fields = (error.errors ?? [])
		.map((entry) => {
			const field = String(entry.fieldName ?? '').replace(/^\//, '').replace(/\//g, '.');
			return `${field || 'a field'} is ${entry.errorType ?? 'invalid'}${entry.errorMessage ? ` (${entry.errorMessage})` : ''}`;
		})
		.join('; ');
	switch (error.errorCode) {
		case 'INVALID_DATA':
			return fields ? `invalid data: ${fields}` : error.message;
		case 'SCOPE_MISMATCH':
			return `the credential lacks a scope for this call (${error.message ?? 'scope mismatch'}). Reconnect the credential so it is granted the scopes listed in the README`;
		case 'OAUTH_ORG_MISMATCH':
			return `the Organisation ID in the credential does not belong to this Zoho account (${error.message ?? 'organisation mismatch'})`;
		case 'INVALID_OAUTH':
			return `the access token was refused (${error.message ?? 'invalid OAuth token'}). Reconnect the credential`;
		case 'THRESHOLD_EXCEEDED':
			// The organisation's daily API credits are spent: retrying before they reset only spends more.
			return `the organisation's daily API credits are used up (${error.message ?? error.errorCode}); try again after they reset`;
		case 'TOO_MANY_REQUESTS':
			return `rate limit reached (${error.message ?? error.errorCode})`;
		default:
			if (error.message && /orgId/i.test(error.message)) return `${error.message} Set the Organisation ID in the credential`;
			return vendorMessage(statusCode, body);
	}
}

export const ZOHO_OAUTH2_OPTIONS = { includeCredentialsOnRefreshOnBody: true };

export const zohoDeskApi: VendorApi = {
	name: 'Zoho Desk',
	credentialType: 'zohoDeskOAuth2Api',
	describeError: describeZohoError,
	baseUrl: deskBaseUrl,
	headers: (credentials) => ({ orgId: String(credentials.orgId ?? '') }),
	oauth2: ZOHO_OAUTH2_OPTIONS,
	credentialProblem: dataCentreProblem,
	// Comments carry it, so the Zoho Desk Trigger's webhook does not echo them back (see integrationSourceId).
	settings: (credentials) => ({ sourceId: integrationSourceId(String(credentials.orgId ?? '')) }),
	// A scope or organisation mismatch is also a 401, but a new token would not help.
	tokenExpired: (statusCode, body) => {
		const code = (body as ZohoErrorBody | undefined)?.errorCode;
		return statusCode === 401 && (code === undefined || code === 'INVALID_OAUTH' || code === 'UNAUTHORIZED');
	},
};

export const API = '/api/v1';

/** Zoho answers 204 with no body for an empty list. */
export function listData(body: unknown): IDataObject[] {
	const data = (body as IDataObject | undefined)?.data;
	return Array.isArray(data) ? (data as IDataObject[]) : [];
}

/**
 * The `sourceId` this package writes comments with, and the `ignoreSourceId` its trigger registers, so Zoho
 * does not send the integration's own comments back to the chat. Derived from the organisation, so the node
 * and the trigger agree without sharing state.
 */
export function integrationSourceId(orgId: string): string {
	const hex = createHash('sha256').update(`n8n-nodes-handover:${orgId}`).digest('hex');
	const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
