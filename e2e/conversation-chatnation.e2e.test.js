'use strict';
/**
 * The whole conversation of the "any bot, by business hours" sample in a real n8n: the bot answers, a handover
 * queued at ChatNation, an agent picking it up, the bot quiet while the agent has the chat, the agent resolving
 * it in ChatNation's inbox and the bot back; the no-agent timeout (a call-back ticket); after hours (a call-back
 * ticket at once); a race of two requests; a refused message. Outcomes are read from the simulators, n8n's
 * executions and the data tables as n8n serves them to a user.
 */
const { sampleId } = require('../sandbox/workflows');
const { updateTableRows } = require('../sandbox/data-tables');
const { useConversationSandbox } = require('./lib/conversation');
const { waitFor } = require('./lib/sandbox');

const HOURS = sampleId('business-hours-chatnation-or-zoho.json');
const IN_HOURS = '2026-11-18T10:30:00+03:00';
const AFTER_HOURS = '2026-11-18T21:45:00+03:00';
const BOT_ANSWERS = 'Answer: the bot answers';

const { sandbox, sims, s, db } = useConversationSandbox('conversation-chatnation');

const sent = new Map();
const say = (sessionId, phone, message, sentAt = IN_HOURS) => {
	sent.set(sessionId, (sent.get(sessionId) ?? 0) + 1);
	return s.anyBot({ sessionId, phone, message, confidence: 0.9, sentAt });
};
/** The session's message executions, once every message sent so far has finished. */
const messageRuns = (sessionId) =>
	waitFor(
		async () => {
			const runs = (await db.runs(HOURS, `"${sessionId}"`)).filter((run) => run.nodes.includes('Bot message'));
			return runs.length === sent.get(sessionId) && runs.every((run) => run.status === 'success') && runs;
		},
		{ what: `the executions of ${sessionId}'s messages` },
	);
const botAnswers = async (sessionId) => (await messageRuns(sessionId)).filter((run) => run.nodes.includes(BOT_ANSWERS)).length;
const digits = (phone) => phone.replace(/\D/g, '');
const handovers = (phone) => sims.chatnation.received('POST', '/api/dashboard/agent/integration/handover').filter((r) => digits(r.body.contactId) === digits(phone));
const toUser = (sessionId) => sims.chatapp.state.messages.filter((m) => m.session_id === sessionId).map((m) => m.content);
const ticketsOf = (sessionId) => sims.zohodesk.state.tickets.filter((t) => t.cf?.cf_chat_session_id === sessionId);
const ownerIs = (sessionId, owner) => waitFor(async () => (await sandbox.ownerOf(sessionId)).join() === owner, { what: `${sessionId} owned by ${owner}` });

test('nobody picks the chat up in time: a call-back ticket, the user told, the bot back, the record says timedOut', async () => {
	const session = 'cn-timeout';
	const phone = '+254722100002';
	expect((await say(session, phone, 'I want to talk to a person')).body).toMatchObject({ handedOver: true, channel: 'chatnation', state: 'queued' });
	await ownerIs(session, 'waiting');
	// ChatNation itself told the user nobody is free (its own system message).
	expect(sims.chatnation.state.messages.filter((m) => m.contactId === digits(phone)).map((m) => m.text)).toEqual([expect.stringMatching(/busy/)]);
	const tenMinutesAgo = new Date(Date.now() - 10 * 60_000).toISOString();
	await updateTableRows(sandbox.n8n.url, sandbox.cookie, 'handover_sessions', { type: 'and', filters: [{ columnName: 'sessionId', condition: 'eq', value: session }] }, { requestedAt: tenMinutesAgo });
	await waitFor(async () => (await sandbox.records(session)).length === 1, { what: 'the timed-out record' });
	expect(await sandbox.records(session)).toEqual([expect.objectContaining({ source: 'anyBot', desk: 'chatnation', outcome: 'timedOut' })]);
	const [ticket] = ticketsOf(session);
	expect(ticket.tags).toContain('callback');
	await waitFor(() => toUser(session).length === 1, { what: 'the user told' });
	expect(toUser(session)[0]).toMatch(new RegExp(`no agent is free.*#${ticket.ticketNumber}`, 'i'));
	expect(await sandbox.ownerOf(session)).toEqual(['bot']);
	expect((await say(session, phone, 'What are your opening hours?')).body).toEqual({ handedOver: false });
});

test('after hours: a call-back ticket at once, no ChatNation call, the bot keeps the chat', async () => {
	const session = 'cn-night';
	const phone = '+254722100003';
	const answer = await say(session, phone, 'Please connect me with an agent', AFTER_HOURS);
	expect(answer.body).toMatchObject({ handedOver: true, channel: 'zohoDesk', callback: true, ticketNumber: ticketsOf(session)[0].ticketNumber });
	expect(handovers(phone)).toHaveLength(0);
	await waitFor(async () => (await sandbox.records(session)).length === 1, { what: 'the after-hours record' });
	expect(await sandbox.records(session)).toEqual([expect.objectContaining({ desk: 'zohoDesk', outcome: 'outOfHours', ticketId: ticketsOf(session)[0].id })]);
	expect(await sandbox.ownerOf(session)).toEqual(['bot']);
	expect((await say(session, phone, 'Do you deliver on Sundays?', AFTER_HOURS)).body).toEqual({ handedOver: false });
});

test('two "talk to a human" messages at once: one ChatNation handover, the other message stays with the agent', async () => {
	const session = 'cn-race';
	const phone = '+254722100004';
	const answers = await Promise.all([say(session, phone, 'I want to talk to a human'), say(session, phone, 'I want to talk to a human')]);
	expect(answers.map((a) => a.body.botReplies === false).sort()).toEqual([false, true]);
	await messageRuns(session);
	expect(handovers(phone)).toHaveLength(1);
});

test('a message without a phone is refused with 400 naming the field, and nothing is noted', async () => {
	const answer = await s.anyBot({ sessionId: 'cn-no-phone', phone: '', message: 'Hello' });
	expect(answer.status).toBe(400);
	expect(answer.body.error).toBe('phone must be a non-empty text');
	expect(await sandbox.sessionRows('cn-no-phone')).toEqual([]);
});

describe('a whole conversation', () => {
	const session = 'cn-1';
	const phone = '+254722100001';

	test('1. a question the bot can answer stays with the bot', async () => {
		expect((await say(session, phone, 'What are your opening hours?')).body).toEqual({ handedOver: false });
		expect(await botAnswers(session)).toBe(1);
		expect(handovers(phone)).toHaveLength(0);
	});

	test('2. asking for a person queues the chat at ChatNation; the chat waits', async () => {
		expect((await say(session, phone, 'I want to talk to a person')).body).toMatchObject({ handedOver: true, channel: 'chatnation', state: 'queued', agentAssigned: false });
		expect(handovers(phone)).toHaveLength(1);
		await ownerIs(session, 'waiting');
	});

	test('3. an agent comes online and picks it up: the chat is the agent’s', async () => {
		s.chatNationAgentOnline();
		await ownerIs(session, 'agent');
		expect((await sandbox.sessionRows(session))[0].agentJoinedAt).toEqual(expect.any(String));
	});

	test('4–5. two messages while the agent has the chat: the bot stays quiet, no second handover', async () => {
		expect((await say(session, phone, 'My order is 4471')).body).toEqual({ handedOver: true, botReplies: false });
		expect((await say(session, phone, 'It never arrived')).body).toEqual({ handedOver: true, botReplies: false });
		expect(await botAnswers(session)).toBe(1);
		expect(handovers(phone)).toHaveLength(1);
		const runs = await messageRuns(session);
		expect(runs.slice(-2).every((run) => !run.nodes.includes('Handover Decision'))).toBe(true);
	});

	test('6. the agent resolves the chat in ChatNation: the bot is back, the user is told, one record', async () => {
		expect(await s.chatNationAgentResolves(phone)).toBe(200);
		await ownerIs(session, 'bot');
		await waitFor(() => toUser(session).length === 1, { what: 'the user told' });
		expect(toUser(session)).toEqual([expect.stringMatching(/back to help/)]);
		const [record] = await sandbox.records(session);
		expect(record).toMatchObject({ source: 'anyBot', desk: 'chatnation', outcome: 'resolvedByAgent', agentJoinedAt: expect.any(String) });
		expect(record.waitSeconds).toBeGreaterThanOrEqual(0);
		expect(await sandbox.records(session)).toHaveLength(1);
	});

	test('7. the next message is the bot’s again', async () => {
		expect((await say(session, phone, 'Thanks! Do you ship abroad?')).body).toEqual({ handedOver: false });
		expect(await botAnswers(session)).toBe(2);
		expect(handovers(phone)).toHaveLength(1);
	});

	test('8. asking again starts a new ChatNation session with the agent online', async () => {
		expect((await say(session, phone, 'Can I talk to a human again?')).body).toMatchObject({ handedOver: true, channel: 'chatnation', state: 'assigned', agentAssigned: true });
		await ownerIs(session, 'agent');
		expect(handovers(phone)).toHaveLength(2);
	});
});
