import type {
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import {
	handleWebhook,
	headerValue,
	manualRegistration,
	queryValue,
	receivedBody,
	triggerWebhook,
	safeEqual,
	unauthorized,
} from '../shared/webhook';
import { CLAIM_EVENT, MESSAGE_EVENT, certainlyEvent, defaultBot } from './webhookEvent';

export const SECRET_HEADER = 'X-Webhook-Secret';
export const SECRET_QUERY = 'secret';

function checkSecret(ctx: IWebhookFunctions, expected: string): void {
	if (expected === '') return;
	const given = headerValue(ctx, SECRET_HEADER) ?? queryValue(ctx, SECRET_QUERY);
	if (given === undefined || given === '') throw unauthorized('Missing webhook secret');
	if (!safeEqual(given, expected)) throw unauthorized('Invalid webhook secret');
}

export class CertainlyTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Certainly Trigger',
		name: 'certainlyTrigger',
		icon: { light: 'file:certainly.svg', dark: 'file:certainly.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow when a Certainly bot asks for a human, or the user writes while a human has the chat',
		defaults: { name: 'Certainly Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'certainlyApi', required: true }],
		webhooks: [triggerWebhook()],
		properties: [
			{
				displayName:
					"Certainly has no API to register webhooks: paste this node's Production URL into the Webhook of the bot module that hands over (the claim) and into Bot Settings → Webhook (the messages). With a Webhook Secret in the credential, add ?secret=… to both URLs or send it as X-Webhook-Secret.",
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: [
					{
						name: 'Handover Requested (Claim Webhook)',
						value: CLAIM_EVENT,
						description: 'A bot module claims a human for the user',
					},
					{
						name: 'User Message (Message Webhook)',
						value: MESSAGE_EVENT,
						description: 'The user wrote; the bot\'s own messages are always acknowledged and skipped',
					},
				],
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
