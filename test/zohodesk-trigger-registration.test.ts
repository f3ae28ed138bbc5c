import { sleep } from 'n8n-workflow';

import { UNREACHABLE_ADDRESS_POLICY } from '../nodes/ZohoDesk/trigger/registration';
import { createZohoDeskSimulator } from '../simulators/zohodesk';
import { credentialRef, credentials, nodeTypes } from './helpers/package';
import type { HostedTrigger } from './helpers/trigger';
import { hostTrigger, triggerWorkflow } from './helpers/trigger';
import { zohoDeskFixture } from './helpers/zohodesk';

/**
 * Activation while Zoho cannot reach the trigger's address yet: in queue mode main activates the workflow and
 * Zoho's check reaches the webhook process, which may still be starting.
 */
const sim = createZohoDeskSimulator();

const { zohoCredential } = zohoDeskFixture(sim);

let trigger: HostedTrigger;
let serving = false;
const defaultPolicy = { ...UNREACHABLE_ADDRESS_POLICY };

async function host() {
	trigger = await hostTrigger(
		triggerWorkflow({
			name: 'Zoho Desk Trigger',
			type: 'n8n-nodes-handover.zohoDeskTrigger',
			parameters: { events: ['Ticket_Thread_Add'] },
			credentials: credentialRef('zohoDeskOAuth2Api'),
		}),
		{ nodeTypes, credentialsHelper: credentials({ zohoDeskOAuth2Api: zohoCredential() }), serving: () => serving },
	);
}

beforeAll(async () => await sim.start());
afterAll(async () => await sim.stop());
beforeEach(() => {
	sim.reset();
	serving = false;
	Object.assign(UNREACHABLE_ADDRESS_POLICY, { waitMs: 5_000, retryMs: 200 });
});
afterEach(async () => {
	Object.assign(UNREACHABLE_ADDRESS_POLICY, defaultPolicy);
	await trigger?.stop();
});

const registrations = () => sim.received('POST', '/api/v1/webhooks');

it('keeps asking Zoho until its check reaches the address, and registers one webhook', async () => {
	await host();
	const activation = trigger.activate();
	// Zoho has refused at least once (its check got 404) before the address starts answering.
	while (!sim.state.validationRequests.some((request: { status: number }) => request.status === 404)) await sleep(20);
	serving = true;
	expect(await activation).toBe(true);
	expect(sim.state.webhooks).toHaveLength(1);
	expect(registrations().length).toBeGreaterThan(1);
	expect(sim.state.validationRequests.at(-1)).toMatchObject({ method: 'GET', status: 200 });
	expect(trigger.staticData()).toEqual({ webhookId: sim.state.webhooks[0].id, webhookSecret: expect.any(String) });
});

it('gives up after the wait with an error that says what to start, without the secret', async () => {
	await host();
	const error = await trigger.activate().then(
		() => undefined,
		(thrown: Error & { description?: string }) => thrown,
	);
	expect(error?.message).toBe(`Zoho Desk could not reach this trigger's address ${trigger.url}`);
	expect(error?.description).toMatch(/webhook process.*N8N_WEBHOOK_URL/s);
	const secret = new URL(registrations()[0].body.url).searchParams.get('secret')!;
	expect(`${error?.message} ${error?.description}`).not.toContain(secret);
	expect(sim.state.webhooks).toHaveLength(0);
	expect(trigger.staticData()).toEqual({});
});
