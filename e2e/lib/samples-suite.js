'use strict';
/**
 * The five sample workflows in a real n8n: this package installed as a community package, the samples
 * published, each trigger fired over HTTP with the vendor's documented payload, and the outcome read back
 * from the simulators (what each vendor API received) and from n8n's own executions list. Run on each n8n
 * release the sandbox has (sandbox/releases.js) by e2e/samples*.e2e.test.js; the five samples' own tests
 * are in e2e/lib/samples/each-sample.js, the sandbox and the helpers they share in e2e/lib/samples/context.js.
 */
const { executionsOf: allExecutionsOf } = require('../../sandbox/n8n-rest');
const { openExecutionsDb } = require('./executions-db');
const { waitFor, QUEUE_MODE } = require('./sandbox');
const { IDS, samplesContext } = require('./samples/context');
const { describeEachSample } = require('./samples/each-sample');

/** Registers the samples' tests against one n8n release: 'v2' or 'v1'. */
function describeSamples(release) {
	const ctx = samplesContext(release);
	const { executionsOf, allFinished } = ctx;
	let sandbox, sims, cookie;
	beforeAll(() => ({ sandbox, sims, cookie } = ctx));

	test('the package is loaded and all five samples are published', async () => {
		expect(sandbox.samples.map((sample) => sample.id).sort()).toEqual(Object.values(IDS).sort());
		expect(sandbox.logs()).not.toMatch(/Unrecognized node type|There was a problem loading the node/i);
		// The Zoho Desk Trigger registers its webhook in Zoho Desk on activation, pointing at this n8n.
		await waitFor(() => sims.zohodesk.state.webhooks.length > 0, { what: 'the Zoho Desk webhook registration' });
		const zohoTriggers = sandbox.samples.flatMap((sample) => sample.nodes.filter((node) => node.type === 'n8n-nodes-handover.zohoDeskTrigger'));
		await waitFor(() => sims.zohodesk.state.webhooks.length === zohoTriggers.length, { what: 'one Zoho Desk webhook per trigger' });
		for (const trigger of zohoTriggers) {
			expect(sims.zohodesk.state.webhooks.filter((webhook) => webhook.url.startsWith(`${sandbox.publicUrl}/webhook/${trigger.webhookId}/`))).toHaveLength(1);
		}
	});

	describeEachSample(ctx);

	// The REST API can list what n8n's own connection has not committed (n8n 1.x's single SQLite connection left
	// a transaction open under the samples' concurrent data-table updates), so the file is read on its own.
	test('every finished execution n8n lists is committed to its database file with the same status', async () => {
		const db = openExecutionsDb(sandbox);
		for (const id of Object.values(IDS)) {
			await allFinished(id);
			const listed = (await allExecutionsOf(sandbox.n8n.url, cookie, id)).filter((e) => e.status !== 'running' && e.status !== 'new');
			const stored = await db.statusById(id);
			expect(listed.map((e) => [e.id, stored.get(String(e.id))])).toEqual(listed.map((e) => [e.id, e.status]));
		}
	});

	test('no sandbox secret appears in the n8n log or in any saved execution', async () => {
		const { sandboxCredentials } = require('../../sandbox/credentials');
		const secrets = sandboxCredentials(sims)
			.flatMap((credential) => Object.entries(credential.data))
			.filter(([key]) => /key|token|secret/i.test(key))
			.map(([, value]) => (typeof value === 'object' ? value.refresh_token : value))
			.filter((value) => typeof value === 'string' && value.length >= 8);
		expect(secrets.length).toBeGreaterThanOrEqual(6);
		const executions = [];
		for (const id of Object.values(IDS)) {
			for (const execution of await executionsOf(sandbox.n8n.url, cookie, id)) {
				const { json } = await require('../../sandbox/n8n-rest').call(sandbox.n8n.url, 'GET', `/rest/executions/${execution.id}`, { cookie });
				executions.push(JSON.stringify(json));
			}
		}
		expect(executions.length).toBeGreaterThan(10);
		const haystack = sandbox.logs() + executions.join('\n');
		for (const secret of secrets) expect(haystack.includes(secret)).toBe(false);
	});

	if (QUEUE_MODE) {
		test('queue mode: the worker ran every execution the samples started', async () => {
			const ids = [];
			for (const id of Object.values(IDS)) ids.push(...(await allExecutionsOf(sandbox.n8n.url, cookie, id)).map((execution) => String(execution.id)));
			expect(ids.length).toBeGreaterThan(10);
			const ranByWorker = new Set([...sandbox.workerLogs().matchAll(/Worker started execution (\d+) /g)].map((match) => match[1]));
			expect(ids.filter((id) => !ranByWorker.has(id))).toEqual([]);
		});
	}
}

module.exports = { describeSamples };
