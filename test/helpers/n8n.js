'use strict';
/**
 * The one n8n harness for test/, bench/ and e2e/: runs workflows through the published n8n-core
 * `WorkflowExecute`, the same engine n8n itself uses. n8n's own NodeTestHarness is not published, so this is
 * a small equivalent on top of the public API. Plain JavaScript with JSDoc types, so jest (TypeScript from
 * source) and the benches (plain node on dist/) load the same file.
 */
const { ExecutionLifecycleHooks, WorkflowExecute } = require('n8n-core');
const { createRunExecutionData, NodeConnectionTypes, NodeHelpers, Workflow } = require('n8n-workflow');

const { CredentialsHelper } = require('./credentials');

/**
 * @typedef {import('n8n-workflow').IDataObject} IDataObject
 * @typedef {import('n8n-workflow').INode} INode
 * @typedef {import('n8n-workflow').INodeExecutionData} INodeExecutionData
 * @typedef {import('n8n-workflow').INodeType} INodeType
 * @typedef {import('n8n-workflow').INodeTypes} INodeTypes
 * @typedef {import('n8n-workflow').IConnections} IConnections
 * @typedef {import('n8n-workflow').IRun} IRun
 * @typedef {import('n8n-workflow').IVersionedNodeType} IVersionedNodeType
 * @typedef {import('n8n-workflow').IWorkflowBase} IWorkflowBase
 * @typedef {import('n8n-workflow').IWorkflowExecuteAdditionalData} IWorkflowExecuteAdditionalData
 * @typedef {import('n8n-workflow').WorkflowExecuteMode} WorkflowExecuteMode
 * @typedef {import('n8n-workflow').Workflow} WorkflowType
 * @typedef {import('n8n-core').ExecutionLifecycleHooks} Hooks
 */

/**
 * @typedef {object} WorkflowJson
 * @property {INode[]} nodes
 * @property {IConnections} connections
 * @property {IWorkflowBase['settings']} [settings]
 */

/**
 * @typedef {object} RunOptions
 * @property {INodeTypes} nodeTypes
 * @property {import('n8n-workflow').ICredentialsHelper} [credentialsHelper] one that knows no credentials when omitted
 * @property {IDataObject[]} [items] items given to the start node; one empty item when omitted
 * @property {string} [startNode] start here instead of the workflow's start node, e.g. at a trigger with what its webhook returned
 * @property {INodeExecutionData[][]} [startData]
 * @property {WorkflowType} [workflow] reuse a workflow object, e.g. to keep a trigger's static data across runs
 * @property {Partial<IWorkflowExecuteAdditionalData>} [additionalData]
 * @property {WorkflowExecuteMode} [mode]
 */

/**
 * The description of a baseline node (one the tests and benches compare ours to): one output, no parameters.
 * @param {string} displayName @param {string} name @param {string} group
 * @param {import('n8n-workflow').NodeConnectionType[]} inputs
 * @returns {INodeType['description']}
 */
const baselineDescription = (displayName, name, group, inputs) => ({
	displayName,
	name,
	group: [group],
	version: 1,
	description: 'Baseline',
	defaults: { name: displayName },
	inputs,
	outputs: [NodeConnectionTypes.Main],
	properties: [],
});

/** n8n's Manual Trigger: hands its input on. */
class ManualTrigger {
	constructor() {
		/** @type {INodeType['description']} */
		this.description = baselineDescription('Manual Trigger', 'manualTrigger', 'trigger', []);
	}

	/** @this {import('n8n-workflow').IExecuteFunctions} */
	async execute() {
		return [this.getInputData()];
	}
}

/** Returns its input untouched: the cheapest node n8n can run, the floor the benches compare a per-item node to. */
class PassThrough {
	constructor() {
		/** @type {INodeType['description']} */
		this.description = baselineDescription('Pass Through', 'passThrough', 'transform', [NodeConnectionTypes.Main]);
	}

	/** @this {import('n8n-workflow').IExecuteFunctions} */
	async execute() {
		return [this.getInputData()];
	}
}

/** Node types by name, with n8n's Manual Trigger and the benches' Pass Through (`bench.passThrough`) always there. */
class NodeTypes {
	/** @param {Record<string, INodeType | IVersionedNodeType>} types */
	constructor(types) {
		/** @private @type {Record<string, INodeType | IVersionedNodeType>} */
		this.types = { 'n8n-nodes-base.manualTrigger': new ManualTrigger(), 'bench.passThrough': new PassThrough(), ...types };
	}

	/** @param {string} type */
	getByName(type) {
		return this.types[type];
	}

	/** @param {string} type @param {number} [version] @returns {INodeType} */
	getByNameAndVersion(type, version) {
		const nodeType = this.types[type];
		if (!nodeType) throw new Error(`Unknown node type ${type}`);
		return NodeHelpers.getVersionedNodeType(nodeType, version);
	}

	getKnownTypes() {
		return {};
	}
}

/** @param {WorkflowJson} wf @param {INodeTypes} nodeTypes @returns {WorkflowType} */
function buildWorkflow(wf, nodeTypes) {
	return new Workflow({
		id: 'test',
		nodes: wf.nodes,
		connections: wf.connections,
		active: false,
		nodeTypes,
		settings: wf.settings ?? { executionOrder: 'v1' },
	});
}

/**
 * @param {import('n8n-workflow').ICredentialsHelper} credentialsHelper @param {Hooks} [hooks]
 * @param {Partial<IWorkflowExecuteAdditionalData>} [overrides] @returns {IWorkflowExecuteAdditionalData}
 */
function baseAdditionalData(credentialsHelper, hooks, overrides = {}) {
	// A plain object rather than a deep mock: n8n-core branches on optional fields of it.
	return /** @type {IWorkflowExecuteAdditionalData} */ (
		/** @type {unknown} */ ({
			hooks,
			credentialsHelper,
			executionId: '1',
			currentNodeParameters: undefined,
			restApiUrl: 'http://localhost:5678/rest',
			instanceBaseUrl: 'http://localhost:5678/',
			webhookBaseUrl: 'http://localhost:5678/webhook',
			webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
			webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
			formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
			variables: {},
			logAiEvent: () => {},
			...overrides,
		})
	);
}

/** Runs `wf` from its start node (or `options.startNode`) and resolves with n8n's run. @param {WorkflowJson} wf @param {RunOptions} options @returns {Promise<IRun>} */
async function runWorkflow(wf, options) {
	const workflow = options.workflow ?? buildWorkflow(wf, options.nodeTypes);
	const mode = options.mode ?? 'manual';
	const hooks = new ExecutionLifecycleHooks(mode, '1', /** @type {IWorkflowBase} */ (/** @type {unknown} */ ({ id: 'test', name: 'test', nodes: wf.nodes, connections: wf.connections })));
	/** @type {(run: IRun) => void} */
	let finished = () => {};
	/** @type {Promise<IRun>} */
	const done = new Promise((resolve) => (finished = resolve));
	hooks.addHandler('workflowExecuteAfter', (run) => finished(run));
	const additionalData = baseAdditionalData(options.credentialsHelper ?? new CredentialsHelper(), hooks, options.additionalData);
	const startNode = options.startNode ? workflow.getNode(options.startNode) : workflow.getStartNode();
	if (!startNode) throw new Error('The workflow has no start node');
	const items = (options.items ?? [{}]).map((json) => ({ json }));
	const runData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [{ node: startNode, data: { main: options.startData ?? [items] }, source: null }],
		},
	});
	await new WorkflowExecute(additionalData, mode, runData).processRunExecutionData(workflow);
	return await done;
}

/** The items a node produced on one output in the first run. @param {IRun} run @param {string} nodeName @returns {INodeExecutionData[]} */
function outputOf(run, nodeName, outputIndex = 0) {
	const taskData = run.data.resultData.runData[nodeName]?.[0];
	if (!taskData) throw new Error(`Node "${nodeName}" did not run`);
	return taskData.data?.main[outputIndex] ?? [];
}

/** How long n8n recorded a node's first run took, in ms. @param {IRun} run @param {string} nodeName */
function nodeTime(run, nodeName) {
	return run.data.resultData.runData[nodeName][0].executionTime;
}

/**
 * @typedef {Omit<INode, 'id' | 'position' | 'typeVersion'> & { typeVersion?: number }} NodeSpec
 */

/** A node for a workflow JSON at column `index`: (name, type, index, parameters) → a full INode. @returns {INode} */
function node(/** @type {string} */ name, /** @type {string} */ type, /** @type {number} */ index, /** @type {INode['parameters']} */ parameters = {}) {
	return { id: String(index), name, type, typeVersion: 1, position: [index * 200, 0], parameters };
}

/** Connects `from`'s outputs (one list of target names per output) into `connections`. @param {IConnections} connections @param {string} from @param {string[][]} outputs */
function connect(connections, from, outputs) {
	connections[from] = { main: outputs.map((targets) => targets.map((target) => ({ node: target, type: NodeConnectionTypes.Main, index: 0 }))) };
	return connections;
}

/** Connects each node to the next on its first output. @param {INode[]} nodes @returns {IConnections} */
function connectInLine(nodes) {
	/** @type {IConnections} */
	const connections = {};
	for (let i = 0; i < nodes.length - 1; i++) connect(connections, nodes[i].name, [[nodes[i + 1].name]]);
	return connections;
}

/** Builds a Manual Trigger → nodes chain, each node connected to the next. @param {...NodeSpec} nodes @returns {WorkflowJson} */
function chain(...nodes) {
	/** @type {INode[]} */
	const all = [
		{ id: 't', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
		...nodes.map((spec, index) => ({ typeVersion: 1, ...spec, id: String(index + 1), position: /** @type {[number, number]} */ ([(index + 1) * 200, 0]) })),
	];
	return { nodes: all, connections: connectInLine(all) };
}

module.exports = {
	baselineDescription,
	NodeTypes,
	CredentialsHelper,
	ManualTrigger,
	PassThrough,
	buildWorkflow,
	baseAdditionalData,
	runWorkflow,
	outputOf,
	nodeTime,
	node,
	connect,
	connectInLine,
	chain,
};
