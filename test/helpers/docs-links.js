'use strict';
/** The Docs links n8n shows: every codex's primary and credential documentation, and each credential's URL. */
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..', '..');
const REPO_URL = 'https://github.com/n8n-nodes-handover/n8n-nodes-handover';

function codexLinks() {
	const links = [];
	for (const dir of fs.readdirSync(path.join(ROOT, 'nodes'))) {
		const folder = path.join(ROOT, 'nodes', dir);
		if (!fs.statSync(folder).isDirectory()) continue;
		for (const file of fs.readdirSync(folder).filter((f) => f.endsWith('.node.json'))) {
			const codex = JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8'));
			const resources = codex.resources || {};
			for (const kind of ['primaryDocumentation', 'credentialDocumentation']) {
				for (const { url } of resources[kind] || []) links.push({ where: `${dir}/${file} ${kind}`, url });
			}
		}
	}
	return links;
}

/** The repository file a GitHub blob URL of this repository names, or undefined. */
function repoFile(url) {
	const prefix = `${REPO_URL}/blob/main/`;
	if (!url.startsWith(prefix)) return undefined;
	const file = url.slice(prefix.length);
	return fs.existsSync(path.join(ROOT, file)) ? file : undefined;
}

module.exports = { codexLinks, repoFile };
