'use strict';
/**
 * Hostile input against the samples' triggers: forged Certainly claims, markup typed by a user, IDs that would
 * move a vendor request to another route, malformed IDs, a swapped Kapso event header and an oversized Zoho Desk
 * delivery. e2e/reliability.e2e.test.js registers these tests between its other sections.
 */
const botcopy = require('../../../simulators/botcopy');
const { stepOneBody } = botcopy;
const certainly = require('../../../simulators/certainly');
const { claimWebhookBody } = certainly;
const webhooks = require('../../../simulators/webhooks');
const kapsoWebhooks = require('../../../simulators/kapso');
const { threadAddEvent } = require('../../../simulators/zohodesk');
const { SANDBOX_WEBHOOK_SECRETS } = require('../../../sandbox/credentials');
const { webhookUrl } = require('../../../sandbox/scenarios');
const { HOSTILE_HTML, HOSTILE_IDS, RAW_MARKUP, withValueAt } = require('../hostile');
const { OPEN_CERTAINLY_URL_PATH } = require('../reliability-workflows');
const { waitFor } = require('../sandbox');
const { IDS } = require('./context');

/** Registers the hostile-input tests; `ctx` is e2e/lib/reliability/context.js's. */
function hostileInputTests(ctx) {
	const { figures, settled, vendorRequests } = ctx;
	let sandbox, sims, s, db;
	beforeAll(() => ({ sandbox, sims, s, db } = ctx));

	test('a Certainly claim without the webhook secret starts no execution, by default', async () => {
		const url = `${sandbox.n8n.url}/webhook/${OPEN_CERTAINLY_URL_PATH}`;
		const answers = [];
		for (let i = 0; i < 50; i++) answers.push(await certainly.send(url, claimWebhookBody({ userId: `webbot:victim-${i}` })));
		// A genuine delivery to another workflow afterwards: once it is answered, anything the forged ones started exists.
		expect((await s.certainlyUserMessage('genuine')).status).toBe(200);
		figures['forged Certainly claims that started an execution (of 50)'] = await db.count(IDS.openCertainly);
		expect(answers.map((answer) => answer.status)).toEqual(Array(50).fill(401));
		expect(await db.count(IDS.openCertainly)).toBe(0);
	});

	test('what a user types reaches the Zoho ticket as text, never as markup', async () => {
		const hostile = HOSTILE_HTML.join(' ');
		await s.aiChat({
			sessionId: 'html-injection',
			userName: `Eve ${hostile}`,
			userEmail: '<svg/onload=alert(1)>@example.com',
			message: `I want a human ${hostile}`,
			transcript: [{ role: 'user', text: hostile }],
		});
		const ticket = sims.zohodesk.state.tickets.find((t) => t.cf?.cf_chat_session_id === 'html-injection');
		expect(ticket).toBeDefined();
		// The description is HTML in Zoho Desk; the subject is plain text there.
		const injected = (ticket.description.match(new RegExp(RAW_MARKUP.source, 'gi')) ?? []).length;
		figures['raw markup in the ticket description'] = injected;
		expect(injected).toBe(0);
	});

	test('IDs that would move a request to another route reach no vendor', async () => {
		// Botcopy takes its IDs in the JSON body, never in a path; Certainly, Kapso and Zoho Desk put them in paths.
		const before = vendorRequests();
		const counts = { certainly: await db.count(IDS.certainly), kapso: await db.count(IDS.kapso) };
		let kapsoAccepted = 0;
		let certainlyAccepted = 0;
		for (const id of ['..', '.', '../..']) {
			// A claim whose user and bot IDs would move the Certainly calls the sample makes.
			const claim = await certainly.send(webhookUrl(sandbox.n8n.url, 'certainly'), claimWebhookBody({ userId: id, botId: id }), { headers: { 'X-Webhook-Secret': SANDBOX_WEBHOOK_SECRETS.certainly } });
			if (claim.status === 200) certainlyAccepted++;
			// A signed WhatsApp message whose conversation ID would move the Kapso calls the sample makes.
			const body = kapsoWebhooks.messageReceived({ conversationId: id, phoneNumber: '+254700000099', phoneNumberId: sims.kapso.phoneNumberId, text: 'I want to talk to an agent' });
			const answer = await kapsoWebhooks.send(webhookUrl(sandbox.n8n.url, 'kapso'), kapsoWebhooks.MESSAGE_RECEIVED, body, { secret: SANDBOX_WEBHOOK_SECRETS.kapso });
			if (answer.status === 200) kapsoAccepted++;
		}
		const zohoAnswer = await webhooks.send(sims.zohodesk.state.webhooks[0].url, [threadAddEvent({ ticketId: '..', orgId: sims.zohodesk.state.orgId })]);
		// The agent-desk webhooks answer when their executions start: wait for them to finish before counting.
		await waitFor(async () => (await db.count(IDS.certainly)) >= counts.certainly + certainlyAccepted && (await db.count(IDS.kapso)) >= counts.kapso + kapsoAccepted, {
			what: 'the agent-desk executions',
		});
		await settled(IDS.botcopy, IDS.certainly, IDS.kapso, IDS.aiChat);
		figures['requests with path-moving IDs that reached a vendor'] = vendorRequests() - before;
		expect(zohoAnswer.status).toBeLessThan(500);
		expect(vendorRequests() - before).toBe(0);
	});

	describe('malformed IDs in webhook bodies are refused or skipped, never a 5xx', () => {
		const answers = [];
		afterAll(() => {
			figures['5xx answers to malformed webhook bodies'] = `${answers.filter((status) => status >= 500).length} of ${answers.length}`;
		});
		const send = {
			botcopy: (body) => botcopy.send(webhookUrl(sandbox.n8n.url, 'botcopy'), body, { token: SANDBOX_WEBHOOK_SECRETS.botcopy }),
			certainly: (body) => certainly.send(webhookUrl(sandbox.n8n.url, 'certainly'), body, { headers: { 'X-Webhook-Secret': SANDBOX_WEBHOOK_SECRETS.certainly } }),
			kapso: (body) => kapsoWebhooks.send(webhookUrl(sandbox.n8n.url, 'kapso'), kapsoWebhooks.MESSAGE_RECEIVED, body, { secret: SANDBOX_WEBHOOK_SECRETS.kapso }),
			zohodesk: (body) => webhooks.send(sims.zohodesk.state.webhooks[0].url, body),
		};
		const valid = {
			botcopy: () => stepOneBody({ userId: 'fuzz-user', botId: sims.botcopy.state.bots[0], sessionId: 'fuzz' }),
			certainly: () => claimWebhookBody({ userId: 'webbot:fuzz', botId: sims.certainly.state.bots[0] }),
			kapso: () => kapsoWebhooks.messageReceived({ conversationId: 'conv_fuzz', phoneNumber: '+254700000077', phoneNumberId: sims.kapso.phoneNumberId, text: 'hello' }),
			zohodesk: () => [threadAddEvent({ ticketId: 'fuzz-ticket', orgId: sims.zohodesk.state.orgId })],
		};
		const FIELDS = {
			botcopy: ['userId', 'botId', 'sessionId'],
			certainly: ['to', 'botId', 'sessionId'],
			kapso: ['conversation.id', 'phone_number_id', 'message.id'],
			zohodesk: ['0.payload.ticketId', '0.payload.id'],
		};
		test.each(Object.keys(FIELDS))('%s', async (vendor) => {
			for (const field of FIELDS[vendor]) {
				for (const value of HOSTILE_IDS) {
					const answer = await send[vendor](withValueAt(valid[vendor](), field, value));
					answers.push(answer.status);
					expect({ field, value, status: answer.status }).toEqual({ field, value, status: expect.any(Number) });
					expect(answer.status).toBeLessThan(500);
				}
			}
		}, 120_000);
	});

	test("a Kapso delivery whose X-Webhook-Event header disagrees with its signed body is refused", async () => {
		const before = await db.count(IDS.kapso);
		// The business's own outbound message (whatsapp.message.sent), signed by Kapso, replayed as a received one.
		const sent = kapsoWebhooks.messageReceived({ conversationId: 'conv_swap', phoneNumber: '+254700000066', phoneNumberId: sims.kapso.phoneNumberId, text: 'I want to talk to a human agent' });
		Object.assign(sent.message.kapso, { direction: 'outbound', status: 'sent' });
		const swapped = await kapsoWebhooks.send(webhookUrl(sandbox.n8n.url, 'kapso'), kapsoWebhooks.MESSAGE_RECEIVED, sent, { secret: SANDBOX_WEBHOOK_SECRETS.kapso });
		expect((await s.kapsoMessage({ phoneNumber: '+254700000065', text: 'genuine: opening hours?' })).status).toBe(200);
		figures['Kapso deliveries with a swapped event header that started an execution'] = (await db.count(IDS.kapso)) - before - 1;
		expect(swapped.status).toBeGreaterThanOrEqual(400);
		expect(await db.count(IDS.kapso)).toBe(before + 1);
	});

	test('a Zoho delivery of 2,000 events is refused without a single ticket lookup, and n8n stays ready', async () => {
		const before = sandbox.proxies.zohodesk.stats().requests;
		const events = Array.from({ length: 2000 }, (_, i) => ({ eventType: 'Ticket_Comment_Add', orgId: sims.zohodesk.state.orgId, payload: { ticketId: `t-${i}`, isPublic: true, content: 'x' } }));
		const answer = await webhooks.send(sims.zohodesk.state.webhooks[0].url, events);
		const readiness = await fetch(`${sandbox.n8n.url}/healthz/readiness`);
		figures['ticket lookups for a 2,000-event delivery'] = sandbox.proxies.zohodesk.stats().requests - before;
		expect(answer.status).toBe(400);
		expect(readiness.status).toBe(200);
		expect(sandbox.proxies.zohodesk.stats().requests - before).toBe(0);
	});
}

module.exports = { hostileInputTests };
