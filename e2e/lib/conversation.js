'use strict';
/**
 * What the conversation suites share: a sandbox with the sandbox owner and the samples' data tables, the samples'
 * no-agent check every 2 s, and reads of the chat-session and handover-record tables as n8n serves them to a user.
 */
const { tableRows } = require('../../sandbox/data-tables');
const { scenarios } = require('../../sandbox/scenarios');
const { openExecutionsDb } = require('./executions-db');
const { startTestSandbox } = require('./sandbox');

/** The samples as a user would tune them for a quick check: the no-agent check every 2 s instead of every minute. */
function checkEveryTwoSeconds(workflow) {
	for (const node of workflow.nodes) {
		if (node.type === 'n8n-nodes-base.scheduleTrigger') node.parameters.rule = { interval: [{ field: 'seconds', secondsInterval: 2 }] };
	}
	return workflow;
}

async function startConversationSandbox(name) {
	const sandbox = await startTestSandbox(name, { owner: true, adjustSamples: checkEveryTwoSeconds });
	const rowsOf = async (table, sessionId) => (await tableRows(sandbox.n8n.url, sandbox.cookie, table)).filter((row) => row.sessionId === sessionId);
	return Object.assign(sandbox, {
		s: scenarios({ n8nUrl: sandbox.publicUrl, sims: sandbox.sims }),
		db: openExecutionsDb(sandbox),
		/** The session's rows in handover_sessions (one, or two after a race on a new session). */
		sessionRows: (sessionId) => rowsOf('handover_sessions', sessionId),
		records: (sessionId) => rowsOf('handover_records', sessionId),
		/** The distinct owners the session's rows hold. */
		ownerOf: async (sessionId) => [...new Set((await rowsOf('handover_sessions', sessionId)).map((row) => row.owner))],
	});
}

/** Stands for the object `get()` returns once it exists: the suite's variables are read in tests, after beforeAll. */
const later = (get) => new Proxy({}, { get: (_, key) => get()[key] });

/**
 * Starts the conversation sandbox before the suite's tests and stops it after them. Returns the sandbox, its
 * simulators, its scenarios and its executions database, each usable from the tests on.
 */
function useConversationSandbox(name) {
	let sandbox;
	beforeAll(async () => {
		sandbox = await startConversationSandbox(name);
	}, 600_000);
	afterAll(async () => {
		if (sandbox) await sandbox.stop();
	});
	return { sandbox: later(() => sandbox), sims: later(() => sandbox.sims), s: later(() => sandbox.s), db: later(() => sandbox.db) };
}

module.exports = { useConversationSandbox };
