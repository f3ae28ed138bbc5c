import { NodeConnectionTypes } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';

import { HandoverDecision } from '../nodes/HandoverDecision/HandoverDecision.node';
import { HandoverRules } from '../nodes/HandoverDecision/decision';
import corpus from './corpus/handover-corpus.json';
import { credentialsHelper, nodeTypes, run, routed, workflow } from './helpers/decision-node';
import { outputOf, runWorkflow } from './helpers/n8n';

describe('Handover Decision node in a workflow', () => {
	it('sends ambiguous messages to a third output, Offer a Person, only when it is switched on', async () => {
		const items = [{ text: 'customer service?' }, { text: 'put me through to sales' }, { text: 'are you a real person?' }];
		const wired = workflow({ offerPerson: true });
		wired.nodes.push({ id: '4', name: 'Offer', type: 'test.collect', typeVersion: 1, position: [800, 0], parameters: {} });
		wired.connections.Decide.main.push([{ node: 'Offer', type: NodeConnectionTypes.Main, index: 0 }]);
		const withOffer = await run(items, {}, {}, wired);
		expect(outputOf(withOffer, 'Decide', 2).map((item) => item.json.text)).toEqual(['customer service?']);
		expect(outputOf(withOffer, 'Decide', 2)[0].json.handover).toMatchObject({ strength: 'ambiguous', offerPhrase: 'customer service', decision: false });
		expect(outputOf(withOffer, 'Decide', 0).map((item) => item.json.text)).toEqual(['put me through to sales']);
		expect(outputOf(withOffer, 'Decide', 1)[0].json.handover).toMatchObject({ strength: 'none', identityQuestion: true });
		const without = await run(items);
		expect(outputOf(without, 'Decide', 1).map((item) => item.json.text)).toEqual(['customer service?', 'are you a real person?']);
		expect(outputOf(without, 'Decide', 1)[0].json.handover).toMatchObject({ strength: 'ambiguous', decision: false });
		expect(without.data.resultData.runData.Decide[0].data?.main).toHaveLength(2);
	});

	it('sends each item to exactly one output, unchanged except for `handover`, with no configuration', async () => {
		const items = [
			{ text: 'talk to a human', confidence: 0.9, sessionId: 's1', nested: { keep: [1, 2] } },
			{ text: 'What time do you open?', confidence: 0.95, sessionId: 's2' },
			{ text: 'What time do you open?', confidence: 0.52, sessionId: 's3' },
			{ text: 'My user agent is Chrome', confidence: '88%', sessionId: 's4' },
		];
		const result = await run(items);
		expect(result.status).toBe('success');
		const { human, bot } = routed(result);
		expect(human.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 2 }]);
		expect(bot.map((item) => item.pairedItem)).toEqual([{ item: 1 }, { item: 3 }]);
		for (const item of [...human, ...bot]) {
			expect(Object.getPrototypeOf(item.pairedItem)).toBe(Object.prototype);
			expect(Object.getPrototypeOf(item.json.handover)).toBe(Object.prototype);
		}
		expect(human[0].json).toEqual({
			...items[0],
			handover: {
				decision: true,
				reason: 'User requested a human: "talk to a human"',
				reasons: ['User requested a human: "talk to a human"'],
				confidence: 0.9,
				matchedPhrase: 'talk to a human',
				strength: 'explicit',
				offerPhrase: null,
				identityQuestion: false,
				language: 'en',
				afterHours: false,
			},
		});
		expect(human[1].json).toEqual({
			...items[2],
			handover: expect.objectContaining({ decision: true, reason: 'Low Confidence - 52%', confidence: 0.52 }),
		});
		expect(bot[1].json).toEqual({
			...items[3],
			handover: {
				decision: false,
				reason: null,
				reasons: [],
				confidence: 0.88,
				matchedPhrase: null,
				strength: 'none',
				offerPhrase: null,
				identityQuestion: false,
				language: 'en',
				afterHours: false,
			},
		});
		// the next nodes receive exactly what each output carried
		expect(outputOf(result, 'Human').map((item) => item.json)).toEqual(human.map((item) => item.json));
		expect(outputOf(result, 'Bot').map((item) => item.json)).toEqual(bot.map((item) => item.json));
	});

	it('routes the tuning messages: every item exactly once, as the core decides, nearly all as labelled', async () => {
		const messages = (corpus as { messages: Array<{ text: string; expected: boolean; split: string }> }).messages.filter(
			(message) => message.split === 'tuning',
		);
		const rules = new HandoverRules();
		const result = await run(messages.map((message, index) => ({ text: message.text, index })));
		const { human, bot } = routed(result);
		const seen = [...human, ...bot].map((item) => (item.pairedItem as { item: number }).item).sort((a, b) => a - b);
		expect(seen).toEqual(messages.map((_message, index) => index));
		for (const item of human) expect(rules.decide({ text: messages[item.json.index as number].text }).decision).toBe(true);
		for (const item of bot) expect(rules.decide({ text: messages[item.json.index as number].text }).decision).toBe(false);
		const wrong = [...human.filter((item) => !messages[item.json.index as number].expected), ...bot.filter((item) => messages[item.json.index as number].expected)];
		expect(wrong.length / messages.length).toBeLessThanOrEqual(0.02);
	});

	it('reads other fields, a threshold, a chosen language and extra phrases from its parameters', async () => {
		const result = await run(
			[
				{ body: { message: 'Ich möchte mit einem Mitarbeiter sprechen' }, score: 80 },
				{ body: { message: 'Quiero hablar con una persona' }, score: 80 },
				{ body: { message: 'Bitte mit Frau Huber verbinden' }, score: 80 },
				{ body: { message: 'Hallo' }, score: 70 },
			],
			{
				text: '={{ $json.body["message"] }}',
				confidence: '={{ $json.score }}',
				threshold: 75,
				language: 'de',
				includeEnglish: false,
				extraPhrases: 'frau huber',
			},
		);
		const { human, bot } = routed(result);
		expect(human.map((item) => item.json.handover)).toEqual([
			expect.objectContaining({ matchedPhrase: 'mit einem mitarbeiter', language: 'de' }),
			expect.objectContaining({ matchedPhrase: 'frau huber' }),
			expect.objectContaining({ reason: 'Low Confidence - 70%' }),
		]);
		expect(bot.map((item) => item.pairedItem)).toEqual([{ item: 1 }]);
	});

	it('evaluates any other expression through n8n', async () => {
		const result = await run(
			[
				{ first: 'talk to a', second: 'human', score: '0.9' },
				{ first: 'good', second: 'morning', score: '0.9' },
			],
			{ text: '={{ $json.first + " " + $json.second }}', confidence: '={{ Number($json.score) / 2 }}', threshold: 40 },
		);
		const { human, bot } = routed(result);
		expect(human[0].json.handover).toMatchObject({ matchedPhrase: 'talk to a human', confidence: 0.45 });
		expect(bot[0].json.handover).toMatchObject({ decision: false, confidence: 0.45 });
	});

	it("with Message and Confidence left empty, hands over behind n8n's Webhook node, its Chat Trigger and this package's triggers", async () => {
		const asked = 'I want to talk to a person';
		const items = [
			{ headers: {}, params: {}, query: {}, body: { text: asked, confidence: 0.9 } },
			{ headers: {}, body: { message: asked } },
			{ sessionId: 'chat-1', action: 'sendMessage', chatInput: asked },
			{ source: 'botcopy', event: 'handover_requested', sessionId: 's', text: asked, confidence: 0.95 },
			{ body: { text: 'What time do you open?', confidence: 0.3 } },
		];
		const result = await run(items);
		const { human, bot } = routed(result);
		const decided = (item: { json: IDataObject }) => item.json.handover as IDataObject;
		expect(human.map((item) => [item.pairedItem, decided(item).matchedPhrase ?? decided(item).reason])).toEqual([
			[{ item: 0 }, 'talk to a person'],
			[{ item: 1 }, 'talk to a person'],
			[{ item: 2 }, 'talk to a person'],
			[{ item: 3 }, 'talk to a person'],
			[{ item: 4 }, 'Low Confidence - 30%'],
		]);
		expect(decided(human[0]).confidence).toBe(0.9);
		expect(bot).toEqual([]);
	});

	it('says in the item and in a hint on the output why an item without a message matched nothing', async () => {
		const result = await run([{ body: { question: 'talk to a human' } }, { text: 'What time do you open?' }]);
		const { bot } = routed(result);
		expect(bot[0].json.handover).toMatchObject({ decision: false, warning: expect.stringMatching(/^No message to read.*text, chatInput, message, body\.text, body\.message/) });
		expect(bot[1].json.handover).not.toHaveProperty('warning');
		const hints = result.data.resultData.runData.Decide[0].hints ?? [];
		expect(hints).toEqual([expect.objectContaining({ message: expect.stringMatching(/^1 of 2 item\(s\) had no message \(first: item 0\)/), location: 'outputPane' })]);
	});

	it('reads a path through a missing field as no message', async () => {
		const result = await run([{ confidence: 0.9 }], { text: '={{ $json.body.message }}' });
		expect(routed(result).bot[0].json.handover).toMatchObject({ decision: false, matchedPhrase: null });
	});

	it('reads rule settings per item when they are expressions', async () => {
		const result = await run(
			[
				{ text: 'hi', confidence: 0.7, limit: 80, lang: 'es' },
				{ text: 'hi', confidence: 0.7, limit: 50, lang: 'es' },
				{ text: 'talk to a human', confidence: 0.9, limit: 50, lang: 'es' },
			],
			{ threshold: '={{ $json.limit }}', language: '={{ $json.lang }}', includeEnglish: false },
		);
		const { human, bot } = routed(result);
		expect(human.map((item) => item.json.handover)).toEqual([expect.objectContaining({ reason: 'Low Confidence - 70%', language: 'es' })]);
		expect(bot.map((item) => item.pairedItem)).toEqual([{ item: 1 }, { item: 2 }]);
	});

	it('applies repeated failure, frustration and business hours when switched on', async () => {
		const lowTurns = [{ text: 'a', confidence: 0.2 }, { text: 'b', confidence: 0.3 }];
		const result = await run(
			[
				{ text: 'hmm', confidence: 0.9, history: lowTurns, at: '2026-05-04T06:30:00Z' },
				{ text: 'WHERE IS MY PARCEL', confidence: 0.9, history: [], at: '2026-05-04T06:30:00Z' },
				{ text: 'ok thanks', confidence: 0.9, history: [], at: '2026-05-10T06:30:00Z' },
			],
			{
				repeatedFailure: true,
				failureTurns: 2,
				frustration: true,
				businessHours: true,
				timezone: 'Africa/Nairobi',
				openingHours: 'Mon-Fri 08:00-17:00',
				time: '={{ $json.at }}',
			},
		);
		const { human, bot } = routed(result);
		expect(human.map((item) => (item.json.handover as IDataObject).reason)).toEqual([
			'Repeated failure - last 2 turns below 60%',
			'User is frustrated: shouting in capitals',
		]);
		expect(bot).toHaveLength(1);
		expect(bot[0].json.handover).toMatchObject({ decision: false, afterHours: true });
		expect(human.map((item) => (item.json.handover as IDataObject).afterHours)).toEqual([false, false]);
	});

	it("uses the workflow's time zone when none is given", async () => {
		const result = await runWorkflow(
			{ ...workflow({ businessHours: true, openingHours: 'Mon-Fri 08:00-17:00', time: '={{ $json.at }}' }), settings: { timezone: 'Asia/Jakarta' } },
			{ nodeTypes, credentialsHelper, items: [{ text: 'hi', at: '2026-05-04T02:00:00Z' }] }, // 09:00 in Jakarta, 02:00 in UTC
		);
		expect(outputOf(result, 'Decide', 1)[0].json.handover).toMatchObject({ afterHours: false });
	});

	it('describes its outputs by an expression on Offer a Person Output, and can be used as a tool', () => {
		const { description } = new HandoverDecision();
		expect(description.outputs).toEqual(expect.stringContaining('$parameter["offerPerson"]'));
		expect(description.usableAsTool).toBe(true);
		const defaults = Object.fromEntries(description.properties.map((property) => [property.name, property.default]));
		expect(defaults).toMatchObject({ text: '', confidence: '', threshold: 60 });
	});
});
