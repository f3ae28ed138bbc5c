import axios from 'axios';
import type { AxiosInstance } from 'axios';

import { createFaultProxy } from '../simulators/fault-proxy';
import { startEchoServer } from '../simulators/zohodesk';

type Echo = Awaited<ReturnType<typeof startEchoServer>>;

describe('fault proxy', () => {
	let echo: Echo;
	let proxy: ReturnType<typeof createFaultProxy>;
	let http: AxiosInstance;
	const targetHost = () => new URL(echo.url).host;

	beforeAll(async () => {
		echo = await startEchoServer(201, { created: true });
		proxy = createFaultProxy(new URL(echo.url).origin);
		http = axios.create({ baseURL: await proxy.start(), validateStatus: () => true });
	});
	afterAll(async () => {
		await proxy.stop();
		await echo.stop();
	});
	beforeEach(() => {
		proxy.clear();
		echo.requests.length = 0;
	});

	it('passes method, path and query, headers and body through, and the answer back', async () => {
		const body = '{"name":"Ünïcode","n":1}';
		const res = await http.patch('/api/v1/tickets/7?include=contacts&q=a%20b', body, {
			headers: { 'Content-Type': 'application/json', Authorization: 'Zoho-oauthtoken abc', 'X-Custom': 'yes' },
		});
		expect(res.status).toBe(201);
		expect(res.data).toEqual({ created: true });
		expect(echo.requests).toEqual([
			{
				method: 'PATCH',
				path: '/api/v1/tickets/7?include=contacts&q=a%20b',
				headers: expect.objectContaining({
					host: targetHost(),
					authorization: 'Zoho-oauthtoken abc',
					'x-custom': 'yes',
					'content-type': 'application/json',
				}),
				body,
			},
		]);
		expect(proxy.stats()).toEqual({ requests: 1, forwarded: 1, faults: {} });
	});

	it('after: true forwards the request, then replaces the answer, for `times` requests', async () => {
		proxy.plan({ method: 'POST', path: '/api/v1/tickets', status: 502, times: 2 });
		proxy.plan({ path: /^\/other/, status: 429, retryAfter: 3 });
		const first = await http.post('/api/v1/tickets', { a: 1 });
		const second = await http.post('/api/v1/tickets', { a: 2 });
		const third = await http.post('/api/v1/tickets', { a: 3 });
		expect([first.status, second.status, third.status]).toEqual([502, 502, 201]);
		expect(first.data).toEqual({ message: 'Bad Gateway' });
		expect(echo.requests.map((r) => r.body)).toEqual(['{"a":1}', '{"a":2}', '{"a":3}']);

		const limited = await http.get('/other?x=1');
		expect(limited.status).toBe(429);
		expect(limited.headers['retry-after']).toBe('3');
		expect(proxy.stats()).toEqual({ requests: 4, forwarded: 4, faults: { '502': 2, '429': 1 } });
	});

	it('a rule matches only its method and path', async () => {
		proxy.plan({ method: 'GET', path: '/api/v1/tickets', status: 500 });
		expect((await http.post('/api/v1/tickets', {})).status).toBe(201);
		expect((await http.get('/api/v1/contacts')).status).toBe(201);
		expect((await http.get('/api/v1/tickets/1')).status).toBe(500);
	});

	it('after: false fails without forwarding', async () => {
		proxy.plan({ status: 503, retryAfter: 1, after: false });
		const res = await http.post('/api/v1/tickets', { a: 1 });
		expect(res.status).toBe(503);
		expect(res.headers['retry-after']).toBe('1');
		expect(echo.requests).toEqual([]);
		expect(proxy.stats()).toEqual({ requests: 1, forwarded: 0, faults: { '503': 1 } });
	});

	it('reset destroys the client socket, after or instead of forwarding', async () => {
		proxy.plan({ reset: true });
		proxy.plan({ reset: true, after: false });
		await expect(http.post('/first', {})).rejects.toMatchObject({ code: 'ECONNRESET' });
		await expect(http.post('/second', {})).rejects.toMatchObject({ code: 'ECONNRESET' });
		expect(echo.requests.map((r) => r.path)).toEqual(['/first']);
		expect(proxy.stats().faults).toEqual({ reset: 2 });
	});

	it('delayMs holds the answer past the client timeout, after the target did the work', async () => {
		proxy.plan({ delayMs: 2000 });
		await expect(http.post('/slow', {}, { timeout: 200 })).rejects.toMatchObject({ code: 'ECONNABORTED' });
		expect(echo.requests.map((r) => r.path)).toEqual(['/slow']);
		expect(proxy.stats().faults).toEqual({ delay: 1 });
	});

	it('delayMs with after: false holds the request before the target sees it; echoHeaders repeats them', async () => {
		proxy.plan({ delayMs: 2000, after: false });
		await expect(http.post('/late', {}, { timeout: 200 })).rejects.toMatchObject({ code: 'ECONNABORTED' });
		expect(echo.requests).toEqual([]);
		proxy.plan({ status: 400, echoHeaders: true });
		const echoed = await http.get('/echo', { headers: { 'X-Api-Key': 'k-123' } });
		expect(echoed.status).toBe(400);
		expect(echoed.data).toEqual({ message: 'Bad Request', request: { headers: expect.objectContaining({ 'x-api-key': 'k-123' }) } });
	});

	it('mix applies seeded random faults to the given fraction, the same on every run', async () => {
		const run = async (seed: number) => {
			proxy.clear();
			proxy.mix({ rate: 0.5, faults: [{ status: 500 }, { status: 503 }], seed });
			const statuses: number[] = [];
			for (let i = 0; i < 40; i++) statuses.push((await http.get(`/item/${i}`)).status);
			return statuses;
		};
		const first = await run(42);
		expect(await run(42)).toEqual(first);
		expect(await run(7)).not.toEqual(first);
		const faulted = first.filter((status) => status !== 201).length;
		expect(faulted).toBeGreaterThan(10);
		expect(faulted).toBeLessThan(30);
		expect(new Set(first)).toEqual(new Set([201, 500, 503]));
		const stats = proxy.stats();
		expect(stats.requests).toBe(40);
		expect((stats.faults['500'] ?? 0) + (stats.faults['503'] ?? 0)).toBeGreaterThan(10);

		proxy.clear();
		proxy.mix({ rate: 0, faults: [{ status: 500 }], seed: 1 });
		expect((await http.get('/none')).status).toBe(201);
		expect(proxy.stats()).toEqual({ requests: 1, forwarded: 1, faults: {} });
	});

	it('planned rules come before the mix, and clear drops both', async () => {
		proxy.mix({ rate: 1, faults: [{ status: 500 }], seed: 3 });
		proxy.plan({ status: 429 });
		expect((await http.get('/a')).status).toBe(429);
		expect((await http.get('/b')).status).toBe(500);
		proxy.clear();
		expect((await http.get('/c')).status).toBe(201);
	});
});
