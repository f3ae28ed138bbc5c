import type { IDataObject, INode } from 'n8n-workflow';

import { chatNationTestbed } from './helpers/chatnation';
import { outputOf } from './helpers/n8n';
import { canaryKey } from './helpers/package';

const { sim, chatNationCredential, chatNationNode, run } = chatNationTestbed();

const handOverNode = (parameters: IDataObject, extra: Partial<INode> = {}) =>
	chatNationNode({ resource: 'handover', operation: 'handOver', ...parameters }, extra);

describe('ChatNation → Hand Over', () => {
	it('sends all nine payload fields with the API key and unwraps the session', async () => {
		const result = await run(
			handOverNode({
				contactId: '={{ $json.phone }}',
				sendHandoverMessage: true,
				handoverMessage: 'A Sales Expert will be with you in ~2 mins.',
				additionalFields: {
					name: 'Jane User',
					tenantId: sim.defaultTenant,
					teamId: sim.teams.support,
					issue: 'Account Locked',
					account: '+254700000001',
					context: '{"intent":"billing","botFlow":"claims"}',
				},
			}),
			[{ phone: '+254712345678' }],
		);
		expect(result.status).toBe('success');
		const [item] = outputOf(result, 'ChatNation');
		expect(item.json).toEqual({
			contactId: '+254712345678',
			assigned: true,
			state: 'assigned',
			outcome: 'assign',
			sessionId: null,
			assignedAgentId: null,
			assignedTeamId: null,
			raw: { outcome: 'assign' },
		});
		const [request] = sim.received('POST', '/api/dashboard/agent/integration/handover');
		expect(request.headers['x-api-key']).toBe(sim.apiKey);
		expect(request.body).toEqual({
			contactId: '+254712345678',
			sendHandoverMessage: true,
			handoverMessage: 'A Sales Expert will be with you in ~2 mins.',
			name: 'Jane User',
			tenantId: sim.defaultTenant,
			teamId: sim.teams.support,
			issue: 'Account Locked',
			account: '+254700000001',
			context: { intent: 'billing', botFlow: 'claims' },
		});
		expect(sim.state.messages).toEqual([
			{ contactId: '254712345678', account: '+254700000001', text: 'A Sales Expert will be with you in ~2 mins.' },
		]);
		expect(Object.values(sim.state.sessions)).toMatchObject([{ status: 'assigned', assignedAgentId: 'agent-amina', assignedTeamId: sim.teams.support }]);
	});

	it('authenticates with a Bearer token and does a silent handover', async () => {
		const bearer = chatNationCredential({ authentication: 'bearerToken', accessToken: sim.jwt });
		const result = await run(
			handOverNode({ contactId: '+254711000000', sendHandoverMessage: false, additionalFields: { teamId: sim.teams.support } }),
			undefined,
			bearer,
		);
		expect(result.status).toBe('success');
		const [request] = sim.received('POST');
		expect(request.headers.authorization).toBe(`Bearer ${sim.jwt}`);
		expect(request.headers['x-api-key']).toBeUndefined();
		expect(request.body).toEqual({ contactId: '+254711000000', sendHandoverMessage: false, teamId: sim.teams.support });
		expect(sim.state.messages).toEqual([]);
	});

	it('goes to the general queue without a team', async () => {
		const result = await run(handOverNode({ contactId: '254733000000' }));
		expect(outputOf(result, 'ChatNation')[0].json).toMatchObject({ assigned: false, state: 'queued', outcome: 'stop' });
		expect(Object.values(sim.state.sessions)).toMatchObject([{ contactId: '254733000000', status: 'unassigned', assignedTeamId: null }]);
	});

	it('names the field and the item for an empty contact ID', async () => {
		const result = await run(handOverNode({ contactId: '={{ $json.phone }}' }), [{ phone: '+254712345678' }, { phone: '' }]);
		expect(result.status).toBe('error');
		const error = result.data.resultData.error!;
		expect(error.message).toBe('Contact ID is required [item 1]');
		expect(sim.received('POST')).toHaveLength(1);
	});

	it('rejects a context that is not a JSON object', async () => {
		for (const context of ['[1, 2]', 'intent=billing', '"text"']) {
			const result = await run(handOverNode({ contactId: '+254712345678', additionalFields: { context } }));
			expect(result.data.resultData.error?.message).toMatch(/^Context (must be a JSON object|is not valid JSON).*\[item 0\]$/);
		}
		expect(sim.received('POST')).toHaveLength(0);
	});

	it('continues on fail: the bad item becomes an error item, the others go on', async () => {
		const result = await run(
			handOverNode({ contactId: '={{ $json.phone }}', additionalFields: { teamId: '={{ $json.team }}' } }, { onError: 'continueRegularOutput' }),
			[{ phone: '+254712345678' }, { phone: '+254700000002', team: 'not-a-uuid' }, { phone: '' }, { phone: '+254700000003' }],
		);
		expect(result.status).toBe('success');
		const items = outputOf(result, 'ChatNation');
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
		expect(items[0].json.state).toBe('queued');
		expect(items[1].json.error).toBe('ChatNation answered 400: teamId must be a UUID');
		expect(items[2].json.error).toBe('Contact ID is required [item 2]');
		expect(items[3].json.state).toBe('queued');
	});

	it("quotes the vendor's message on a bad key and never shows the key", async () => {
		const secret = canaryKey('wk');
		const wrongKey = chatNationCredential({ apiKey: secret });
		const result = await run(handOverNode({ contactId: '+254712345678' }), undefined, wrongKey);
		expect(result.data.resultData.error?.message).toBe('ChatNation answered 401: Invalid API Key');
		expect(JSON.stringify(result)).not.toContain(secret);

		const continued = await run(handOverNode({ contactId: '+254712345678' }, { onError: 'continueRegularOutput' }), undefined, wrongKey);
		expect(outputOf(continued, 'ChatNation')[0].json.error).toBe('ChatNation answered 401: Invalid API Key');
		expect(JSON.stringify(continued)).not.toContain(secret);
	});

	it('retries a 429 after Retry-After, then succeeds', async () => {
		sim.inject({ status: 429, retryAfter: 1, times: 1 });
		const started = Date.now();
		const result = await run(handOverNode({ contactId: '+254712345678' }));
		expect(result.status).toBe('success');
		expect(Date.now() - started).toBeGreaterThanOrEqual(950);
		expect(sim.received('POST').map((r) => r.status)).toEqual([429, 201]);
	});

	it('does not repeat the handover after a 5xx, and says what ChatNation may have done', async () => {
		sim.inject({ status: 503, times: 10 });
		const result = await run(handOverNode({ contactId: '+254712345678' }));
		expect(result.data.resultData.error?.message).toBe('ChatNation answered 503: Service Unavailable. It may have started the handover: check before running it again');
		expect(sim.received('POST')).toHaveLength(1);
	});

	it('does not wait for a Retry-After longer than the retry budget', async () => {
		sim.inject({ status: 429, retryAfter: 3600 });
		const result = await run(handOverNode({ contactId: '+254712345678' }));
		expect(result.data.resultData.error?.message).toBe('ChatNation answered 429: Too Many Requests (retry after 3600 s)');
		expect(sim.received('POST')).toHaveLength(1);
	});

	it('reports a timeout with the item index', async () => {
		sim.inject({ delayMs: 2500 });
		const result = await run(handOverNode({ contactId: '+254712345678', requestOptions: { timeout: 1 } }));
		const error = result.data.resultData.error!;
		expect(error.message).toBe('ChatNation did not answer within 1 s. It may have started the handover: check before running it again');
		expect((error as unknown as { context: IDataObject }).context.itemIndex).toBe(0);
	});
});
