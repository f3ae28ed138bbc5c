import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { additionalFields } from '../../../shared/descriptions';
import { parameterError } from '../../../shared/errors';
import { maskPersonalData } from '../../../shared/personalData';
import { maskingOf, maskPersonalDataField } from '../../../shared/personalDataField';
import type { ItemClient } from '../../../shared/transport';
import { jsonObject, optionalString, requiredString } from '../../../shared/validation';
import type { SessionMarker } from '../../sessionMarker';
import { isSearchableSessionId, markTicket, sessionMarkerFields, sessionMarkerOf } from '../../sessionMarker';
import { sessionTicket } from '../../sessionTicket';
import type { Turn } from '../../transcript';
import { escapeHtml, parseTranscript, transcriptLines } from '../../transcript';
import { API } from '../../transport';
import { show } from '../fields';
import { departmentField, PRIORITIES } from './fields';

const OPERATION = ['createFromChat'];
const DESCRIPTION_LIMIT = 65_535;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const createFromChatDescription: INodeProperties[] = [
	{
		displayName: 'Session ID',
		name: 'sessionId',
		type: 'string',
		required: true,
		default: '={{ $json.sessionId }}',
		description: 'The chat session handed over; one ticket per session',
		displayOptions: show('ticket', OPERATION),
	},
	departmentField(OPERATION),
	{
		displayName: 'User Name',
		name: 'userName',
		type: 'string',
		default: '={{ $json.userName }}',
		displayOptions: show('ticket', OPERATION),
	},
	{
		displayName: 'User Email',
		name: 'userEmail',
		type: 'string',
		placeholder: 'name@email.com',
		default: '={{ $json.userEmail }}',
		description: 'Zoho Desk matches the contact by email and creates one when it is new',
		displayOptions: show('ticket', OPERATION),
	},
	{
		displayName: 'User Phone',
		name: 'userPhone',
		type: 'string',
		default: '',
		displayOptions: show('ticket', OPERATION),
	},
	{
		displayName: 'Handover Reason',
		name: 'handoverReason',
		type: 'string',
		default: '={{ $json.handover?.reason ?? $json.handoffReason }}',
		placeholder: 'Low Confidence - 52%',
		displayOptions: show('ticket', OPERATION),
	},
	{
		displayName: 'Transcript',
		name: 'transcript',
		type: 'json',
		default: '={{ $json.transcript ?? [] }}',
		description: 'The conversation so far: an array of {role, text, time} turns, or plain text with one line per turn',
		displayOptions: show('ticket', OPERATION),
	},
	{
		displayName: 'Turns to Include',
		name: 'maxTurns',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 20,
		description: 'Only the last this many turns go into the ticket',
		displayOptions: show('ticket', OPERATION),
	},
	maskPersonalDataField({ resource: ['ticket'], operation: OPERATION }),
	...sessionMarkerFields({ resource: ['ticket'], operation: OPERATION }),
	additionalFields({ resource: ['ticket'], operation: OPERATION }, [
		{ displayName: 'Channel', name: 'channel', type: 'string', default: 'Chat' },
		{
			displayName: 'Custom Fields (JSON)',
			name: 'customFields',
			type: 'json',
			default: '{}',
			description: 'Ticket custom fields by API name, like {"cf_product": "Router"}',
		},
		{ displayName: 'Priority', name: 'priority', type: 'options', options: PRIORITIES, default: 'Medium' },
		{
			displayName: 'Subject',
			name: 'subject',
			type: 'string',
			default: '',
			description: 'Defaults to "Chat handover: &lt;user&gt;"',
		},
		{
			displayName: 'Tags',
			name: 'tags',
			type: 'string',
			default: '',
			description: 'Comma-separated; tagging a new ticket costs one more API call',
		},
	]),
];

export interface ChatHandover {
	sessionId: string;
	departmentId: string;
	userName?: string;
	userEmail?: string;
	userPhone?: string;
	reason?: string;
	turns: Turn[];
	maxTurns: number;
	subject?: string;
	priority?: string;
	channel?: string;
	customFields?: IDataObject;
	tags: string[];
}

function readHandover(ctx: IExecuteFunctions, itemIndex: number, marker: SessionMarker): ChatHandover {
	const node = ctx.getNode();
	const sessionId = requiredString(ctx, 'sessionId', 'Session ID', itemIndex);
	if (!isSearchableSessionId(sessionId)) {
		throw parameterError(node, itemIndex, 'Session ID', 'must be at most 100 characters without spaces, commas or *');
	}
	const departmentId = optionalString(ctx.getNodeParameter('departmentId', itemIndex, ''));
	if (!departmentId) {
		throw parameterError(node, itemIndex, 'Department', 'is required: pick one from the list or map a department ID');
	}
	const userEmail = optionalString(ctx.getNodeParameter('userEmail', itemIndex, ''));
	if (userEmail !== undefined && !EMAIL.test(userEmail)) {
		throw parameterError(node, itemIndex, 'User Email', `is not an email address (got "${userEmail}")`);
	}
	const userName = optionalString(ctx.getNodeParameter('userName', itemIndex, ''));
	if (!userEmail && !userName) {
		throw parameterError(node, itemIndex, 'User Name', 'or User Email is required: Zoho Desk needs one to file the contact');
	}
	const transcript = parseTranscript(ctx.getNodeParameter('transcript', itemIndex, []));
	if (transcript.problem !== undefined) {
		throw parameterError(node, itemIndex, 'Transcript', `${transcript.problem}, e.g. [{"role": "user", "text": "Hi"}]`);
	}
	// The reason and the transcript are free text; the contact fields stay as given, the ticket needs them.
	const masking = maskingOf(ctx, itemIndex);
	const turns: Turn[] = transcript.turns.map((turn) => ({ ...turn, text: maskPersonalData(turn.text, masking) }));
	const reason = optionalString(ctx.getNodeParameter('handoverReason', itemIndex, ''));
	const extra = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const customFields = jsonObject(ctx, extra.customFields, 'Custom Fields (JSON)', itemIndex);
	if (marker.kind === 'customField' && customFields?.[marker.field] !== undefined) {
		throw parameterError(node, itemIndex, 'Custom Fields (JSON)', `must not set ${marker.field}: it holds the session ID`);
	}
	return {
		sessionId,
		departmentId,
		userName,
		userEmail,
		userPhone: optionalString(ctx.getNodeParameter('userPhone', itemIndex, '')),
		reason: reason === undefined ? undefined : maskPersonalData(reason, masking),
		turns,
		maxTurns: Math.max(1, Number(ctx.getNodeParameter('maxTurns', itemIndex, 20)) || 20),
		subject: optionalString(extra.subject),
		priority: optionalString(extra.priority),
		channel: optionalString(extra.channel),
		customFields,
		tags: String(extra.tags ?? '')
			.split(',')
			.map((tag) => tag.trim())
			.filter(Boolean),
	};
}

/** The ticket description: who, why, and the last turns, newest last, within Zoho's size limit. */
export function describeHandover(handover: ChatHandover): string {
	const who = [handover.userName, handover.userEmail && `<${handover.userEmail}>`, handover.userPhone]
		.filter(Boolean)
		.join(' ');
	// Every value is the chat user's or the workflow's text: escaped, so none of it becomes markup in Zoho.
	const header = [
		`<b>Handover reason:</b> ${escapeHtml(handover.reason ?? 'not given')}`,
		`<b>Chat session:</b> ${escapeHtml(handover.sessionId)}`,
		who ? `<b>User:</b> ${escapeHtml(who)}` : '',
	].filter(Boolean);
	const recent = handover.turns.slice(-handover.maxTurns);
	const lines = transcriptLines(recent);
	const title = `<b>Conversation</b> (last ${recent.length} of ${handover.turns.length} turns):`;
	let body = lines.join('<br>');
	while (header.join('<br>').length + title.length + body.length + 16 > DESCRIPTION_LIMIT && lines.length > 1) {
		lines.shift();
		body = lines.join('<br>');
	}
	return [...header, '', recent.length ? title : '<i>No conversation was given.</i>', body].join('<br>');
}

function ticketBody(handover: ChatHandover, marker: SessionMarker): IDataObject {
	const contact: IDataObject = {};
	if (handover.userEmail) contact.email = handover.userEmail;
	if (handover.userPhone) contact.phone = handover.userPhone;
	const [firstName, ...rest] = (handover.userName ?? '').split(/\s+/).filter(Boolean);
	if (rest.length) contact.firstName = firstName;
	contact.lastName = rest.length ? rest.join(' ') : (firstName ?? handover.userEmail);
	const ticket: IDataObject = {
		subject: handover.subject ?? `Chat handover: ${handover.userName ?? handover.userEmail}`,
		departmentId: handover.departmentId,
		contact,
		description: describeHandover(handover),
		channel: handover.channel ?? 'Chat',
	};
	if (handover.userEmail) ticket.email = handover.userEmail;
	if (handover.userPhone) ticket.phone = handover.userPhone;
	if (handover.priority) ticket.priority = handover.priority;
	if (handover.customFields) ticket.cf = handover.customFields;
	return markTicket(marker, ticket, handover.sessionId);
}

const result = (ticket: IDataObject, alreadyExists: boolean, sessionId: string) => ({
	success: true,
	ticketId: ticket.id,
	ticketNumber: ticket.ticketNumber,
	alreadyExists,
	webUrl: ticket.webUrl ?? null,
	sessionId,
	message: alreadyExists ? 'Ticket already exists for this session' : 'Ticket created successfully in Zoho Desk',
});

/**
 * A chat app's handoff (POST /api/chat/handoff) in one step: the session's ticket when it has one, otherwise a new ticket
 * with the contact inline and the transcript as its description; one ticket per session (see sessionTicket).
 */
export async function createFromChat(ctx: IExecuteFunctions, client: ItemClient, itemIndex: number): Promise<IDataObject> {
	const marker = sessionMarkerOf(ctx, itemIndex);
	const handover = readHandover(ctx, itemIndex, marker);
	const { ticket, alreadyExists } = await sessionTicket(client, marker, handover.sessionId, ticketBody(handover, marker));
	if (!alreadyExists && handover.tags.length) {
		await client.request({
			method: 'POST',
			path: `${API}/tickets/${encodeURIComponent(String(ticket.id))}/associateTag`,
			body: { tags: handover.tags },
			sideEffect: 'tagged the ticket',
		});
	}
	return result(ticket, alreadyExists, handover.sessionId);
}
