import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, Icon, INodeProperties } from 'n8n-workflow';

// Named kapsoHandoverApi: the community package n8n-nodes-kapso-api already owns "kapsoApi".
export class KapsoHandoverApi implements ICredentialType {
	name = 'kapsoHandoverApi';

	displayName = 'Kapso (Handover) API';

	icon: Icon = { light: 'file:../nodes/Kapso/kapso.svg', dark: 'file:../nodes/Kapso/kapso.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-handover/n8n-nodes-handover/blob/main/docs/kapso.md';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Project API key from the Kapso dashboard. Used by the Kapso node; the Kapso Trigger does not need it.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.kapso.ai',
		},
		{
			displayName: 'Webhook Secret',
			name: 'webhookSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				"The secret Kapso shows when you create the webhook. Only the Kapso Trigger uses it: deliveries whose X-Webhook-Signature does not match it are refused. Project webhooks and each phone number's webhooks have their own secrets, so use one credential per Kapso webhook when they differ.",
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { 'X-API-Key': '={{$credentials.apiKey}}' } },
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/platform/v1/whatsapp/phone_numbers',
			qs: { per_page: 1 },
		},
		// n8n shows only the status text of a failed test, so the rules carry Kapso's own words.
		rules: [
			{
				type: 'responseCode',
				properties: { value: 401, message: 'Kapso refused the API key (401 "Invalid API key"). Use a project API key from the Kapso dashboard.' },
			},
			{
				type: 'responseCode',
				properties: { value: 404, message: 'No Kapso Platform API at this Base URL (404). Use https://api.kapso.ai.' },
			},
		],
	};
}
