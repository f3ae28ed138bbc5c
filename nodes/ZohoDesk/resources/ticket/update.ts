import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { parameterError } from '../../../shared/errors';
import type { ItemClient } from '../../../shared/transport';
import { jsonObject, optionalString, requiredId } from '../../../shared/validation';
import { API } from '../../transport';
import { show, ticketIdField } from '../fields';
import { PRIORITIES } from './fields';

export const updateDescription: INodeProperties[] = [
	ticketIdField(['update']),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show('ticket', ['update']),
		options: [
			{ displayName: 'Assignee ID', name: 'assigneeId', type: 'string', default: '' },
			{
				displayName: 'Custom Fields (JSON)',
				name: 'customFields',
				type: 'json',
				default: '{}',
				description: 'Ticket custom fields by API name, like {"cf_product": "Router"}',
			},
			{
				displayName: 'Department Name or ID',
				name: 'departmentId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getDepartments' },
				default: '',
				description:
					'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			},
			{ displayName: 'Priority', name: 'priority', type: 'options', options: PRIORITIES, default: 'Medium' },
			{ displayName: 'Status', name: 'status', type: 'string', default: '', placeholder: 'Closed' },
			{ displayName: 'Subject', name: 'subject', type: 'string', default: '' },
		],
	},
];

export async function update(ctx: IExecuteFunctions, client: ItemClient, itemIndex: number): Promise<IDataObject> {
	const ticketId = requiredId(ctx, 'ticketId', 'Ticket ID', itemIndex);
	const fields = ctx.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = {};
	for (const key of ['assigneeId', 'departmentId', 'priority', 'status', 'subject']) {
		const value = optionalString(fields[key]);
		if (value !== undefined) body[key] = value;
	}
	const cf = jsonObject(ctx, fields.customFields, 'Custom Fields (JSON)', itemIndex);
	if (cf && Object.keys(cf).length) body.cf = cf;
	if (!Object.keys(body).length) throw parameterError(ctx.getNode(), itemIndex, 'Update Fields', 'must set at least one field');
	const path = `${API}/tickets/${encodeURIComponent(ticketId)}`;
	const response = await client.request<IDataObject>({ method: 'PATCH', path, body });
	return response.body;
}
