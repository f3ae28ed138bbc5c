import type { IDataObject, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

function text(value: unknown): string | undefined {
	if (typeof value === 'string' && value.trim() !== '') return value.trim();
	if (Array.isArray(value)) {
		const parts = value.map(text).filter((part): part is string => part !== undefined);
		return parts.length ? parts.join('; ') : undefined;
	}
	if (value && typeof value === 'object') {
		const object = value as IDataObject;
		return text(object.message) ?? text(object.errorMessage) ?? text(object.detail);
	}
	return undefined;
}

/**
 * The human-readable part of a vendor error body. Covers the shapes our vendors use:
 * `{message}` (ChatNation, also as a list), `{error: "..."}` (Kapso), `{error: {message}}` (Meta proxy),
 * `{detail}` (Certainly), `{errors: [...]}`, or plain text.
 */
export function vendorMessage(_statusCode: number, body: unknown): string | undefined {
	if (typeof body === 'string') return text(body.slice(0, 500));
	if (!body || typeof body !== 'object') return undefined;
	const object = body as IDataObject;
	return text(object.message) ?? text(object.error) ?? text(object.detail) ?? text(object.errors);
}

/** An error about one parameter of one item: names both, so the user knows what to fix. */
export function parameterError(node: INode, itemIndex: number, field: string, problem: string): NodeOperationError {
	return new NodeOperationError(node, `${field} ${problem} [item ${itemIndex}]`, {
		itemIndex,
		description: `Check the "${field}" field of item ${itemIndex}.`,
	});
}
