import type { IDataObject } from 'n8n-workflow';

import { stepOneBody, stepTwoBody, WEBHOOK_DEADLINE_MS } from '../simulators/botcopy';
import * as botcopy from '../simulators/botcopy';
import { botcopyTriggerTestbed } from './helpers/botcopy-trigger';
import { credentialRef, nodeTypes } from './helpers/package';
import { hostTrigger, triggerWorkflow } from './helpers/trigger';

const { token, sim, state, triggerNode, keep, host, itemsOf, expectOnlyTheNextExecution } = botcopyTriggerTestbed();

describe('Botcopy Trigger: Step One and Step Two', () => {
	it('answers Step One with the pause once the execution is stored, and emits one handover_requested item', async () => {
		const hosted = await host();
		const body = stepOneBody({ userId: 'user-1', botId: 'bot_sim_1', text: 'I want a human', confidence: 0.42, sessionId: 'sess-1' });
		const answer = await botcopy.send(hosted.url, body, { token });
		expect(answer).toMatchObject({ status: 200, body: { paused: true, minutesPaused: 10 }, withinDeadline: true });
		expect(hosted.answeredBeforeStored).toBe(0);

		const [item] = await itemsOf(hosted);
		const raw = { ...body } as IDataObject;
		delete raw.accessToken;
		expect(item).toEqual({
			source: 'botcopy',
			event: 'handover_requested',
			sessionId: 'projects/botcopy-sim/agent/sessions/sess-1',
			userId: 'user-1',
			text: 'I want a human',
			confidence: 0.42,
			receivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
			botId: 'bot_sim_1',
			session: 'projects/botcopy-sim/agent/sessions/sess-1',
			languageCode: 'en',
			triggerContext: { name: 'bc-human-handover', lifespanCount: 1, parameters: {} },
			messageHistory: body.messageHistory,
			raw,
		});
		expect((item.messageHistory as IDataObject[]).map((entry) => entry.direction)).toEqual(['in', 'out']);
		expect(JSON.stringify(hosted.executions)).not.toContain(token);
	});

	it('answers Step Two with the pause and emits one user_message item', async () => {
		const hosted = await host({ minutesPaused: 25 });
		const answer = await botcopy.send(hosted.url, stepTwoBody({ userId: 'user-2', text: 'help me please', languageCode: 'de' }), { token });
		expect(answer).toMatchObject({ status: 200, body: { paused: true, minutesPaused: 25 }, withinDeadline: true });
		const [item] = await itemsOf(hosted);
		expect(item).toMatchObject({
			source: 'botcopy',
			event: 'user_message',
			userId: 'user-2',
			botId: 'bot_sim_1',
			text: 'help me please',
			languageCode: 'de',
			confidence: null,
			triggerContext: null,
			messageHistory: [],
		});
		expect(item.sessionId).toBe(item.session);
		expect(Object.keys(item.raw as IDataObject).sort()).toEqual(['botId', 'queryInput', 'queryParams', 'session', 'userId']);
	});

	it('keeps the confidence inside 0–1 and picks the context named in the options', async () => {
		const hosted = await host({ options: { handoverContext: 'agent-needed' } });
		await botcopy.send(hosted.url, stepOneBody({ confidence: 1.7, handoverContext: 'agent-needed' }), { token });
		const [item] = await itemsOf(hosted);
		expect(item.confidence).toBe(1);
		expect(item.triggerContext).toEqual({ name: 'agent-needed', lifespanCount: 1, parameters: {} });
	});

	it("reads a Dialogflow CX handover (bcHumanHandover) and falls back to Botcopy's sessionId", async () => {
		const hosted = await host();
		const body = stepOneBody({ sessionId: 'bc-sess-7' }) as IDataObject & { dialogflowResponse: { queryResult: IDataObject } };
		const queryResult = body.dialogflowResponse.queryResult;
		queryResult.outputContexts = [{ name: 'projects/p/agent/sessions/s/contexts/botcopy-timezone', lifespanCount: 9 }];
		queryResult.parameters = { bcHumanHandover: true };
		delete queryResult.intentDetectionConfidence;
		queryResult.match = { confidence: 0.66 };
		delete body.session;
		await botcopy.send(hosted.url, body, { token });
		const [item] = await itemsOf(hosted);
		expect(item).toMatchObject({
			sessionId: 'bc-sess-7',
			session: null,
			confidence: 0.66,
			triggerContext: { name: 'bcHumanHandover', lifespanCount: null, parameters: { bcHumanHandover: true } },
		});
	});

	it('answers {paused: false} for a call left with the bot, and starts nothing', async () => {
		const hosted = await host({ takeOver: ['user_message'] });
		const answer = await botcopy.send(hosted.url, stepOneBody(), { token });
		expect(answer).toMatchObject({ status: 200, body: { paused: false }, withinDeadline: true });
		await expectOnlyTheNextExecution(hosted);
	});

	it('leaves Step Two with the bot when only handover requests are taken over', async () => {
		const hosted = await host({ takeOver: ['handover_requested'] });
		const answer = await botcopy.send(hosted.url, stepTwoBody(), { token });
		expect(answer.body).toEqual({ paused: false });
		expect((await botcopy.send(hosted.url, stepOneBody(), { token })).body).toEqual({ paused: true, minutesPaused: 10 });
		expect((await itemsOf(hosted)).map((item) => item.event)).toEqual(['handover_requested']);
	});

	it('keeps the pause on a user-typing ping without starting a workflow', async () => {
		const hosted = await host();
		const ping = { userId: 'user-1', botId: 'bot_sim_1', sessionId: 'sess-1', eventType: 'user_typing' };
		const answer = await botcopy.send(hosted.url, ping, { headers: { Authorization: token } });
		expect(answer).toMatchObject({ status: 200, body: { paused: true, minutesPaused: 10 } });
		await expectOnlyTheNextExecution(hosted);
	});

	it('answers inside the 5 s deadline while the workflow behind it is still busy', async () => {
		sim.inject({ delayMs: 1500 });
		const trigger = keep(
			await hostTrigger(
				triggerWorkflow(triggerNode(), {
					name: 'Botcopy',
					type: 'n8n-nodes-handover.botcopy',
					parameters: { resource: 'chat', operation: 'showTyping', userId: '={{ $json.userId }}', botId: '={{ $json.botId }}' },
					credentials: credentialRef('botcopyApi'),
				}),
				{ nodeTypes, credentialsHelper: state.credentialsHelper },
			),
		);
		const answer = await botcopy.send(trigger.url, stepTwoBody(), { token });
		expect(answer.withinDeadline).toBe(true);
		// answered while the workflow (held 1.5 s by the simulator) had not finished: no wall-clock bound, which a busy machine breaks
		expect(trigger.executions).toHaveLength(0);
		await trigger.waitForExecutions(1);
		expect(answer.elapsedMs).toBeLessThan(WEBHOOK_DEADLINE_MS);
	});
});
