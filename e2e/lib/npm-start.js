'use strict';
/** `npm start` as a newcomer runs it, in its own user folder and on free ports, for the end-to-end suite. */
const { spawn } = require('child_process');
const path = require('path');

const ROOT = path.join(__dirname, '..', '..');
const READY = /The editor was ready (\d+) s after npm start began/;

/**
 * Runs `npm start -- --reset` and resolves once it says the editor is ready.
 * @returns {Promise<{url: string, sims: Record<string, string>, readySeconds: number, output: () => string, stop: () => Promise<void>}>}
 */
function startNpmStart({ port, userFolder, timeoutMs = 420_000 }) {
	const child = spawn('npm', ['start', '--', '--reset', `--port=${port}`, `--user-folder=${userFolder}`, '--simulator-ports=any'], {
		cwd: ROOT,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));

	/** Sends a signal to npm and everything it started; false when none of them is left. */
	const signalGroup = (signal) => {
		try {
			process.kill(-child.pid, signal);
			return true;
		} catch {
			return false;
		}
	};
	// npm may exit before sandbox/start.js has stopped n8n and saved the simulators: wait for the whole group.
	const stop = async () => {
		if (!signalGroup('SIGTERM')) return;
		const deadline = Date.now() + 60_000;
		while (signalGroup(0)) {
			if (Date.now() > deadline) signalGroup('SIGKILL');
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
	};

	return new Promise((resolve, reject) => {
		const fail = async (why) => {
			clearInterval(watch);
			await stop();
			reject(new Error(`npm start ${why}. Its output:\n${output}`));
		};
		const startedAt = Date.now();
		const watch = setInterval(() => {
			const ready = output.match(READY);
			if (ready) {
				clearInterval(watch);
				const sims = Object.fromEntries([...output.matchAll(/(\w+) (http:\/\/127\.0\.0\.1:\d+)/g)].map((m) => [m[1], m[2]]));
				resolve({ url: `http://127.0.0.1:${port}`, sims, readySeconds: Number(ready[1]), output: () => output, stop });
			} else if (child.exitCode !== null) fail(`exited with ${child.exitCode}`);
			else if (Date.now() - startedAt > timeoutMs) fail(`was not ready after ${timeoutMs / 1000} s`);
		}, 250);
	});
}

module.exports = { startNpmStart };
