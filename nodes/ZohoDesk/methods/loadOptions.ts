import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { vendorClient } from '../../shared/transport';
import { listDepartments } from '../resources/department/list';
import { zohoDeskApi } from '../transport';

/** The dropdowns of the Zoho Desk node and the Zoho Desk Trigger. */
export const loadOptions = {
	/** The enabled departments: tickets cannot be filed in the others. */
	async getDepartments(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const client = await vendorClient(this, zohoDeskApi);
		const departments = await listDepartments(client, { enabledOnly: true, limit: 1000 });
		return departments.map((department) => ({ name: String(department.name), value: String(department.id) }));
	},
};
