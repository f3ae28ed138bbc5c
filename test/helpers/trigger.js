'use strict';
/**
 * Hosts a workflow whose start node is one of our webhook triggers, the way n8n's webhook server does:
 * activation runs the node's webhookMethods through n8n-core's HookContext; each HTTP request runs the
 * node's `webhook()` through n8n-core's WebhookContext; when it returns workflow data, the workflow runs
 * from the trigger with that data through WorkflowExecute. Every started execution is recorded, so a test
 * can prove a rejected request started none. The webhook benches time the same `webhookTrigger` calls.
 */
const { HookContext, WebhookContext } = require('n8n-core');
const { sleep } = require('n8n-workflow');

const { baseAdditionalData, buildWorkflow, connectInLine, runWorkflow } = require('./n8n');
const { startWebhookHost } = require('./webhook-host');

/**
 * @typedef {import('n8n-workflow').IDataObject} IDataObject
 * @typedef {import('n8n-workflow').INode} INode
 * @typedef {import('n8n-workflow').INodeType} INodeType
 * @typedef {import('n8n-workflow').INodeTypes} INodeTypes
 * @typedef {import('n8n-workflow').IRun} IRun
 * @typedef {import('n8n-workflow').IWebhookData} IWebhookData
 * @typedef {import('n8n-workflow').IWebhookDescription} IWebhookDescription
 * @typedef {import('n8n-workflow').IWebhookResponseData} IWebhookResponseData
 * @typedef {import('n8n-workflow').IWorkflowExecuteAdditionalData} IWorkflowExecuteAdditionalData
 * @typedef {import('n8n-workflow').Workflow} Workflow
 * @typedef {import('./n8n').WorkflowJson} WorkflowJson
 * @typedef {import('./n8n').NodeSpec} NodeSpec
 * @typedef {{ method: string, path?: string, body: unknown, headers: IDataObject, [key: string]: unknown }} HostRequest
 * @typedef {{ headersSent: boolean, status(code: number): HostResponse, json(body: unknown): HostResponse }} HostResponse
 */

/**
 * @typedef {object} HostedTrigger
 * @property {string} url the trigger's production webhook URL on the loopback host
 * @property {IRun[]} executions
 * @property {number} requests how many requests the node's webhook() handled
 * @property {number} answeredBeforeStored requests the node answered itself although they started an execution: answered before n8n stored it
 * @property {Workflow} workflow
 * @property {() => Promise<boolean>} activate
 * @property {() => Promise<boolean>} deactivate
 * @property {() => Promise<boolean>} checkExists
 * @property {() => IDataObject} staticData
 * @property {() => Promise<IRun[]>} settled resolves once every execution started so far has finished
 * @property {(count: number, timeoutMs?: number) => Promise<IRun[]>} waitForExecutions resolves once `count` executions have finished (or rejects after `timeoutMs`)
 * @property {() => Promise<void>} stop
 */

/**
 * @typedef {object} HostOptions
 * @property {INodeTypes} nodeTypes
 * @property {import('n8n-workflow').ICredentialsHelper} credentialsHelper
 * @property {string} [trigger] the trigger node's name; the workflow's first node when unset
 * @property {() => boolean} [serving] while false, the host answers 404 like an n8n that has not registered the webhook yet
 */

/** Builds a trigger → nodes chain, like `chain()` but starting at the given trigger node. @param {NodeSpec} trigger @param {...NodeSpec} nodes @returns {WorkflowJson} */
function triggerWorkflow(trigger, ...nodes) {
	/** @type {INode[]} */
	const all = [trigger, ...nodes].map((spec, index) => ({
		typeVersion: 1,
		webhookId: index === 0 ? 'test-webhook-id' : undefined,
		...spec,
		id: String(index),
		position: /** @type {[number, number]} */ ([index * 200, 0]),
	}));
	return { nodes: all, connections: connectInLine(all) };
}

/**
 * A trigger node as n8n's webhook server sees it: its webhook descriptions, the webhook data n8n registers
 * for one, and `receive(req, res)`, which runs the node's `webhook()` in a fresh WebhookContext.
 * @param {Workflow} workflow @param {INode} node @param {INodeType} nodeType
 * @param {() => IWorkflowExecuteAdditionalData} additionalData read on each call, so a host can fill in its URL later
 */
function webhookTrigger(workflow, node, nodeType, additionalData) {
	const descriptions = nodeType.description.webhooks ?? [];
	/** @param {IWebhookDescription} description @returns {IWebhookData} */
	const webhookData = (description) => ({
		httpMethod: /** @type {import('n8n-workflow').IHttpRequestMethods} */ (description.httpMethod),
		node: node.name,
		path: String(description.path),
		webhookDescription: description,
		workflowId: String(workflow.id),
		workflowExecuteAdditionalData: additionalData(),
		webhookId: node.webhookId,
	});
	/** The description n8n serves a request with this method by. @param {string} method */
	const forMethod = (method) => descriptions.find((d) => String(d.httpMethod) === method);
	/**
	 * @param {HostRequest} req @param {HostResponse} res @param {IWebhookDescription} [description]
	 * @returns {Promise<IWebhookResponseData>}
	 */
	const receive = async (req, res, description = forMethod(req.method)) => {
		const requestData = /** @type {IWorkflowExecuteAdditionalData} */ (/** @type {unknown} */ ({ ...additionalData(), httpRequest: req, httpResponse: res }));
		const context = new WebhookContext(workflow, node, requestData, 'webhook', webhookData(/** @type {IWebhookDescription} */ (description)), [], null);
		return await /** @type {NonNullable<INodeType['webhook']>} */ (nodeType.webhook).call(context);
	};
	return { descriptions, webhookData, forMethod, receive };
}

/** Answers a request the node left unanswered, the way n8n does. @param {HostResponse} res @param {IWebhookResponseData} result */
function answer(res, result) {
	if (result.noWebhookResponse || res.headersSent) return;
	const fallback = result.workflowData === undefined ? 'Webhook call received' : 'Workflow was started';
	res.status(200).json(result.webhookResponse ?? { message: fallback });
}

/** @param {WorkflowJson} wf @param {HostOptions} options @returns {Promise<HostedTrigger>} */
async function hostTrigger(wf, options) {
	const workflow = buildWorkflow(wf, options.nodeTypes);
	const node = options.trigger ? workflow.getNode(options.trigger) : wf.nodes[0];
	if (!node) throw new Error(`No trigger node ${options.trigger}`);
	const nodeType = options.nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
	/** @type {IRun[]} */
	const executions = [];
	/** @type {Array<Promise<void>>} */
	const pending = [];
	let requests = 0;
	let answeredBeforeStored = 0;
	let additionalData = /** @type {IWorkflowExecuteAdditionalData} */ ({});
	const trigger = webhookTrigger(workflow, node, nodeType, () => additionalData);

	const host = await startWebhookHost(async (/** @type {HostRequest} */ req, /** @type {HostResponse} */ res) => {
		const description = trigger.forMethod(req.method);
		if (!description || options.serving?.() === false) {
			res.status(404).json({ code: 404, message: 'The requested webhook is not registered.' });
			return;
		}
		requests++;
		const result = await trigger.receive(req, res, description);
		if (result.workflowData !== undefined) {
			if (res.headersSent) answeredBeforeStored++;
			// n8n stores the execution, starts it, and only then sends an onReceived answer.
			const run = runWorkflow(wf, {
				nodeTypes: options.nodeTypes,
				credentialsHelper: options.credentialsHelper,
				workflow,
				startNode: node.name,
				startData: result.workflowData,
				mode: 'webhook',
				additionalData: { webhookBaseUrl: additionalData.webhookBaseUrl },
			}).then((finished) => {
				executions.push(finished);
			});
			pending.push(run);
		}
		answer(res, result);
	});
	additionalData = baseAdditionalData(options.credentialsHelper, undefined, {
		webhookBaseUrl: `${host.url}/webhook`,
		webhookTestBaseUrl: `${host.url}/webhook-test`,
	});

	/** @param {'checkExists' | 'create' | 'delete'} method @param {'activate' | 'manual'} [mode] @returns {Promise<boolean>} */
	const hook = (method, mode = 'activate') => {
		const description = trigger.descriptions.find((d) => d.name === 'default') ?? trigger.descriptions[0];
		const context = new HookContext(workflow, node, additionalData, 'webhook', mode, trigger.webhookData(description));
		const methods = nodeType.webhookMethods?.default;
		if (!methods) throw new Error(`${node.type} has no webhookMethods.default`);
		return methods[method].call(context);
	};

	const firstPath = trigger.descriptions[0]?.path;
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

module.exports = { triggerWorkflow, webhookTrigger, answer, hostTrigger, startWebhookHost };
