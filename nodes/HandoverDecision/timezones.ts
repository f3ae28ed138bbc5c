import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

/** Intl.supportedValuesOf is in Node 18+, but not in the TypeScript lib this package compiles against. */
const intl = Intl as unknown as { supportedValuesOf(key: 'timeZone'): string[] };

/** The IANA time zones (the names n8n's own nodes list), after the workflow's own time zone. */
export async function getTimezones(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const zones = intl.supportedValuesOf('timeZone');
	if (!zones.includes('UTC')) zones.unshift('UTC');
	return [
		{ name: "Workflow's Time Zone", value: '', description: `Currently ${this.getTimezone()}` },
		...zones.map((zone) => ({ name: zone.replace(/_/g, ' '), value: zone })),
	];
}
