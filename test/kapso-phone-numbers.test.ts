import { LoadOptionsContext } from 'n8n-core';
import type { INode } from 'n8n-workflow';

import { Kapso } from '../nodes/Kapso/Kapso.node';
import { createKapsoSimulator } from '../simulators/kapso';
import { baseAdditionalData, buildWorkflow } from './helpers/n8n';
import { credentialRef, credentials, nodeTypes } from './helpers/package';

const sim = createKapsoSimulator();
let baseUrl: string;
beforeAll(async () => {
	baseUrl = await sim.start();
});
afterAll(async () => await sim.stop());

/** Runs the Phone Number dropdown's loadOptions the way the editor asks n8n for it. */
async function phoneNumberOptions(apiKey: string) {
	const node: INode = {
		id: 'k',
		name: 'Kapso',
		type: 'n8n-nodes-handover.kapso',
		typeVersion: 1,
		position: [0, 0],
		parameters: { resource: 'message', operation: 'sendText' },
		credentials: credentialRef('kapsoHandoverApi'),
	};
	const workflow = buildWorkflow({ nodes: [node], connections: {} }, nodeTypes);
	const helper = credentials({ kapsoHandoverApi: { baseUrl, apiKey } });
	const context = new LoadOptionsContext(workflow, node, baseAdditionalData(helper), 'parameters.phoneNumberId');
	return await new Kapso().methods.loadOptions.getPhoneNumbers.call(context);
}

describe('Kapso Phone Number dropdown', () => {
	it("lists the project's WhatsApp numbers, valued by Meta's phone number ID", async () => {
		const numbers = sim.state.phoneNumbers as Array<Record<string, string>>;
		expect(await phoneNumberOptions(sim.apiKey)).toEqual(
			numbers.map((n) => ({
				name: `${n.display_name} (${n.display_phone_number})`,
				value: n.phone_number_id,
				description: `Phone number ID ${n.phone_number_id}`,
			})),
		);
		expect(sim.received('GET', '/platform/v1/whatsapp/phone_numbers').at(-1)?.query).toEqual({ page: '1', per_page: '100' });
	});

	it("a wrong key gives Kapso's own message, without the key", async () => {
		await expect(phoneNumberOptions('wrong-key-123')).rejects.toThrow(/Invalid API key/);
		await expect(phoneNumberOptions('wrong-key-123')).rejects.not.toThrow(/wrong-key-123/);
	});

	it('defaults to the Kapso Trigger\'s phoneNumberId (an expression, which an options field keeps)', () => {
		const field = new Kapso().description.properties.find((p) => p.name === 'phoneNumberId');
		expect(field).toMatchObject({ type: 'options', default: '={{ $json.phoneNumberId }}' });
	});
});
