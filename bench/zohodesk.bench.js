'use strict';
/**
 * Zoho Desk round trips per handover: Create From Chat run in a real n8n-core workflow against the Zoho Desk
 * simulator, counting the Desk API calls it makes. A new session should cost 2 (search + create), a session
 * that already has its ticket 1 (search). The count is what costs Zoho API credits and latency.
 */
const { createZohoDeskSimulator } = require('../simulators/zohodesk');
const { CredentialsHelper, NodeTypes, runWorkflow } = require('../test/helpers/n8n');
const { packageTypes } = require('../test/helpers/registry');

const SESSIONS = 50;

function workflow(departmentId) {
	const nodes = [
		{ id: '0', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
		{
			id: '1',
			name: 'Zoho Desk',
			type: 'n8n-nodes-handover.zohoDesk',
			typeVersion: 1,
			position: [200, 0],
			credentials: { zohoDeskOAuth2Api: { id: '1', name: 'Zoho' } },
			parameters: {
				resource: 'ticket',
				operation: 'createFromChat',
				sessionId: '={{ $json.sessionId }}',
				departmentId,
				userEmail: '={{ $json.email }}',
				handoverReason: 'Low Confidence - 52%',
				transcript: '={{ $json.transcript }}',
			},
		},
	];
	return { nodes, connections: { Start: { main: [[{ node: 'Zoho Desk', type: 'main', index: 0 }]] } } };
}

async function run(log) {
	const sim = createZohoDeskSimulator();
	await sim.start();
	try {
		const types = packageTypes('dist');
		const credentials = new CredentialsHelper(types.credentials, {
			zohoDeskOAuth2Api: sim.credentialData(),
		});
		const nodeTypes = new NodeTypes(types.nodes);
		const wf = workflow(sim.departmentId);
		const items = Array.from({ length: SESSIONS }, (_, i) => ({
			sessionId: `bench-${i}`,
			email: `user${i}@example.com`,
			transcript: [
				{ role: 'user', text: 'My order has not arrived' },
				{ role: 'assistant', text: 'I could not find it' },
			],
		}));
		const deskCalls = () => sim.requests.filter((r) => r.path.startsWith('/api/v1/')).length;

		const started = Date.now();
		const first = await runWorkflow(wf, { nodeTypes, items, credentialsHelper: credentials });
		if (first.status !== 'success') throw new Error(`first run failed: ${first.data.resultData.error?.message}`);
		const newSessionCalls = deskCalls();
		const firstMs = Date.now() - started;
		sim.requests.length = 0;
		const again = Date.now();
		const second = await runWorkflow(wf, { nodeTypes, items, credentialsHelper: credentials });
		if (second.status !== 'success') throw new Error(`second run failed: ${second.data.resultData.error?.message}`);
		const existingCalls = deskCalls();
		const secondMs = Date.now() - again;

		log(`Create From Chat, ${SESSIONS} sessions (loopback simulator):`);
		log(`  new session:      ${(newSessionCalls / SESSIONS).toFixed(2)} Desk API calls per handover (goal 2), ${(firstMs / SESSIONS).toFixed(1)} ms each`);
		log(`  existing session: ${(existingCalls / SESSIONS).toFixed(2)} Desk API calls per handover (goal 1), ${(secondMs / SESSIONS).toFixed(1)} ms each`);
		log(`  tickets created:  ${sim.state.tickets.length} for ${SESSIONS} sessions`);
		return { newSessionCalls: newSessionCalls / SESSIONS, existingCalls: existingCalls / SESSIONS, tickets: sim.state.tickets.length };
	} finally {
		await sim.stop();
	}
}

module.exports = { run };
