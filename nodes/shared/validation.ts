import type { IDataObject, IExecuteFunctions, INode } from 'n8n-workflow';

import { parameterError } from './errors';

/** A string parameter that must not be empty; trimmed. */
export function requiredString(ctx: IExecuteFunctions, name: string, label: string, itemIndex: number): string {
	const value = ctx.getNodeParameter(name, itemIndex, '') as unknown;
	const result = value === undefined || value === null ? '' : String(value).trim();
	if (result === '') throw parameterError(ctx.getNode(), itemIndex, label, 'is required');
	return result;
}

const ID_RULES: Array<[RegExp, string]> = [
	[/^$/, 'is required'],
	[/^\.\.?$/, 'must be an ID, not "." or ".."'],
	[/[/\\]/, 'must not contain "/" or "\\"'],
	[/\p{Cc}/u, 'must not contain control characters'],
	[/[\ud800-\udfff]/u, 'must not contain broken Unicode (a lone surrogate)'],
];

/**
 * An ID that goes into a URL path: a value, never a path. Refuses what would reach another route or garble the
 * request: ".", "..", a slash or backslash, control characters and lone surrogates. Trimmed; callers encode it.
 */
export function idValue(node: INode, value: unknown, label: string, itemIndex: number): string {
	const id = value === undefined || value === null ? '' : String(value).trim();
	const problem = ID_RULES.find(([refused]) => refused.test(id))?.[1];
	if (problem) throw parameterError(node, itemIndex, label, problem);
	return id;
}

/** An ID parameter that goes into a URL path (see idValue). */
export function requiredId(ctx: IExecuteFunctions, name: string, label: string, itemIndex: number): string {
	return idValue(ctx.getNode(), ctx.getNodeParameter(name, itemIndex, ''), label, itemIndex);
}

/** An optional string parameter; undefined when empty. */
export function optionalString(value: unknown): string | undefined {
	if (value === undefined || value === null) return undefined;
	const result = String(value).trim();
	return result === '' ? undefined : result;
}

/** A JSON object given as an object or as JSON text; undefined when empty. */
export function jsonObject(ctx: IExecuteFunctions, value: unknown, label: string, itemIndex: number): IDataObject | undefined {
	let parsed = value;
	if (typeof value === 'string') {
		if (value.trim() === '') return undefined;
		try {
			parsed = JSON.parse(value);
		} catch {
			throw parameterError(ctx.getNode(), itemIndex, label, 'is not valid JSON');
		}
	}
	if (parsed === undefined || parsed === null) return undefined;
	if (typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw parameterError(ctx.getNode(), itemIndex, label, 'must be a JSON object, like {"intent": "billing"}');
	}
	return parsed as IDataObject;
}

const E164 = /^\+[1-9]\d{6,14}$/;

/** A phone number in E.164 form. Spaces, dashes, dots and brackets are dropped; 00 is read as +. */
export function e164Phone(ctx: IExecuteFunctions, value: unknown, label: string, itemIndex: number): string {
	const raw = value === undefined || value === null ? '' : String(value).trim();
	if (raw === '') throw parameterError(ctx.getNode(), itemIndex, label, 'is required');
	const compact = raw.replace(/[\s\-.()]/g, '').replace(/^00/, '+');
	if (!E164.test(compact)) {
		throw parameterError(
			ctx.getNode(),
			itemIndex,
			label,
			`must be an E.164 phone number with country code, like +254712345678 (got "${raw}")`,
		);
	}
	return compact;
}

/**
 * A request path one of whose segments, decoded, is empty, "." or "..", or holds a slash or backslash: it would
 * reach another route than the one meant. A single trailing slash (Django routes) is allowed.
 */
export function isUnsafePath(path: string): boolean {
	const segments = path.split('?')[0].split('/').slice(1);
	if (segments.length > 1 && segments[segments.length - 1] === '') segments.pop();
	return segments.some((raw) => {
		try {
			const segment = decodeURIComponent(raw);
			return segment === '' || segment === '.' || segment === '..' || /[/\\]/.test(segment);
		} catch {
			return true;
		}
	});
}
