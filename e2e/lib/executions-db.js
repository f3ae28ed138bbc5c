'use strict';
/**
 * Reads the executions a sandbox n8n stored, straight from its database (SQLite read-only beside the running
 * n8n, or queue mode's Postgres): what a delivery became is read from n8n's own storage, not from a workflow's
 * answer. n8n stores an execution with the trigger's output before it runs it, so a delivery's text is found
 * even in an execution that a crash left unfinished.
 */
const path = require('path');

const { N8N_DIR } = require('../../sandbox/runtime');

// n8n's own driver, built for the Node that runs n8n (and this suite).
const sqlite3 = require(path.join(N8N_DIR, 'node_modules', 'sqlite3'));
const pg = require(path.join(N8N_DIR, 'node_modules', 'pg'));
// n8n stores execution data in flatted's format.
const flatted = require(path.join(N8N_DIR, 'node_modules', 'flatted'));

/**
 * Each SQLite query opens the file anew: a connection kept open across an n8n crash and restart (which recovers
 * the write-ahead log) is not relied on to see what the new n8n process wrote.
 */
function sqliteQuery(userFolder) {
	const file = path.join(userFolder, '.n8n', 'database.sqlite');
	return (sql, params) =>
		new Promise((resolve, reject) => {
			const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY);
			db.configure('busyTimeout', 10_000);
			db.all(sql, params, (error, rows) => db.close(() => (error ? reject(error) : resolve(rows))));
		});
}

/** The same queries on Postgres: `?` placeholders numbered, n8n's camelCase columns quoted, `instr` → `strpos`. */
function postgresQuery(connection) {
	return async (sql, params) => {
		let n = 0;
		const text = sql
			.replace(/\?/g, () => `$${++n}`)
			.replace(/\b(workflowId|executionId)\b/g, '"$1"')
			.replace(/instr\(/g, 'strpos(');
		const client = new pg.Client(connection);
		await client.connect();
		try {
			return (await client.query(text, params)).rows.map((row) => ('n' in row ? { ...row, n: Number(row.n) } : row));
		} finally {
			await client.end();
		}
	};
}

/** @param {{userFolder: string, postgres?: {connection: object}}} sandbox */
function openExecutionsDb({ userFolder, postgres }) {
	const all = postgres ? postgresQuery(postgres.connection) : sqliteQuery(userFolder);
	return {
		/** How many executions of the workflow n8n holds, by status. */
		async statuses(workflowId) {
			const rows = await all('SELECT status, COUNT(*) AS n FROM execution_entity WHERE workflowId = ? GROUP BY status', [workflowId]);
			return Object.fromEntries(rows.map((row) => [row.status, row.n]));
		},
		/** The status of each execution of the workflow, by id. */
		async statusById(workflowId) {
			const rows = await all('SELECT id, status FROM execution_entity WHERE workflowId = ?', [workflowId]);
			return new Map(rows.map((row) => [String(row.id), row.status]));
		},
		async count(workflowId) {
			const rows = await all('SELECT COUNT(*) AS n FROM execution_entity WHERE workflowId = ?', [workflowId]);
			return rows[0].n;
		},
		/** Every match of `pattern` (a global RegExp) in the stored data of the workflow's executions, with its count. */
		async markers(workflowId, pattern) {
			const rows = await all(
				'SELECT d.data AS data FROM execution_data d JOIN execution_entity e ON e.id = d.executionId WHERE e.workflowId = ?',
				[workflowId],
			);
			const found = new Map();
			for (const row of rows) {
				// Each execution counts once per marker, however often its data repeats the text.
				for (const marker of new Set(String(row.data).match(pattern) ?? [])) found.set(marker, (found.get(marker) ?? 0) + 1);
			}
			return found;
		},
		/**
		 * The executions of the workflow whose stored data mentions `text`, each with the names of the nodes
		 * that ran in it, oldest first.
		 */
		async runs(workflowId, text) {
			const rows = await all(
				'SELECT e.id AS id, e.mode AS mode, e.status AS status, d.data AS data FROM execution_data d JOIN execution_entity e ON e.id = d.executionId WHERE e.workflowId = ? AND instr(d.data, ?) > 0 ORDER BY e.id',
				[workflowId, text],
			);
			return rows.map(({ id, mode, status, data }) => {
				const runData = flatted.parse(data).resultData?.runData ?? {};
				return { id, mode, status, nodes: Object.keys(runData) };
			});
		},
	};
}

module.exports = { openExecutionsDb };
