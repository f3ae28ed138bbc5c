/**
 * Runs workflows through the published n8n-core `WorkflowExecute`, the same engine n8n itself uses.
 * n8n's own NodeTestHarness is not published, so this is a small equivalent on top of the public API.
 */
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import {
	createRunExecutionData,
	ICredentialsHelper,
	NodeConnectionTypes,
	NodeHelpers,
	Workflow,
} from 'n8n-workflow';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IConnections,
	IRun,
	IVersionedNodeType,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';

class ManualTrigger implements INodeType {
	description: INodeType['description'] = {
		displayName: 'Manual Trigger',
		name: 'manualTrigger',
		group: ['trigger'],
		version: 1,
		description: 'Starts a test workflow',
		defaults: { name: 'Manual Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	};

	async execute(this: IExecuteFunctions) {
		return [this.getInputData()];
	}
}

export class NodeTypes implements INodeTypes {
	private readonly types: Record<string, INodeType | IVersionedNodeType>;

	constructor(types: Record<string, INodeType | IVersionedNodeType>) {
		this.types = { 'n8n-nodes-base.manualTrigger': new ManualTrigger(), ...types };
	}

	getByName(type: string) {
		return this.types[type];
	}

	getByNameAndVersion(type: string, version?: number) {
		const nodeType = this.types[type];
		if (!nodeType) throw new Error(`Unknown node type ${type}`);
		return NodeHelpers.getVersionedNodeType(nodeType, version);
	}

	getKnownTypes() {
		return {};
	}
}

/** Decrypted credentials by type, authenticated the way n8n's CLI CredentialsHelper does it. */
export class CredentialsHelper extends ICredentialsHelper {
	constructor(
		private readonly types: Record<string, ICredentialType>,
		private readonly data: Record<string, ICredentialDataDecryptedObject>,
	) {
		super();
	}

	getParentTypes(type: string): string[] {
		return this.types[type]?.extends ?? [];
	}

	isCredentialUsableByNode() {
		return true;
	}

	async getDecrypted(_data: unknown, _node: unknown, type: string) {
		return this.data[type] ?? {};
	}

	async getCredentials(): Promise<never> {
		throw new Error('not used by these tests');
	}

	async updateCredentials() {}

	/** n8n stores renewed OAuth2 tokens here; keeping them lets a test see the refresh persist. */
	async updateCredentialsOauthTokenData(_details: unknown, type: string, data: ICredentialDataDecryptedObject) {
		this.data[type] = { ...this.data[type], ...data };
	}

	getCredentialsProperties() {
		return [];
	}

	async preAuthentication() {
		return undefined;
	}

	async runPreAuthentication() {
		return undefined;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		options: IHttpRequestOptions,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const authenticate = this.types[typeName]?.authenticate;
		if (typeof authenticate === 'function') return await authenticate(credentials, options);
		if (!authenticate || authenticate.type !== 'generic') return options;
		const resolve = (value: unknown) =>
			typeof value === 'string' && value.startsWith('=')
				? String(
						workflow!.expression.getSimpleParameterValue(
							node!,
							value,
							'internal',
							{ $credentials: credentials },
							undefined,
							'',
						) ?? '',
					)
				: value;
		const target = options as unknown as Record<string, Record<string, unknown>>;
		for (const [section, entries] of Object.entries(authenticate.properties)) {
			target[section] = { ...(target[section] ?? {}) };
			for (const [key, value] of Object.entries(entries as IDataObject)) {
				target[section][resolve(key) as string] = resolve(value);
			}
		}
		return options;
	}
}

export interface WorkflowJson {
	nodes: INode[];
	connections: IConnections;
	settings?: IWorkflowBase['settings'];
}

export interface RunOptions {
	nodeTypes: INodeTypes;
	credentialsHelper: ICredentialsHelper;
	/** Items given to the start node; one empty item when omitted. */
	items?: IDataObject[];
	/** Start here instead of the workflow's start node, e.g. at a trigger with what its webhook returned. */
	startNode?: string;
	startData?: INodeExecutionData[][];
	/** Reuse a workflow object, e.g. to keep a trigger's static data across runs. */
	workflow?: Workflow;
	additionalData?: Partial<IWorkflowExecuteAdditionalData>;
	mode?: WorkflowExecuteMode;
}

export function buildWorkflow(wf: WorkflowJson, nodeTypes: INodeTypes): Workflow {
	return new Workflow({
		id: 'test',
		nodes: wf.nodes,
		connections: wf.connections,
		active: false,
		nodeTypes,
		settings: wf.settings ?? { executionOrder: 'v1' },
	});
}

export function baseAdditionalData(
	credentialsHelper: ICredentialsHelper,
	hooks?: ExecutionLifecycleHooks,
	overrides: Partial<IWorkflowExecuteAdditionalData> = {},
): IWorkflowExecuteAdditionalData {
	// A plain object rather than a deep mock: n8n-core branches on optional fields of it.
	return {
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
	} as unknown as IWorkflowExecuteAdditionalData;
}

export async function runWorkflow(wf: WorkflowJson, options: RunOptions): Promise<IRun> {
	const workflow = options.workflow ?? buildWorkflow(wf, options.nodeTypes);
	const mode = options.mode ?? 'manual';
	const hooks = new ExecutionLifecycleHooks(mode, '1', {
		id: 'test',
		name: 'test',
		nodes: wf.nodes,
		connections: wf.connections,
	} as unknown as IWorkflowBase);
	let finished!: (run: IRun) => void;
	const done = new Promise<IRun>((resolve) => (finished = resolve));
	hooks.addHandler('workflowExecuteAfter', (run) => finished(run));
	const additionalData = baseAdditionalData(options.credentialsHelper, hooks, options.additionalData);
	const startNode = options.startNode ? workflow.getNode(options.startNode) : workflow.getStartNode();
	if (!startNode) throw new Error('The workflow has no start node');
	const items: INodeExecutionData[] = (options.items ?? [{}]).map((json) => ({ json }));
	const runData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [{ node: startNode, data: { main: options.startData ?? [items] }, source: null }],
		},
	});
	await new WorkflowExecute(additionalData, mode, runData).processRunExecutionData(workflow);
	return await done;
}

/** The items a node produced on one output in the first run. */
export function outputOf(run: IRun, nodeName: string, outputIndex = 0): INodeExecutionData[] {
	const taskData = run.data.resultData.runData[nodeName]?.[0];
	if (!taskData) throw new Error(`Node "${nodeName}" did not run`);
	return taskData.data?.main[outputIndex] ?? [];
}

/** Builds a Manual Trigger → nodes chain, each node connected to the next. */
export function chain(...nodes: Array<Omit<INode, 'id' | 'position' | 'typeVersion'> & { typeVersion?: number }>): WorkflowJson {
	const all: INode[] = [
		{ id: 't', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
		...nodes.map((node, index) => ({ typeVersion: 1, ...node, id: String(index + 1), position: [(index + 1) * 200, 0] as [number, number] })),
	];
	const connections: IConnections = {};
	for (let i = 0; i < all.length - 1; i++) {
		connections[all[i].name] = { main: [[{ node: all[i + 1].name, type: NodeConnectionTypes.Main, index: 0 }]] };
	}
	return { nodes: all, connections };
}
