'use strict';
/**
 * Deliveries the way vendors send them under load: a fixed number of senders work through a list of
 * deliveries; a delivery that is not answered 200 (n8n down, a dropped connection, a 5xx) is sent again after
 * a short pause, as Kapso redelivers, until it is acknowledged or the sender gives up. Past `deadlineMs` the
 * senders stop and report what is left as abandoned, so a run too slow for its test fails with the list before
 * jest's timeout, and no sender keeps posting into the suites that run after it.
 */

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const PAST_DEADLINE = 'past the deadline';

/** The request's answer, or PAST_DEADLINE as its status once the deadline has passed (the request is left to n8n). */
async function beforeDeadline(request, deadline) {
	let timer;
	const late = new Promise((resolve) => {
		timer = setTimeout(() => resolve({ status: PAST_DEADLINE }), Math.max(0, deadline - Date.now()));
	});
	try {
		return await Promise.race([request, late]);
	} finally {
		clearTimeout(timer);
	}
}

/**
 * @param {Array<{marker: string, send: () => Promise<{status: number}>}>} deliveries
 * @param {{concurrency?: number, giveUpMs?: number, deadlineMs?: number, onAcknowledged?: (count: number) => Promise<void> | void}} options
 * @returns {Promise<{acknowledged: Array<{marker: string, body: unknown}>, abandoned: string[], resent: number,
 *   statuses: Record<string, number>}>} each acknowledged delivery with the body of the 200 that acknowledged it
 */
async function deliverAll(deliveries, { concurrency = 16, giveUpMs = 120_000, deadlineMs = 3_600_000, onAcknowledged } = {}) {
	const deadline = Date.now() + deadlineMs;
	const acknowledged = [];
	const abandoned = [];
	const statuses = {};
	let resent = 0;
	let next = 0;
	const sender = async () => {
		while (next < deliveries.length) {
			const delivery = deliveries[next++];
			if (Date.now() > deadline) {
				abandoned.push(delivery.marker);
				continue;
			}
			const started = Date.now();
			for (let attempt = 0; ; attempt++) {
				if (attempt > 0) resent++;
				let status;
				let body;
				try {
					({ status, body } = await beforeDeadline(delivery.send(), deadline));
				} catch (error) {
					status = error.code || error.cause?.code || 'network error';
				}
				statuses[status] = (statuses[status] || 0) + 1;
				if (status === 200) {
					acknowledged.push({ marker: delivery.marker, body });
					if (onAcknowledged) await onAcknowledged(acknowledged.length);
					break;
				}
				if (Date.now() - started > giveUpMs || Date.now() > deadline) {
					abandoned.push(delivery.marker);
					break;
				}
				await pause(250);
			}
		}
	};
	await Promise.all(Array.from({ length: concurrency }, sender));
	return { acknowledged, abandoned, resent, statuses };
}

module.exports = { deliverAll };
