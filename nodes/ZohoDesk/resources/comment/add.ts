import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { parameterError } from '../../../shared/errors';
import { maskPersonalData } from '../../../shared/personalData';
import { maskingOf, maskPersonalDataField } from '../../../shared/personalDataField';
import type { ItemClient } from '../../../shared/transport';
import { requiredId, requiredString } from '../../../shared/validation';
import { isSearchableSessionId, sessionMarkerFields, sessionMarkerOf } from '../../sessionMarker';
import { FIND_PAUSES_MS, findSessionTicket } from '../../sessionTicket';
import { API } from '../../transport';
import { show, ticketIdField } from '../fields';

const OPERATION = ['add'];
const FIND_SECONDS = FIND_PAUSES_MS.reduce((sum, pause) => sum + pause, 0) / 1000;

export const addDescription: INodeProperties[] = [
	{
		displayName: 'Find Ticket By',
		name: 'ticketBy',
		type: 'options',
		options: [
			{ name: 'Ticket ID', value: 'id' },
			{
				name: 'Chat Session',
				value: 'session',
				description: "The chat session's ticket, as Ticket → Create From Chat opened it",
			},
		],
		default: 'id',
		displayOptions: show('comment', OPERATION),
	},
	{ ...ticketIdField(OPERATION, 'comment'), displayOptions: { show: { resource: ['comment'], operation: OPERATION, ticketBy: ['id'] } } },
	{
		displayName: 'Session ID',
		name: 'sessionId',
		type: 'string',
		required: true,
		default: '={{ $json.sessionId }}',
		description: 'The chat session whose ticket gets the comment',
		displayOptions: { show: { resource: ['comment'], operation: OPERATION, ticketBy: ['session'] } },
	},
	...sessionMarkerFields({ resource: ['comment'], operation: OPERATION, ticketBy: ['session'] }),
	{
		displayName: 'Content',
		name: 'content',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		displayOptions: show('comment', OPERATION),
	},
	{
		displayName: 'Public',
		name: 'isPublic',
		type: 'boolean',
		default: false,
		description: 'Whether the customer can see the comment; private comments are notes for agents',
		displayOptions: show('comment', OPERATION),
	},
	{
		displayName: 'Content Type',
		name: 'contentType',
		type: 'options',
		options: [
			{ name: 'Plain Text', value: 'plainText' },
			{ name: 'HTML', value: 'html' },
		],
		default: 'plainText',
		displayOptions: show('comment', OPERATION),
	},
	maskPersonalDataField({ resource: ['comment'], operation: OPERATION }),
];

/** The ticket to comment on: the given ID, or the chat session's ticket. */
async function ticketIdOf(ctx: IExecuteFunctions, client: ItemClient, itemIndex: number): Promise<string> {
	if (ctx.getNodeParameter('ticketBy', itemIndex, 'id') !== 'session') {
		return requiredId(ctx, 'ticketId', 'Ticket ID', itemIndex);
	}
	const sessionId = requiredString(ctx, 'sessionId', 'Session ID', itemIndex);
	if (!isSearchableSessionId(sessionId)) {
		throw parameterError(ctx.getNode(), itemIndex, 'Session ID', 'must be at most 100 characters without spaces, commas or *');
	}
	const ticket = await findSessionTicket(client, sessionMarkerOf(ctx, itemIndex), sessionId);
	if (!ticket) {
		throw parameterError(
			ctx.getNode(),
			itemIndex,
			'Session ID',
			`"${sessionId}" has no Zoho Desk ticket (searched for ${FIND_SECONDS} s; Ticket → Create From Chat opens one)`,
		);
	}
	return String(ticket.id);
}

/** Comments carry this integration's sourceId, so the Zoho Desk Trigger's webhook does not echo them back. */
export async function add(ctx: IExecuteFunctions, client: ItemClient, itemIndex: number): Promise<IDataObject> {
	const content = maskPersonalData(requiredString(ctx, 'content', 'Content', itemIndex), maskingOf(ctx, itemIndex));
	const ticketId = await ticketIdOf(ctx, client, itemIndex);
	const response = await client.request<IDataObject>({
		method: 'POST',
		path: `${API}/tickets/${encodeURIComponent(ticketId)}/comments`,
		headers: { sourceId: String(client.settings.sourceId) },
		body: {
			content,
			contentType: ctx.getNodeParameter('contentType', itemIndex, 'plainText') as string,
			isPublic: ctx.getNodeParameter('isPublic', itemIndex, false) as boolean,
		},
	});
	return { ...response.body, ticketId };
}
