/**
 * Kapso → Message → Send Text over real HTTP to the Kapso simulator, directly and through the fault proxy.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { createKapsoSimulator } from '../simulators/kapso';
import { captureOutput } from './helpers/capture-output';
import { HOSTILE_IDS } from './helpers/hostile';
import { chain, outputOf, runWorkflow } from './helpers/n8n';
import { canaryKey, credentialRef, credentials, nodeTypes } from './helpers/package';
import { serveSimulator } from './helpers/simulators';

const sim = createKapsoSimulator();
const served = serveSimulator(sim, { faultProxy: true });
const direct = () => credentials({ kapsoHandoverApi: { baseUrl: served.url, apiKey: sim.apiKey } });
const proxied = () => credentials({ kapsoHandoverApi: { baseUrl: served.proxy.url!, apiKey: sim.apiKey } });

const PHONE = '+254712345678';
const HOUR = 60 * 60 * 1000;
/** What the Kapso Trigger emits for a message, as far as Send Text reads it. */
const event = { source: 'kapso', event: 'user_message', phoneNumber: PHONE, phoneNumberId: 'pn_sim_1', text: 'Hi' };

async function send(parameters: INodeParameters, items: IDataObject[] = [event], helper = direct(), continueOnFail = true) {
	const node = {
		name: 'Kapso',
		type: 'n8n-nodes-handover.kapso',
		parameters: { resource: 'message', operation: 'sendText', ...parameters },
		credentials: credentialRef('kapsoHandoverApi'),
		continueOnFail,
	};
	return await runWorkflow(chain(node), { nodeTypes, credentialsHelper: helper, items });
}
const jsonOf = async (...args: Parameters<typeof send>) => outputOf(await send(...args), 'Kapso').map((item) => item.json);

describe('Kapso → Message → Send Text', () => {
	it('sends one Meta-shaped text to the number of the handover event, with the API key', async () => {
		sim.addConversation({ phoneNumber: PHONE });
		const [result] = await jsonOf({ text: 'An agent will answer shortly' });
		expect(sim.state.messages).toHaveLength(1);
		const [message] = sim.state.messages;
		expect(result).toEqual({ sent: true, messageId: message.id, to: PHONE, waId: '254712345678' });
		expect(message.id).toMatch(/^wamid\./);
		const [request] = sim.received('POST');
		expect(request.path).toBe('/meta/whatsapp/v24.0/pn_sim_1/messages');
		expect(request.headers['x-api-key']).toBe(sim.apiKey);
		expect(request.body).toEqual({
			messaging_product: 'whatsapp',
			recipient_type: 'individual',
			to: '254712345678',
			type: 'text',
			text: { body: 'An agent will answer shortly', preview_url: false },
		});
	});

	it('sends Preview URL and a text of exactly 4096 characters (an emoji counts as one)', async () => {
		sim.addConversation({ phoneNumber: PHONE });
		const text = `${'🙂'.repeat(96)}${'a'.repeat(4000)}`;
		const [result] = await jsonOf({ text, previewUrl: true, to: '+254 712-345-678' });
		expect(result).toMatchObject({ sent: true, to: PHONE });
		expect(sim.state.messages).toEqual([expect.objectContaining({ text, preview_url: true, to: '254712345678' })]);
	});

	it("surfaces WhatsApp's 24-hour window when the customer last wrote 25 hours ago, per item", async () => {
		sim.addConversation({ phoneNumber: PHONE, lastInboundAt: new Date(Date.now() - 25 * HOUR).toISOString() });
		sim.addConversation({ phoneNumber: '+254700000001', lastInboundAt: new Date(Date.now() - 23 * HOUR).toISOString() });
		const items = await jsonOf({ text: 'Hello again' }, [event, { ...event, phoneNumber: '+254700000001' }]);
		expect(items[0].error).toBe(
			"Kapso answered 400: WhatsApp refused free-form text: more than 24 hours have passed since the customer's last message, " +
				'so only an approved template message can reach them now (Meta error 131047: (#131047) Re-engagement message)',
		);
		expect(items[1]).toMatchObject({ sent: true, to: '+254700000001' });
		expect(sim.state.messages.map((m: IDataObject) => m.to)).toEqual(['254700000001']);
		expect(sim.received('POST').map((r) => r.status)).toEqual([400, 200]);
	});

	it('a 502 after Kapso sent the message: one message, and the error says it may have been sent', async () => {
		sim.addConversation({ phoneNumber: PHONE });
		served.proxy.plan({ method: 'POST', status: 502 });
		const [item] = await jsonOf({ text: 'Once only' }, [event], proxied());
		expect(item.error).toBe(`Kapso answered 502: Bad Gateway. It may have sent the WhatsApp message to ${PHONE}: check before running it again`);
		expect(sim.state.messages).toHaveLength(1);
		expect(served.proxy.stats()).toMatchObject({ requests: 1, forwarded: 1 });
	});

	it('a reset connection after the send is not retried either', async () => {
		sim.addConversation({ phoneNumber: PHONE });
		served.proxy.plan({ method: 'POST', reset: true });
		const [item] = await jsonOf({ text: 'Once only' }, [event], proxied());
		expect(item.error).toMatch(/^Could not reach Kapso \(ECONNRESET\)\. It may have sent the WhatsApp message/);
		expect(sim.state.messages).toHaveLength(1);
	});

	it('a rate-limited send is retried and delivered once', async () => {
		sim.addConversation({ phoneNumber: PHONE });
		sim.inject({ method: 'POST', status: 429, retryAfter: 0 });
		const [item] = await jsonOf({ text: 'Hi' });
		expect(item.sent).toBe(true);
		expect(sim.received('POST').map((r) => r.status)).toEqual([429, 200]);
		expect(sim.state.messages).toHaveLength(1);
	});

	it('names the field and the item for bad input, and sends nothing', async () => {
		const items = await jsonOf({ phoneNumberId: 'pn_sim_1', to: '={{ $json.to }}', text: '={{ $json.text }}' }, [
			{ to: PHONE, text: '   ' },
			{ to: '0712 345 678', text: 'Hi' },
			{ to: PHONE, text: 'x'.repeat(4097) },
			{ to: '', text: 'Hi' },
			{ to: PHONE, text: null },
		]);
		expect(items.map((item) => item.error)).toEqual([
			'Text is required [item 0]',
			'To must be an E.164 phone number with country code, like +254712345678 (got "0712 345 678") [item 1]',
			'Text must be at most 4096 characters (got 4097) [item 2]',
			'To is required [item 3]',
			'Text is required [item 4]',
		]);
		expect(sim.requests).toHaveLength(0);
	});

	it('refuses a hostile Phone Number ID, naming the item', async () => {
		const items = await jsonOf({ phoneNumberId: '={{ $json.id }}', to: PHONE, text: 'Hi' }, HOSTILE_IDS.map(([id]) => ({ id })));
		expect(items.map((item) => item.error)).toEqual(HOSTILE_IDS.map(([, problem], i) => `Phone Number ID ${problem} [item ${i}]`));
		expect(sim.requests).toHaveLength(0);
	});

	it('stops the workflow on an error without continueOnFail', async () => {
		const result = await send({ text: '={{ $json.text }}' }, [{ ...event, text: '' }], direct(), false);
		expect(result.data.resultData.error?.message).toBe('Text is required [item 0]');
		expect(sim.requests).toHaveLength(0);
	});

	it('keeps the API key out of outputs, errors and logs', async () => {
		sim.addConversation({ phoneNumber: PHONE });
		const secret = canaryKey('kapso');
		const wrong = credentials({ kapsoHandoverApi: { baseUrl: sim.url!, apiKey: secret } });
		served.proxy.plan({ status: 500, echoHeaders: true });
		const output = captureOutput();
		const refused = await send({ text: 'Hi' }, [event], wrong);
		const echoing = credentials({ kapsoHandoverApi: { baseUrl: served.proxy.url!, apiKey: secret } });
		const echoed = await send({ text: 'Hi' }, [event], echoing, false);
		output.stop();
		expect(outputOf(refused, 'Kapso')[0].json.error).toBe('Kapso answered 401: Invalid API key');
		expect(echoed.data.resultData.error?.message).toMatch(/^Kapso answered 500/);
		const everything = JSON.stringify([refused, echoed]) + output.text();
		expect(everything).toContain('[redacted]');
		expect(everything).not.toContain(secret);
		expect(sim.state.messages).toHaveLength(0);
	});
});
