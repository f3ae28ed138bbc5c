'use strict';
// Lets a test see everything the process prints, so it can prove that no secret reaches a log line.
// n8n's winston logger binds console.log once, when it is created, and in band it writes straight to
// the streams; so test/setup.js installs these hooks before any module loads, and captureOutput()
// only adds a listener. Plain JS: strict lint bans `process` and `console` in TypeScript.

const listeners = new Set();
const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug'];
let installed = false;

function emit(text) {
	for (const listener of listeners) listener(text);
}

function installOutputHooks() {
	if (installed) return;
	installed = true;
	// Jest's console writes to streams of its own (console._stdout), which winston uses when present.
	const streams = new Set([process.stdout, process.stderr, console._stdout, console._stderr].filter(Boolean));
	for (const stream of streams) {
		const original = stream.write;
		stream.write = function (chunk, ...rest) {
			emit(String(chunk));
			return original.call(this, chunk, ...rest);
		};
	}
	for (const method of CONSOLE_METHODS) {
		const original = console[method];
		console[method] = (...args) => {
			emit(args.map(String).join(' '));
			return original.apply(console, args);
		};
	}
}

/** @returns {{ text: () => string, stop: () => void }} */
function captureOutput() {
	installOutputHooks();
	const chunks = [];
	const listener = (text) => chunks.push(text);
	listeners.add(listener);
	return { text: () => chunks.join('\n'), stop: () => listeners.delete(listener) };
}

module.exports = { captureOutput, installOutputHooks };
