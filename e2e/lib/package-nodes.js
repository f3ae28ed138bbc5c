'use strict';
const path = require('path');

const packageJson = require('../../package.json');
const { packageTypes, PREFIX, ROOT } = require('../../test/helpers/registry');

/**
 * Each node type of the built package with the icon URLs n8n serves for it:
 * /icons/<package>/<folder of the node file>/<file named in `icon`>.
 * @returns {Map<string, {displayName: string, light: string, dark: string}>}
 */
function packageNodeTypes() {
	const types = new Map();
	const { nodes, files } = packageTypes('dist');
	for (const [type, nodeType] of Object.entries(nodes)) {
		const { displayName, icon } = nodeType.description;
		const url = (ref) => `/icons/${packageJson.name}/${path.posix.dirname(files[type])}/${ref.replace(/^file:/, '')}`;
		types.set(type, {
			displayName,
			light: url(typeof icon === 'string' ? icon : icon.light),
			dark: url(typeof icon === 'string' ? icon : icon.dark),
		});
	}
	return types;
}

module.exports = { packageNodeTypes, PREFIX, ROOT };
