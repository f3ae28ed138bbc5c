import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ItemClient } from '../../../shared/transport';
import { e164Phone, requiredId } from '../../../shared/validation';
import type { Execution, ExecutionStatus, TargetStatus } from '../../transport';
import { executionsPath, findConversations, listAll, setExecutionStatus } from '../../transport';
import { phoneLookupFields } from '../fields';

export type HandoverOperation = 'handOver' | 'giveBack' | 'end';

/** What each handover step changes: executions in `from` move to `to`; the rest are left alone. */
export const HANDOVER_STEPS: Record<HandoverOperation, { from: ExecutionStatus[]; to: TargetStatus; verb: string }> = {
	handOver: { from: ['running', 'waiting'], to: 'handoff', verb: 'Handed over to a human' },
	giveBack: { from: ['handoff'], to: 'waiting', verb: 'Gave back to the bot' },
	end: { from: ['running', 'waiting', 'handoff'], to: 'ended', verb: 'Ended' },
};

const show = { resource: ['handover'] };

export const handoverDescription: INodeProperties[] = [
	{
		displayName: 'Find Conversation By',
		name: 'conversationLookup',
		type: 'options',
		options: [
			{ name: 'Phone Number', value: 'phone', description: "The customer's active conversation on your WhatsApp number" },
			{ name: 'Conversation ID', value: 'id', description: 'A conversation you already know, e.g. from the Kapso Trigger' },
		],
		default: 'phone',
		displayOptions: { show },
	},
	...phoneLookupFields({ ...show, conversationLookup: ['phone'] }),
	{
		displayName: 'Conversation ID',
		name: 'conversationId',
		type: 'string',
		required: true,
		default: '={{ $json.conversationId }}',
		description: "The Kapso WhatsApp conversation, e.g. the Kapso Trigger's conversationId",
		displayOptions: { show: { ...show, conversationLookup: ['id'] } },
	},
];

async function conversationFor(
	ctx: IExecuteFunctions,
	client: ItemClient,
	itemIndex: number,
): Promise<{ conversationId?: string; lookup: string; phoneNumber?: string }> {
	if (ctx.getNodeParameter('conversationLookup', itemIndex, 'phone') === 'id') {
		const conversationId = requiredId(ctx, 'conversationId', 'Conversation ID', itemIndex);
		return { conversationId, lookup: conversationId };
	}
	const phoneNumberId = requiredId(ctx, 'phoneNumberId', 'Phone Number ID', itemIndex);
	const phoneNumber = e164Phone(ctx, ctx.getNodeParameter('phoneNumber', itemIndex, ''), 'Phone Number', itemIndex);
	const [conversation] = await findConversations(client, phoneNumberId, phoneNumber, { status: 'active' }, 1);
	return { conversationId: conversation?.id as string | undefined, lookup: phoneNumber, phoneNumber };
}

/**
 * Kapso's handover toggle as one step: find the conversation, list its workflow executions and move
 * each one that is in a `from` status to the target. Already-switched executions are left alone, so
 * running it twice changes nothing the second time.
 */
export async function switchExecutions(
	ctx: IExecuteFunctions,
	client: ItemClient,
	itemIndex: number,
	operation: HandoverOperation,
): Promise<IDataObject> {
	const step = HANDOVER_STEPS[operation];
	const { conversationId, lookup, phoneNumber } = await conversationFor(ctx, client, itemIndex);
	const result: IDataObject = {
		operation,
		targetStatus: step.to,
		conversationId: conversationId ?? null,
		...(phoneNumber ? { phoneNumber } : {}),
	};
	if (!conversationId) {
		return { ...result, conversationFound: false, changed: [], unchanged: [], message: `No active Kapso conversation for ${lookup}` };
	}
	const executions = (await listAll(client, executionsPath(conversationId), {}, Infinity)) as Execution[];
	const changed: IDataObject[] = [];
	const unchanged: IDataObject[] = [];
	for (const execution of executions) {
		if (!step.from.includes(execution.status)) {
			unchanged.push({ id: execution.id, status: execution.status });
			continue;
		}
		const updated = await setExecutionStatus(ctx, client, execution.id, step.to);
		changed.push({
			id: execution.id,
			workflow: (execution.workflow as IDataObject | undefined)?.name ?? null,
			from: execution.status,
			to: updated?.status ?? step.to,
		});
	}
	const message = changed.length
		? `${step.verb}: ${changed.length} execution${changed.length === 1 ? '' : 's'}`
		: `No ${step.from.join(' or ')} execution in conversation ${conversationId}; nothing changed`;
	return { ...result, conversationFound: true, changed, unchanged, message };
}
