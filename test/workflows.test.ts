import type { INode, INodeType } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { Botcopy } from '../nodes/Botcopy/Botcopy.node';
import { BotcopyTrigger } from '../nodes/Botcopy/BotcopyTrigger.node';
import { Certainly } from '../nodes/Certainly/Certainly.node';
import { CertainlyTrigger } from '../nodes/Certainly/CertainlyTrigger.node';
import { ChatNation } from '../nodes/ChatNation/ChatNation.node';
import { HandoverDecision } from '../nodes/HandoverDecision/HandoverDecision.node';
import { Kapso } from '../nodes/Kapso/Kapso.node';
import { KapsoTrigger } from '../nodes/Kapso/KapsoTrigger.node';
import { ZohoDesk } from '../nodes/ZohoDesk/ZohoDesk.node';
import { ZohoDeskTrigger } from '../nodes/ZohoDesk/ZohoDeskTrigger.node';
import { readSamples } from '../sandbox/workflows';

/**
 * Each sample's nodes of this package, checked against the node types as the editor would: every parameter the
 * sample sets is one the node shows for that resource and operation (a misspelt or stale name would be dropped
 * silently by n8n), and no required parameter is missing. The samples run whole, with n8n's own nodes, in a real
 * n8n in the end-to-end suite (e2e/samples.e2e.test.js, e2e/conversation*.e2e.test.js).
 */
const NODE_TYPES: Record<string, INodeType> = {
	botcopy: new Botcopy(),
	botcopyTrigger: new BotcopyTrigger(),
	certainly: new Certainly(),
	certainlyTrigger: new CertainlyTrigger(),
	chatNation: new ChatNation(),
	handoverDecision: new HandoverDecision(),
	kapso: new Kapso(),
	kapsoTrigger: new KapsoTrigger(),
	zohoDesk: new ZohoDesk(),
	zohoDeskTrigger: new ZohoDeskTrigger(),
};

interface Workflow {
	nodes: Array<INode & { parameters: { width?: number; height?: number } }>;
	connections: Record<string, { main: Array<Array<{ node: string }>> }>;
}
const samples = readSamples() as Array<{ file: string; workflow: Workflow }>;

const oursIn = (nodes: INode[]) => nodes.filter((node) => node.type.startsWith('n8n-nodes-handover.'));

describe.each(samples)('sample $file', ({ workflow }) => {
	test.each(oursIn(workflow.nodes).map((node) => [node.name, node] as const))('%s: every parameter is one the node shows, none required is missing', (_name, node) => {
		const nodeType = NODE_TYPES[node.type.slice('n8n-nodes-handover.'.length)];
		expect(nodeType).toBeDefined();
		const { description } = nodeType;
		expect([description.version].flat()).toContain(node.typeVersion);
		const shown = NodeHelpers.getNodeParameters(description.properties, node.parameters, true, false, node, description) ?? {};
		expect(Object.keys(node.parameters).filter((key) => !(key in shown))).toEqual([]);
		const issues = NodeHelpers.getNodeParametersIssues(description.properties, { ...node, parameters: shown }, description);
		// The Zoho Desk department is left for the user to pick after importing (each sample's Setup note says so).
		const otherIssues = Object.keys(issues?.parameters ?? {}).filter((name) => name !== 'departmentId');
		expect(otherIssues).toEqual([]);
	});

	test('every connection joins nodes of the sample', () => {
		const names = new Set(workflow.nodes.map((node) => node.name));
		for (const [from, { main }] of Object.entries(workflow.connections)) {
			expect(names).toContain(from);
			for (const target of main.flat()) expect(names).toContain(target.node);
		}
	});

	// n8n draws a node as a 100 × 100 square from its position, a sticky note from its position at its width and height
	// (240 × 160 unless set): a node half on a note reads as belonging to it and to the canvas at once.
	test('no node sits across the edge of a sticky note', () => {
		const NODE = 100;
		const notes = workflow.nodes.filter((node) => node.type === 'n8n-nodes-base.stickyNote');
		const straddling = [];
		for (const note of notes) {
			const [x, y] = note.position;
			const [right, bottom] = [x + (note.parameters.width ?? 240), y + (note.parameters.height ?? 160)];
			for (const node of workflow.nodes.filter((candidate) => candidate.type !== 'n8n-nodes-base.stickyNote')) {
				const [nx, ny] = node.position;
				const inside = nx >= x && ny >= y && nx + NODE <= right && ny + NODE <= bottom;
				const outside = nx + NODE <= x || nx >= right || ny + NODE <= y || ny >= bottom;
				if (!inside && !outside) straddling.push(`${node.name} on the edge of ${note.name}`);
			}
		}
		expect(straddling).toEqual([]);
	});
});
