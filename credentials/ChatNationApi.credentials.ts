import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

export class ChatNationApi implements ICredentialType {
	name = 'chatNationApi';

	displayName = 'ChatNation API';

	icon: Icon = { light: 'file:../nodes/ChatNation/chatnation.svg', dark: 'file:../nodes/ChatNation/chatnation.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-handover/n8n-nodes-handover/blob/main/docs/chatnation.md';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://analytics.chatnation.co.ke',
			description:
				'Your ChatNation host, without /api/dashboard. Some tenants use https://api.analytics.chatnationbot.com.',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			options: [
				{ name: 'API Key', value: 'apiKey', description: 'A key from ChatNation settings, sent as x-api-key' },
				{ name: 'Bearer Token', value: 'bearerToken', description: 'A JWT from the ChatNation login' },
			],
			default: 'apiKey',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			displayOptions: { show: { authentication: ['apiKey'] } },
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'A JWT. It expires, so an API key is the better choice for unattended workflows.',
			displayOptions: { show: { authentication: ['bearerToken'] } },
		},
	];

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const headers = { ...(requestOptions.headers ?? {}) };
		if (credentials.authentication === 'bearerToken') {
			headers.Authorization = `Bearer ${credentials.accessToken as string}`;
		} else {
			headers['x-api-key'] = credentials.apiKey as string;
		}
		return { ...requestOptions, headers };
	}

	// The session check is guarded like the handover route and changes nothing. n8n shows only the status
	// text of a failed test, so the rules carry ChatNation's own words for each status.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/api/dashboard/agent-session/check',
			qs: { phone: '254700000000' },
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'ChatNation refused the credential (401): "Invalid API Key" for an API key, "Authentication required" for a wrong or expired Bearer token',
				},
			},
			{
				type: 'responseCode',
				properties: { value: 404, message: 'No ChatNation API at this Base URL (404). Give the host only, without /api/dashboard.' },
			},
		],
	};
}
