'use strict';
/**
 * n8n's queue mode for the sandbox, as a self-hoster scales out: Postgres and Redis (sandbox/services.js), then
 * main, one worker and one webhook process sharing one encryption key and one user folder. Vendors call the
 * webhook process; main keeps the editor, the REST API, activation and the schedules; the worker runs every
 * execution. Ports from the base port P: main P (its task broker P+1), webhook P+2 (+3), worker P+4 (+5),
 * Postgres P+6, Redis P+7.
 */
const { randomBytes } = require('crypto');

const { startN8n } = require('./runtime');
const { startPostgres, startRedis } = require('./services');

const QUEUE_MODE_PORTS = 8;

/** Postgres and Redis, and the environment every n8n process of the sandbox shares. */
async function startQueueServices(port, log) {
	const postgres = await startPostgres({ port: port + 6, log });
	const redis = await startRedis({ port: port + 7, log }).catch(async (error) => {
		await postgres.stop();
		throw error;
	});
	return {
		postgres,
		env: {
			...postgres.env,
			...redis.env,
			EXECUTIONS_MODE: 'queue',
			N8N_ENCRYPTION_KEY: randomBytes(24).toString('hex'),
			// Workflow URLs (and the Zoho Desk Trigger's registration) name the webhook process, not main.
			N8N_WEBHOOK_URL: `http://127.0.0.1:${port + 2}/`,
		},
		stop: async () => {
			await redis.stop();
			await postgres.stop();
		},
	};
}

/**
 * Starts main, then the webhook process and a worker. Main activates the samples before the webhook process is
 * up on purpose: that is the order a self-hoster restarting everything gets, and the Zoho Desk Trigger must
 * still register its webhook (Zoho checks the address with a request to the webhook process).
 */
async function startQueueProcesses({ userFolder, port, log, echo, env, release }) {
	const main = await startN8n({ userFolder, port, log, echo, extra: { ...env, N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true' }, release });
	const started = [main];
	const stopAll = async () => await Promise.all(started.map((running) => running.stop()));
	try {
		started.push(await startN8n({ userFolder, port: port + 2, log, echo, extra: env, command: 'webhook', release }));
		started.push(
			await startN8n({
				userFolder,
				port: port + 4,
				log,
				echo,
				extra: { ...env, QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(port + 4), N8N_WORKER_SERVER_ADDRESS: '127.0.0.1' },
				command: 'worker',
				release,
			}),
		);
	} catch (error) {
		await stopAll();
		throw error;
	}
	const [, webhook, worker] = started;
	return {
		main,
		webhook,
		worker,
		logs: () => started.map((running) => running.logs()).join('\n'),
		stop: stopAll,
	};
}

module.exports = { startQueueServices, startQueueProcesses, QUEUE_MODE_PORTS };
