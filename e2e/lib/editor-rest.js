'use strict';
/**
 * REST calls made from inside the editor's page, with its session cookie and browser id, as the editor itself
 * makes them: what a user sees in a dropdown, a credential's "Test" result, a node's Docs link.
 */
async function fromPage(page, method, path, body) {
	return await page.evaluate(
		async ({ method, path, body }) => {
			const response = await fetch(path, {
				method,
				credentials: 'include',
				headers: { 'Content-Type': 'application/json', 'browser-id': localStorage.getItem('n8n-browserId') || '' },
				body: body ? JSON.stringify(body) : undefined,
			});
			const json = await response.json().catch(() => undefined);
			if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(json)}`);
			return json && typeof json === 'object' && 'data' in json ? json.data : json;
		},
		{ method, path, body },
	);
}

/** The "Test" button of a saved credential: the editor sends the redacted data, n8n restores the secrets. */
async function testCredential(page, id, dataChanges = {}) {
	const credential = await fromPage(page, 'GET', `/rest/credentials/${id}?includeData=true`);
	const { name, type, data } = credential;
	return await fromPage(page, 'POST', '/rest/credentials/test', { credentials: { id, name, type, data: { ...data, ...dataChanges } } });
}

/** A loadOptions dropdown's entries, as the node's parameter panel asks for them. */
async function dropdownOptions(page, { nodeType, version = 1, path, methodName, parameters, credentials }) {
	return await fromPage(page, 'POST', '/rest/dynamic-node-parameters/options', {
		nodeTypeAndVersion: { name: nodeType, version },
		path,
		methodName,
		currentNodeParameters: parameters,
		credentials,
	});
}

/** The node and credential types the editor loaded (/types/*.json), only the named ones, with their Docs links. */
async function editorTypes(page, nodeNames, credentialNames) {
	return await page.evaluate(
		async ({ nodeNames, credentialNames }) => {
			const read = async (file) => await (await fetch(`/types/${file}`, { credentials: 'include' })).json();
			const nodes = (await read('nodes.json')).filter((node) => nodeNames.includes(node.name));
			const credentials = (await read('credentials.json')).filter((credential) => credentialNames.includes(credential.name));
			return {
				nodes: nodes.map((node) => ({ name: node.name, resources: node.codex?.resources ?? {} })),
				credentials: credentials.map((credential) => ({ name: credential.name, documentationUrl: credential.documentationUrl })),
			};
		},
		{ nodeNames, credentialNames },
	);
}

module.exports = { fromPage, testCredential, dropdownOptions, editorTypes };
