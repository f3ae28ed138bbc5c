'use strict';
/**
 * `npm start`: n8n with this package and the five sample workflows, every vendor replaced by its loopback
 * simulator. Options: --reset (start from an empty user folder), --port=5678, --user-folder=sandbox/user,
 * --simulator-ports=any (free ports instead of the fixed ones). Ctrl-C stops everything.
 */
const fs = require('fs');
const path = require('path');

const { DEFAULT_PORTS } = require('../simulators');
const { OWNER } = require('./n8n-rest');
const { startSandbox } = require('./sandbox');
const { scenarios, waitFor, webhookUrl } = require('./scenarios');

const args = process.argv.slice(2);
const option = (name) => (args.find((a) => a.startsWith(`--${name}=`)) || '').slice(name.length + 3);
const port = Number(option('port') || process.env.N8N_PORT || 5678);
const USER_FOLDER = path.resolve(option('user-folder') || path.join(__dirname, 'user'));
const USER_FOLDER_SHOWN = path.relative(process.cwd(), USER_FOLDER) || USER_FOLDER;
const SIMULATOR_PORTS = option('simulator-ports') === 'any' ? Object.fromEntries(Object.keys(DEFAULT_PORTS).map((name) => [name, 0])) : DEFAULT_PORTS;
// n8n does not re-register a trigger's webhook at a restart (the vendor keeps it), so the simulators keep
// their state across runs as the vendors would.
const SIMULATOR_STATE = path.join(USER_FOLDER, 'simulators.json');
const startedAt = Date.now();
const seconds = () => `${Math.round((Date.now() - startedAt) / 1000)} s`;
const log = (message) => process.stdout.write(`${message}\n`);
/** Setup steps, each with the seconds since npm start began (the first run takes about a minute). */
const progress = (message) => log(`[${seconds().padStart(5)}] ${message}`);

const SAMPLE_RUNS = {
	1: ['AI chat → Zoho Desk', async (s, sims) => {
		const answer = await s.aiChat();
		log(`  the widget was answered ${JSON.stringify(answer.body)}`);
		if (!answer.body || !answer.body.ticketId) return;
		const before = sims.chatapp.state.messages.length;
		await s.zohoAgentReply(answer.body.ticketId);
		const [reply] = await waitFor(() => sims.chatapp.state.messages.slice(before).length && sims.chatapp.state.messages.slice(before), { what: 'the reply' });
		log(`  an agent replied on ticket #${answer.body.ticketNumber}; the chat app received ${JSON.stringify(reply.content)}`);
	}],
	2: ['Botcopy → Zoho Desk', async (s, sims) => {
		const answer = await s.botcopyHandover();
		log(`  Botcopy was answered ${JSON.stringify(answer.body)} in ${answer.elapsedMs} ms`);
		const ticket = await s.botcopyTicket();
		log(`  Zoho Desk ticket #${ticket.ticketNumber} holds the chat`);
		const before = sims.botcopy.state.delivered.length;
		await s.botcopyAgentReply();
		await waitFor(() => sims.botcopy.state.delivered.slice(before).some((d) => d.agentProfile), { what: 'the push' });
		log(`  the agent's reply was pushed into the Botcopy chat: ${JSON.stringify(sims.botcopy.state.delivered.slice(before).find((d) => d.agentProfile).text)}`);
	}],
	3: ['Certainly listen mode → Zoho Desk', async (s, sims) => {
		const answer = await s.certainlyClaim();
		log(`  Certainly was answered HTTP ${answer.status}`);
		await waitFor(() => Object.keys(sims.certainly.state.listening).length, { what: 'listen mode' });
		log(`  listen mode on for ${Object.keys(sims.certainly.state.listening).join(', ')}`);
		const ticket = await s.certainlyTicket();
		log(`  Zoho Desk ticket #${ticket.ticketNumber} opened; an agent replies on it…`);
		const before = sims.certainly.state.delivered.length;
		await s.certainlyAgentMessage();
		await waitFor(() => sims.certainly.state.delivered.slice(before).some((d) => /Amina/.test(d.message)), { what: 'the agent message' });
		log(`  the agent's message reached the user: ${JSON.stringify(sims.certainly.state.delivered.at(-1).message)}`);
		await s.certainlyAgentDone();
		await waitFor(() => !Object.keys(sims.certainly.state.listening).length, { what: 'listen mode to end' });
		log('  ticket closed: listen mode ended, the bot answers again');
	}],
	4: ['Kapso WhatsApp → Zoho Desk', async (s, sims) => {
		const answer = await s.kapsoMessage();
		log(`  Kapso was answered HTTP ${answer.status}`);
		const conversationId = answer.conversation.id;
		const executions = () => sims.kapso.state.executions.filter((e) => e.whatsapp_conversation_id === conversationId);
		await waitFor(() => executions().every((e) => e.status === 'handoff'), { what: 'handoff' });
		log(`  conversation ${conversationId}: executions now ${executions().map((e) => e.status).join(', ')}`);
		const ticket = await waitFor(() => sims.zohodesk.state.tickets.find((t) => t.cf?.cf_chat_session_id === conversationId), { what: 'the ticket' });
		log(`  Zoho Desk ticket #${ticket.ticketNumber} opened; an agent replies on it…`);
		const sent = sims.kapso.state.messages.length;
		await s.zohoAgentReply(ticket.id, 'Hello, this is Amina from support.');
		await waitFor(() => sims.kapso.state.messages.length > sent, { what: 'the WhatsApp reply' });
		log(`  sent on WhatsApp: ${JSON.stringify(sims.kapso.state.messages.at(-1).text)}`);
		await s.kapsoTicketClosed(conversationId);
		await waitFor(() => executions().every((e) => e.status === 'waiting'), { what: 'the bot back' });
		log(`  ticket closed: executions back to ${executions().map((e) => e.status).join(', ')}`);
	}],
	5: ['Any bot → ChatNation, by business hours', async (s, sims) => {
		const n = String(Date.now()).slice(-8);
		const chat = { sessionId: `any-bot-${n}`, phone: `+2547${n}` };
		const inHours = await s.anyBot(chat);
		log(`  Wednesday 10:30 in Nairobi: ${JSON.stringify(inHours.body)}`);
		const checks = () => sims.chatnation.received('GET', '/api/dashboard/agent-session/check').filter((r) => `+${r.query.phone}` === chat.phone).length;
		const nextCheck = (after) => waitFor(() => checks() > after, { what: 'the sample asking ChatNation', timeoutMs: 75_000 });
		s.chatNationAgentOnline();
		log('  an agent comes online in ChatNation; the sample notices on its next check (every minute)…');
		await nextCheck(checks());
		log(`  the user writes while the agent has the chat: ${JSON.stringify((await s.anyBot({ ...chat, message: 'My order is 4471' })).body)}`);
		const told = sims.chatapp.state.messages.length;
		await s.chatNationAgentResolves(chat.phone);
		log('  the agent resolves the chat in ChatNation; waiting for the next check…');
		const back = await waitFor(() => sims.chatapp.state.messages.slice(told).find((m) => m.session_id === chat.sessionId), { what: 'the bot back', timeoutMs: 75_000 });
		log(`  the user was told ${JSON.stringify(back.content)}`);
		const afterHours = await s.anyBot({ sessionId: `any-bot-night-${n}`, sentAt: '2026-11-18T22:15:00+03:00' });
		log(`  Wednesday 22:15 in Nairobi: ${JSON.stringify(afterHours.body)}`);
	}],
};

/** A digest of a simulator's source (its folder's files): saved state is only restored into the simulator that wrote it. */
function simulatorVersion(name) {
	const folder = path.join(__dirname, '..', 'simulators', name);
	const hash = require('crypto').createHash('sha256');
	for (const file of fs.readdirSync(folder).filter((f) => f.endsWith('.js')).sort()) hash.update(fs.readFileSync(path.join(folder, file)));
	return hash.digest('hex').slice(0, 16);
}

/**
 * The simulators' state from the last run, webhook addresses moved to this run's n8n port. A simulator whose code
 * changed since then starts fresh: its old state may not fit it.
 */
function readSimulatorState() {
	const text = fs.readFileSync(SIMULATOR_STATE, 'utf8').replace(/http:\/\/127\.0\.0\.1:\d+\/webhook\//g, `http://127.0.0.1:${port}/webhook/`);
	const saved = JSON.parse(text);
	const restored = {};
	for (const [name, entry] of Object.entries(saved)) {
		if (entry && entry.version === simulatorVersion(name)) restored[name] = entry.state;
		else log(`The ${name} simulator changed since the last run: it starts fresh.${name === 'zohodesk' ? ' If agent replies from Zoho Desk stop reaching the chat, run npm start -- --reset.' : ''}`);
	}
	return restored;
}

function writeSimulatorState(sims) {
	const entries = Object.entries(sims).map(([name, sim]) => [name, { version: simulatorVersion(name), state: sim.state }]);
	fs.writeFileSync(SIMULATOR_STATE, JSON.stringify(Object.fromEntries(entries)));
}

function printGuide(n8nUrl, sims) {
	log('');
	log(`  n8n editor:   ${n8nUrl}   (sign in as ${OWNER.email}, password ${OWNER.password}; it stays in ${USER_FOLDER_SHOWN})`);
	log('  Samples:      imported, published, and wired to the "(sandbox)" credentials');
	log('  Simulators:   ' + Object.entries(sims).map(([name, sim]) => `${name} ${sim.url}`).join(', '));
	log(`  Webhooks:     chat widget POST ${webhookUrl(n8nUrl, 'aiChat')}`);
	log(`                any bot     POST ${webhookUrl(n8nUrl, 'anyBot')}`);
	log('');
	log('  Press 1–5 to run a sample in the sandbox (it shows in the workflow\'s Executions tab), q or Ctrl-C to stop.');
	for (const [key, [name]] of Object.entries(SAMPLE_RUNS)) log(`    ${key}  ${name}`);
	log('');
}

async function main() {
	if (args.includes('--reset')) fs.rmSync(USER_FOLDER, { recursive: true, force: true });
	const firstRun = !fs.existsSync(path.join(USER_FOLDER, '.n8n', 'database.sqlite'));
	const simulatorState = !firstRun && fs.existsSync(SIMULATOR_STATE) ? readSimulatorState() : {};
	progress(firstRun ? `Setting up a new sandbox in ${USER_FOLDER_SHOWN}…` : `Starting the sandbox kept in ${USER_FOLDER_SHOWN}…`);
	const sandbox = await startSandbox({
		userFolder: USER_FOLDER,
		port,
		simulatorPorts: SIMULATOR_PORTS,
		log: progress,
		importWorkflows: firstRun,
		simulatorState,
		owner: true,
		publishOverRest: true,
	});
	let stopping = false;
	const stop = async () => {
		if (stopping) return;
		stopping = true;
		log('\nStopping n8n and the simulators…');
		await sandbox.stop();
		writeSimulatorState(sandbox.sims);
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
	printGuide(sandbox.n8n.url, sandbox.sims);
	log(`  The editor was ready ${seconds()} after npm start began.`);
	log('');
	if (!process.stdin.isTTY) return;
	const s = scenarios({ n8nUrl: sandbox.n8n.url, sims: sandbox.sims });
	process.stdin.setRawMode(true);
	process.stdin.resume();
	process.stdin.on('data', async (key) => {
		const pressed = key.toString();
		if (pressed === 'q' || pressed === '\u0003') return stop();
		const run = SAMPLE_RUNS[pressed];
		if (!run) return;
		log(`Running sample ${pressed}: ${run[0]}`);
		try {
			await run[1](s, sandbox.sims);
		} catch (error) {
			log(`  failed: ${error.message}`);
		}
	});
}

main().catch((error) => {
	process.stderr.write(`${error.stack || error}\n`);
	process.exit(1);
});
