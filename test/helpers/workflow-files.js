'use strict';
// Every sample in workflows/, read from disk so a new sample is checked without editing a test.
// Plain JS: strict lint bans Node's APIs in TypeScript.
const fs = require('node:fs');
const path = require('node:path');

const dir = path.join(__dirname, '..', '..', 'workflows');

function sampleWorkflows() {
	return fs
		.readdirSync(dir)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => ({ file, workflow: JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) }));
}

module.exports = { sampleWorkflows };
