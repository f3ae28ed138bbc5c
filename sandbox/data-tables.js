'use strict';
/**
 * The data tables the samples keep their chat sessions and handover records in. Each sample defines its tables
 * in its "Set up the tables (run once)" branch; the sandbox creates the same tables through n8n's REST API, so
 * the samples work without that manual run.
 */
const { call } = require('./n8n-rest');

/** @returns {Array<{name: string, columns: Array<{name: string, type: string}>}>} one entry per table name */
function tableDefinitions(workflows) {
	const tables = new Map();
	for (const workflow of workflows) {
		for (const node of workflow.nodes) {
			const { resource, operation, tableName, columns } = node.parameters;
			if (node.type !== 'n8n-nodes-base.dataTable' || resource !== 'table' || operation !== 'create') continue;
			if (!tables.has(tableName)) tables.set(tableName, { name: tableName, columns: columns.column.map(({ name, type }) => ({ name, type })) });
		}
	}
	return [...tables.values()];
}

/** The owner's personal project, where imported workflows and these tables live, and its data tables by name. */
async function personalTables(n8nUrl, cookie) {
	const { json: project } = await call(n8nUrl, 'GET', '/rest/projects/personal', { cookie });
	const base = `/rest/projects/${project.id}/data-tables`;
	const { json } = await call(n8nUrl, 'GET', `${base}?take=500`, { cookie });
	return { base, byName: new Map(json.data.map((table) => [table.name, table])) };
}

/** Creates each table that does not exist yet. */
async function ensureDataTables(n8nUrl, cookie, definitions) {
	const { base, byName } = await personalTables(n8nUrl, cookie);
	for (const definition of definitions) {
		if (!byName.has(definition.name)) await call(n8nUrl, 'POST', base, { cookie, body: definition });
	}
}

/** A data table's rows, read through n8n's REST API (what a user sees in the Data tables view). */
async function tableRows(n8nUrl, cookie, name) {
	const { base, byName } = await personalTables(n8nUrl, cookie);
	const table = byName.get(name);
	if (!table) throw new Error(`no data table named ${name}`);
	const { json } = await call(n8nUrl, 'GET', `${base}/${table.id}/rows?take=1000`, { cookie });
	return json.data;
}

/** Changes rows the way a user edits them by hand in the Data tables view: `filter` as n8n's row filter. */
async function updateTableRows(n8nUrl, cookie, name, filter, data) {
	const { base, byName } = await personalTables(n8nUrl, cookie);
	const table = byName.get(name);
	await call(n8nUrl, 'PATCH', `${base}/${table.id}/rows`, { cookie, body: { filter, data } });
}

/**
 * n8n 1.x's Data table node finds its table by id only: its "Data table" field has the modes From List and ID
 * (n8n-nodes-base 1.121's Row.resource.js), while the samples name their tables (mode "name", n8n 2.x). This
 * points every such node at the table's id, as a user of n8n 1.x does by picking the table from the list, and
 * saves the workflow over REST, which n8n answers once it has activated the saved version.
 */
async function pointDataTablesById(n8nUrl, cookie, workflowIds) {
	const { byName } = await personalTables(n8nUrl, cookie);
	for (const id of workflowIds) {
		const { json: workflow } = await call(n8nUrl, 'GET', `/rest/workflows/${id}`, { cookie });
		const nodes = workflow.nodes.map((node) => {
			const locator = node.type === 'n8n-nodes-base.dataTable' ? node.parameters.dataTableId : undefined;
			if (locator?.mode !== 'name') return node;
			const table = byName.get(locator.value);
			if (!table) throw new Error(`${workflow.name}: no data table named ${locator.value}`);
			return { ...node, parameters: { ...node.parameters, dataTableId: { __rl: true, mode: 'id', value: table.id } } };
		});
		await call(n8nUrl, 'PATCH', `/rest/workflows/${id}`, { cookie, body: { versionId: workflow.versionId, nodes } });
	}
}

module.exports = { tableDefinitions, ensureDataTables, tableRows, updateTableRows, pointDataTablesById };
