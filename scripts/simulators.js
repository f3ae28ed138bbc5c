'use strict';
// Starts the five vendor simulators on loopback and prints where they listen and the keys they accept.
// Ports: SIMULATOR_PORTS="chatnation=5701,kapso=5702,..." (0 = any free port). Ctrl-C stops them.
const { startAll, DEFAULT_PORTS } = require('../simulators');

function portsFromEnv() {
	const ports = { ...DEFAULT_PORTS };
	for (const pair of (process.env.SIMULATOR_PORTS || '').split(',').filter(Boolean)) {
		const [name, port] = pair.split('=');
		ports[name.trim()] = Number(port);
	}
	return ports;
}

async function main() {
	const { simulators, stop } = await startAll(portsFromEnv());
	const summary = Object.fromEntries(
		Object.entries(simulators).map(([name, sim]) => [name, { url: sim.url, apiKey: sim.apiKey, admin: `${sim.url}/__sim/requests` }]),
	);
	process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
	const shutdown = () => stop().then(() => process.exit(0));
	process.on('SIGINT', shutdown);
	process.on('SIGTERM', shutdown);
}

main().catch((error) => {
	process.stderr.write(`${error.stack || error}\n`);
	process.exit(1);
});
