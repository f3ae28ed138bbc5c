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
