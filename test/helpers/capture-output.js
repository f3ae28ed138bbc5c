'use strict';
// Records what the process writes to stdout and stderr (n8n's logger writes there directly),
// so a test can prove that no secret reaches a log line. Plain JS: strict lint bans `process` in TS.

/** @returns {{ text: () => string, stop: () => void }} */
function captureOutput() {
	const chunks = [];
	const originals = [process.stdout.write, process.stderr.write];
	for (const stream of [process.stdout, process.stderr]) {
		const original = stream.write.bind(stream);
		stream.write = (chunk, ...rest) => {
			chunks.push(String(chunk));
			return original(chunk, ...rest);
		};
	}
	return {
		text: () => chunks.join(''),
		stop: () => {
			process.stdout.write = originals[0];
			process.stderr.write = originals[1];
		},
	};
}

module.exports = { captureOutput };
