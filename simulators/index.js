'use strict';
/** Starts every vendor simulator on loopback; used by `npm run simulators` and the end-to-end suite. */
const { createBotcopySimulator } = require('./botcopy');
const { createCertainlySimulator } = require('./certainly');
const { createChatAppSimulator } = require('./chatapp');
const { createChatNationSimulator } = require('./chatnation');
const { createKapsoSimulator } = require('./kapso');
const { createZohoDeskSimulator } = require('./zohodesk');

const FACTORIES = {
	chatnation: createChatNationSimulator,
	kapso: createKapsoSimulator,
	botcopy: createBotcopySimulator,
	certainly: createCertainlySimulator,
	zohodesk: createZohoDeskSimulator,
	chatapp: createChatAppSimulator,
};

const DEFAULT_PORTS = { chatnation: 5701, kapso: 5702, botcopy: 5703, certainly: 5704, zohodesk: 5705, chatapp: 5706 };

/**
 * @param {Partial<Record<keyof FACTORIES, number>>} [ports] 0 picks a free port
 * @returns {Promise<{ simulators: Record<string, import('./core').Simulator>, stop: () => Promise<void> }>}
 */
async function startAll(ports = DEFAULT_PORTS) {
	const simulators = {};
	for (const [name, create] of Object.entries(FACTORIES)) {
		simulators[name] = create();
		await simulators[name].start(ports[name] ?? 0);
	}
	return {
		simulators,
		stop: async () => {
			await Promise.all(Object.values(simulators).map((sim) => sim.stop()));
		},
	};
}

module.exports = { startAll, DEFAULT_PORTS, FACTORIES };
