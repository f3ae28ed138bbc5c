import '../shared/supportedN8n';
import type {
	INodePropertyOptions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { chosenOptionsSubtitle } from '../shared/descriptions';
import { handleWebhook, manualRegistration, receivedBody, triggerWebhook } from '../shared/webhook';
import { CLAIM_EVENT, MESSAGE_EVENT, certainlyEvent, defaultBot } from './trigger/event';
import { checkSecret } from './trigger/signature';

export { NO_SECRET } from './trigger/signature';

const EVENTS: INodePropertyOptions[] = [
		{
			name: 'Handover Requested',
			value: CLAIM_EVENT,
			description: 'A bot module claims a human for the user (the claim webhook)',
		},
		{
			name: 'User Message',
			value: MESSAGE_EVENT,
			description: 'The user wrote (the message webhook); the bot\'s own messages are always acknowledged and skipped',
		},
	];

export class CertainlyTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Certainly Trigger',
		name: 'certainlyTrigger',
		icon: { light: 'file:certainly.svg', dark: 'file:certainly.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: chosenOptionsSubtitle('events', EVENTS),
		description: 'Starts the workflow when a Certainly bot asks for a human, or the user writes while a human has the chat',
		defaults: { name: 'Certainly Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'certainlyApi', required: true }],
		webhooks: [triggerWebhook()],
		properties: [
			{
				displayName:
					"Certainly has no API to register webhooks: paste this node's Production URL into the Webhook of the bot module that hands over (the claim) and into Bot Settings → Webhook (the messages). Add ?secret=<the credential's Webhook Secret> to both URLs, or send it as X-Webhook-Secret.",
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				options: [
					{
						name: 'Webhook Secret',
						value: 'webhookSecret',
						description: "Only requests that carry the credential's Webhook Secret start the workflow",
					},
					{
						name: 'None (Anyone Who Knows the URL)',
						value: 'none',
						description: 'Every request starts the workflow',
					},
				],
				default: 'webhookSecret',
				description: 'Certainly does not sign its webhooks, so a shared secret in the URL or a header is the only proof a request came from it',
			},
			{
				displayName:
					"Anyone who knows this URL can start the workflow: a forged claim for another user pauses that user's bot and hands their chat to an agent. Prefer a Webhook Secret.",
				name: 'noAuthenticationNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { authentication: ['none'] } },
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: EVENTS,
				default: [CLAIM_EVENT, MESSAGE_EVENT],
				description: 'Events that start the workflow. Others are acknowledged with 200 and start nothing.',
			},
		],
	};

	// Certainly has no webhook registration API: the URL is pasted into its console by hand.
	webhookMethods = manualRegistration();

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await handleWebhook(this, async () => {
			const credentials = await this.getCredentials('certainlyApi');
			checkSecret(this, String(credentials.webhookSecret ?? ''));
			const { json } = receivedBody(this);
			const event = certainlyEvent(json, defaultBot(credentials.botId));
			const wanted = this.getNodeParameter('events', []) as string[];
			return { items: event && wanted.includes(event.event) ? [event] : [] };
		});
	}
}
