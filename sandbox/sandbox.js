'use strict';
/**
 * Brings up the sandbox: the vendor simulators on loopback, this package built and installed into n8n as a
 * community package, the sandbox credentials and the sample workflows imported and published, and n8n started.
 * Shared by `npm start` (fixed ports, kept user folder) and the end-to-end suite (free ports, fresh folder).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');

const { startAll } = require('../simulators');
const { createFaultProxy } = require('../simulators/fault-proxy');
const { sandboxCredentials } = require('./credentials');
const { ensureDataTables, pointDataTablesById, tableDefinitions } = require('./data-tables');
const { OWNER, logIn, publishWorkflow, setUpOwner } = require('./n8n-rest');
const { startQueueProcesses, startQueueServices } = require('./queue-mode');
const { releaseOf } = require('./releases');
const { ensureN8n, n8nCli, run, startN8n, ROOT } = require('./runtime');
const { readSamples, wireForSandbox } = require('./workflows');

const PACKAGE_NAME = require('../package.json').name;

/**
 * Builds the package and installs it the way n8n installs a community package: the `npm pack` tarball
 * unpacked into <user folder>/.n8n/nodes/node_modules/<name>, its package.json stripped of dev and peer
 * dependencies (n8n-workflow is n8n's own), and the dependency recorded in .n8n/nodes/package.json.
 */
async function installPackage(userFolder, { log, build = true }) {
	if (build) {
		log('Building n8n-nodes-handover…');
		await run('npm', ['run', 'build', '--silent'], { log, quiet: true });
	}
	const packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'handover-pack-'));
	try {
		const packed = await run('npm', ['pack', '--pack-destination', packDir, '--silent'], { log, quiet: true });
		const tarball = path.join(packDir, packed.trim().split('\n').pop());
		const nodesDir = path.join(userFolder, '.n8n', 'nodes');
		const packageDir = path.join(nodesDir, 'node_modules', PACKAGE_NAME);
		fs.rmSync(packageDir, { recursive: true, force: true });
		fs.mkdirSync(packageDir, { recursive: true });
		await run('tar', ['-xzf', tarball, '-C', packageDir, '--strip-components=1'], { log, quiet: true });
		const manifestPath = path.join(packageDir, 'package.json');
		const { devDependencies: _dev, peerDependencies: _peer, optionalDependencies: _optional, ...manifest } = JSON.parse(
			fs.readFileSync(manifestPath, 'utf8'),
		);
		fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
		const nodesManifestPath = path.join(nodesDir, 'package.json');
		const nodesManifest = fs.existsSync(nodesManifestPath)
			? JSON.parse(fs.readFileSync(nodesManifestPath, 'utf8'))
			: { name: 'installed-nodes', private: true, dependencies: {} };
		nodesManifest.dependencies = { ...nodesManifest.dependencies, [PACKAGE_NAME]: manifest.version };
		fs.writeFileSync(nodesManifestPath, JSON.stringify(nodesManifest, null, 2));
		log(`Installed ${PACKAGE_NAME}@${manifest.version} as a community package in ${path.relative(ROOT, packageDir)}`);
	} finally {
		fs.rmSync(packDir, { recursive: true, force: true });
	}
}

/** The vendors n8n calls through our nodes' credentials: these can sit behind a fault proxy. */
const VENDORS = ['chatnation', 'botcopy', 'certainly', 'kapso', 'zohodesk'];

/** A fault proxy in front of each vendor simulator, and the simulators as n8n's credentials should see them. */
async function startFaultProxies(sims) {
	const proxies = {};
	for (const name of VENDORS) {
		proxies[name] = createFaultProxy(sims[name].url);
		await proxies[name].start();
	}
	const seenByN8n = { ...sims };
	for (const name of VENDORS) seenByN8n[name] = { state: sims[name].state, url: proxies[name].url };
	return { proxies, seenByN8n, stop: async () => await Promise.all(Object.values(proxies).map((proxy) => proxy.stop())) };
}

/** The production webhook paths of a workflow: n8n's Webhook nodes by their path, our triggers by webhook id. */
function webhookPaths(workflow) {
	return workflow.nodes.flatMap((node) => {
		if (node.type === 'n8n-nodes-base.webhook') return [node.parameters.path];
		if (node.type.startsWith(`${PACKAGE_NAME}.`) && node.webhookId) return [`${node.webhookId}/webhook`];
		return [];
	});
}

/**
 * Resolves once n8n serves every webhook of these workflows. n8n 2.x prints "Editor is now accessible" before
 * its publication service has activated the published workflows, and answers 404 until then. A CORS preflight
 * (OPTIONS with an Origin) is answered 204 for a registered path and 404 otherwise, and starts no execution.
 */
async function waitForWebhooks(n8nUrl, workflows, timeoutMs = 120_000) {
	const pending = new Set(workflows.flatMap(webhookPaths));
	const deadline = Date.now() + timeoutMs;
	while (pending.size) {
		for (const webhookPath of [...pending]) {
			const answer = await fetch(`${n8nUrl}/webhook/${webhookPath}`, {
				method: 'OPTIONS',
				headers: { Origin: n8nUrl, 'Access-Control-Request-Method': 'POST' },
			}).catch(() => undefined);
			if (answer && answer.status < 400) pending.delete(webhookPath);
		}
		if (!pending.size) break;
		if (Date.now() > deadline) throw new Error(`n8n did not serve these webhooks within ${timeoutMs / 1000} s: ${[...pending].join(', ')}`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

/**
 * Imports the sandbox credentials and the wired samples, then publishes (activates) each sample with the CLI, one
 * n8n boot per sample, unless `publishOverRest` (the caller publishes them once n8n is up).
 */
async function importSamples(userFolder, sims, { log, env = {}, extraWorkflows = [], extraCredentials = [], adjustSamples = (workflow) => workflow, release, publishOverRest = false }) {
	const credentials = [...sandboxCredentials(sims), ...extraCredentials];
	const credentialNames = Object.fromEntries(credentials.map((c) => [c.type, c.name]));
	const wiring = {
		credentialNames,
		departmentId: sims.zohodesk.state.departments.find((d) => d.isDefault).id,
		chatAppUrl: sims.chatapp.url,
	};
	const samples = [...readSamples(), ...extraWorkflows].map((sample) => adjustSamples(wireForSandbox(sample, wiring)));
	const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'handover-import-'));
	try {
		const credentialFile = path.join(workDir, 'credentials.json');
		fs.writeFileSync(credentialFile, JSON.stringify(credentials), { mode: 0o600 });
		const workflowFile = path.join(workDir, 'workflows.json');
		fs.writeFileSync(workflowFile, JSON.stringify(samples));
		log(`Importing ${credentials.length} sandbox credentials (n8n's CLI)…`);
		await n8nCli(['import:credentials', `--input=${credentialFile}`], { userFolder, log, extra: env, release });
		log(`Importing ${samples.length} sample workflows in one call (n8n's CLI)…`);
		await n8nCli(['import:workflow', `--input=${workflowFile}`], { userFolder, log, extra: env, release });
	} finally {
		fs.rmSync(workDir, { recursive: true, force: true });
	}
	if (publishOverRest) return samples;
	for (const sample of samples) await n8nCli(releaseOf(release).activateArgs(sample.id), { userFolder, log, extra: env, release });
	log(`Published ${samples.length} workflows.`);
	return samples;
}

/**
 * The sandbox owner's session: set up on a new n8n, logged in on a kept one. The samples' data tables are
 * created for that owner when missing (the tables of a kept user folder are read from its own samples).
 */
async function ownerSession(n8nUrl, samples, log, release) {
	const cookie = await setUpOwner(n8nUrl).catch(async () => await logIn(n8nUrl));
	const definitions = tableDefinitions((samples.length ? samples : readSamples()).map((sample) => sample.workflow || sample));
	await ensureDataTables(n8nUrl, cookie, definitions);
	if (releaseOf(release).dataTablesByIdOnly) await pointDataTablesById(n8nUrl, cookie, samples.map((sample) => sample.id));
	log(`Signed in as the sandbox owner ${OWNER.email}; data tables ready: ${definitions.map((d) => d.name).join(', ')}.`);
	return cookie;
}

/**
 * @param {{userFolder: string, port: number, simulatorPorts?: Record<string, number>, log?: Function,
 *   echo?: boolean, build?: boolean, importWorkflows?: boolean, n8nEnv?: Record<string, string>,
 *   extraWorkflows?: Array<{file: string, workflow: object}>, extraCredentials?: object[],
 *   simulatorState?: Record<string, object>, faultProxies?: boolean}} options extra workflows and credentials
 *   (already wired) are imported beside the samples; simulatorState is what the simulators held last time;
 *   faultProxies puts a fault proxy (simulators/fault-proxy.js) between n8n and each vendor simulator;
 *   owner sets up (or logs in as) the sandbox owner and creates the samples' data tables, the cookie kept as
 *   sandbox.cookie; adjustSamples changes a wired sample before import (a test's shorter schedule); queueMode
 *   runs n8n as main + worker + webhook process on Postgres and Redis (sandbox/queue-mode.js, ports from `port`
 *   to port + 7), and vendors then call sandbox.publicUrl, the webhook process; release is the n8n to run
 *   (sandbox/releases.js: 'v2', the default, or 'v1'); publishOverRest (v2 with owner, not queue mode) publishes the
 *   samples through the owner's REST session once n8n is up instead of one CLI boot each (npm start uses it)
 */
async function startSandbox({
	userFolder,
	port,
	simulatorPorts,
	log = console.log,
	echo = false,
	build = true,
	importWorkflows = true,
	extraWorkflows = [],
	extraCredentials = [],
	simulatorState = {},
	n8nEnv = {},
	faultProxies = false,
	owner = false,
	adjustSamples,
	queueMode = false,
	release,
	publishOverRest = false,
}) {
	if (publishOverRest && (!owner || queueMode || releaseOf(release).dataTablesByIdOnly)) {
		throw new Error('publishOverRest needs owner: true, single-process mode and n8n 2.x');
	}
	await ensureN8n({ log, release });
	await installPackage(userFolder, { log, build });
	const { simulators: sims, stop: stopAllSimulators } = await startAll(simulatorPorts);
	for (const [name, state] of Object.entries(simulatorState)) if (sims[name]) Object.assign(sims[name].state, state);
	const proxied = faultProxies ? await startFaultProxies(sims) : { proxies: {}, seenByN8n: sims, stop: async () => {} };
	const stopSimulators = async () => {
		await proxied.stop();
		await stopAllSimulators();
	};
	const services = queueMode
		? await startQueueServices(port, log).catch(async (error) => {
				await stopSimulators();
				throw error;
			})
		: undefined;
	const env = { ...services?.env, ...n8nEnv };
	const stopServices = async () => {
		await stopSimulators();
		await services?.stop();
	};
	let samples = [];
	/** The n8n processes: main alone, or main + webhook process + worker; `publicUrl` is where vendors call. */
	const start = async ({ published = true } = {}) => {
		const processes = queueMode
			? await startQueueProcesses({ userFolder, port, log, echo, env, release })
			: await startN8n({ userFolder, port, log, echo, extra: env, release }).then((main) => ({ main, logs: main.logs, stop: main.stop }));
		const publicUrl = (processes.webhook ?? processes.main).url;
		await waitForWebhooks(publicUrl, published ? samples : []).catch(async (error) => {
			await processes.stop();
			throw error;
		});
		return { ...processes, publicUrl };
	};
	try {
		// A kept user folder keeps the user's edits: the samples are imported into a new one only.
		const restPublish = publishOverRest && importWorkflows;
		if (importWorkflows) samples = await importSamples(userFolder, proxied.seenByN8n, { log, env, extraWorkflows, extraCredentials, adjustSamples, release, publishOverRest });
		log('Starting n8n…');
		let processes = await start({ published: !restPublish });
		const cookie = owner ? await ownerSession(processes.main.url, samples, log, release) : undefined;
		if (restPublish) {
			log('Publishing the sample workflows…');
			const published = processes;
			await (async () => {
				for (const sample of samples) await publishWorkflow(published.main.url, cookie, sample.id);
				await waitForWebhooks(published.publicUrl, samples);
			})().catch(async (error) => {
				await published.stop();
				throw error;
			});
			log(`Published ${samples.length} workflows.`);
		}
		const sandbox = {
			n8n: processes.main,
			publicUrl: processes.publicUrl,
			/** What every n8n process of the sandbox printed; in queue mode, what the worker printed. */
			logs: () => processes.logs(),
			workerLogs: () => processes.worker?.logs() ?? '',
			postgres: services?.postgres,
			cookie,
			sims,
			proxies: proxied.proxies,
			samples,
			/** Stops n8n (SIGTERM, or SIGKILL to crash it; every process in queue mode) and starts it again. */
			restartN8n: async ({ crash = false } = {}) => {
				if (crash) for (const running of [processes.main, processes.webhook, processes.worker]) running?.child.kill('SIGKILL');
				await processes.stop();
				processes = await start();
				sandbox.n8n = processes.main;
				return sandbox.n8n;
			},
			stop: async () => {
				await processes.stop();
				await stopServices();
				// n8n rebuilds its editor cache (760 .js files) at every start; left here, `npm run lint` would read it.
				fs.rmSync(path.join(userFolder, '.cache'), { recursive: true, force: true });
			},
		};
		return sandbox;
	} catch (error) {
		await stopServices();
		throw error;
	}
}

module.exports = { startSandbox, installPackage, importSamples };
