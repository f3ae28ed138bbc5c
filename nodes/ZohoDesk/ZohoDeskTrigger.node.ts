import '../shared/supportedN8n';
import type {
	IDataObject,
	INodePropertyOptions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { chosenOptionsSubtitle, optionsCollection } from '../shared/descriptions';
import { badRequest, handleWebhook, isObject, receivedBody, triggerWebhook } from '../shared/webhook';
import { loadOptions } from './methods/loadOptions';
import { readSessionMarker, sessionMarkerFields, sessionOf } from './sessionMarker';
import { ticketEvents, TICKET_CLOSED } from './trigger/event';
import { webhookMethods } from './trigger/registration';
import { withSessions } from './trigger/sessions';
import { checkSecret } from './trigger/signature';

/** The most events one delivery may carry; each may need a ticket lookup before Zoho gets its answer. */
export const MAX_EVENTS = 100;

const EVENTS: INodePropertyOptions[] = [
		{
			name: 'Agent Reply',
			value: 'Ticket_Thread_Add',
			description: 'An agent sent a reply on the ticket (Ticket_Thread_Add, outgoing threads only)',
		},
		{ name: 'Comment Added', value: 'Ticket_Comment_Add', description: 'A comment was added to the ticket (Ticket_Comment_Add)' },
		{
			name: 'Ticket Closed',
			value: TICKET_CLOSED,
			description:
				'An agent closed the ticket, so the bot can take the chat back (Ticket_Update with the previous state)',
		},
	];

export class ZohoDeskTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Zoho Desk Trigger',
		name: 'zohoDeskTrigger',
		icon: { light: 'file:zohodesk.svg', dark: 'file:zohodesk.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: chosenOptionsSubtitle('events', EVENTS),
		description:
			"Starts when an agent replies on a chat's Zoho Desk ticket or closes it, so the reply or the chat can go back",
		defaults: { name: 'Zoho Desk Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'zohoDeskOAuth2Api', required: true }],
		webhooks: [
			// Zoho checks a new webhook URL with a GET that must answer 200.
			triggerWebhook('GET', 'setup'),
			triggerWebhook(),
		],
		properties: [
			{
				displayName: 'Registration',
				name: 'registration',
				type: 'options',
				options: [
					{
						name: 'Automatic',
						value: 'automatic',
						description: 'The trigger creates its Zoho webhook when the workflow is activated and removes it after',
					},
					{
						name: 'Manual',
						value: 'manual',
						description:
							'You create the webhook in Zoho Desk (Setup → Developer Space → Webhooks) with this URL + ?secret=&lt;the credential\'s Webhook Secret&gt;',
					},
				],
				default: 'automatic',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: EVENTS,
				default: ['Ticket_Thread_Add', 'Ticket_Comment_Add'],
			},
			{
				displayName: 'Department Names or IDs',
				name: 'departmentIds',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getDepartments' },
				default: [],
				description:
					'Only tickets of these departments; all when empty. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				displayOptions: { show: { registration: ['automatic'] } },
			},
			...sessionMarkerFields(),
			optionsCollection([
				{
					displayName: 'Include Private Comments',
					name: 'includePrivateComments',
					type: 'boolean',
					default: false,
					description: 'Whether private comments (notes between agents) also start the workflow',
				},
				{
					displayName: 'Look Up the Chat Session',
					name: 'lookUpSession',
					type: 'boolean',
					default: true,
					description:
						"Whether replies and comments look up their ticket's chat session in Zoho Desk before Zoho is answered (one call per ticket, within 3 s). Turn off when the workflow finds the chat by ticket ID: Zoho is answered sooner, and Session ID is empty on replies and comments.",
				},
				{
					displayName: 'Include Tickets Without a Session',
					name: 'includeUnmarked',
					type: 'boolean',
					default: false,
					description: 'Whether replies on (and closings of) tickets that did not come from a chat also start the workflow',
				},
			]),
		],
	};

	methods = { loadOptions };

	webhookMethods = webhookMethods;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		if (this.getWebhookName() === 'setup') {
			return await handleWebhook(this, () => ({ items: [], response: { ok: true } }));
		}
		return await handleWebhook(this, async () => {
			await checkSecret(this);

			const { json } = receivedBody(this);
			const events = Array.isArray(json) ? json : [json];
			if (!events.every(isObject)) throw badRequest('Expected a JSON array of Zoho Desk events');
			// Zoho's deliveries hold one event in practice (https://desk.zoho.com/support/WebhookDocument.do).
			if (events.length > MAX_EVENTS) {
				throw badRequest(`Too many events: ${events.length} in one delivery, at most ${MAX_EVENTS}`);
			}
			const options = this.getNodeParameter('options', {}) as IDataObject;
			const marker = readSessionMarker((name, fallback) => this.getNodeParameter(name, fallback));
			const { found, skipped } = ticketEvents(events, {
				events: this.getNodeParameter('events', []) as string[],
				includePrivateComments: options.includePrivateComments === true,
				sessionOf: (ticket) => sessionOf(marker, ticket),
			});
			// Nothing usable and something malformed: a 400, which Zoho's delivery log shows. Otherwise the
			// good events go on, because a non-200 would make Zoho count them as failed too.
			if (found.length === 0 && skipped.length > 0) throw skipped[0];
			for (const rejection of skipped) {
				this.logger.warn(`${this.getNode().name}: skipped an event of a delivery: ${rejection.message}`);
			}
			if (found.length === 0) return { items: [] };
			return {
				items: await withSessions(this, found, marker, {
					includeUnmarked: options.includeUnmarked === true,
					lookUp: options.lookUpSession !== false,
				}),
			};
		});
	}
}
