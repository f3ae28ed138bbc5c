'use strict';
/**
 * What the reliability sections (e2e/reliability.e2e.test.js and e2e/lib/reliability/*.js) share: the workflow
 * IDs, one sandbox with a fault proxy before every vendor simulator (started in beforeAll; its fields on the
 * context object are set there), the figures printed at the end, and the helpers that clear the faults, count
 * vendor requests and wait for n8n's executions.
 */
const { scenarios } = require('../../../sandbox/scenarios');
const { sampleId } = require('../../../sandbox/workflows');
const { openExecutionsDb } = require('../executions-db');
const { OPEN_CERTAINLY, NO_SECRET_CERTAINLY_CREDENTIAL } = require('../reliability-workflows');
const { startTestSandbox, waitFor } = require('../sandbox');

const IDS = {
	aiChat: sampleId('ai-chat-to-zoho-desk.json'),
	botcopy: sampleId('botcopy-to-zoho-desk.json'),
	certainly: sampleId('certainly-listen-mode.json'),
	kapso: sampleId('kapso-whatsapp.json'),
	openCertainly: sampleId(OPEN_CERTAINLY.file),
};
const VENDORS = ['chatnation', 'botcopy', 'certainly', 'kapso', 'zohodesk'];

/**
 * Registers the sandbox's beforeAll and afterAll and returns the context: `sandbox`, `sims`, `s` (the scenarios)
 * and `db` (n8n's executions database) once beforeAll has run, `figures` (printed after the suite) and the helpers.
 */
function reliabilityContext() {
	const ctx = { figures: {} };

	beforeAll(async () => {
		ctx.sandbox = await startTestSandbox('reliability', {
			faultProxies: true,
			owner: true,
			extraWorkflows: [OPEN_CERTAINLY],
			extraCredentials: [NO_SECRET_CERTAINLY_CREDENTIAL],
		});
		ctx.sims = ctx.sandbox.sims;
		ctx.s = scenarios({ n8nUrl: ctx.sandbox.n8n.url, sims: ctx.sims });
		ctx.db = openExecutionsDb(ctx.sandbox);
	}, 600_000);

	afterAll(async () => {
		if (ctx.sandbox) await ctx.sandbox.stop();
		process.stdout.write(`\nReliability figures:\n${Object.entries(ctx.figures).map(([name, value]) => `  ${name}: ${JSON.stringify(value)}`).join('\n')}\n`);
	});

	ctx.clearFaults = () => VENDORS.forEach((name) => ctx.sandbox.proxies[name].clear());
	ctx.vendorRequests = () => VENDORS.reduce((sum, name) => sum + ctx.sandbox.proxies[name].stats().requests, 0);
	/** Waits until n8n holds no unfinished execution of these workflows (triggers answer once an execution is stored). */
	ctx.settled = (...workflowIds) =>
		waitFor(
			async () => {
				for (const id of workflowIds) {
					const statuses = await ctx.db.statuses(id);
					if ((statuses.new ?? 0) + (statuses.running ?? 0) > 0) return false;
				}
				return true;
			},
			{ timeoutMs: 120_000, what: 'the executions to finish' },
		);

	return ctx;
}

module.exports = { IDS, VENDORS, reliabilityContext };
