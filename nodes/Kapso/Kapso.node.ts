import '../shared/supportedN8n';
import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { operationSubtitle, requestOptions } from '../shared/descriptions';
import { forEachItem } from '../shared/execute';
import type { VendorClient } from '../shared/transport';
import { vendorClient } from '../shared/transport';
import { findByPhone, findByPhoneDescription } from './resources/conversation/findByPhone';
import { sendText, sendTextDescription } from './resources/message/sendText';
import type { HandoverOperation } from './resources/handover/switchExecutions';
import { handoverDescription, switchExecutions } from './resources/handover/switchExecutions';
import { get, getDescription } from './resources/workflowExecution/get';
import { list, listDescription } from './resources/workflowExecution/list';
import { updateStatus, updateStatusDescription } from './resources/workflowExecution/updateStatus';
import { kapsoApi, phoneNumberOptions } from './transport';

type Operation = (ctx: IExecuteFunctions, client: VendorClient, itemIndex: number) => Promise<IDataObject | IDataObject[]>;

const handoverStep =
	(operation: HandoverOperation): Operation =>
	async (ctx, client, itemIndex) =>
		await switchExecutions(ctx, client, itemIndex, operation);

const OPERATIONS: Record<string, Operation> = {
	'conversation:findByPhone': findByPhone,
	'workflowExecution:list': list,
	'workflowExecution:get': get,
	'workflowExecution:updateStatus': updateStatus,
	'handover:handOver': handoverStep('handOver'),
	'handover:giveBack': handoverStep('giveBack'),
	'handover:end': handoverStep('end'),
	'message:sendText': sendText,
};

const properties: INodeProperties[] = [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Conversation', value: 'conversation' },
				{ name: 'Handover', value: 'handover' },
				{ name: 'Message', value: 'message' },
				{ name: 'Workflow Execution', value: 'workflowExecution' },
			],
			default: 'handover',
		},
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: ['conversation'] } },
			options: [
				{
					name: 'Find by Phone Number',
					value: 'findByPhone',
					action: 'Find conversations by phone number',
					description: "A customer's WhatsApp conversations on one of your numbers, most recent first",
				},
			],
			default: 'findByPhone',
		},
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: ['handover'] } },
			options: [
				{
					name: 'End Workflows',
					value: 'end',
					action: 'End the workflows of a conversation',
					description: 'Set every running, waiting or handoff execution of the conversation to ended',
				},
				{
					name: 'Give Back to Bot',
					value: 'giveBack',
					action: 'Give the chat back to the bot',
					description: 'Set every handoff execution of the conversation back to waiting, so the bot resumes',
				},
				{
					name: 'Hand Over to Human',
					value: 'handOver',
					action: 'Hand the chat over to a human',
					description:
						'Set every running or waiting execution of the conversation to handoff, so the bot stops answering',
				},
			],
			default: 'handOver',
		},
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: ['message'] } },
			options: [
				{
					name: 'Send Text',
					value: 'sendText',
					action: 'Send a text message to a customer',
					description: "Write to the customer on WhatsApp (within 24 hours of the customer's last message)",
				},
			],
			default: 'sendText',
		},
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: ['workflowExecution'] } },
			options: [
				{ name: 'Get', value: 'get', action: 'Get a workflow execution', description: 'Read one workflow execution' },
				{
					name: 'List',
					value: 'list',
					action: 'List workflow executions',
					description: "A conversation's workflow executions, most recent first",
				},
				{
					name: 'Update Status',
					value: 'updateStatus',
					action: 'Change the status of a workflow execution',
					description: 'Set one execution to handoff, waiting or ended',
				},
			],
			default: 'list',
		},
		...findByPhoneDescription,
		...handoverDescription,
		...listDescription,
		...getDescription,
		...updateStatusDescription,
		...sendTextDescription,
		requestOptions(),
];

export class Kapso implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Kapso',
		name: 'kapso',
		icon: { light: 'file:kapso.svg', dark: 'file:kapso.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: operationSubtitle(properties),
		description: 'Pause or resume Kapso WhatsApp workflows so a human can take over a chat, and write to the customer',
		defaults: { name: 'Kapso' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'kapsoHandoverApi', required: true }],
		properties,
	};

	methods = {
		loadOptions: {
			async getPhoneNumbers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
				return await phoneNumberOptions(await vendorClient(this, kapsoApi));
			},
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const client = await vendorClient(this, kapsoApi);
		const resource = this.getNodeParameter('resource', 0) as string;
		const operation = this.getNodeParameter('operation', 0) as string;
		const run = OPERATIONS[`${resource}:${operation}`];
		return [await forEachItem(this, async (itemIndex) => await run(this, client, itemIndex))];
	}
}
