'use strict';
/**
 * Runs a workflow through n8n-core's WorkflowExecute, like test/helpers/n8n.ts does for the tests, in plain
 * JavaScript so benches need no TypeScript. Only what node benches need: a node-type registry with a Manual
 * Trigger, a credentials helper that returns nothing, and runWorkflow / outputOf / nodeTime.
 */
const { ExecutionLifecycleHooks, WorkflowExecute } = require('n8n-core');
const { createRunExecutionData, NodeConnectionTypes, NodeHelpers, Workflow } = require('n8n-workflow');

const { BenchCredentials } = require('./credentials');

class ManualTrigger {
	constructor() {
		this.description = {
			displayName: 'Manual Trigger',
			name: 'manualTrigger',
			group: ['trigger'],
			version: 1,
			description: 'Starts the bench workflow',
			defaults: { name: 'Manual Trigger' },
			inputs: [],
			outputs: [NodeConnectionTypes.Main],
			properties: [],
		};
	}

	async execute() {
		return [this.getInputData()];
	}
}

/** Returns its input untouched: the cheapest node n8n can run, the floor for any per-item node. */
class PassThrough {
	constructor() {
		this.description = {
			displayName: 'Pass Through',
			name: 'passThrough',
			group: ['transform'],
			version: 1,
			description: 'Baseline',
			defaults: { name: 'Pass Through' },
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			properties: [],
		};
	}

	async execute() {
		return [this.getInputData()];
	}
}

class NodeTypes {
	constructor(types) {
		this.types = { 'n8n-nodes-base.manualTrigger': new ManualTrigger(), 'bench.passThrough': new PassThrough(), ...types };
	}

	getByName(type) {
		return this.types[type];
	}

	getByNameAndVersion(type, version) {
		const nodeType = this.types[type];
		if (!nodeType) throw new Error(`Unknown node type ${type}`);
		return NodeHelpers.getVersionedNodeType(nodeType, version);
	}

	getKnownTypes() {
		return {};
	}
}

/** Runs `wf` ({nodes, connections, settings?}) from its start node with `items` as the trigger's output. */
async function runWorkflow(wf, { nodeTypes, items = [{}], mode = 'manual', credentialsHelper = new BenchCredentials() }) {
	const workflow = new Workflow({
		id: 'bench',
		nodes: wf.nodes,
		connections: wf.connections,
		active: false,
		nodeTypes,
		settings: wf.settings ?? { executionOrder: 'v1' },
	});
	const hooks = new ExecutionLifecycleHooks(mode, '1', { id: 'bench', name: 'bench', nodes: wf.nodes, connections: wf.connections });
	let finished;
	const done = new Promise((resolve) => (finished = resolve));
	hooks.addHandler('workflowExecuteAfter', (run) => finished(run));
	const additionalData = {
		hooks,
		credentialsHelper,
		executionId: '1',
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		variables: {},
		logAiEvent: () => {},
	};
	const startNode = workflow.getStartNode();
	const runData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [{ node: startNode, data: { main: [items.map((json) => ({ json }))] }, source: null }],
		},
	});
	await new WorkflowExecute(additionalData, mode, runData).processRunExecutionData(workflow);
	return await done;
}

/** The items a node produced on one output. */
function outputOf(run, nodeName, outputIndex = 0) {
	const taskData = run.data.resultData.runData[nodeName]?.[0];
	if (!taskData) throw new Error(`Node "${nodeName}" did not run`);
	return taskData.data?.main[outputIndex] ?? [];
}

/** How long n8n recorded a node's run took, in ms. */
function nodeTime(run, nodeName) {
	return run.data.resultData.runData[nodeName][0].executionTime;
}

/** A node for a workflow JSON: {name, type, parameters} → a full INode. */
function node(name, type, index, parameters = {}) {
	return { id: String(index), name, type, typeVersion: 1, position: [index * 200, 0], parameters };
}

function connect(connections, from, outputs) {
	connections[from] = { main: outputs.map((targets) => targets.map((target) => ({ node: target, type: NodeConnectionTypes.Main, index: 0 }))) };
	return connections;
}

module.exports = { NodeTypes, PassThrough, runWorkflow, outputOf, nodeTime, node, connect };
