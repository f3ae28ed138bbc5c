import { createFaultProxy } from '../../simulators/fault-proxy';

/** What every vendor simulator (simulators/core.js) offers a test file. */
export interface Simulator {
	start(): Promise<string>;
	stop(): Promise<unknown>;
	reset(): unknown;
}

export type FaultProxy = ReturnType<typeof createFaultProxy>;

/**
 * One simulator for a test file: it starts before the file's tests, is reset before each and stops after them.
 * `served.url` is where it listens, set once it has started. With `{ faultProxy: true }` a fault proxy stands in
 * front of it (`served.proxy`, cleared before each test and stopped before the simulator).
 */
export function serveSimulator(sim: Simulator, { faultProxy = false } = {}) {
	const served = {} as { url: string; proxy: FaultProxy };

	beforeAll(async () => {
		served.url = await sim.start();
		if (!faultProxy) return;
		served.proxy = createFaultProxy(served.url);
		await served.proxy.start();
	});
	afterAll(async () => {
		await served.proxy?.stop();
		await sim.stop();
	});
	beforeEach(() => {
		sim.reset();
		served.proxy?.clear();
	});

	return served;
}
