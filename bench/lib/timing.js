'use strict';
/** Timing for benches on a shared machine: process CPU time, medians of short slices, and a plain-text table. */

/** CPU time of this process in ms: on a shared machine it leaves out the time other jobs hold the CPU. */
function cpuMs() {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
}

const median = (values) => values.slice().sort((a, b) => a - b)[values.length >> 1];

/** Calls per CPU-second of fn over `inputs`: the median of `slices` short runs after a warm-up. */
function rate(fn, inputs, slices = 5, ms = 300) {
	let sink = 0;
	for (let i = 0; i < 50_000; i++) sink += fn(inputs[i % inputs.length]) ? 1 : 0;
	const rates = [];
	for (let slice = 0; slice < slices; slice++) {
		let calls = 0;
		const started = cpuMs();
		while (cpuMs() - started < ms) {
			for (let i = 0; i < 5_000; i++) sink += fn(inputs[(calls + i) % inputs.length]) ? 1 : 0;
			calls += 5_000;
		}
		rates.push(calls / ((cpuMs() - started) / 1000));
	}
	if (sink < 0) throw new Error('unreachable');
	return median(rates);
}

/** CPU time of one call of fn(input) in µs: the median of `slices` short runs, the clock read once per batch of calls. */
function cost(fn, input, slices = 5, ms = 150) {
	let sink = 0;
	let batch = 1;
	for (let started = cpuMs(); cpuMs() - started < ms / 10; batch *= 2) for (let i = 0; i < batch; i++) sink += fn(input) ? 1 : 0;
	const costs = [];
	for (let slice = 0; slice < slices; slice++) {
		let calls = 0;
		const started = cpuMs();
		do {
			for (let i = 0; i < batch; i++) sink += fn(input) ? 1 : 0;
			calls += batch;
		} while (cpuMs() - started < ms);
		costs.push(((cpuMs() - started) * 1000) / calls);
	}
	if (sink < 0) throw new Error('unreachable');
	return median(costs);
}

/**
 * CPU time of one call of fn for each input in µs, the inputs timed in turn within each slice round, so that a
 * change of load or heap during the run reaches every input alike: the ratios between them hold where their
 * absolute costs drift.
 */
function costsInTurn(fn, inputs, slices = 5, ms = 150) {
	const rounds = inputs.map(() => []);
	for (let slice = 0; slice < slices; slice++) inputs.forEach((input, i) => rounds[i].push(cost(fn, input, 1, ms)));
	return rounds.map(median);
}

function table(log, rows) {
	const header = ['measure', 'value', 'baseline (same run)', 'ratio', 'goal'];
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
	const line = (cells) => `  ${cells.map((cell, column) => (column === 3 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ').trimEnd()}`;
	log(line(header));
	log(line(widths.map((width) => '-'.repeat(width))));
	for (const row of rows) log(line(row));
}

module.exports = { cpuMs, median, rate, cost, costsInTurn, table };
