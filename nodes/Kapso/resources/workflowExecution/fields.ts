import type { INodeProperties } from 'n8n-workflow';

export const executionIdField = (operations: string[]): INodeProperties => ({
	displayName: 'Execution ID',
	name: 'executionId',
	type: 'string',
	required: true,
	default: '={{ $json.executionId }}',
	description: "The ID of the Kapso workflow execution, e.g. the Kapso Trigger's executionId",
	displayOptions: { show: { resource: ['workflowExecution'], operation: operations } },
});
