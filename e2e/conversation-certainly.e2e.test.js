'use strict';
/**
 * The whole conversation of the Certainly listen mode → Zoho Desk sample in a real n8n: a message the bot keeps,
 * a claim (listen mode, one ticket), the user writing while a person has the chat, the agent's replies (one
 * redelivered) sent with Send Agent Message, the ticket closed and listen mode ended; and the no-agent timeout.
 * Outcomes are read from the simulators, n8n's executions and the data tables as n8n serves them to a user.
 */
const zohodesk = require('../simulators/zohodesk');
const { threadAddEvent } = zohodesk;
const { sampleId } = require('../sandbox/workflows');
const { WEBHOOKS } = require('../sandbox/scenarios');
const { updateTableRows } = require('../sandbox/data-tables');
const { useConversationSandbox } = require('./lib/conversation');
const { waitFor } = require('./lib/sandbox');

const CERTAINLY = sampleId('certainly-listen-mode.json');

const { sandbox, sims, s, db } = useConversationSandbox('conversation-certainly');

const botId = () => sims.certainly.state.bots[0];
const listening = (userId) => Boolean(sims.certainly.state.listening[`${botId()}:${userId}`]);
const toUser = (userId) => sims.certainly.state.delivered.filter((d) => d.userId === userId).map((d) => d.message);
const commentsOn = (ticketId) => sims.zohodesk.state.comments.filter((c) => c.ticketId === ticketId).map((c) => c.content);
const zohoUrl = () => sims.zohodesk.state.webhooks.find((webhook) => webhook.url.includes(WEBHOOKS.certainlyZoho)).url;
/** Waits until `count` of the user's Certainly deliveries have finished their executions in n8n. */
const handled = (userId, count) =>
	waitFor(async () => (await db.runs(CERTAINLY, `"${userId}"`)).filter((run) => run.nodes.includes('Certainly Trigger') && run.status === 'success').length === count, {
		what: `${count} Certainly executions for ${userId}`,
	});

describe('a whole conversation', () => {
	const user = 'webbot:conv-1';
	let ticketId;

	test('1. a message while the bot has the chat: Certainly answers it, nothing is sent or filed', async () => {
		expect((await s.certainlyUserMessage('What are your opening hours?', { userId: user })).status).toBe(200);
		await handled(user, 1);
		expect(listening(user)).toBe(false);
		expect(toUser(user)).toEqual([]);
		expect(sims.zohodesk.state.tickets.filter((t) => t.cf?.cf_chat_session_id === user)).toHaveLength(0);
	});

	test('2. a claim starts listen mode, opens one ticket and tells the user', async () => {
		expect((await s.certainlyClaim({ userId: user })).status).toBe(200);
		ticketId = (await s.certainlyTicket(user)).id;
		await waitFor(() => toUser(user).length === 1, { what: 'the user told' });
		expect(listening(user)).toBe(true);
		expect(toUser(user)).toEqual([expect.stringMatching(/agent will join/i)]);
	});

	test('3–4. two messages during the handover reach the ticket in order', async () => {
		// A user types one message after the other: each delivery has been handled before the next. (Two deliveries
		// at the same moment run as two executions at once, and in queue mode may reach the ticket in either order.)
		await s.certainlyUserMessage('My order is 4471', { userId: user });
		await handled(user, 3);
		await s.certainlyUserMessage('It never arrived', { userId: user });
		await handled(user, 4);
		expect(commentsOn(ticketId)).toEqual([expect.stringContaining('My order is 4471'), expect.stringContaining('It never arrived')]);
		expect(listening(user)).toBe(true);
	});

	test('5–6. two agent replies reach the user in order, once each, though Zoho delivers the first twice', async () => {
		const first = threadAddEvent({ ticketId, orgId: sims.zohodesk.state.orgId, content: 'Hi, Amina here. Checking now.', threadId: '9300000000000001' });
		const second = threadAddEvent({ ticketId, orgId: sims.zohodesk.state.orgId, content: 'It ships today.', threadId: '9300000000000002' });
		expect((await zohodesk.send(zohoUrl(), [first])).status).toBe(200);
		await waitFor(() => toUser(user).length === 2, { what: 'the first reply' });
		expect((await zohodesk.send(zohoUrl(), [first])).status).toBe(200);
		expect((await zohodesk.send(zohoUrl(), [second])).status).toBe(200);
		const finished = async (threadId, count) => (await db.runs(CERTAINLY, threadId)).filter((run) => run.status === 'success').length === count;
		await waitFor(async () => (await finished('9300000000000001', 2)) && (await finished('9300000000000002', 1)), { what: 'the three deliveries handled' });
		expect(toUser(user).slice(1)).toEqual(['Hi, Amina here. Checking now.', 'It ships today.']);
	});

	test('7. closing the ticket tells the user, ends listen mode and leaves one record', async () => {
		await s.certainlyAgentDone({ userId: user });
		await waitFor(() => !listening(user), { what: 'listen mode to end' });
		expect(toUser(user)[3]).toMatch(/assistant is back/i);
		expect(await sandbox.ownerOf(user)).toEqual(['bot']);
		expect(await sandbox.records(user)).toEqual([expect.objectContaining({ source: 'certainly', outcome: 'resolvedByAgent', ticketId })]);
	});

	test('8. the next message is the bot’s again: nothing reaches the ticket', async () => {
		await s.certainlyUserMessage('Thanks! Do you ship abroad?', { userId: user });
		await handled(user, 5);
		expect(commentsOn(ticketId)).toHaveLength(2);
		expect(toUser(user)).toHaveLength(4);
	});
});

test('nobody answers in time: the user is told, listen mode ends, the record says timedOut', async () => {
	const user = 'webbot:conv-timeout';
	await s.certainlyClaim({ userId: user });
	await s.certainlyTicket(user);
	await waitFor(async () => (await sandbox.ownerOf(user))[0] === 'waiting', { what: 'the chat waiting' });
	const tenMinutesAgo = new Date(Date.now() - 10 * 60_000).toISOString();
	await updateTableRows(sandbox.n8n.url, sandbox.cookie, 'handover_sessions', { type: 'and', filters: [{ columnName: 'sessionId', condition: 'eq', value: user }] }, { requestedAt: tenMinutesAgo });
	await waitFor(async () => (await sandbox.records(user)).length === 1, { what: 'the timed-out record', timeoutMs: 30_000 });
	await waitFor(() => !listening(user), { what: 'listen mode to end' });
	expect((await sandbox.records(user))[0]).toMatchObject({ outcome: 'timedOut' });
	expect(toUser(user).at(-1)).toMatch(/no agent is free/i);
});
