import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

/** `={{ $json.text }}`, `={{ $json.body.message }}`, `={{ $json["user text"] }}`: a plain path into the item. */
const PLAIN_PATH = /^=\{\{\s*\$json((?:\.[A-Za-z_$][\w$]*|\[\s*(?:"[^"\\]*"|'[^'\\]*'|\d+)\s*\])+)\s*\}\}$/;
const SEGMENT = /\.([A-Za-z_$][\w$]*)|\[\s*(?:"([^"\\]*)"|'([^'\\]*)'|(\d+))\s*\]/g;

function plainPath(raw: unknown): string[] | undefined {
	if (typeof raw !== 'string') return undefined;
	const match = PLAIN_PATH.exec(raw);
	if (!match) return undefined;
	return [...match[1].matchAll(SEGMENT)].map((segment) => segment[1] ?? segment[2] ?? segment[3] ?? segment[4]);
}

function valueAt(json: unknown, path: string[]): unknown {
	let value = json;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string, unknown>)[key];
	}
	return value;
}

/** The value of the first of `paths` the item has; undefined when it has none. */
function firstField(json: unknown, paths: string[][]): unknown {
	for (const path of paths) {
		const value = valueAt(json, path);
		if (value !== undefined && value !== null) return value;
	}
	return undefined;
}

/**
 * A per-item parameter. Left empty, it is the first of `whenEmpty` (dotted paths) the item has. When it is a
 * plain `$json` path, the value is read from the item directly: the value n8n's expression gives, without
 * evaluating an expression for each of many items. Anything else goes through getNodeParameter. A path through
 * a missing field gives undefined.
 */
export function itemValue(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	name: string,
	fallback: unknown,
	whenEmpty: string[] = [],
): (itemIndex: number) => unknown {
	const raw = ctx.getNode().parameters[name];
	if (whenEmpty.length && (raw === undefined || raw === '')) {
		const paths = whenEmpty.map((field) => field.split('.'));
		return (itemIndex) => firstField(items[itemIndex].json, paths);
	}
	const path = plainPath(raw);
	if (path === undefined) return (itemIndex) => ctx.getNodeParameter(name, itemIndex, fallback) as unknown;
	return (itemIndex) => valueAt(items[itemIndex].json, path);
}
