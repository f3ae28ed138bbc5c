import type { ICredentialTestRequest, ICredentialType, Icon, INodeProperties } from 'n8n-workflow';

import {
	accountsUrlExpression,
	deskUrlExpression,
	ZOHO_DATA_CENTRES,
	ZOHO_DESK_SCOPES,
} from '../nodes/ZohoDesk/transport';

// n8n's own zohoOAuth2Api is CRM-only (its scopes) and lacks the JP, CA, SA and UK data centres.
export class ZohoDeskOAuth2Api implements ICredentialType {
	name = 'zohoDeskOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Zoho Desk OAuth2 API';

	icon: Icon = { light: 'file:../nodes/ZohoDesk/zohodesk.svg', dark: 'file:../nodes/ZohoDesk/zohodesk.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-handover/n8n-nodes-handover/blob/main/docs/zoho-desk.md';

	properties: INodeProperties[] = [
		{
			displayName: 'Data Centre',
			name: 'dataCenter',
			type: 'options',
			options: [
				...Object.entries(ZOHO_DATA_CENTRES).map(([value, dc]) => ({ name: dc.name, value })),
				{ name: 'Custom (Other Accounts Server)', value: 'custom' },
			],
			default: 'us',
			description: 'Where your Zoho account lives: the domain you sign in at (zoho.com, zoho.eu, …)',
		},
		{
			displayName: 'Accounts Server URL',
			name: 'customAccountsUrl',
			type: 'string',
			default: '',
			placeholder: 'https://accounts.zoho.com',
			displayOptions: { show: { dataCenter: ['custom'] } },
		},
		{
			displayName: 'Desk Base URL',
			name: 'deskBaseUrl',
			type: 'string',
			default: '',
			placeholder: 'https://desk.zoho.com',
			description: "Leave empty to use the data centre's Desk host",
		},
		{
			displayName: 'Organisation ID',
			name: 'orgId',
			type: 'string',
			required: true,
			default: '',
			description: 'Zoho Desk → Setup → Developer Space → API → Organisation ID (sent as the orgId header)',
		},
		{
			displayName: 'Webhook Secret',
			name: 'webhookSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Only for webhooks you create yourself in Zoho Desk: add it to the URL as ?secret=… . Webhooks the trigger registers get their own secret.',
		},
		{ displayName: 'Grant Type', name: 'grantType', type: 'hidden', default: 'authorizationCode' },
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default: `={{ ${accountsUrlExpression('$self')} + "/oauth/v2/auth" }}`,
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default: `={{ ${accountsUrlExpression('$self')} + "/oauth/v2/token" }}`,
		},
		{ displayName: 'Scope', name: 'scope', type: 'hidden', default: ZOHO_DESK_SCOPES },
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			// offline: a refresh token; consent: Zoho issues a fresh refresh token on every reconnect.
			default: 'access_type=offline&prompt=consent',
		},
		{ displayName: 'Authentication', name: 'authentication', type: 'hidden', default: 'body' },
	];

	test: ICredentialTestRequest = {
		request: {
			baseURL: `={{ ${deskUrlExpression('$credentials')} }}`,
			url: '/api/v1/departments',
			qs: { limit: 1 },
			headers: { orgId: '={{$credentials.orgId}}' },
		},
	};
}
