import type { INodeProperties } from 'n8n-workflow';

/** Request options every vendor node offers. */
export function requestOptions(show: Record<string, string[]> = {}): INodeProperties {
	return {
		displayName: 'Options',
		name: 'requestOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: Object.keys(show).length ? { show } : undefined,
		options: [
			{
				displayName: 'Timeout (Seconds)',
				name: 'timeout',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 30,
				description: 'How long to wait for each answer before giving up',
			},
		],
	};
}

export function timeoutMs(options: { timeout?: number } | undefined): number | undefined {
	return options?.timeout ? options.timeout * 1000 : undefined;
}

export function returnAllAndLimit(show: Record<string, string[]>): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: { show },
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { ...show, returnAll: [false] } },
		},
	];
}
