/**
 * Hosts a workflow whose start node is one of our webhook triggers, the way n8n's webhook server does:
 * activation runs the node's webhookMethods through n8n-core's HookContext; each HTTP request runs the
 * node's `webhook()` through n8n-core's WebhookContext; when it returns workflow data, the workflow runs
 * from the trigger with that data through WorkflowExecute. Every started execution is recorded, so a test
 * can prove a rejected request started none.
 */
import { HookContext, WebhookContext } from 'n8n-core';
import { sleep } from 'n8n-workflow';
import type {
	ICredentialsHelper,
	IDataObject,
	INode,
	INodeTypes,
	IRun,
	IWebhookData,
	IWebhookDescription,
	IWebhookResponseData,
	IHttpRequestMethods,
	IWorkflowExecuteAdditionalData,
	Workflow,
} from 'n8n-workflow';

import type { WorkflowJson } from './n8n';
import { baseAdditionalData, buildWorkflow, runWorkflow } from './n8n';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startWebhookHost } = require('./webhook-host.js') as {
	startWebhookHost: (
		handle: (req: HostRequest, res: HostResponse) => Promise<void>,
	) => Promise<{ url: string; stop: () => Promise<void> }>;
};

interface HostRequest {
	method: string;
	path: string;
	body: unknown;
	headers: IDataObject;
}
interface HostResponse {
	headersSent: boolean;
	status(code: number): HostResponse;
	json(body: unknown): HostResponse;
}

export interface HostedTrigger {
	/** The trigger's production webhook URL on the loopback host. */
	url: string;
	executions: IRun[];
	/** How many requests the node's webhook() handled. */
	requests: number;
	/** Requests the node answered itself although they started an execution: answered before n8n stored it. */
	answeredBeforeStored: number;
	workflow: Workflow;
	activate(): Promise<boolean>;
	deactivate(): Promise<boolean>;
	checkExists(): Promise<boolean>;
	staticData(): IDataObject;
	/** Resolves once every execution started so far has finished. */
	settled(): Promise<IRun[]>;
	/** Resolves once `count` executions have finished (or rejects after `timeoutMs`). */
	waitForExecutions(count: number, timeoutMs?: number): Promise<IRun[]>;
	stop(): Promise<void>;
}

export interface HostOptions {
	nodeTypes: INodeTypes;
	credentialsHelper: ICredentialsHelper;
	/** The trigger node's name; the workflow's first node when unset. */
	trigger?: string;
	/** While false, the host answers 404 like an n8n that has not registered the webhook yet. */
	serving?: () => boolean;
}

/** Builds a trigger → nodes chain, like `chain()` but starting at the given trigger node. */
export function triggerWorkflow(
	trigger: Omit<INode, 'id' | 'position' | 'typeVersion'> & { typeVersion?: number },
	...nodes: Array<Omit<INode, 'id' | 'position' | 'typeVersion'> & { typeVersion?: number }>
): WorkflowJson {
	const all: INode[] = [trigger, ...nodes].map((node, index) => ({
		typeVersion: 1,
		webhookId: index === 0 ? 'test-webhook-id' : undefined,
		...node,
		id: String(index),
		position: [index * 200, 0] as [number, number],
	}));
	const connections: WorkflowJson['connections'] = {};
	for (let i = 0; i < all.length - 1; i++) {
		connections[all[i].name] = { main: [[{ node: all[i + 1].name, type: 'main', index: 0 }]] };
	}
	return { nodes: all, connections };
}

export async function hostTrigger(wf: WorkflowJson, options: HostOptions): Promise<HostedTrigger> {
	const workflow = buildWorkflow(wf, options.nodeTypes);
	const node = options.trigger ? workflow.getNode(options.trigger) : wf.nodes[0];
	if (!node) throw new Error(`No trigger node ${options.trigger}`);
	const nodeType = options.nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
	const descriptions = nodeType.description.webhooks ?? [];
	const executions: IRun[] = [];
	const pending: Array<Promise<void>> = [];
	let requests = 0;
	let answeredBeforeStored = 0;
	const shared = { additionalData: {} as IWorkflowExecuteAdditionalData };

	const webhookData = (description: IWebhookDescription): IWebhookData => ({
		httpMethod: description.httpMethod as IHttpRequestMethods,
		node: node.name,
		path: String(description.path),
		webhookDescription: description,
		workflowId: workflow.id,
		workflowExecuteAdditionalData: shared.additionalData,
		webhookId: node.webhookId,
	});

	const host = await startWebhookHost(async (req, res) => {
		const description = descriptions.find((d) => String(d.httpMethod) === req.method);
		if (!description || options.serving?.() === false) {
			res.status(404).json({ code: 404, message: 'The requested webhook is not registered.' });
			return;
		}
		requests++;
		const requestData = { ...shared.additionalData, httpRequest: req, httpResponse: res } as unknown as IWorkflowExecuteAdditionalData;
		const context = new WebhookContext(workflow, node, requestData, 'webhook', webhookData(description), [], null);
		const result = (await nodeType.webhook!.call(context)) as IWebhookResponseData;
		if (result.workflowData === undefined) {
			if (!result.noWebhookResponse && !res.headersSent) {
				res.status(200).json(result.webhookResponse ?? { message: 'Webhook call received' });
			}
			return;
		}
		if (res.headersSent) answeredBeforeStored++;
		// n8n stores the execution, starts it, and only then sends an onReceived answer.
		const run = runWorkflow(wf, {
			nodeTypes: options.nodeTypes,
			credentialsHelper: options.credentialsHelper,
			workflow,
			startNode: node.name,
			startData: result.workflowData,
			mode: 'webhook',
			additionalData: { webhookBaseUrl: shared.additionalData.webhookBaseUrl },
		}).then((finished) => {
			executions.push(finished);
		});
		pending.push(run);
		if (!result.noWebhookResponse && !res.headersSent) {
			res.status(200).json(result.webhookResponse ?? { message: 'Workflow was started' });
		}
	});
	shared.additionalData = baseAdditionalData(options.credentialsHelper, undefined, {
		webhookBaseUrl: `${host.url}/webhook`,
		webhookTestBaseUrl: `${host.url}/webhook-test`,
	});

	const hook = (method: 'checkExists' | 'create' | 'delete', mode: 'activate' | 'manual' = 'activate') => {
		const description = descriptions.find((d) => d.name === 'default') ?? descriptions[0];
		const context = new HookContext(workflow, node, shared.additionalData, 'webhook', mode, webhookData(description));
		const methods = nodeType.webhookMethods?.default;
		if (!methods) throw new Error(`${node.type} has no webhookMethods.default`);
		return methods[method].call(context);
	};

	const firstPath = descriptions[0]?.path;
	return {
		url: `${host.url}/webhook/${node.webhookId ?? ''}/${String(firstPath ?? '')}`.replace(/\/+$/, ''),
		executions,
		get requests() {
			return requests;
		},
		get answeredBeforeStored() {
			return answeredBeforeStored;
		},
		workflow,
		checkExists: async () => await hook('checkExists'),
		activate: async () => ((await hook('checkExists')) ? true : await hook('create')),
		deactivate: async () => await hook('delete'),
		staticData: () => workflow.getStaticData('node', node),
		settled: async () => {
			await Promise.allSettled(pending);
			return executions;
		},
		waitForExecutions: async (count, timeoutMs = 10_000) => {
			const started = Date.now();
			while (executions.length < count) {
				if (Date.now() - started > timeoutMs) {
					throw new Error(`Expected ${count} executions, saw ${executions.length}`);
				}
				await sleep(10);
			}
			return executions;
		},
		stop: async () => {
			await Promise.allSettled(pending);
			await host.stop();
		},
	};
}
