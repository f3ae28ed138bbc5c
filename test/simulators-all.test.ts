import axios from 'axios';

import { startAll } from '../simulators';

describe('all simulators together (as `npm run simulators` starts them)', () => {
	it('start on loopback, answer with their own errors, and stop', async () => {
		const { simulators, stop } = await startAll({ chatnation: 0, kapso: 0, botcopy: 0, certainly: 0, zohodesk: 0, chatapp: 0 });
		try {
			expect(Object.keys(simulators).sort()).toEqual(['botcopy', 'certainly', 'chatapp', 'chatnation', 'kapso', 'zohodesk']);
			for (const sim of Object.values(simulators)) {
				expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
				const response = await axios.get(`${sim.url}/no/such/route`, { validateStatus: () => true });
				expect([401, 404]).toContain(response.status);
			}
			const unknown = await axios.get(`${simulators.chatnation.url}/api/dashboard/nowhere`, {
				headers: { 'x-api-key': 'wk_simulated_chatnation_key' },
				validateStatus: () => true,
			});
			expect(unknown.data).toMatchObject({ status: 'error', statusCode: 404, message: 'Cannot GET /api/dashboard/nowhere' });
		} finally {
			await stop();
		}
	});
});
