'use strict';
const path = require('path');

const packageJson = require('../../package.json');

const ROOT = path.join(__dirname, '..', '..');
const PREFIX = `${packageJson.name}.`;

/**
 * Each node type of the built package with the icon URLs n8n serves for it:
 * /icons/<package>/<folder of the node file>/<file named in `icon`>.
 * @returns {Map<string, {displayName: string, light: string, dark: string}>}
 */
function packageNodeTypes() {
	const types = new Map();
	for (const file of packageJson.n8n.nodes) {
		// n8n loads the class named like the file, as in <Name>.node.js.
		const NodeClass = require(path.join(ROOT, file))[path.basename(file, '.node.js')];
		const { name, displayName, icon } = new NodeClass().description;
		const url = (ref) => `/icons/${packageJson.name}/${path.posix.dirname(file)}/${ref.replace(/^file:/, '')}`;
		types.set(`${PREFIX}${name}`, {
			displayName,
			light: url(typeof icon === 'string' ? icon : icon.light),
			dark: url(typeof icon === 'string' ? icon : icon.dark),
		});
	}
	return types;
}

module.exports = { packageNodeTypes, PREFIX, ROOT };
