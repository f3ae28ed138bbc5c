'use strict';
/**
 * What the sample sections (e2e/lib/samples/*.js) share: the sample IDs, one sandbox per n8n release (started in
 * beforeAll; its fields on the context object are set there) and the helpers that read n8n's executions.
 */
const { sampleId } = require('../../../sandbox/workflows');
const { scenarios, WEBHOOKS } = require('../../../sandbox/scenarios');
const { executionsOf: allExecutionsOf } = require('../../../sandbox/n8n-rest');
const { startTestSandbox, waitFor } = require('../sandbox');

const IDS = {
	aiChat: sampleId('ai-chat-to-zoho-desk.json'),
	botcopy: sampleId('botcopy-to-zoho-desk.json'),
	certainly: sampleId('certainly-listen-mode.json'),
	kapso: sampleId('kapso-whatsapp.json'),
	hours: sampleId('business-hours-chatnation-or-zoho.json'),
};

/**
 * Registers the sandbox's beforeAll and afterAll for one n8n release ('v2' or 'v1') and returns the context:
 * `sandbox`, `sims`, `s` (the scenarios) and `cookie` once beforeAll has run, and the helpers below.
 */
function samplesContext(release) {
	const ctx = {};

	beforeAll(async () => {
		ctx.sandbox = await startTestSandbox(release === 'v2' ? 'samples' : `samples-${release}`, { owner: true, release });
		ctx.sims = ctx.sandbox.sims;
		ctx.s = scenarios({ n8nUrl: ctx.sandbox.publicUrl, sims: ctx.sims });
		ctx.cookie = ctx.sandbox.cookie;
	}, 600_000);

	afterAll(async () => {
		if (ctx.sandbox) await ctx.sandbox.stop();
	});

	/** The executions a workflow's webhooks started: the AI chat sample's every-minute no-agent check is left out. */
	ctx.executionsOf = async (...args) => (await allExecutionsOf(...args)).filter((execution) => execution.mode !== 'trigger');

	/** Executions of one sample, waited for until `count` have finished; on a timeout, says what n8n listed and logged. */
	ctx.finishedExecutions = async (workflowId, count) =>
		await waitFor(
			async () => {
				const executions = await ctx.executionsOf(ctx.sandbox.n8n.url, ctx.cookie, workflowId);
				const finished = executions.filter((e) => e.finished || ['success', 'error', 'crashed'].includes(e.status));
				return finished.length >= count ? executions : undefined;
			},
			{ what: `${count} finished execution(s) of ${workflowId}` },
		).catch(async (error) => {
			throw new Error(`${error.message}; ${await ctx.describeExecutions(workflowId, count - 1)}`);
		});

	/** Waits until n8n holds no unfinished execution of the workflow (triggers answer once theirs is stored). */
	ctx.allFinished = async (workflowId) => {
		await waitFor(async () => (await ctx.executionsOf(ctx.sandbox.n8n.url, ctx.cookie, workflowId)).every((e) => e.finished || ['success', 'error', 'crashed'].includes(e.status)), {
			what: `the executions of ${workflowId} to finish`,
		});
	};

	/** How many executions a workflow's webhooks have started, as n8n lists them now. */
	ctx.countExecutions = async (workflowId) => (await ctx.executionsOf(ctx.sandbox.n8n.url, ctx.cookie, workflowId)).length;

	/**
	 * Sends a request the trigger must refuse with 401, then a genuine one, and checks that n8n holds exactly
	 * one new execution: the genuine one's. n8n 2.x answers a trigger ('onReceived') once it has stored the
	 * execution, n8n 1.x just before, so the genuine one is waited for until listed; once it and every execution
	 * before it have finished, one wrongly started by the refused request would be listed too. `explain`, when
	 * given, adds what a simulator saw to the message of a genuine execution that never shows (on n8n 2.x, a 200
	 * with no execution means the trigger started none).
	 */
	ctx.expectRefusedWithoutExecution = async (workflowId, sendForged, sendGenuine, explain = () => undefined) => {
		const before = await ctx.countExecutions(workflowId);
		const answer = await sendForged();
		expect(answer.status).toBe(401);
		expect((await sendGenuine()).status).toBe(200);
		await waitFor(async () => (await ctx.countExecutions(workflowId)) >= before + 1, { what: `the genuine execution of ${workflowId} listed` }).catch(
			async (error) => {
				throw new Error(`${error.message}; ${await ctx.describeExecutions(workflowId, before)}; ${JSON.stringify(explain())}`);
			},
		);
		await ctx.allFinished(workflowId);
		expect(await ctx.countExecutions(workflowId)).toBe(before + 1);
		return answer;
	};

	/**
	 * What n8n listed and logged, for a failure message: the newest five executions and n8n's last warnings and
	 * errors (an execution n8n failed to store shows there, and nowhere else).
	 */
	ctx.describeExecutions = async (workflowId, before) => {
		const listed = (await allExecutionsOf(ctx.sandbox.n8n.url, ctx.cookie, workflowId)).slice(0, 5);
		const shown = listed.map(({ id, mode, status, startedAt, stoppedAt }) => ({ id, mode, status, startedAt, stoppedAt }));
		const logged = ctx.sandbox
			.logs()
			.split('\n')
			.filter((line) => /error|warn|problem|fail/i.test(line))
			.slice(-20);
		return `${before} executions before, the newest five now: ${JSON.stringify(shown)}; n8n's last warnings and errors: ${JSON.stringify(logged)}`;
	};

	// ChatNation files a phone number without its leading +.
	ctx.chatNationSession = (contactId) =>
		Object.values(ctx.sims.chatnation.state.sessions).find((session) => session.contactId === contactId.replace(/^\+/, ''));
	/** The Zoho Desk webhook a sample's trigger registered (by its webhook id): each sample has its own. */
	ctx.zohoWebhook = (name) => ctx.sims.zohodesk.state.webhooks.find((webhook) => webhook.url.includes(WEBHOOKS[name])).url;

	return ctx;
}

module.exports = { IDS, samplesContext };
