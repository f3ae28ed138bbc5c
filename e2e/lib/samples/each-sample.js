'use strict';
/**
 * The five samples' own tests, a describe block each: what each sample does for the user and the agent, and
 * that each trigger refuses a forged delivery without starting an execution. e2e/lib/samples-suite.js
 * registers them between the checks that span all five.
 */
const botcopy = require('../../../simulators/botcopy');
const { dialogflowSession, stepOneBody, WEBHOOK_DEADLINE_MS } = botcopy;
const certainly = require('../../../simulators/certainly');
const { claimWebhookBody } = certainly;
const webhooks = require('../../../simulators/webhooks');
const { threadAddEvent } = require('../../../simulators/zohodesk');
const { webhookUrl, TRANSCRIPT } = require('../../../sandbox/scenarios');
const { waitFor } = require('../sandbox');
const { IDS } = require('./context');

/** Registers the five samples' tests; `ctx` is e2e/lib/samples/context.js's. */
function describeEachSample(ctx) {
	const { allFinished, chatNationSession, countExecutions, expectRefusedWithoutExecution, finishedExecutions, zohoWebhook } = ctx;
	let sandbox, sims, s;
	beforeAll(() => ({ sandbox, sims, s } = ctx));

	describe('1. AI chat → Zoho Desk', () => {
		let ticketId;

		test('a user asking for a person gets exactly one ticket carrying the transcript', async () => {
			const first = await s.aiChat({ sessionId: 'chat-e2e-1' });
			expect(first.status).toBe(200);
			expect(first.body).toMatchObject({ handedOver: true, ticketNumber: expect.any(String) });
			expect(first.body.reason).toMatch(/human/i);
			ticketId = first.body.ticketId;

			const again = await s.aiChat({ sessionId: 'chat-e2e-1', message: 'Hello? I still want a human' });
			expect(again.body).toEqual({ handedOver: true, passedToAgent: true });
			expect(sims.zohodesk.state.comments.filter((c) => c.ticketId === ticketId).map((c) => c.content)).toEqual([expect.stringContaining('Hello? I still want a human')]);

			const tickets = sims.zohodesk.state.tickets.filter((t) => t.cf && t.cf.cf_chat_session_id === 'chat-e2e-1');
			expect(tickets).toHaveLength(1);
			const [ticket] = tickets;
			expect(ticket.departmentId).toBe(sims.zohodesk.state.departments.find((d) => d.isDefault).id);
			for (const turn of TRANSCRIPT) expect(ticket.description).toContain(turn.text);
			expect(ticket.description).toContain('Handover reason:');
			expect(ticket.tags).toContain('chat-handover');
			const creates = sims.zohodesk.received('POST', '/api/v1/tickets').filter((r) => r.path === '/api/v1/tickets');
			expect(creates).toHaveLength(1);
		});

		test('a confident bot answer stays with the bot and files nothing', async () => {
			const before = sims.zohodesk.state.tickets.length;
			const answer = await s.aiChat({ sessionId: 'chat-e2e-2', message: 'What are your opening hours?', confidence: 0.93 });
			expect(answer.body).toEqual({ handedOver: false });
			expect(sims.zohodesk.state.tickets).toHaveLength(before);
		});

		test('low confidence alone hands over, with the reason on the ticket', async () => {
			const answer = await s.aiChat({ sessionId: 'chat-e2e-3', message: 'Can you do something about the invoice thing', confidence: 0.52 });
			expect(answer.body).toMatchObject({ handedOver: true, reason: expect.stringMatching(/Low Confidence - 52%/) });
		});

		test('a delivery to the Zoho Desk Trigger with a wrong secret is refused with 401 and starts no execution', async () => {
			const registered = new URL(zohoWebhook('zohoAgentReply'));
			registered.searchParams.set('secret', 'not-the-secret');
			const event = [{ eventType: 'Ticket_Thread_Add', orgId: sims.zohodesk.state.orgId, eventTime: String(Date.now()), payload: { ticketId, content: 'forged' } }];
			await expectRefusedWithoutExecution(
				IDS.aiChat,
				() => webhooks.send(registered.toString(), event),
				() => webhooks.send(zohoWebhook('zohoAgentReply'), [threadAddEvent({ ticketId, orgId: sims.zohodesk.state.orgId, content: 'genuine' })]),
				// The trigger looks the ticket up before it answers; a ticket without a chat session starts nothing.
				() => ({
					ticketLookupAnswers: sims.zohodesk.received('GET', `/api/v1/tickets/${ticketId}`).map((r) => r.status),
					session: sims.zohodesk.state.tickets.find((t) => t.id === ticketId)?.cf,
				}),
			);
			expect(sims.chatapp.state.messages.find((m) => m.content === 'forged')).toBeUndefined();
		});

		test("the agent's reply in Zoho Desk is delivered back to the chat", async () => {
			const deliveries = await s.zohoAgentReply(ticketId, 'Hi Jane, I am looking at your order now.');
			// One delivery to each sample's Zoho Desk Trigger; the AI chat sample's shows the reply.
			expect(deliveries.length).toBeGreaterThan(0);
			expect(deliveries.filter((d) => d.status !== 200)).toEqual([]);
			const message = await waitFor(
				() => sims.chatapp.state.messages.find((m) => m.session_id === 'chat-e2e-1' && m.content !== 'genuine'),
				{ what: 'the reply in the chat app' },
			);
			expect(message).toMatchObject({ author_type: 'agent', author_name: 'Agent Amina', content: 'Hi Jane, I am looking at your order now.' });
		});
	});

	describe('2. Botcopy → Zoho Desk', () => {
		const botcopyTickets = (sessionId) => sims.zohodesk.state.tickets.filter((t) => t.cf && t.cf.cf_chat_session_id === dialogflowSession(sessionId));
		const pushesTo = (userId) => sims.botcopy.state.delivered.filter((d) => d.userId === userId);

		test('Botcopy is answered {paused: true} inside its deadline, one ticket is opened and the user told', async () => {
			const answer = await s.botcopyHandover({ userId: 'web-e2e-1', sessionId: 'df-e2e-1', confidence: 0.41 });
			expect(answer.status).toBe(200);
			expect(answer.body).toEqual({ paused: true, minutesPaused: 10 });
			expect(answer.elapsedMs).toBeLessThan(WEBHOOK_DEADLINE_MS);
			// The user is told once Create From Chat has finished, tags included.
			await waitFor(() => pushesTo('web-e2e-1').length, { what: 'the user told' });
			const ticket = await s.botcopyTicket('df-e2e-1');
			expect(ticket.description).toMatch(/Low Confidence - 41%/);
			expect(ticket.description).toContain('I need a real person');
			expect(ticket.tags).toContain('botcopy');
			expect(pushesTo('web-e2e-1')).toEqual([expect.objectContaining({ eventType: 'message', paused: true, text: expect.stringMatching(/agent/) })]);
			const again = await s.botcopyUserMessage({ userId: 'web-e2e-1', sessionId: 'df-e2e-1', text: 'Hello? Anyone?' });
			expect(again.body).toEqual({ paused: true, minutesPaused: 10 });
			await waitFor(() => sims.zohodesk.state.comments.find((c) => c.ticketId === ticket.id), { what: 'the comment' });
			expect(sims.zohodesk.state.comments.filter((c) => c.ticketId === ticket.id).map((c) => c.content)).toEqual([expect.stringContaining('Hello? Anyone?')]);
			expect(botcopyTickets('df-e2e-1')).toHaveLength(1);
		});

		test("the agent's reply in Zoho Desk is pushed into the Botcopy chat, and closing the ticket resumes the bot", async () => {
			await s.botcopyAgentReply('Hello, this is Amina from support.', { sessionId: 'df-e2e-1' });
			const pushed = await waitFor(() => pushesTo('web-e2e-1').find((d) => d.text === 'Hello, this is Amina from support.'), { what: 'the pushed reply' });
			expect(pushed).toMatchObject({ paused: true, minutesPaused: 10, agentProfile: { name: 'Agent Amina' } });
			await s.botcopyAgentDone({ sessionId: 'df-e2e-1' });
			await waitFor(() => pushesTo('web-e2e-1').find((d) => d.paused === false && d.eventType === 'channel_update'), { what: 'the resume push' });
			expect(sims.botcopy.isPaused(sims.botcopy.state.bots[0], 'web-e2e-1')).toBe(false);
		});

		test('a call with a wrong access token is refused with 401 and starts no execution', async () => {
			await finishedExecutions(IDS.botcopy, 1);
			await expectRefusedWithoutExecution(
				IDS.botcopy,
				() => botcopy.send(webhookUrl(sandbox.publicUrl, 'botcopy'), stepOneBody({ userId: 'intruder', sessionId: 'df-intruder' }), { token: 'not-the-token' }),
				() => s.botcopyUserMessage({ userId: 'genuine-user', sessionId: 'df-genuine', text: 'genuine' }),
			);
			expect(botcopyTickets('df-intruder')).toHaveLength(0);
		});
	});

	describe('3. Certainly listen mode → Zoho Desk', () => {
		test('a claim starts listen mode and opens one Zoho Desk ticket for the user', async () => {
			const answer = await s.certainlyClaim({ userId: 'webbot:visitor-e2e' });
			expect(answer.status).toBe(200);
			const botId = sims.certainly.state.bots[0];
			await waitFor(() => sims.certainly.state.listening[`${botId}:webbot:visitor-e2e`], { what: 'listen mode' });
			const ticket = await s.certainlyTicket('webbot:visitor-e2e');
			expect(ticket.description).toContain('Sam Lee');
			expect(sims.zohodesk.state.tickets.filter((t) => t.cf?.cf_chat_session_id === 'webbot:visitor-e2e')).toHaveLength(1);
		});

		test('a claim with a wrong webhook secret is refused with 401 and starts no execution', async () => {
			await expectRefusedWithoutExecution(
				IDS.certainly,
				() => certainly.send(webhookUrl(sandbox.publicUrl, 'certainly'), claimWebhookBody({ userId: 'webbot:intruder' }), { headers: { 'X-Webhook-Secret': 'not-the-secret' } }),
				() => s.certainlyUserMessage('genuine'),
			);
			expect(sims.zohodesk.state.tickets.filter((t) => t.cf?.cf_chat_session_id === 'webbot:intruder')).toHaveLength(0);
		});

		test("the agent's replies in Zoho Desk reach the user, and closing the ticket ends listen mode", async () => {
			const botId = sims.certainly.state.bots[0];
			await s.certainlyClaim();
			await waitFor(() => sims.certainly.state.listening[`${botId}:webbot:visitor-7`], { what: 'listen mode' });
			await s.certainlyAgentMessage('Hi Sam, Amina here.');
			await waitFor(() => sims.certainly.state.delivered.find((d) => d.message === 'Hi Sam, Amina here.'), { what: 'the agent message' });
			await s.certainlyAgentDone();
			await waitFor(() => !sims.certainly.state.listening[`${botId}:webbot:visitor-7`], { what: 'listen mode to end' });
		});
	});

	describe('4. Kapso WhatsApp → Zoho Desk', () => {
		test("a customer asking for an agent sets the conversation's executions to handoff and opens one ticket", async () => {
			const answer = await s.kapsoMessage({ phoneNumber: '+254711000001', text: 'Can I speak to an agent please?' });
			expect(answer.status).toBe(200);
			const conversationId = answer.conversation.id;
			const executions = () => sims.kapso.state.executions.filter((e) => e.whatsapp_conversation_id === conversationId);
			await waitFor(() => executions().every((e) => e.status === 'handoff'), { what: 'the executions in handoff' });
			expect(executions().map((e) => e.status)).toEqual(['handoff', 'handoff']);
			const tickets = await waitFor(() => {
				const found = sims.zohodesk.state.tickets.filter((t) => t.cf?.cf_chat_session_id === conversationId);
				return found.length && found;
			}, { what: 'the Zoho Desk ticket' });
			expect(tickets).toHaveLength(1);
		});

		test('closing the ticket gives the conversation back to the bot', async () => {
			const conversation = sims.kapso.state.conversations.find((c) => c.phone_number === '+254711000001');
			const ticket = sims.zohodesk.state.tickets.find((t) => t.cf?.cf_chat_session_id === conversation.id);
			const before = await countExecutions(IDS.kapso);
			sims.zohodesk.closeTicket(ticket.id);
			await waitFor(
				() => sims.kapso.state.executions.filter((e) => e.whatsapp_conversation_id === conversation.id).every((e) => e.status === 'waiting'),
				{ what: 'the executions back in waiting' },
			);
			// Kapso's state changes while the execution that changed it may not be listed yet: the next tests count.
			await finishedExecutions(IDS.kapso, before + 1);
		});

		test('a message the bot can handle leaves Kapso and Zoho Desk alone', async () => {
			const answer = await s.kapsoMessage({ phoneNumber: '+254711000002', text: 'What time do you open tomorrow?' });
			expect(answer.status).toBe(200);
			await allFinished(IDS.kapso);
			expect(sims.kapso.state.executions.filter((e) => e.whatsapp_conversation_id === answer.conversation.id).map((e) => e.status)).toEqual(['running', 'waiting']);
			expect(sims.zohodesk.state.tickets.filter((t) => t.cf?.cf_chat_session_id === answer.conversation.id)).toHaveLength(0);
		});

		test('a delivery with a wrong signature is refused with 401 and starts no execution', async () => {
			const refused = await expectRefusedWithoutExecution(
				IDS.kapso,
				() => s.kapsoMessage({ phoneNumber: '+254711000003', secret: 'not-the-secret' }),
				() => s.kapsoMessage({ phoneNumber: '+254711000004', text: 'genuine: what are your opening hours?' }),
			);
			expect(sims.kapso.state.executions.filter((e) => e.whatsapp_conversation_id === refused.conversation.id).map((e) => e.status)).toEqual(['running', 'waiting']);
		});
	});

	describe('5. Any bot, by business hours', () => {
		test('in opening hours the chat goes to a ChatNation agent', async () => {
			const answer = await s.anyBot({ sessionId: 'hours-e2e-1', phone: '+254722000001', sentAt: '2026-11-18T10:30:00+03:00' });
			expect(answer.body).toMatchObject({ handedOver: true, channel: 'chatnation', state: 'queued', agentAssigned: false });
			expect(chatNationSession('+254722000001')).toMatchObject({ name: 'Ali Hassan' });
			expect(sims.zohodesk.state.tickets.find((t) => t.cf && t.cf.cf_chat_session_id === 'hours-e2e-1')).toBeUndefined();
		});

		test('after hours it becomes a Zoho Desk ticket instead', async () => {
			const answer = await s.anyBot({ sessionId: 'hours-e2e-2', phone: '+254722000002', sentAt: '2026-11-18T21:45:00+03:00' });
			expect(answer.body).toMatchObject({ handedOver: true, channel: 'zohoDesk', alreadyExists: false, ticketNumber: expect.any(String) });
			const ticket = sims.zohodesk.state.tickets.find((t) => t.cf && t.cf.cf_chat_session_id === 'hours-e2e-2');
			expect(ticket.tags).toContain('after-hours');
			expect(ticket.description).toContain('(after hours)');
			expect(chatNationSession('+254722000002')).toBeUndefined();
		});
	});
}

module.exports = { describeEachSample };
