import '../shared/supportedN8n';
import type {
	INodePropertyOptions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { chosenOptionsSubtitle, optionsCollection } from '../shared/descriptions';
import { badRequest, handleWebhook, isObject, manualRegistration, receivedBody, triggerWebhook } from '../shared/webhook';
import { botcopyCredentialTest } from './methods/credentialTest';
import { botcopyEvent, callOf } from './trigger/event';
import { checkAccessToken } from './trigger/signature';

interface TriggerOptions {
	headerName?: string;
	handoverContext?: string;
}

const TAKE_OVER: INodePropertyOptions[] = [
		{
			name: 'Handover Requests',
			value: 'handover_requested',
			description: 'Step One: the bot reached the handover context; pause it and start the workflow',
		},
		{
			name: 'User Messages While Paused',
			value: 'user_message',
			description: 'Step Two: the user wrote while the bot is paused; keep it paused and start the workflow',
		},
	];

export class BotcopyTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Botcopy Trigger',
		name: 'botcopyTrigger',
		icon: { light: 'file:botcopy.svg', dark: 'file:botcopy.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: chosenOptionsSubtitle('takeOver', TAKE_OVER),
		description: 'Starts a workflow when a Botcopy bot hands a chat over, and for each user message while it is paused',
		defaults: { name: 'Botcopy Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'botcopyApi', required: true, testedBy: 'botcopyCredentialTest' }],
		webhooks: [triggerWebhook()],
		properties: [
			{
				displayName:
					'Botcopy has no API to register webhooks: paste the Production URL above into "Live Chat Endpoint Webhook URL" on the bot\'s Connect page in the Botcopy Portal, and set the same access token there as in the credential.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Take Over',
				name: 'takeOver',
				type: 'multiOptions',
				options: TAKE_OVER,
				default: ['handover_requested', 'user_message'],
				description:
					'The calls this workflow takes from the bot. Calls not chosen are answered {"paused": false}, so Botcopy leaves them with the bot, and start no execution.',
			},
			{
				displayName: 'Minutes Paused',
				name: 'minutesPaused',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 10,
				description:
					'How long Botcopy keeps the bot paused after each call taken over. The answer is sent as soon as n8n has stored the execution, well inside Botcopy\'s 5 seconds.',
			},
			optionsCollection([
				{
					displayName: 'Access Token Header',
					name: 'headerName',
					type: 'string',
					default: 'Authorization',
					description:
						'The header that carries the access token. Botcopy sends it raw in Authorization, and also as accessToken in the body.',
				},
				{
					displayName: 'Handover Context',
					name: 'handoverContext',
					type: 'string',
					default: '',
					placeholder: 'bc-human-handover',
					description:
						'The lower-case output context set as the trigger in the Portal, reported as triggerContext. Empty takes the first context that is not Botcopy\'s own.',
				},
			]),
		],
	};

	methods = { credentialTest: { botcopyCredentialTest } };

	// Botcopy has no registration API: the URL is pasted into its Portal, so there is nothing to create.
	webhookMethods = manualRegistration();

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await handleWebhook(this, async () => {
			const { json } = receivedBody(this);
			if (!isObject(json)) throw badRequest('Body must be a JSON object');
			let options: TriggerOptions | undefined;
			const readOptions = () => (options ??= this.getNodeParameter('options', {}) as TriggerOptions);
			await checkAccessToken(this, json, () => readOptions().headerName);

			const call = callOf(json);
			// Validated whatever the answer, so a broken call is a 400 even when it is left with the bot.
			const event =
				call === 'user_typing'
					? undefined
					: botcopyEvent(json, call, call === 'handover_requested' ? (readOptions().handoverContext ?? '').trim() : '');
			const takeOver = this.getNodeParameter('takeOver', []) as string[];
			const wanted = takeOver.includes(call === 'user_typing' ? 'user_message' : call);
			if (!wanted) return { items: [], response: { paused: false } };
			const minutesPaused = Number(this.getNodeParameter('minutesPaused', 10));
			if (!(minutesPaused > 0)) throw new NodeOperationError(this.getNode(), 'Minutes Paused must be above 0');
			// A typing ping only keeps the pause going: there is nothing for a workflow to do.
			return { items: event ? [event] : [], response: { paused: true, minutesPaused } };
		});
	}
}
