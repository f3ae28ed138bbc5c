'use strict';
/** A sandbox per test file: free ports, a fresh user folder under e2e/.work, the built package (npm run build first). */
const fs = require('fs');
const net = require('net');
const path = require('path');

const { QUEUE_MODE_PORTS } = require('../../sandbox/queue-mode');
const { startSandbox } = require('../../sandbox/sandbox');
const { waitFor } = require('../../sandbox/scenarios');

const WORK_DIR = path.join(__dirname, '..', '.work');
const FREE_SIMULATOR_PORTS = { chatnation: 0, kapso: 0, botcopy: 0, certainly: 0, zohodesk: 0, chatapp: 0 };

function portIsFree(port) {
	return new Promise((resolve) => {
		const server = net.createServer();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

/**
 * A port whose next `count - 1` are free too: n8n's task broker listens on port + 1 (queue mode takes 8). Below the
 * kernel's ephemeral range (32768 up on Linux), which the simulators (port 0) and every outgoing connection draw
 * from: a block chosen there was once taken between this check and Redis starting.
 */
async function freePorts(count = 2) {
	for (let attempt = 0; attempt < 50; attempt++) {
		const port = 20000 + Math.floor(Math.random() * (12000 - count));
		let free = true;
		for (let next = port; free && next < port + count; next++) free = await portIsFree(next);
		if (free) return port;
	}
	throw new Error(`no ${count} free ports in a row found`);
}

/**
 * HANDOVER_E2E_QUEUE_MODE=1 runs every suite's n8n in queue mode (main + worker + webhook process on Postgres
 * and Redis): `npm run test:e2e` runs the conversation and samples suites both ways.
 */
const QUEUE_MODE = process.env.HANDOVER_E2E_QUEUE_MODE === '1';

/**
 * @param {string} name used for the user folder
 * @returns {Promise<{n8n: any, publicUrl: string, logs: () => string, sims: any, proxies: any, samples: any[],
 *   userFolder: string, postgres?: any, restartN8n: Function, stop: () => Promise<void>}>}
 */
async function startTestSandbox(name, options = {}) {
	const queueMode = options.queueMode ?? QUEUE_MODE;
	const userFolder = path.join(WORK_DIR, `${name}${queueMode ? '-queue' : ''}-${process.pid}`);
	fs.rmSync(userFolder, { recursive: true, force: true });
	fs.mkdirSync(userFolder, { recursive: true });
	const lines = [];
	const sandbox = await startSandbox({
		userFolder,
		port: await freePorts(queueMode ? QUEUE_MODE_PORTS : 2),
		simulatorPorts: FREE_SIMULATOR_PORTS,
		build: false,
		log: (line) => lines.push(line),
		...options,
		queueMode,
	});
	const stopSandbox = sandbox.stop;
	// The same object, not a copy: restartN8n() replaces sandbox.n8n.
	return Object.assign(sandbox, {
		userFolder,
		setupLog: () => lines.join('\n'),
		stop: async () => {
			await stopSandbox();
			if (!process.env.KEEP_E2E_WORK) fs.rmSync(userFolder, { recursive: true, force: true });
		},
	});
}

module.exports = { startTestSandbox, waitFor, freePorts, WORK_DIR, QUEUE_MODE };
