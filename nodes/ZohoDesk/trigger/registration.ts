import { randomBytes } from 'crypto';

import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import type { VendorClient } from '../../shared/transport';
import { failure, vendorClient } from '../../shared/transport';
import { API, zohoDeskApi } from '../transport';
import { ownWebhookSubscriptions } from './event';

/**
 * How long activation keeps asking Zoho to save the webhook while Zoho cannot reach its address. In queue mode
 * main activates the workflow, but Zoho's check reaches n8n's webhook process, which may still be starting
 * (a restart of everything at once). A refusal saved nothing at Zoho, so asking again sends nothing twice.
 */
export const UNREACHABLE_ADDRESS_POLICY = { waitMs: 45_000, retryMs: 3_000 };

const errorsOf = (body: unknown): IDataObject[] => {
	const errors = (body as IDataObject | undefined)?.errors;
	return Array.isArray(errors) ? (errors as IDataObject[]) : [];
};

/** Zoho's 422 for an address that did not answer its check; a malformed address is refused before the check. */
const addressUnreachable = (body: unknown) => errorsOf(body).some((e) => e.fieldName === '/url' && e.errorType === 'invalid');

/**
 * Creates the trigger's webhook in Zoho Desk. `url` carries the secret query parameter: it is sent to Zoho and
 * never shown in an error.
 */
export async function createOwnWebhook(ctx: IHookFunctions, client: VendorClient, body: IDataObject, url: URL): Promise<IDataObject> {
	const deadline = Date.now() + UNREACHABLE_ADDRESS_POLICY.waitMs;
	for (;;) {
		const created = await client.request<IDataObject>({ method: 'POST', path: `${API}/webhooks`, body, acceptStatuses: [422] });
		if (created.statusCode !== 422) return created.body;
		if (body.ignoreSourceId !== undefined && JSON.stringify(created.body).includes('ignoreSourceId')) {
			// Some Zoho portals refuse ignoreSourceId; the webhook still works without it.
			delete body.ignoreSourceId;
			continue;
		}
		if (!addressUnreachable(created.body)) throw failure(ctx, zohoDeskApi, undefined, created.statusCode, created.body);
		if (Date.now() + UNREACHABLE_ADDRESS_POLICY.retryMs > deadline) {
			const address = `${url.origin}${url.pathname}`;
			throw new NodeOperationError(ctx.getNode(), `Zoho Desk could not reach this trigger's address ${address}`, {
				description:
					`Zoho checks a new webhook address with a request before it saves the webhook, and got no 200 for ${Math.round(UNREACHABLE_ADDRESS_POLICY.waitMs / 1000)} s. ` +
					'The address must be reachable from Zoho. In queue mode, Zoho reaches the webhook processes: start one before main activates ' +
					'the workflow, and set N8N_WEBHOOK_URL on main (and every process) to the public address of the webhook processes.',
			});
		}
		await sleep(UNREACHABLE_ADDRESS_POLICY.retryMs);
	}
}

/** The trigger's webhook in Zoho Desk, created on activation and removed after (unless registered by hand). */
export const webhookMethods = {
	default: {
		async checkExists(this: IHookFunctions): Promise<boolean> {
			if (this.getNodeParameter('registration') === 'manual') return true;
			const data = this.getWorkflowStaticData('node');
			if (data.webhookId === undefined) return false;
			const client = await vendorClient(this, zohoDeskApi);
			const found = await client.request({
				method: 'GET',
				path: `${API}/webhooks/${data.webhookId}`,
				acceptStatuses: [404],
			});
			if (found.statusCode === 404) {
				delete data.webhookId;
				delete data.webhookSecret;
				return false;
			}
			return true;
		},
		async create(this: IHookFunctions): Promise<boolean> {
			if (this.getNodeParameter('registration') === 'manual') return true;
			const secret = randomBytes(24).toString('hex');
			const url = new URL(this.getNodeWebhookUrl('default') as string);
			url.searchParams.set('secret', secret);
			const client = await vendorClient(this, zohoDeskApi);
			const body: IDataObject = {
				name: `n8n: ${this.getWorkflow().name ?? 'chat handover'}`.slice(0, 100),
				url: url.toString(),
				subscriptions: ownWebhookSubscriptions(
					this.getNodeParameter('events', []) as string[],
					this.getNodeParameter('departmentIds', []) as string[],
				),
				isEnabled: true,
				ignoreSourceId: client.settings.sourceId,
			};
			const created = await createOwnWebhook(this, client, body, url);
			const data = this.getWorkflowStaticData('node');
			data.webhookId = created.id;
			data.webhookSecret = secret;
			return true;
		},
		async delete(this: IHookFunctions): Promise<boolean> {
			const data = this.getWorkflowStaticData('node');
			if (this.getNodeParameter('registration') === 'manual' || data.webhookId === undefined) return true;
			const client = await vendorClient(this, zohoDeskApi);
			await client.request({ method: 'DELETE', path: `${API}/webhooks/${data.webhookId}`, acceptStatuses: [404] });
			delete data.webhookId;
			delete data.webhookSecret;
			return true;
		},
	},
};
