'use strict';
/** Reads the sample workflows and wires copies of them to the sandbox: credentials, department, chat app URL. */
const fs = require('fs');
const path = require('path');

const { SANDBOX_CREDENTIAL_IDS } = require('./credentials');

const SAMPLES_DIR = path.join(__dirname, '..', 'workflows');
const PACKAGE_PREFIX = 'n8n-nodes-handover.';
const SAMPLE_CHAT_APP_URL = 'http://127.0.0.1:5706';

/** Which credential each of this package's node types uses. */
const CREDENTIAL_OF = {
	botcopy: 'botcopyApi',
	botcopyTrigger: 'botcopyApi',
	certainly: 'certainlyApi',
	certainlyTrigger: 'certainlyApi',
	chatNation: 'chatNationApi',
	kapso: 'kapsoHandoverApi',
	kapsoTrigger: 'kapsoHandoverApi',
	zohoDesk: 'zohoDeskOAuth2Api',
	zohoDeskTrigger: 'zohoDeskOAuth2Api',
};

/** @returns {Array<{file: string, workflow: any}>} the samples as committed, in file-name order */
function readSamples() {
	return fs
		.readdirSync(SAMPLES_DIR)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => ({ file, workflow: JSON.parse(fs.readFileSync(path.join(SAMPLES_DIR, file), 'utf8')) }));
}

/** A stable workflow id from the file name (n8n ids are up to 16 characters here). */
function sampleId(file) {
	return `sbx${file.replace(/\.json$/, '').replace(/[^a-zA-Z0-9]/g, '')}`.slice(0, 16);
}

/**
 * The sample as the sandbox imports it: every node of this package gets its sandbox credential, an empty
 * Zoho Desk department becomes the simulator's, and the sample chat app URL becomes the simulator's.
 * @param {{file: string, workflow: any}} sample
 * @param {{credentialNames: Record<string, string>, departmentId: string, chatAppUrl: string}} sandbox
 */
function wireForSandbox({ file, workflow }, sandbox) {
	const nodes = workflow.nodes.map((node) => {
		const wired = { ...node, parameters: { ...node.parameters } };
		if (node.type.startsWith(PACKAGE_PREFIX)) {
			const type = CREDENTIAL_OF[node.type.slice(PACKAGE_PREFIX.length)];
			// A node that names its credential (an extra test workflow) keeps it.
			if (type && !node.credentials) {
				wired.credentials = { [type]: { id: SANDBOX_CREDENTIAL_IDS[type], name: sandbox.credentialNames[type] } };
			}
			if (wired.parameters.resource === 'ticket' && wired.parameters.departmentId === '') {
				wired.parameters.departmentId = sandbox.departmentId;
			}
		}
		if (typeof wired.parameters.url === 'string' && wired.parameters.url.startsWith(SAMPLE_CHAT_APP_URL)) {
			wired.parameters.url = sandbox.chatAppUrl + wired.parameters.url.slice(SAMPLE_CHAT_APP_URL.length);
		}
		return wired;
	});
	return { ...workflow, id: sampleId(file), nodes, active: false };
}

module.exports = { readSamples, wireForSandbox, sampleId, SAMPLES_DIR, CREDENTIAL_OF };
