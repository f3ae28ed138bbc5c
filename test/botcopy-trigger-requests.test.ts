import type { IDataObject } from 'n8n-workflow';

import { stepOneBody, stepTwoBody } from '../simulators/botcopy';
import * as botcopy from '../simulators/botcopy';
import { botcopyTriggerTestbed } from './helpers/botcopy-trigger';
import { captureOutput } from './helpers/capture-output';
import { outputOf } from './helpers/n8n';
import { canaryKey, credentialRef, credentials, nodeTypes } from './helpers/package';
import { hostTrigger, triggerWorkflow } from './helpers/trigger';

const { token, apiKey, sim, state, triggerNode, keep, host, itemsOf, expectOnlyTheNextExecution, post } = botcopyTriggerTestbed();

describe('Botcopy Trigger: the access token', () => {
	it('accepts the token in the Authorization header alone, or in the body alone', async () => {
		const hosted = await host();
		const inHeader = await botcopy.send(hosted.url, stepTwoBody({ text: 'header' }), { headers: { Authorization: token } });
		const inBody = await botcopy.send(hosted.url, stepTwoBody({ text: 'body', accessToken: token }));
		expect([inHeader.status, inBody.status]).toEqual([200, 200]);
		await hosted.waitForExecutions(2);
		const texts = hosted.executions.map((run) => outputOf(run, 'Botcopy Trigger')[0].json.text);
		expect(texts.sort()).toEqual(['body', 'header']);
	});

	it('reads the token from a custom header when the Portal sets one', async () => {
		const hosted = await host({ options: { headerName: 'X-Bot-Token' } });
		expect((await botcopy.send(hosted.url, stepTwoBody(), { headers: { 'X-Bot-Token': token } })).status).toBe(200);
		expect((await botcopy.send(hosted.url, stepTwoBody(), { headers: { Authorization: token } })).status).toBe(401);
		await hosted.waitForExecutions(1);
	});

	it.each([
		['a wrong token', () => ({ token: canaryKey('wrong') })],
		['no token', () => ({})],
		['a Bearer-prefixed token', () => ({ headers: { Authorization: `Bearer ${token}` } })],
	])('answers 401 for %s and starts no execution', async (_name, options) => {
		const hosted = await host();
		const answer = await botcopy.send(hosted.url, stepOneBody(), options());
		expect(answer.status).toBe(401);
		expect(answer.body).toEqual({ error: 'Unauthorized' });
		await expectOnlyTheNextExecution(hosted);
		expect(hosted.requests).toBe(2);
	});

	it('refuses every call while the credential has no webhook token', async () => {
		const noToken = credentials({ botcopyApi: { apiKey, baseUrl: sim.url! } });
		const hosted = await host({}, noToken);
		expect((await botcopy.send(hosted.url, stepTwoBody(), { token: '' })).status).toBe(401);
		expect((await botcopy.send(hosted.url, stepTwoBody(), { token })).status).toBe(401);
		await hosted.settled();
		expect(hosted.executions).toHaveLength(0);
	});

	it('keeps the token out of items and log lines', async () => {
		const output = captureOutput();
		try {
			const hosted = await host();
			await botcopy.send(hosted.url, stepOneBody(), { token });
			await botcopy.send(hosted.url, stepTwoBody(), { token: 'wrong' });
			await hosted.waitForExecutions(1);
			expect(JSON.stringify(hosted.executions)).not.toContain(token);
		} finally {
			output.stop();
		}
		expect(output.text()).not.toContain(token);
	});
});

describe('Botcopy Trigger: bad requests answer 400 and start nothing', () => {
	const withoutField = (body: IDataObject, path: string) => {
		const copy = JSON.parse(JSON.stringify(body)) as IDataObject;
		const keys = path.split('.');
		let target = copy;
		for (const key of keys.slice(0, -1)) target = target[key] as IDataObject;
		delete target[keys[keys.length - 1]];
		return copy;
	};

	it.each([
		['userId', stepTwoBody(), 'Missing required field: userId'],
		['botId', stepOneBody(), 'Missing required field: botId'],
		['session', stepTwoBody(), 'Missing required field: session'],
		['queryInput.text.text', stepTwoBody(), 'Missing required field: queryInput.text.text'],
	])('a missing %s', async (path, body, message) => {
		const hosted = await host();
		const answer = await botcopy.send(hosted.url, withoutField(body as IDataObject, path), { token });
		expect([answer.status, answer.body]).toEqual([400, { error: message }]);
		await expectOnlyTheNextExecution(hosted);
	});

	it('a missing field even in a call that would be left with the bot', async () => {
		const hosted = await host({ takeOver: ['handover_requested'] });
		const answer = await botcopy.send(hosted.url, withoutField(stepTwoBody(), 'userId'), { token });
		expect(answer.status).toBe(400);
	});

	it('malformed JSON sent as text/plain, and JSON that is not an object', async () => {
		const hosted = await host();
		const malformed = await post(hosted.url, '{"userId": "u1", "botId": ', { 'Content-Type': 'text/plain', Authorization: token });
		expect([malformed.status, malformed.data]).toEqual([400, { error: 'Malformed JSON body' }]);
		const list = await post(hosted.url, JSON.stringify([stepTwoBody()]), { 'Content-Type': 'text/plain', Authorization: token });
		expect([list.status, list.data]).toEqual([400, { error: 'Body must be a JSON object' }]);
		const empty = await post(hosted.url, '', { 'Content-Type': 'text/plain', Authorization: token });
		expect(empty.status).toBe(400);
		await expectOnlyTheNextExecution(hosted);
	});

	it('a valid call sent as text/plain still works', async () => {
		const hosted = await host();
		const answer = await post(hosted.url, JSON.stringify(stepTwoBody({ text: 'plain' })), { 'Content-Type': 'text/plain', Authorization: token });
		expect([answer.status, answer.data]).toEqual([200, { paused: true, minutesPaused: 10 }]);
		expect((await itemsOf(hosted))[0].text).toBe('plain');
	});

	it('malformed application/json is answered 422 by n8n before the trigger runs', async () => {
		const hosted = await host();
		const answer = await post(hosted.url, '{"broken":', { 'Content-Type': 'application/json', Authorization: token });
		expect(answer.status).toBe(422);
		expect(hosted.requests).toBe(0);
	});

	it('an oversized body', async () => {
		const hosted = await host();
		const history = Array.from({ length: 3000 }, (_, i) => ({ _id: `mh_${i}`, direction: 'in', payload: { text: 'x'.repeat(400) } }));
		const answer = await botcopy.send(hosted.url, stepOneBody({ messageHistory: history }), { token });
		expect(answer.status).toBe(400);
		expect(String((answer.body as IDataObject).error)).toMatch(/^Body too large: \d+ bytes, at most 1048576$/);
		await expectOnlyTheNextExecution(hosted);
	});
});

describe('Botcopy Trigger: lifecycle', () => {
	it('has nothing to register: the URL is pasted into the Botcopy Portal', async () => {
		const hosted = await host();
		expect(await hosted.checkExists()).toBe(true);
		expect(await hosted.deactivate()).toBe(true);
		expect(hosted.staticData()).toEqual({});
	});
});

describe('Botcopy Trigger → Botcopy: an agent answers the user', () => {
	it('receives a handover and sends the agent message back through the push API', async () => {
		const trigger = keep(
			await hostTrigger(
				triggerWorkflow(triggerNode({ minutesPaused: 20 }), {
					name: 'Botcopy',
					type: 'n8n-nodes-handover.botcopy',
					parameters: {
						resource: 'chat',
						operation: 'sendMessage',
						userId: '={{ $json.userId }}',
						botId: '={{ $json.botId }}',
						text: '={{ "Hi, I am Jane. You said: " + $json.text }}',
						agentName: 'Jane Doe',
						minutesPaused: 20,
					},
					credentials: credentialRef('botcopyApi'),
				}),
				{ nodeTypes, credentialsHelper: state.credentialsHelper },
			),
		);
		const answer = await botcopy.send(trigger.url, stepOneBody({ userId: 'user-9', botId: 'bot_sim_1', text: 'agent please' }), { token });
		expect(answer.body).toEqual({ paused: true, minutesPaused: 20 });
		const [run] = await trigger.waitForExecutions(1);
		expect(run.status).toBe('success');
		const [push] = sim.received('POST', '/webhooks/handover/push');
		expect(push.headers.authorization).toBe(apiKey);
		expect(push.body).toEqual({
			eventType: 'message',
			userId: 'user-9',
			botId: 'bot_sim_1',
			text: 'Hi, I am Jane. You said: agent please',
			paused: true,
			minutesPaused: 20,
			agentProfile: { name: 'Jane Doe' },
		});
		expect(sim.isPaused('bot_sim_1', 'user-9')).toBe(true);
		const serialised = JSON.stringify(run);
		expect(serialised).not.toContain(token);
		expect(serialised).not.toContain(apiKey);
	});
});
