import { BASELINE_WORKFLOWS } from '../e2e/lib/baseline-workflows';
import { OPEN_CERTAINLY } from '../e2e/lib/reliability-workflows';
import { readSamples } from '../sandbox/workflows';

interface Workflow {
	nodes: Array<{ id?: string; name: string; webhookId?: string }>;
	connections: Record<string, Record<string, Array<Array<{ node: string }>>>>;
}

// n8n on Postgres stores node ids in varchar(36) columns (workflow_publication_trigger_status.nodeId) and logs
// "value too long" for anything longer; SQLite accepts it silently. So every id is a 36-character UUID v4.
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const samples = readSamples() as Array<{ file: string; workflow: Workflow }>;
const all: Array<[string, Workflow]> = [
	...samples.map(({ file, workflow }): [string, Workflow] => [`workflows/${file}`, workflow]),
	...[...BASELINE_WORKFLOWS, OPEN_CERTAINLY].map(({ file, workflow }): [string, Workflow] => [`e2e ${file}`, workflow as Workflow]),
];

it('finds the five samples', () => {
	expect(samples.length).toBeGreaterThanOrEqual(5);
});

describe.each(all)('%s', (_file, workflow) => {
	it('gives every node a UUID v4 id, unique within the workflow', () => {
		const ids = workflow.nodes.map((node) => node.id);
		for (const id of ids) expect(id).toMatch(UUID_V4);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('gives every webhook node a UUID v4 webhookId, unique within the workflow', () => {
		const webhookIds = workflow.nodes.flatMap((node) => (node.webhookId === undefined ? [] : [node.webhookId]));
		for (const id of webhookIds) expect(id).toMatch(UUID_V4);
		expect(new Set(webhookIds).size).toBe(webhookIds.length);
	});

	it('connects nodes by name, and every name exists', () => {
		const names = new Set(workflow.nodes.map((node) => node.name));
		expect(names.size).toBe(workflow.nodes.length);
		for (const [from, outputs] of Object.entries(workflow.connections)) {
			expect(names).toContain(from);
			for (const targets of Object.values(outputs)) for (const target of targets.flat()) expect(names).toContain(target.node);
		}
	});
});
