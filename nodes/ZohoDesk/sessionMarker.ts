import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

/**
 * How a ticket remembers the chat session it was opened for, so a second handover finds it:
 * - customField (default): a text custom field on tickets (API name like cf_chat_session_id), searched exactly;
 * - subjectPrefix: the subject starts with `[chat:<session>]`, searched as a prefix; needs no Zoho setup.
 */
export type MarkerKind = 'customField' | 'subjectPrefix';

export interface SessionMarker {
	kind: MarkerKind;
	/** The custom field's API name, with its cf_ prefix. */
	field: string;
}

export const DEFAULT_SESSION_FIELD = 'cf_chat_session_id';

export const subjectPrefix = (sessionId: string) => `[chat:${sessionId}]`;

/** Zoho search treats `,` as OR and `*` as a wildcard: such session ids cannot be searched exactly. */
export const isSearchableSessionId = (sessionId: string) => /^[^,*\s]{1,100}$/.test(sessionId);

export function markerField(raw: unknown): string {
	const name = String(raw ?? '').trim() || DEFAULT_SESSION_FIELD;
	return name.startsWith('cf_') ? name : `cf_${name}`;
}

/** Search query parameters that find the session's ticket. */
export function searchBySession(marker: SessionMarker, sessionId: string): IDataObject {
	return marker.kind === 'customField'
		? { customField1: `${marker.field}:${sessionId}` }
		: { subject: `${subjectPrefix(sessionId)}*` };
}

/** Adds the marker to a ticket body about to be created. */
export function markTicket(marker: SessionMarker, ticket: IDataObject, sessionId: string): IDataObject {
	if (marker.kind === 'customField') {
		return { ...ticket, cf: { ...((ticket.cf as IDataObject | undefined) ?? {}), [marker.field]: sessionId } };
	}
	const subject = `${subjectPrefix(sessionId)} ${String(ticket.subject ?? '')}`.slice(0, 255);
	return { ...ticket, subject };
}

/** The session id a ticket carries, or null. */
export function sessionOf(marker: SessionMarker, ticket: IDataObject): string | null {
	if (marker.kind === 'customField') {
		const cf = (ticket.cf ?? {}) as IDataObject;
		const custom = (ticket.customFields ?? {}) as IDataObject;
		const value = cf[marker.field] ?? custom[marker.field.replace(/^cf_/, '')];
		return typeof value === 'string' && value !== '' ? value : null;
	}
	const match = /^\[chat:([^\]]+)\]/.exec(String(ticket.subject ?? ''));
	return match ? match[1] : null;
}

/**
 * The session marker parameters, defined once for the node and the trigger. The node shows them for some
 * operations (`show`) and explains each choice; the trigger shows them always and points to the node.
 */
export function sessionMarkerFields(show?: Record<string, string[]>): INodeProperties[] {
	const explained = show !== undefined;
	return [
		{
			displayName: 'Session Marker',
			name: 'sessionMarker',
			type: 'options',
			options: [
				{
					name: 'Custom Field',
					value: 'customField',
					...(explained ? { description: 'A text custom field on tickets holds the session ID (exact search)' } : {}),
				},
				{
					name: 'Subject Prefix',
					value: 'subjectPrefix',
					...(explained
						? { description: 'The subject starts with [chat:&lt;session ID&gt;]; needs no setup in Zoho Desk' }
						: {}),
				},
			],
			default: 'customField',
			description: explained
				? 'How a ticket remembers its chat session, so a second handover finds it instead of opening another'
				: 'How tickets carry their chat session: the same choice as in the Zoho Desk node',
			...(explained ? { displayOptions: { show } } : {}),
		},
		{
			displayName: 'Session Field API Name',
			name: 'sessionField',
			type: 'string',
			default: DEFAULT_SESSION_FIELD,
			...(explained
				? { description: 'API name of the ticket custom field that holds the session ID (Setup → Layouts and Fields)' }
				: {}),
			displayOptions: { show: { ...show, sessionMarker: ['customField'] } },
		},
	];
}

/** The marker the session marker parameters describe; `read` is getNodeParameter for the item (or the trigger). */
export function readSessionMarker(read: (name: string, fallback: string) => unknown): SessionMarker {
	return { kind: read('sessionMarker', 'customField') as MarkerKind, field: markerField(read('sessionField', '')) };
}

export const sessionMarkerOf = (ctx: IExecuteFunctions, itemIndex: number): SessionMarker =>
	readSessionMarker((name, fallback) => ctx.getNodeParameter(name, itemIndex, fallback));
