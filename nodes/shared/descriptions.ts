import type { IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

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

/** A node's "Options": optional settings the user adds one by one. */
export function optionsCollection(options: INodeProperties['options']): INodeProperties {
	return { displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options };
}

/** An operation's "Additional Fields": optional fields the user adds one by one, shown for `show`. */
export function additionalFields(show: Record<string, string[]>, options: INodeProperties['options']): INodeProperties {
	return {
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show },
		options,
	};
}

/** A resource's Operation dropdown, shown when that resource is chosen. */
export function operationField(resource: string, options: INodePropertyOptions[], defaultValue: string): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options,
		default: defaultValue,
	};
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

/** How many results Return All and Limit (returnAllAndLimit) ask for: Infinity for all of them. */
export function resultLimit(ctx: IExecuteFunctions, itemIndex: number): number {
	return ctx.getNodeParameter('returnAll', itemIndex, false) ? Infinity : (ctx.getNodeParameter('limit', itemIndex, 50) as number);
}

/** A subtitle that shows the chosen operation's action, e.g. "Hand the chat over to a human". */
export function operationSubtitle(properties: INodeProperties[]): string {
	const actions: Record<string, string> = {};
	for (const property of properties) {
		if (property.name !== 'operation') continue;
		const resources = (property.displayOptions?.show?.resource ?? []) as string[];
		for (const option of property.options ?? []) {
			if (!('action' in option) || !option.action) continue;
			for (const resource of resources) actions[`${resource}:${String(option.value)}`] = option.action;
		}
	}
	return `={{ (${JSON.stringify(actions)})[$parameter["resource"] + ":" + $parameter["operation"]] }}`;
}

/** A subtitle that lists the names of the options chosen in a multi-options field, e.g. the trigger's events. */
export function chosenOptionsSubtitle(parameter: string, options: INodePropertyOptions[]): string {
	const names = Object.fromEntries(options.map((option) => [String(option.value), option.name]));
	return `={{ ($parameter["${parameter}"] || []).map((value) => (${JSON.stringify(names)})[value]).join(", ") }}`;
}
