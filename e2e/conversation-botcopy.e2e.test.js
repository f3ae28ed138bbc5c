'use strict';
/**
 * The whole conversation of the Botcopy → Zoho Desk sample in a real n8n: the bot keeps a confident message, a
 * handover, the user writing while a person has the chat, the agent's replies (redelivered too) pushed into the
 * Botcopy chat, the ticket closed and the bot resumed; the no-agent timeout; a race of two handover calls.
 * Outcomes are read from the simulators (what Botcopy and Zoho Desk received), n8n's executions and the data
 * tables as n8n serves them to a user.
 */
const { dialogflowSession, WEBHOOK_DEADLINE_MS } = require('../simulators/botcopy');
const zohodesk = require('../simulators/zohodesk');
const { threadAddEvent } = zohodesk;
const { sampleId } = require('../sandbox/workflows');
const { updateTableRows } = require('../sandbox/data-tables');
const { useConversationSandbox } = require('./lib/conversation');
const { waitFor } = require('./lib/sandbox');

const BOTCOPY = sampleId('botcopy-to-zoho-desk.json');
/** The Botcopy sample's Zoho Desk Trigger (its fixed webhook id); the AI chat sample registers its own. */
const ZOHO_TRIGGER_ID = '7c1f4e2a-0002-4a6b-9d10-a1c0c0a10003';
const RESUMED = 'Resume the bot';

const { sandbox, sims, s, db } = useConversationSandbox('conversation-botcopy');

// Each conversation is its own Botcopy user and Dialogflow session.
const userOf = (conversation) => `user-${conversation}`;
const sessionOf = (conversation) => dialogflowSession(conversation);
const sessionRow = (conversation) => sandbox.sessionRows(sessionOf(conversation));
const records = (conversation) => sandbox.records(sessionOf(conversation));
const ownerOf = (conversation) => sandbox.ownerOf(sessionOf(conversation));
const ticketsOf = (conversation) => sims.zohodesk.state.tickets.filter((ticket) => ticket.cf && ticket.cf.cf_chat_session_id === sessionOf(conversation));
const commentsOn = (ticketId) => sims.zohodesk.state.comments.filter((comment) => comment.ticketId === ticketId);
/** What the workflow pushed into the user's Botcopy chat, oldest first. */
const pushes = (conversation) => sims.botcopy.state.delivered.filter((push) => push.userId === userOf(conversation));
const resumes = (conversation) => pushes(conversation).filter((push) => push.eventType === 'channel_update' && push.paused === false);
const agentReplies = (conversation) => pushes(conversation).filter((push) => push.eventType === 'message' && push.agentProfile);
const zohoTriggerUrl = () => sims.zohodesk.state.webhooks.find((webhook) => webhook.url.includes(ZOHO_TRIGGER_ID)).url;

const sent = new Map();
/** The executions Botcopy's calls for the conversation started, once every call sent so far has finished. */
async function userRuns(conversation) {
	return await waitFor(
		async () => {
			const runs = (await db.runs(BOTCOPY, `"${sessionOf(conversation)}"`)).filter((run) => run.nodes.includes('Botcopy Trigger'));
			return runs.length === sent.get(conversation) && runs.every((run) => run.status === 'success') && runs;
		},
		{ what: `the executions of ${conversation}'s calls` },
	);
}
const count = (conversation) => sent.set(conversation, (sent.get(conversation) ?? 0) + 1);
/** Botcopy's Step One: the bot set the handover context. */
const handoverCall = (conversation, text, confidence) => {
	count(conversation);
	return s.botcopyHandover({ userId: userOf(conversation), sessionId: conversation, text, confidence });
};
/** Botcopy's Step Two: the user wrote while the bot is paused. */
const userMessage = (conversation, text) => {
	count(conversation);
	return s.botcopyUserMessage({ userId: userOf(conversation), sessionId: conversation, text });
};
const PAUSED = { paused: true, minutesPaused: 10 };

describe('a whole conversation', () => {
	const conversation = 'bc-conv-1';
	let ticketId;

	test('1. a confident message stays with the bot: the bot is resumed and no ticket is opened', async () => {
		const answer = await handoverCall(conversation, 'What are your opening hours?', 0.95);
		expect(answer.status).toBe(200);
		const runs = await userRuns(conversation);
		expect(runs.map((run) => run.nodes.includes(RESUMED))).toEqual([true]);
		expect(resumes(conversation)).toEqual([expect.objectContaining({ unpauseChatEvent: 'none' })]);
		expect(sims.botcopy.isPaused(sims.botcopy.state.bots[0], userOf(conversation))).toBe(false);
		expect(ticketsOf(conversation)).toHaveLength(0);
		expect(await ownerOf(conversation)).toEqual([null]);
	});

	test('2. asking for a person: Botcopy is answered {paused: true} in time, one ticket, the user told', async () => {
		const answer = await handoverCall(conversation, 'I want to talk to a real person', 0.41);
		expect(answer.status).toBe(200);
		expect(answer.body).toEqual(PAUSED);
		expect(answer.elapsedMs).toBeLessThan(WEBHOOK_DEADLINE_MS);
		const runs = await userRuns(conversation);
		expect(runs.at(-1).nodes).not.toContain(RESUMED);
		expect(ticketsOf(conversation)).toHaveLength(1);
		ticketId = ticketsOf(conversation)[0].id;
		expect(ticketsOf(conversation)[0].description).toContain('I want to talk to a real person');
		const [row] = await sessionRow(conversation);
		expect(row).toMatchObject({ owner: 'waiting', ticketId, source: 'botcopy', userId: userOf(conversation), botId: sims.botcopy.state.bots[0] });
		expect(pushes(conversation).at(-1)).toMatchObject({ eventType: 'message', text: expect.stringMatching(/agent will reply/i), paused: true, minutesPaused: 10 });
		expect(resumes(conversation)).toHaveLength(1);
	});

	test('3–4. two messages during the handover reach the ticket, in order, and the bot is not resumed', async () => {
		for (const text of ['Order 4471 is the one', 'It was due last Monday']) {
			const answer = await userMessage(conversation, text);
			expect(answer.body).toEqual(PAUSED);
			// A user types one message after the other: each call has been handled before the next.
			await userRuns(conversation);
		}
		expect(commentsOn(ticketId).map((comment) => comment.content)).toEqual([
			expect.stringContaining('Order 4471 is the one'),
			expect.stringContaining('It was due last Monday'),
		]);
		expect(commentsOn(ticketId).every((comment) => comment.isPublic === false)).toBe(true);
		expect((await userRuns(conversation)).filter((run) => run.nodes.includes(RESUMED))).toHaveLength(1);
		expect(resumes(conversation)).toHaveLength(1);
		expect(ticketsOf(conversation)).toHaveLength(1);
	});

	test('5–6. two agent replies are pushed into the chat in order, once each, though Zoho delivers the first twice', async () => {
		const orgId = sims.zohodesk.state.orgId;
		const first = threadAddEvent({ ticketId, orgId, content: 'Hi, Amina here. Let me look.', threadId: '9200000000000001' });
		const second = threadAddEvent({ ticketId, orgId, content: 'It left the depot today.', threadId: '9200000000000002' });
		expect((await zohodesk.send(zohoTriggerUrl(), [first])).status).toBe(200);
		await waitFor(async () => agentReplies(conversation).length === 1, { what: 'the first reply in the chat' });
		expect((await zohodesk.send(zohoTriggerUrl(), [first])).status).toBe(200);
		expect((await zohodesk.send(zohoTriggerUrl(), [second])).status).toBe(200);
		const finished = async (threadId, n) => (await db.runs(BOTCOPY, threadId)).filter((run) => run.status === 'success').length === n;
		await waitFor(async () => (await finished('9200000000000001', 2)) && (await finished('9200000000000002', 1)), { what: 'the three deliveries handled' });
		expect(agentReplies(conversation).map((push) => [push.agentProfile.name, push.text, push.paused, push.minutesPaused])).toEqual([
			['Agent Amina', 'Hi, Amina here. Let me look.', true, 10],
			['Agent Amina', 'It left the depot today.', true, 10],
		]);
		const [row] = await sessionRow(conversation);
		expect(row).toMatchObject({ owner: 'agent', agentJoinedAt: expect.any(String) });
		expect(resumes(conversation)).toHaveLength(1);
	});

	test('7. closing the ticket resumes the bot, tells the user, and leaves one record', async () => {
		sims.zohodesk.closeTicket(ticketId);
		await sims.zohodesk.settleDeliveries();
		await waitFor(async () => (await records(conversation)).length === 1, { what: 'the handover record' });
		expect(await ownerOf(conversation)).toEqual(['bot']);
		const [record] = await records(conversation);
		expect(record).toMatchObject({ desk: 'zohoDesk', source: 'botcopy', ticketId, outcome: 'resolvedByAgent', endedAt: expect.any(String) });
		expect(record.waitSeconds).toBeGreaterThanOrEqual(0);
		await waitFor(async () => pushes(conversation).some((push) => /back to help/.test(push.text ?? '')), { what: 'the user told' });
		expect(resumes(conversation)).toHaveLength(2);
		expect(sims.botcopy.isPaused(sims.botcopy.state.bots[0], userOf(conversation))).toBe(false);
	});

	test('8. the next message goes back to the bot', async () => {
		const before = resumes(conversation).length;
		await userMessage(conversation, 'Thanks! One more question: do you ship abroad?');
		const runs = await userRuns(conversation);
		expect(runs.at(-1).nodes).toContain(RESUMED);
		expect(resumes(conversation)).toHaveLength(before + 1);
		expect(commentsOn(ticketId)).toHaveLength(2);
		expect(ticketsOf(conversation)).toHaveLength(1);
	});
});

test('nobody answers in time: the user is told, the bot is resumed, the record says timedOut', async () => {
	const conversation = 'bc-conv-timeout';
	expect((await handoverCall(conversation, 'Can I speak to an agent please?', 0.9)).body).toEqual(PAUSED);
	await waitFor(async () => (await sessionRow(conversation)).some((row) => row.owner === 'waiting' && row.ticketId), { what: 'the handover' });
	// As a user would fix a row by hand in the Data tables view: this request is now ten minutes old.
	const tenMinutesAgo = new Date(Date.now() - 10 * 60_000).toISOString();
	await updateTableRows(
		sandbox.n8n.url,
		sandbox.cookie,
		'handover_sessions',
		{ type: 'and', filters: [{ columnName: 'sessionId', condition: 'eq', value: sessionOf(conversation) }] },
		{ requestedAt: tenMinutesAgo },
	);
	await waitFor(async () => (await records(conversation)).length === 1, { what: 'the timed-out record', timeoutMs: 30_000 });
	expect(await ownerOf(conversation)).toEqual(['bot']);
	expect((await records(conversation))[0]).toMatchObject({ outcome: 'timedOut', source: 'botcopy', agentJoinedAt: null, waitSeconds: null });
	await waitFor(async () => resumes(conversation).length === 1, { what: 'the bot resumed' });
	expect(pushes(conversation).some((push) => /no agent is free/i.test(push.text ?? ''))).toBe(true);
	expect(sims.botcopy.isPaused(sims.botcopy.state.bots[0], userOf(conversation))).toBe(false);
});

test('two handover calls at once give one ticket; the other reaches the agent as a comment', async () => {
	const conversation = 'bc-conv-race';
	const answers = await Promise.all([
		handoverCall(conversation, 'I want a human now', 0.3),
		handoverCall(conversation, 'Please get me a real person', 0.3),
	]);
	expect(answers.map((answer) => answer.body)).toEqual([PAUSED, PAUSED]);
	await userRuns(conversation);
	expect(ticketsOf(conversation)).toHaveLength(1);
	expect(commentsOn(ticketsOf(conversation)[0].id)).toHaveLength(1);
	expect(resumes(conversation)).toHaveLength(0);
});
