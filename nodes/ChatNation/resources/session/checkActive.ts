import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { additionalFields } from '../../../shared/descriptions';
import { parameterError } from '../../../shared/errors';
import type { ItemClient } from '../../../shared/transport';
import { unwrapData } from '../../../shared/transport';
import { optionalString, requiredString } from '../../../shared/validation';
import { API_PREFIX } from '../../transport';
import { tenantIdField } from '../fields';

const show = { resource: ['session'], operation: ['checkActive'] };

export const checkActiveDescription: INodeProperties[] = [
	{
		displayName:
			'Only a chat an agent has picked up counts as active. A chat still queued for an agent reads as not active: ChatNation offers no API-key call that shows the queue.',
		name: 'queuedNotice',
		type: 'notice',
		default: '',
		displayOptions: { show },
	},
	{
		displayName: 'Phone Number',
		name: 'phone',
		type: 'string',
		required: true,
		default: '',
		placeholder: '+254712345678',
		description: "The user's phone number, 10 to 15 digits with country code",
		displayOptions: { show },
	},
	additionalFields(show, [tenantIdField]),
];

export async function checkActive(ctx: IExecuteFunctions, client: ItemClient, itemIndex: number): Promise<IDataObject> {
	const phone = requiredString(ctx, 'phone', 'Phone Number', itemIndex);
	const digits = phone.replace(/\D/g, '');
	if (digits.length < 10 || digits.length > 15) {
		throw parameterError(ctx.getNode(), itemIndex, 'Phone Number', `must have 10 to 15 digits (got "${phone}")`);
	}
	const fields = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const tenantId = optionalString(fields.tenantId);
	const response = await client.request({
		method: 'GET',
		path: `${API_PREFIX}/agent-session/check`,
		qs: { phone: digits, ...(tenantId ? { tenantId } : {}) },
	});
	const result = unwrapData(response.body) as IDataObject | undefined;
	// The server counts only ASSIGNED sessions (inbox.service.ts hasActiveAgentSession); the queue is visible only
	// to an agent's JWT (GET /agent/inbox/unassigned). https://github.com/chatnationwork/analytics,
	// apps/dashboard-api/src/agent-system/agent-session.controller.ts
	return { phone: digits, hasActiveSession: result?.hasActiveSession === true, queuedUnknown: true };
}
