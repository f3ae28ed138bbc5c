'use strict';
/**
 * `npm start`: n8n with this package and the five sample workflows, every vendor replaced by its loopback
 * simulator. Options: --reset (start from an empty user folder), --port=5678. Ctrl-C stops everything.
 */
const fs = require('fs');
const path = require('path');

const { DEFAULT_PORTS } = require('../simulators');
const { startSandbox } = require('./sandbox');
const { scenarios, webhookUrl } = require('./scenarios');

const USER_FOLDER = path.join(__dirname, 'user');
const args = process.argv.slice(2);
const port = Number((args.find((a) => a.startsWith('--port=')) || '').slice(7) || process.env.N8N_PORT || 5678);
const log = (message) => process.stdout.write(`${message}\n`);

const SAMPLE_RUNS = {
	1: ['AI chat → Zoho Desk', async (s, sims) => {
		const answer = await s.aiChat();
		log(`  widget got ${JSON.stringify(answer.body)}`);
		if (answer.body && answer.body.ticketId) {
			await s.zohoAgentReply(answer.body.ticketId);
			log(`  an agent replied on ticket #${answer.body.ticketNumber}; the chat app now holds ${sims.chatapp.state.messages.length} message(s)`);
		}
	}],
	2: ['Botcopy → ChatNation', async (s, sims) => {
		const answer = await s.botcopyHandover();
		log(`  Botcopy got ${JSON.stringify(answer.body)} in ${answer.elapsedMs} ms`);
		await s.botcopyAgentReply();
		log(`  agent reply pushed; Botcopy received ${sims.botcopy.state.delivered.length} push(es)`);
	}],
	3: ['Certainly listen mode', async (s, sims) => {
		const answer = await s.certainlyClaim();
		log(`  Certainly got HTTP ${answer.status}; listening: ${JSON.stringify(Object.keys(sims.certainly.state.listening))}`);
		await s.certainlyAgentMessage();
	}],
	4: ['Kapso WhatsApp', async (s) => {
		const answer = await s.kapsoMessage();
		log(`  Kapso got HTTP ${answer.status} for conversation ${answer.conversation.id}`);
	}],
	5: ['Any bot, by business hours', async (s) => {
		const inHours = await s.anyBot();
		log(`  in opening hours: ${JSON.stringify(inHours.body)}`);
		const afterHours = await s.anyBot({ sessionId: 'any-bot-night', sentAt: '2026-11-18T22:15:00+03:00' });
		log(`  after hours: ${JSON.stringify(afterHours.body)}`);
	}],
};

function printGuide(n8nUrl, sims) {
	log('');
	log(`  n8n editor:   ${n8nUrl}   (first visit: create the owner account; it stays in sandbox/user)`);
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
	const sandbox = await startSandbox({ userFolder: USER_FOLDER, port, simulatorPorts: DEFAULT_PORTS, log, importWorkflows: firstRun });
	let stopping = false;
	const stop = async () => {
		if (stopping) return;
		stopping = true;
		log('\nStopping n8n and the simulators…');
		await sandbox.stop();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
	printGuide(sandbox.n8n.url, sandbox.sims);
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
