import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import type { VendorClient } from '../../shared/transport';
import { vendorClient } from '../../shared/transport';
import type { ListPage } from '../transport';
import { kapsoApi, PAGE_SIZE, PLATFORM_PREFIX } from '../transport';

/** The project's WhatsApp numbers as dropdown options: the name Kapso shows, the number, and Meta's phone number ID. */
export async function phoneNumberOptions(client: VendorClient): Promise<INodePropertyOptions[]> {
	const numbers: IDataObject[] = [];
	for (let page = 1; ; page++) {
		const { body } = await client.request<ListPage>({
			method: 'GET',
			path: `${PLATFORM_PREFIX}/whatsapp/phone_numbers`,
			qs: { page, per_page: PAGE_SIZE },
		});
		numbers.push(...(body?.data ?? []));
		const meta = body?.meta;
		if (!body?.data?.length || meta?.page === undefined || meta.total_pages === undefined || meta.page >= meta.total_pages) break;
	}
	return numbers.map((number) => {
		const id = String(number.phone_number_id ?? number.id);
		const label = number.display_name ?? number.name ?? number.verified_name;
		const phone = number.display_phone_number ? String(number.display_phone_number) : '';
		return {
			name: label ? `${String(label)}${phone ? ` (${phone})` : ''}` : phone || id,
			value: id,
			description: `Phone number ID ${id}`,
		};
	});
}

export const loadOptions = {
	async getPhoneNumbers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return await phoneNumberOptions(await vendorClient(this, kapsoApi));
	},
};
