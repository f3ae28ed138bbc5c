import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

export class CertainlyApi implements ICredentialType {
	name = 'certainlyApi';

	displayName = 'Certainly API';

	icon: Icon = { light: 'file:../nodes/Certainly/certainly.svg', dark: 'file:../nodes/Certainly/certainly.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-handover/n8n-nodes-handover/blob/main/docs/certainly.md';

	properties: INodeProperties[] = [
		{
			displayName:
				'The credential test checks the Base URL and the Bot Deployment ID only. Certainly has no call that checks a token without putting a user into handover, so a wrong token shows up on the first handover as "Certainly answered 401".',
			name: 'testNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://app.certainly.io',
			description: 'The Certainly host, without /webbot',
		},
		{
			displayName: 'Bot Deployment ID',
			name: 'botId',
			type: 'string',
			required: true,
			default: '',
			description:
				'The "id" in the bot\'s widget script (Bot Settings → Channels → Certainly Widget). Used when a node or a webhook names no bot.',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			options: [
				{
					name: 'API Token',
					value: 'apiToken',
					description: 'The Chat API token, sent as "Authorization: Bearer <token>"',
				},
				{
					name: 'Custom Header',
					value: 'customHeader',
					description: 'A header name and value that Certainly gave you for the handover endpoints',
				},
			],
			default: 'apiToken',
			description:
				'Certainly does not document how the handover endpoints are authenticated. The Chat API token is the documented one; use a custom header if Certainly tells you otherwise.',
		},
		{
			displayName: 'API Token',
			name: 'apiToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Bot Settings → Channels → Certainly Widget → Chat API → Generate API Token',
			displayOptions: { show: { authentication: ['apiToken'] } },
		},
		{
			displayName: 'Header Name',
			name: 'headerName',
			type: 'string',
			default: 'Authorization',
			displayOptions: { show: { authentication: ['customHeader'] } },
		},
		{
			displayName: 'Header Value',
			name: 'headerSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Sent as given, e.g. "Token …"',
			displayOptions: { show: { authentication: ['customHeader'] } },
		},
		{
			displayName: 'Webhook Secret',
			name: 'webhookSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'The Certainly Trigger only accepts requests that carry it in the X-Webhook-Secret header or the "secret" query parameter, and refuses every request while it is empty (unless the trigger\'s Authentication is None). Certainly does not sign its webhooks. Not needed for the Certainly node.',
		},
	];

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const headers = { ...(requestOptions.headers ?? {}) };
		if (credentials.authentication === 'customHeader') {
			headers[String(credentials.headerName || 'Authorization')] = credentials.headerSecret as string;
		} else {
			headers.Authorization = `Bearer ${credentials.apiToken as string}`;
		}
		return { ...requestOptions, headers };
	}

	// Certainly documents no read-only call that needs the token; the chat configuration is served without it,
	// so this test proves the host and the bot deployment ID, not the token (the notice above says so).
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '=/webbot/api/webchat/{{$credentials.botId}}/config/',
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message: 'Certainly has no bot with this Bot Deployment ID at this Base URL (404 "Not found.")',
				},
			},
		],
	};
}
