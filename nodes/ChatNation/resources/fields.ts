import type { INodeProperties } from 'n8n-workflow';

/** Under Additional Fields in every operation: most accounts have one tenant, the API key's. */
export const tenantIdField: INodeProperties = {
	displayName: 'Tenant ID',
	name: 'tenantId',
	type: 'string',
	default: '',
	description: "UUID of the organisation. Empty uses the API key's tenant.",
};
