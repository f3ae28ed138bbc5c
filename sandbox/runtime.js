'use strict';
/**
 * The n8n that `npm start` and the end-to-end suite run: n8n 2.x installed from the npm registry into
 * sandbox/n8n (its own package.json and lockfile, 2.8 GB, so not a devDependency; n8n 1.x likewise into
 * sandbox/n8n1), started on Node 24 with SQLite and a user folder inside the project. Must itself run on Node 24
 * (scripts/node24.sh).
 */
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const { releaseOf } = require('./releases');

const ROOT = path.join(__dirname, '..');
const { dir: N8N_DIR, bin: N8N_BIN } = releaseOf('v2');

function assertNode24() {
	const major = Number(process.versions.node.split('.')[0]);
	if (major < 24) throw new Error(`n8n 2.x needs Node 24; this is ${process.version}. Run through scripts/node24.sh.`);
}

/** Runs a command, streaming its output with a prefix; rejects on a non-zero exit. */
function run(command, args, { cwd = ROOT, env = process.env, log = console.log, quiet = false } = {}) {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let tail = '';
		const collect = (chunk) => {
			tail = (tail + chunk.toString()).slice(-4000);
			if (!quiet) for (const line of chunk.toString().split('\n')) if (line.trim()) log(`  ${line}`);
		};
		child.stdout.on('data', collect);
		child.stderr.on('data', collect);
		child.on('error', reject);
		child.on('exit', (code) => (code === 0 ? resolve(tail) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${tail}`))));
	});
}

/** Free bytes on the disk that holds `dir`, for the user this runs as. */
const freeBytes = (dir) => {
	const { bavail, bsize } = fs.statfsSync(dir);
	return bavail * bsize;
};
const gigabytes = (bytes) => `${(bytes / 1e9).toFixed(1)} GB`;

/**
 * npm reports a full disk as a tar warning and a bare non-zero exit, so the cause has to be read from the disk:
 * checked before installing (an install needs up to `INSTALL_BYTES`) and again when npm fails.
 */
const INSTALL_BYTES = 4e9;
function assertRoomToInstall(dir, version) {
	const free = freeBytes(dir);
	if (free < INSTALL_BYTES) {
		throw new Error(
			`Not enough disk space to install n8n ${version} into ${path.relative(ROOT, dir)}: ${gigabytes(free)} free, ` +
				`about ${gigabytes(INSTALL_BYTES)} needed. Free space on that disk (old clones, caches) and run again.`,
		);
	}
}

const lockDigest = (dir) => require('crypto').createHash('sha256').update(fs.readFileSync(path.join(dir, 'package-lock.json'))).digest('hex');

/**
 * Installs a release of n8n (sandbox/releases.js; v2 unless told) from its folder's lockfile unless the same lock
 * is already installed, then builds SQLite's native driver for this Node. `--ignore-scripts`: the Kafka client's
 * build downloads sources.
 */
async function ensureN8n({ log = console.log, release } = {}) {
	assertNode24();
	const { dir, version } = releaseOf(release);
	const stamp = path.join(dir, 'node_modules', '.handover-installed');
	const sqliteBinding = path.join(dir, 'node_modules', 'sqlite3', 'build', 'Release', 'node_sqlite3.node');
	const digest = lockDigest(dir);
	const installed = fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === `${digest} ${process.versions.modules}`;
	if (installed && fs.existsSync(sqliteBinding)) return;
	const started = Date.now();
	log(`Installing n8n ${version} into ${path.relative(ROOT, dir)} (first run only; several minutes, 2–3 GB)…`);
	assertRoomToInstall(dir, version);
	await run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, log, quiet: true }).catch((error) => {
		throw new Error(`${error.message}\n(${gigabytes(freeBytes(dir))} free on the disk of ${path.relative(ROOT, dir)} after the failure)`);
	});
	log('Building the SQLite driver for Node 24…');
	await run('npm', ['rebuild', 'sqlite3', '--ignore-scripts=false', '--loglevel=error'], { cwd: dir, log, quiet: true });
	fs.writeFileSync(stamp, `${digest} ${process.versions.modules}`);
	log(`n8n ${version} installed in ${Math.round((Date.now() - started) / 1000)} s.`);
}

/** The environment n8n runs with: a private user folder, SQLite, nothing sent home, no update checks. */
function n8nEnv({ userFolder, port, extra = {}, release }) {
	// Not jest's NODE_ENV=test: n8n reads it as its own test mode and will not start.
	const { NODE_ENV: _nodeEnv, JEST_WORKER_ID: _worker, ...inherited } = process.env;
	return {
		...inherited,
		N8N_USER_FOLDER: userFolder,
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		N8N_WEBHOOK_URL: `http://127.0.0.1:${port}/`,
		N8N_EDITOR_BASE_URL: `http://127.0.0.1:${port}/`,
		DB_TYPE: 'sqlite',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		// The task broker's own port, so that two sandboxes (npm start and the e2e suite) can run side by side.
		N8N_RUNNERS_BROKER_PORT: String(port + 1),
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		EXTERNAL_FRONTEND_HOOKS_URLS: '',
		N8N_DIAGNOSTICS_CONFIG_FRONTEND: '',
		N8N_DIAGNOSTICS_CONFIG_BACKEND: '',
		GENERIC_TIMEZONE: 'UTC',
		...releaseOf(release).env,
		...extra,
	};
}

/** Runs an n8n CLI command (import:…, publish:…) against the user folder; n8n must not be running. */
function n8nCli(args, options) {
	const { dir, bin } = releaseOf(options.release);
	return run(process.execPath, [bin, ...args], { cwd: dir, env: n8nEnv(options), log: options.log, quiet: options.quiet ?? true });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What each n8n process prints once it serves: main once it has activated the published workflows (readiness
 * alone comes earlier); a queue-mode worker and webhook process (which answer no readiness probe of their own
 * before that line) once they take jobs and requests.
 */
const READY_LINES = {
	start: 'Editor is now accessible via',
	worker: 'n8n worker is now ready',
	webhook: 'Webhook listener waiting for requests.',
};

/**
 * Starts `n8n start` of `release` (v2 unless told; in queue mode also `n8n worker` / `n8n webhook`) and resolves
 * once it serves: main and webhook processes once /healthz/readiness answers 200 too, main once the published
 * workflows are active.
 * @returns {Promise<{url: string, child: import('child_process').ChildProcess, logs: () => string, stop: () => Promise<void>}>}
 */
async function startN8n({ userFolder, port, log = console.log, echo = false, extra = {}, timeoutMs = 180_000, command = 'start', release }) {
	const { dir, bin } = releaseOf(release);
	const child = spawn(process.execPath, [bin, command], {
		cwd: dir,
		env: n8nEnv({ userFolder, port, extra, release }),
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	const collect = (chunk) => {
		output = (output + chunk.toString()).slice(-200_000);
		if (echo) process.stdout.write(chunk);
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);
	let exited = null;
	const exit = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exited = { code, signal }))));
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (exited) throw new Error(`n8n exited (${JSON.stringify(exited)}) before it was ready:\n${output.slice(-4000)}`);
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`n8n was not ready after ${timeoutMs / 1000} s:\n${output.slice(-4000)}`);
		}
		if (output.includes(READY_LINES[command])) {
			if (command === 'worker') break;
			const response = await fetch(`${url}/healthz/readiness`, { signal: AbortSignal.timeout(2000) }).catch(() => undefined);
			if (response?.status === 200) break;
		}
		await sleep(500);
	}
	log(`n8n ${command} is ready${command === 'worker' ? '' : ` at ${url}`}`);
	return {
		url,
		child,
		logs: () => output,
		stop: async () => {
			if (exited) return;
			child.kill('SIGTERM');
			const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
			await exit;
			clearTimeout(killer);
		},
	};
}

module.exports = { ensureN8n, startN8n, n8nCli, n8nEnv, run, assertNode24, ROOT, N8N_DIR, N8N_BIN };
