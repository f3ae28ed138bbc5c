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
