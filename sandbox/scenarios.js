'use strict';
/**
 * One happy path per sample workflow, fired the way each vendor calls n8n (the simulators' documented
 * payloads, tokens and signatures). `npm start` runs them on a key press; the end-to-end suite runs them and
 * asserts on what the simulators received.
 */
const webhooks = require('../simulators/webhooks');
const botcopy = require('../simulators/botcopy');
const { dialogflowSession, stepOneBody, stepTwoBody } = botcopy;
const certainly = require('../simulators/certainly');
const { claimWebhookBody, userMessageWebhookBody } = certainly;
const kapsoWebhooks = require('../simulators/kapso');
const { SANDBOX_WEBHOOK_SECRETS } = require('./credentials');

/** The production webhook addresses of the samples (fixed webhook ids and paths in workflows/*.json). */
const WEBHOOKS = {
	aiChat: 'handover/ai-chat',
	zohoAgentReply: '7c1f4e2a-0001-4a6b-9d10-a1c0c0a10002/webhook',
	botcopy: '7c1f4e2a-0002-4a6b-9d10-a1c0c0a10001/webhook',
	botcopyZoho: '7c1f4e2a-0002-4a6b-9d10-a1c0c0a10003/webhook',
	kapsoZoho: '7c1f4e2a-0004-4a6b-9d10-a1c0c0a10003/webhook',
	certainly: '7c1f4e2a-0003-4a6b-9d10-a1c0c0a10001/webhook',
	certainlyZoho: '7c1f4e2a-0003-4a6b-9d10-a1c0c0a10003/webhook',
	kapso: '7c1f4e2a-0004-4a6b-9d10-a1c0c0a10001/webhook',
	anyBot: 'handover/any-bot',
};

/**
 * Polls `probe` until it returns a truthy value or the time runs out (workflows finish after the answer). 30 s: a
 * queue-mode worker's first executions after a start took over 15 s on 2 busy cores.
 */
async function waitFor(probe, { timeoutMs = 30_000, intervalMs = 100, what = 'the condition' } = {}) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const result = await probe();
		if (result) return result;
		if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, intervalMs));
	}
}

const webhookUrl = (n8nUrl, name) => `${n8nUrl}/webhook/${WEBHOOKS[name]}`;

const TRANSCRIPT = [
	{ role: 'user', text: 'My order #4471 never arrived' },
	{ role: 'bot', text: 'I can check the delivery status. What is your postcode?' },
	{ role: 'user', text: 'I already told you twice. I want to talk to a human.' },
];

/**
 * @param {{n8nUrl: string, sims: Record<string, any>}} sandbox
 */
function scenarios({ n8nUrl, sims }) {
	const url = (name) => webhookUrl(n8nUrl, name);
	/** The Zoho Desk ticket of a Botcopy chat (Botcopy's `sessionId`, as given to 2), once the sample has opened it. */
	const botcopyTicket = (sessionId = 'df-session-42', { timeoutMs } = {}) =>
		waitFor(() => sims.zohodesk.state.tickets.find((t) => t.cf && t.cf.cf_chat_session_id === dialogflowSession(sessionId)), {
			timeoutMs,
			what: `the Zoho Desk ticket of Botcopy session ${sessionId}`,
		});
	/** The Certainly user's Zoho Desk ticket (the sample files it under the Certainly user ID). */
	const certainlyTicket = (userId = 'webbot:visitor-7', { timeoutMs } = {}) =>
		waitFor(() => sims.zohodesk.state.tickets.find((t) => t.cf && t.cf.cf_chat_session_id === userId && !t.mergedInto), {
			timeoutMs,
			what: `the Zoho Desk ticket of Certainly user ${userId}`,
		});
	/** An agent answers on a ticket in Zoho Desk; Zoho calls the triggers the samples registered. */
	const agentReplies = (ticketId, text, options = {}) => {
		sims.zohodesk.addThread(ticketId, `<div>${text}</div>`, options);
		return sims.zohodesk.settleDeliveries();
	};
	/** The agent closes the ticket; the samples give the chat back to the bot. */
	const agentCloses = (ticketId) => {
		sims.zohodesk.closeTicket(ticketId);
		return sims.zohodesk.settleDeliveries();
	};
	return {
		/** 1. A chat widget message that asks for a person → a Zoho Desk ticket; the widget gets its number. */
		aiChat: (fields = {}, { timeoutMs } = {}) =>
			webhooks.send(url('aiChat'), {
				sessionId: 'chat-session-1001',
				message: 'I want to talk to a human',
				confidence: 0.82,
				userName: 'Jane Doe',
				userEmail: 'jane@example.com',
				transcript: TRANSCRIPT,
				...fields,
			}, { timeoutMs }),
		/** 1b. An agent answers on the ticket in Zoho Desk; Zoho calls the trigger the sample registered. */
		zohoAgentReply: (ticketId, text = 'Hi Jane, I am looking at your order now.') => agentReplies(ticketId, text),
		/** 2. Botcopy's Step One: the Dialogflow agent set the handover context (its confidence given). */
		botcopyHandover: (fields = {}) =>
			botcopy.send(
				url('botcopy'),
				stepOneBody({ userId: 'web-user-42', botId: sims.botcopy.state.bots[0], sessionId: 'df-session-42', text: 'I need a real person', confidence: 0.41, ...fields }),
				{ token: SANDBOX_WEBHOOK_SECRETS.botcopy },
			),
		/** 2b. Botcopy's Step Two: the user writes while the bot is paused (same session as 2 unless given). */
		botcopyUserMessage: (fields = {}) =>
			botcopy.send(
				url('botcopy'),
				stepTwoBody({ userId: 'web-user-42', botId: sims.botcopy.state.bots[0], sessionId: 'df-session-42', text: 'Are you still there?', ...fields }),
				{ token: SANDBOX_WEBHOOK_SECRETS.botcopy },
			),
		botcopyTicket,
		/** 2c. An agent answers on that ticket in Zoho Desk; the sample pushes the reply into the Botcopy chat. */
		botcopyAgentReply: async (text = 'Hello, this is Amina from support.', { sessionId = 'df-session-42', authorName = 'Agent Amina' } = {}) =>
			agentReplies((await botcopyTicket(sessionId)).id, text, { authorName }),
		/** 2d. The agent closes the ticket; the sample resumes the bot. */
		botcopyAgentDone: async ({ sessionId = 'df-session-42' } = {}) => agentCloses((await botcopyTicket(sessionId)).id),
		/** 3. Certainly's claim webhook: the user asked for a person. */
		certainlyClaim: (fields = {}) =>
			certainly.send(
				url('certainly'),
				claimWebhookBody({ userId: 'webbot:visitor-7', botId: sims.certainly.state.bots[0], firstName: 'Sam', lastName: 'Lee', ...fields }),
				{ headers: { 'X-Webhook-Secret': SANDBOX_WEBHOOK_SECRETS.certainly } },
			),
		certainlyUserMessage: (message = 'Is anyone there?', { userId = 'webbot:visitor-7' } = {}) =>
			certainly.send(url('certainly'), userMessageWebhookBody({ userId, message }), { headers: { 'X-Webhook-Secret': SANDBOX_WEBHOOK_SECRETS.certainly } }),
		certainlyTicket,
		/** 3b. An agent answers on the user's Zoho Desk ticket; the sample sends it with Send Agent Message. */
		certainlyAgentMessage: async (text = 'Hi Sam, Amina here. How can I help?', { userId = 'webbot:visitor-7' } = {}) =>
			agentReplies((await certainlyTicket(userId)).id, text),
		/** 3c. The agent closes the ticket; the sample ends listen mode. */
		certainlyAgentDone: async ({ userId = 'webbot:visitor-7' } = {}) => agentCloses((await certainlyTicket(userId)).id),
		/** 4. Kapso's whatsapp.message.received for a conversation with a running bot, signed with the secret. */
		kapsoMessage: ({ text = 'Can I speak to an agent please?', phoneNumber = '+254712345678', secret = SANDBOX_WEBHOOK_SECRETS.kapso } = {}) => {
			const existing = sims.kapso.state.conversations.find((c) => c.phone_number === phoneNumber && c.status === 'active');
			const conversation = existing || sims.kapso.addConversation({ phoneNumber, executions: ['running', 'waiting'] }).conversation;
			const body = kapsoWebhooks.messageReceived({ conversationId: conversation.id, phoneNumber, phoneNumberId: conversation.phone_number_id, text });
			return kapsoWebhooks.send(url('kapso'), kapsoWebhooks.MESSAGE_RECEIVED, body, { secret }).then((answer) => ({ ...answer, conversation }));
		},
		/** 4c. The customer's WhatsApp conversation ends (closed, or a day without messages); Kapso tells the webhook. */
		kapsoConversationEnded: (conversation) => {
			conversation.status = 'ended';
			const body = kapsoWebhooks.conversationEnded({ conversationId: conversation.id, phoneNumber: conversation.phone_number, phoneNumberId: conversation.phone_number_id });
			return kapsoWebhooks.send(url('kapso'), kapsoWebhooks.CONVERSATION_ENDED, body, { secret: SANDBOX_WEBHOOK_SECRETS.kapso });
		},
		/** 4b. The agent closes the conversation's Zoho Desk ticket: the Kapso bot gets the conversation back. */
		kapsoTicketClosed: (conversationId) => agentCloses(sims.zohodesk.state.tickets.find((t) => t.cf?.cf_chat_session_id === conversationId).id),
		/** 5. Any bot; `sentAt` decides between opening hours (ChatNation) and after hours (Zoho Desk). */
		anyBot: (fields = {}) =>
			webhooks.send(url('anyBot'), {
				sessionId: 'any-bot-2002',
				phone: '+254700000002',
				message: 'Please connect me with an agent',
				confidence: 0.9,
				userName: 'Ali Hassan',
				userEmail: 'ali@example.com',
				transcript: TRANSCRIPT,
				sentAt: '2026-11-18T10:30:00+03:00',
				...fields,
			}),
		/** 5b. A ChatNation agent comes online and the vendor's scheduler gives them the queued chats. */
		chatNationAgentOnline: (agentId = 'agent-amina') => {
			const { agents } = sims.chatnation.state.generalQueue;
			if (!agents.includes(agentId)) agents.push(agentId);
			sims.chatnation.runAssignmentScheduler();
		},
		/** 5c. The ChatNation agent presses Resolve in the inbox, which calls the vendor's own API. */
		chatNationAgentResolves: (phone) => {
			const session = Object.values(sims.chatnation.state.sessions).find((s) => s.contactId === phone.replace(/^\+/, '') && s.status === 'assigned');
			return fetch(`${sims.chatnation.url}/api/dashboard/agent/inbox/${session.id}/resolve`, {
				method: 'PUT',
				headers: { authorization: `Bearer ${sims.chatnation.jwt}`, 'content-type': 'application/json' },
				body: JSON.stringify({ outcome: 'resolved' }),
			}).then((response) => response.status);
		},
	};
}

module.exports = { scenarios, waitFor, webhookUrl, WEBHOOKS, TRANSCRIPT };
