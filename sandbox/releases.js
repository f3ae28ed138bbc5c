'use strict';
/**
 * The n8n releases the sandbox can run, each installed into its own folder from its own lockfile. v2 is the
 * default (npm start and every e2e file); v1, the newest n8n 1.x, runs the samples once more
 * (e2e/samples-n8n1.e2e.test.js) so that the README's supported range rests on a run, not on reading.
 */
const path = require('path');

/** Both majors run on the Node 24 of scripts/node24.sh: n8n 2.x needs it, n8n 1.123 allows ">=20.19 <= 24.x". */
function release(folder, activateArgs, { dataTablesByIdOnly = false, env = {} } = {}) {
	const dir = path.join(__dirname, folder);
	return {
		dir,
		bin: path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n'),
		version: require(path.join(dir, 'package.json')).dependencies.n8n,
		activateArgs,
		dataTablesByIdOnly,
		env,
	};
}

const RELEASES = {
	v2: release('n8n', (id) => ['publish:workflow', `--id=${id}`]),
	// n8n 1.x has no publish:workflow: a workflow is active or not.
	v1: release('n8n1', (id) => ['update:workflow', `--id=${id}`, '--active=true'], {
		dataTablesByIdOnly: true,
		// n8n 1.x's default SQLite is one connection (pool size 0, deprecated in 1.x). Two executions updating data
		// tables at once break its transactions there: TransactionNotStartedError, then every later write stays in a
		// transaction that is never committed (the REST API shows it, the file never gets it, a restart loses it).
		// 3 is n8n 2.x's default: a write connection, read connections and WAL.
		env: { DB_SQLITE_POOL_SIZE: '3' },
	}),
};

/** @param {string} [name] 'v2' (the default) or 'v1' */
function releaseOf(name = 'v2') {
	const found = RELEASES[name];
	if (!found) throw new Error(`unknown n8n release ${name}; known: ${Object.keys(RELEASES).join(', ')}`);
	return found;
}

module.exports = { RELEASES, releaseOf };
