import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { parameterError } from '../../../shared/errors';
import { optionalString, requiredString } from '../../../shared/validation';
import type { PushBody, PushEventType } from '../../transport';

export type ChatOperation = 'sendMessage' | 'pauseBot' | 'resumeBot' | 'showTyping';

export const showFor = (...operations: ChatOperation[]) => ({ resource: ['chat'], operation: operations });

const ALL: ChatOperation[] = ['sendMessage', 'pauseBot', 'resumeBot', 'showTyping'];

/** The chat a push goes to: Botcopy's user and bot IDs, as the Botcopy Trigger outputs them. */
export const chatFields: INodeProperties[] = [
	{
		displayName: 'User ID',
		name: 'userId',
		type: 'string',
		required: true,
		default: '={{ $json.userId }}',
		description: "Botcopy's ID of the chat user, e.g. the Botcopy Trigger's userId",
		displayOptions: { show: showFor(...ALL) },
	},
	{
		displayName: 'Bot ID',
		name: 'botId',
		type: 'string',
		required: true,
		default: '={{ $json.botId }}',
		description: "Botcopy's ID of the bot, e.g. the Botcopy Trigger's botId",
		displayOptions: { show: showFor(...ALL) },
	},
];

/** "Keep the bot paused for N minutes": every push that carries it moves the pause's end back. */
export function pauseFields(operations: ChatOperation[], withSwitch: boolean): INodeProperties[] {
	const minutes: INodeProperties = {
		displayName: 'Minutes Paused',
		name: 'minutesPaused',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 10,
		description: 'How long the bot stays paused from now. Each push that carries it starts the count again.',
		displayOptions: { show: withSwitch ? { ...showFor(...operations), keepPaused: [true] } : showFor(...operations) },
	};
	if (!withSwitch) return [minutes];
	return [
		{
			displayName: 'Keep Bot Paused',
			name: 'keepPaused',
			type: 'boolean',
			default: true,
			description:
				'Whether to extend the pause with this push, so the bot stays quiet while the agent chats. Botcopy resumes the bot when a pause runs out.',
			displayOptions: { show: showFor(...operations) },
		},
		minutes,
	];
}

export function agentFields(operations: ChatOperation[], withAvatar: boolean): INodeProperties[] {
	const fields: INodeProperties[] = [
		{
			displayName: 'Agent Name',
			name: 'agentName',
			type: 'string',
			default: '',
			placeholder: 'Jane Doe',
			description: 'The name the user sees for the human agent',
			displayOptions: { show: showFor(...operations) },
		},
	];
	if (withAvatar) {
		fields.push({
			displayName: 'Agent Avatar URL',
			name: 'agentAvatarUrl',
			type: 'string',
			default: '',
			placeholder: 'https://example.com/jane.png',
			description: "A picture of the agent, shown beside the agent's messages",
			displayOptions: { show: showFor(...operations) },
		});
	}
	return fields;
}

/**
 * The agent (with avatar) and Keep Bot Paused (with its switch) of a push the agent makes while chatting:
 * Send Message and Show Typing, read by `chatEvent` with its defaults.
 */
export const agentChatFields = (operation: ChatOperation): INodeProperties[] => [
	...agentFields([operation], true),
	...pauseFields([operation], true),
];

export function readChat(ctx: IExecuteFunctions, itemIndex: number): { userId: string; botId: string } {
	return {
		userId: requiredString(ctx, 'userId', 'User ID', itemIndex),
		botId: requiredString(ctx, 'botId', 'Bot ID', itemIndex),
	};
}

/** `{paused: true, minutesPaused}` from the pause fields; empty when the switch is off. */
export function readPause(ctx: IExecuteFunctions, itemIndex: number, withSwitch: boolean): IDataObject {
	if (withSwitch && !(ctx.getNodeParameter('keepPaused', itemIndex, true) as boolean)) return {};
	const minutes = Number(ctx.getNodeParameter('minutesPaused', itemIndex, 10));
	if (!Number.isFinite(minutes) || minutes <= 0) {
		throw parameterError(ctx.getNode(), itemIndex, 'Minutes Paused', `must be a number above 0 (got "${String(minutes)}")`);
	}
	return { paused: true, minutesPaused: minutes };
}

/** `{agentProfile: {name, avatarUrl}}` with what is set; empty when nothing is. */
export function readAgent(ctx: IExecuteFunctions, itemIndex: number, withAvatar: boolean): IDataObject {
	const profile: IDataObject = {};
	const name = optionalString(ctx.getNodeParameter('agentName', itemIndex, ''));
	if (name) profile.name = name;
	if (withAvatar) {
		const avatarUrl = optionalString(ctx.getNodeParameter('agentAvatarUrl', itemIndex, ''));
		if (avatarUrl) {
			if (!/^https?:\/\/\S+$/i.test(avatarUrl)) {
				throw parameterError(ctx.getNode(), itemIndex, 'Agent Avatar URL', `must be an http(s) URL (got "${avatarUrl}")`);
			}
			profile.avatarUrl = avatarUrl;
		}
	}
	return Object.keys(profile).length ? { agentProfile: profile } : {};
}

/**
 * The push for Send Message, Pause Bot and Show Typing: the chat the item names, what the operation adds
 * (`fields`, read after the chat), then the pause (`pauseSwitch`: unless Keep Paused is off) and the agent.
 */
export function chatEvent(
	ctx: IExecuteFunctions,
	itemIndex: number,
	eventType: PushEventType,
	{ pauseSwitch = true, fields = () => ({}) }: { pauseSwitch?: boolean; fields?: () => IDataObject } = {},
): PushBody {
	const chat = readChat(ctx, itemIndex);
	return { eventType, ...chat, ...fields(), ...readPause(ctx, itemIndex, pauseSwitch), ...readAgent(ctx, itemIndex, true) };
}
