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

/**
 * A per-item parameter. When it is a plain `$json` path (the defaults are), the value is read from the item
 * directly: the value n8n's expression gives, without evaluating an expression for each of many items.
 * Anything else goes through getNodeParameter. A path through a missing field gives undefined.
 */
export function itemValue(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	name: string,
	fallback: unknown,
): (itemIndex: number) => unknown {
	const path = plainPath(ctx.getNode().parameters[name]);
	if (path === undefined) return (itemIndex) => ctx.getNodeParameter(name, itemIndex, fallback) as unknown;
	return (itemIndex) => {
		let value: unknown = items[itemIndex].json;
		for (const key of path) {
			if (value === null || typeof value !== 'object') return undefined;
			value = (value as Record<string, unknown>)[key];
		}
		return value;
	};
}
