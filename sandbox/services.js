'use strict';
/**
 * Postgres and Redis for n8n's queue mode, from Debian's packages (installed with apt-get when missing) and
 * started as plain processes on private ports and folders: the service manager is not available on the
 * machines the suite runs on, and a test must not touch a server someone else runs.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const { run } = require('./runtime');

const asRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Installs Debian packages with apt-get (through sudo when not root). */
async function aptInstall(packages, log) {
	log(`Installing ${packages.join(', ')} from Debian's packages…`);
	const [command, ...prefix] = asRoot() ? ['apt-get'] : ['sudo', 'apt-get'];
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	await run(command, [...prefix, 'update', '-qq'], { env, log, quiet: true });
	await run(command, [...prefix, 'install', '-y', '-qq', ...packages], { env, log, quiet: true });
}

/** The newest Postgres server's bin folder Debian installed (/usr/lib/postgresql/<major>/bin), or undefined. */
function postgresBin() {
	const root = '/usr/lib/postgresql';
	if (!fs.existsSync(root)) return undefined;
	const majors = fs.readdirSync(root).filter((name) => fs.existsSync(path.join(root, name, 'bin', 'pg_ctl')));
	majors.sort((a, b) => Number(b) - Number(a));
	return majors.length ? path.join(root, majors[0], 'bin') : undefined;
}

function commandExists(command) {
	return (process.env.PATH ?? '').split(':').some((dir) => dir && fs.existsSync(path.join(dir, command)));
}

/**
 * A fresh Postgres cluster in its own temporary folder, listening on 127.0.0.1:<port> only, with database `n8n`
 * owned by user `n8n` (trust authentication: nothing but this machine can reach it). Postgres refuses to run
 * as root, so as root the cluster belongs to Debian's `postgres` user.
 */
async function startPostgres({ port, log = console.log }) {
	if (!postgresBin()) await aptInstall(['postgresql'], log);
	const bin = postgresBin();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handover-pg-'));
	const dataDir = path.join(dir, 'data');
	const logFile = path.join(dir, 'postgres.log');
	const asOwner = async (command, args) => {
		const file = path.join(bin, command);
		if (asRoot()) await run('runuser', ['-u', 'postgres', '--', file, ...args], { cwd: dir, log, quiet: true });
		else await run(file, args, { cwd: dir, log, quiet: true });
	};
	if (asRoot()) fs.chownSync(dir, Number(await idOf('postgres', '-u')), Number(await idOf('postgres', '-g')));
	await asOwner('initdb', ['-D', dataDir, '-U', 'n8n', '--auth=trust', '--encoding=UTF8', '--no-sync']);
	// Test data only: durability is traded for speed.
	const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
	await asOwner('pg_ctl', ['-D', dataDir, '-o', options, '-l', logFile, '-w', '-t', '60', 'start']);
	await asOwner('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'n8n', 'n8n']);
	log(`Postgres is ready on 127.0.0.1:${port}`);
	return {
		env: {
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(port),
			DB_POSTGRESDB_DATABASE: 'n8n',
			DB_POSTGRESDB_USER: 'n8n',
			DB_POSTGRESDB_PASSWORD: '',
		},
		connection: { host: '127.0.0.1', port, database: 'n8n', user: 'n8n' },
		logs: () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : ''),
		stop: async () => {
			await asOwner('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']).catch(() => undefined);
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
}

async function idOf(user, flag) {
	return (await run('id', [flag, user], { quiet: true })).trim();
}

/** A Redis server on 127.0.0.1:<port> that keeps nothing on disk. */
async function startRedis({ port, log = console.log }) {
	if (!commandExists('redis-server')) await aptInstall(['redis-server'], log);
	const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', os.tmpdir()], {
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	const collect = (chunk) => (output = (output + chunk.toString()).slice(-20_000));
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);
	const exit = new Promise((resolve) => child.on('exit', resolve));
	const deadline = Date.now() + 30_000;
	while (!output.includes('Ready to accept connections')) {
		if (child.exitCode !== null || Date.now() > deadline) throw new Error(`Redis did not start on port ${port}:\n${output}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	log(`Redis is ready on 127.0.0.1:${port}`);
	return {
		env: { QUEUE_BULL_REDIS_HOST: '127.0.0.1', QUEUE_BULL_REDIS_PORT: String(port) },
		logs: () => output,
		stop: async () => {
			if (child.exitCode !== null) return;
			child.kill('SIGTERM');
			await exit;
		},
	};
}

module.exports = { startPostgres, startRedis };
