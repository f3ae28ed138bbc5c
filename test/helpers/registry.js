'use strict';
/**
 * Every node and credential the package declares in package.json#n8n, loaded the way n8n loads them: the
 * class named like the file (`<Name>.node.js` exports `<Name>`). `from: 'dist'` loads the built files named
 * there (benches, e2e); `from: 'source'` loads the TypeScript each of them is built from
 * (dist/nodes/X/Y.node.js → nodes/X/Y.node.ts), for jest.
 */
const path = require('path');

const packageJson = require('../../package.json');

const ROOT = path.join(__dirname, '..', '..');
/** n8n names a community node `<package>.<node>` once the package is installed. */
const PREFIX = `${packageJson.name}.`;

/**
 * @typedef {'source' | 'dist'} From
 * @typedef {object} PackageTypes
 * @property {Record<string, import('n8n-workflow').INodeType>} nodes node types by the name n8n gives them, `<package>.<node>`
 * @property {Record<string, import('n8n-workflow').ICredentialType>} credentials credential types by name
 * @property {Record<string, string>} files the package.json#n8n path each node type and credential type came from
 */

/** The file to load for a package.json#n8n path. @param {string} file @param {From} from */
function modulePath(file, from) {
	if (from === 'dist') return path.join(ROOT, file);
	return path.join(ROOT, file.replace(/^dist\//, '').replace(/\.js$/, ''));
}

/** The class n8n takes from a package.json#n8n file, instantiated. @param {string} file @param {From} from */
function instantiate(file, from) {
	const className = path.basename(file).replace(/\.(node|credentials)\.js$/, '');
	const Class = require(modulePath(file, from))[className];
	if (typeof Class !== 'function') throw new Error(`${file} exports no class ${className}`);
	return new Class();
}

/** @type {Partial<Record<From, PackageTypes>>} */
const loaded = {};

/** Every node type and credential type of the package, each instantiated once per `from`. @param {From} [from] @returns {PackageTypes} */
function packageTypes(from = 'source') {
	const cached = loaded[from];
	if (cached) return cached;
	/** @type {PackageTypes} */
	const types = { nodes: {}, credentials: {}, files: {} };
	for (const file of packageJson.n8n.nodes) {
		const nodeType = instantiate(file, from);
		const name = `${PREFIX}${nodeType.description.name}`;
		types.nodes[name] = nodeType;
		types.files[name] = file;
	}
	for (const file of packageJson.n8n.credentials) {
		const credentialType = instantiate(file, from);
		types.credentials[credentialType.name] = credentialType;
		types.files[credentialType.name] = file;
	}
	return (loaded[from] = types);
}

module.exports = { packageTypes, PREFIX, ROOT };
