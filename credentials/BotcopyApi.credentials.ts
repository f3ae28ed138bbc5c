import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IHttpRequestOptions,
	Icon,
	IDataObject,
	INodeProperties,
} from 'n8n-workflow';

/**
 * One credential for both directions of Botcopy's Live Chat: the API key we push with, and the access
 * token Botcopy sends to our webhook. Botcopy has no read-only endpoint, so the nodes test this
 * credential's form only (testedBy, see nodes/Botcopy/methods/credentialTest.ts) instead of declaring `test`.
 */
export class BotcopyApi implements ICredentialType {
	name = 'botcopyApi';

	displayName = 'Botcopy API';

	icon: Icon = { light: 'file:../nodes/Botcopy/botcopy.svg', dark: 'file:../nodes/Botcopy/botcopy.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-handover/n8n-nodes-handover/blob/main/docs/botcopy.md';

	properties: INodeProperties[] = [
		{
			displayName:
				'Botcopy has no endpoint that checks a key without messaging a user, so the credential test only checks the form of these values. A wrong key shows up on the first push as "Botcopy answered 401".',
			name: 'testNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'The API key Botcopy generates on the bot\'s Connect page in the Botcopy Portal. Used by the Botcopy node to message the user; the trigger does not need it.',
		},
		{
			displayName: 'Send API Key As',
			name: 'keyPlacement',
			type: 'options',
			options: [
				{
					name: 'Authorization Header',
					value: 'header',
					description: 'The raw key in the Authorization header, without "Bearer" (current Botcopy docs)',
				},
				{
					name: 'Access Token in Body',
					value: 'body',
					description: 'The key as "accessToken" in the JSON body (older Botcopy docs)',
				},
			],
			default: 'header',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.botcopy.com',
			description: 'The Botcopy API host, without /webhooks/handover/push',
		},
		{
			displayName: 'Webhook Access Token',
			name: 'webhookAccessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'The access token you set on the Connect page for your webhook. Botcopy sends it with every call, and the Botcopy Trigger refuses calls without it.',
		},
	];

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const apiKey = String(credentials.apiKey ?? '');
		if (credentials.keyPlacement === 'body') {
			const body = (requestOptions.body ?? {}) as IDataObject;
			return { ...requestOptions, body: { ...body, accessToken: apiKey } };
		}
		return { ...requestOptions, headers: { ...(requestOptions.headers ?? {}), Authorization: apiKey } };
	}
}
