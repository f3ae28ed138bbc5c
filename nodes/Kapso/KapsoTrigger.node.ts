import '../shared/supportedN8n';
import type {
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { chosenOptionsSubtitle } from '../shared/descriptions';
import type { WebhookOutcome } from '../shared/webhook';
import { badRequest, handleWebhook, headerValue, isObject, manualRegistration, receivedBody, triggerWebhook } from '../shared/webhook';
import { eventItems, eventTypeOf, isKnownEvent, KAPSO_EVENTS } from './trigger/event';
import { checkSignature } from './trigger/signature';

export { NO_SECRET } from './trigger/signature';

const ALL_EVENTS = KAPSO_EVENTS.map((event) => event.value);
async function handleDelivery(ctx: IWebhookFunctions): Promise<WebhookOutcome> {
	const { raw, json } = receivedBody(ctx);
	await checkSignature(ctx, raw);
	if (!isObject(json)) throw badRequest('Expected a JSON object');
	const eventType = eventTypeOf(headerValue(ctx, 'x-webhook-event'), json);
	const wanted = ctx.getNodeParameter('events', ALL_EVENTS) as string[];
	if (!isKnownEvent(eventType) || !wanted.includes(eventType)) {
		return { items: [], response: { received: true, ignored: eventType } };
	}
	const isBatch = headerValue(ctx, 'x-webhook-batch') === 'true' || json.batch === true;
	const idempotencyKey = headerValue(ctx, 'x-idempotency-key') ?? null;
	return { items: eventItems(eventType, json, isBatch, idempotencyKey) };
}

export class KapsoTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Kapso Trigger',
		name: 'kapsoTrigger',
		icon: { light: 'file:kapso.svg', dark: 'file:kapso.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: chosenOptionsSubtitle('events', KAPSO_EVENTS),
		description: 'Starts the workflow when Kapso hands a WhatsApp chat to a human, a workflow fails, or a customer writes',
		defaults: { name: 'Kapso Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'kapsoHandoverApi', required: true }],
		webhooks: [triggerWebhook()],
		properties: [
			{
				displayName:
					"Add this URL as a webhook in Kapso: Project webhooks for the workflow events, the phone number's webhooks for messages. Kapso shows the webhook's secret when you create it; paste it into Webhook Secret in the Kapso credential (one credential per Kapso webhook).",
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: KAPSO_EVENTS,
				default: ['whatsapp.message.received', 'workflow.execution.failed', 'workflow.execution.handoff'],
				required: true,
				description: 'Other events are acknowledged and start no execution',
			},
		],
	};

	// Kapso webhooks are registered in its dashboard (the secret is shown there), so there is nothing to
	// create or delete here; n8n's lifecycle still calls these.
	webhookMethods = manualRegistration();

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await handleWebhook(this, async () => await handleDelivery(this));
	}
}
