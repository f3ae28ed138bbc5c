import type { INodeProperties } from 'n8n-workflow';

export const show = (resource: string, operation: string[]) => ({ show: { resource: [resource], operation } });

export const ticketIdField = (operation: string[], resource = 'ticket'): INodeProperties => ({
	displayName: 'Ticket ID',
	name: 'ticketId',
	type: 'string',
	required: true,
	default: '={{ $json.ticketId }}',
	description: "The ID of the Zoho Desk ticket (not its number), e.g. the Zoho Desk Trigger's ticketId",
	displayOptions: show(resource, operation),
});

export const departmentField = (operation: string[], required = true): INodeProperties => ({
	displayName: 'Department Name or ID',
	name: 'departmentId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getDepartments' },
	required,
	default: '',
	description:
		'The department the ticket goes to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	displayOptions: show('ticket', operation),
});

export const PRIORITIES = ['Low', 'Medium', 'High', 'Urgent'].map((name) => ({ name, value: name }));

/** The session marker parameters, shown for `operation` of `resource` (and when `also` holds). */
export const sessionMarkerFields = (
	operation: string[],
	resource = 'ticket',
	also: Record<string, string[]> = {},
): INodeProperties[] => [
	{
		displayName: 'Session Marker',
		name: 'sessionMarker',
		type: 'options',
		options: [
			{
				name: 'Custom Field',
				value: 'customField',
				description: 'A text custom field on tickets holds the session ID (exact search)',
			},
			{
				name: 'Subject Prefix',
				value: 'subjectPrefix',
				description: 'The subject starts with [chat:&lt;session ID&gt;]; needs no setup in Zoho Desk',
			},
		],
		default: 'customField',
		description: 'How a ticket remembers its chat session, so a second handover finds it instead of opening another',
		displayOptions: { show: { resource: [resource], operation, ...also } },
	},
	{
		displayName: 'Session Field API Name',
		name: 'sessionField',
		type: 'string',
		default: 'cf_chat_session_id',
		description: 'API name of the ticket custom field that holds the session ID (Setup → Layouts and Fields)',
		displayOptions: { show: { resource: [resource], operation, ...also, sessionMarker: ['customField'] } },
	},
];
