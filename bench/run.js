'use strict';
/**
 * `npm run bench`: runs every bench/*.bench.js against the built package (dist/), one after another so
 * they do not compete for the CPU. Each exports `async run(log)`; results are ratios against a baseline
 * measured in the same run, never absolute targets that depend on the machine.
 * `node bench/run.js <filter>` runs only the files whose name contains <filter>.
 */
const fs = require('fs');
const path = require('path');

async function main() {
	const filter = process.argv[2];
	const files = fs
		.readdirSync(__dirname)
		.filter((file) => file.endsWith('.bench.js') && (!filter || file.includes(filter)))
		.sort();
	const log = (line = '') => process.stdout.write(`${line}\n`);
	log(`node ${process.version}, ${require('os').cpus().length} CPUs`);
	for (const file of files) {
		log(`\n== ${file} ==`);
		const started = Date.now();
		await require(path.join(__dirname, file)).run(log);
		log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
	}
}

main().then(
	() => process.exit(0),
	(error) => {
		process.stderr.write(`${error.stack}\n`);
		process.exit(1);
	},
);
