'use strict';
/** The few n8n REST calls the sandbox and the end-to-end suite need: the owner account, a login cookie, executions, data tables. */

const OWNER = {
	email: 'owner@handover.sandbox',
	firstName: 'Sandbox',
	lastName: 'Owner',
	// Sandbox-only; n8n wants 8+ characters with a number and a capital letter.
	password: 'Sandbox-Owner-1',
};

async function call(n8nUrl, method, path, { body, cookie } = {}) {
	const response = await fetch(`${n8nUrl}${path}`, {
		method,
		headers: { ...(body ? { 'Content-Type': 'application/json' } : {}), ...(cookie ? { Cookie: cookie } : {}), 'browser-id': 'handover-e2e' },
		body: body ? JSON.stringify(body) : undefined,
	});
	const text = await response.text();
	let json;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
	const setCookie = response.headers.get('set-cookie');
	return { json: json && 'data' in json ? json.data : json, cookie: setCookie ? setCookie.split(';')[0] : undefined };
}

/** Creates the owner account (a new n8n has none) and returns the session cookie. */
async function setUpOwner(n8nUrl, owner = OWNER) {
	const { cookie } = await call(n8nUrl, 'POST', '/rest/owner/setup', { body: owner });
	return cookie;
}

async function logIn(n8nUrl, owner = OWNER) {
	const { cookie } = await call(n8nUrl, 'POST', '/rest/login', { body: { emailOrLdapLoginId: owner.email, password: owner.password } });
	return cookie;
}

/** Every execution status n8n has (n8n-workflow's ExecutionStatusList). */
const ALL_STATUSES = ['canceled', 'crashed', 'error', 'new', 'running', 'success', 'unknown', 'waiting'];
/** n8n serves at most this many executions per request. */
const PAGE = 100;

/**
 * The executions n8n saved for a workflow, newest first, read in one query. Without a status filter n8n reads
 * running and finished executions in two concurrent queries, so one that finishes between them is listed twice
 * or not at all (packages/cli/src/executions/execution.service.ts, findLatestCurrentAndCompleted).
 */
async function executionsOf(n8nUrl, cookie, workflowId) {
	const filter = encodeURIComponent(JSON.stringify({ workflowId, status: ALL_STATUSES }));
	const { json } = await call(n8nUrl, 'GET', `/rest/executions?filter=${filter}&limit=${PAGE}`, { cookie });
	if (json.results.length >= PAGE) throw new Error(`workflow ${workflowId} has ${PAGE} or more executions: more than one page, counts would be wrong`);
	return json.results;
}

/** Publishes a workflow's current version, as the editor's Publish button does (n8n 2.x). */
async function publishWorkflow(n8nUrl, cookie, workflowId) {
	const { json } = await call(n8nUrl, 'GET', `/rest/workflows/${workflowId}`, { cookie });
	await call(n8nUrl, 'POST', `/rest/workflows/${workflowId}/activate`, { cookie, body: { versionId: json.versionId } });
}

module.exports = { OWNER, setUpOwner, logIn, executionsOf, publishWorkflow, call };
