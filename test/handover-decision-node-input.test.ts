import { run, routed } from './helpers/decision-node';

describe('Handover Decision node in a workflow: bad input', () => {
	it('stops on a confidence that is not a number, naming the field and the item', async () => {
		const result = await run([{ text: 'hi', confidence: 0.9 }, { text: 'hi', confidence: 'high' }]);
		expect(result.status).toBe('error');
		expect(result.data.resultData.error?.message).toBe(
			'Confidence must be a number from 0 to 1, from 0 to 100, or a percentage like "52%" (got "high") [item 1]',
		);
	});

	it('treats it as missing when set to', async () => {
		const result = await run([{ text: 'hi', confidence: 'high' }], { options: { invalidConfidence: 'missing' } });
		expect(routed(result).bot[0].json.handover).toMatchObject({ decision: false, confidence: null });
	});

	it('stops on a history that is not an array, naming the field', async () => {
		const result = await run([{ text: 'hi', history: 'lots' }], { repeatedFailure: true });
		expect(result.data.resultData.error?.message).toBe(
			'History must be an array of turns like [{"text": "…", "confidence": 0.4}] (got text) [item 0]',
		);
	});

	it('converts a number to text and refuses an object', async () => {
		const converted = await run([{ text: 12345, confidence: 0.9 }]);
		expect(routed(converted).bot[0].json.handover).toMatchObject({ decision: false, matchedPhrase: null });
		const refused = await run([{ text: { body: 'agent' } }]);
		expect(refused.data.resultData.error?.message).toBe('Message must be text, not an object [item 0]');
	});

	it('reads a missing or empty message as no match', async () => {
		const result = await run([{ confidence: 0.9 }, { text: '', confidence: 0.9 }]);
		expect(routed(result).bot.map((item) => item.json.handover)).toEqual([
			expect.objectContaining({ decision: false, matchedPhrase: null, language: null }),
			expect.objectContaining({ decision: false, matchedPhrase: null, language: null }),
		]);
	});

	it('stops on a threshold out of range, naming the field with its unit and the item', async () => {
		const result = await run([{ text: 'hi' }], { threshold: 150 });
		expect(result.data.resultData.error?.message).toBe(
			'Confidence Threshold (%) must be a number from 0 to 1, from 0 to 100, or a percentage like "52%" (got 150) [item 0]',
		);
	});

	it('stops on bad opening hours, naming the field', async () => {
		const result = await run([{ text: 'hi' }], { businessHours: true, timezone: 'Mars/Olympus' });
		expect(result.data.resultData.error?.message).toBe(
			'Timezone "Mars/Olympus" is not a time zone; use a name like Africa/Nairobi or Europe/Copenhagen [item 0]',
		);
	});

	it('with Continue On Fail, sends the item it cannot judge to Hand Over with the error, and goes on', async () => {
		const result = await run(
			[
				{ text: 'hi', confidence: 'high', id: 1 },
				{ text: 'agent', confidence: 0.9, id: 2 },
				{ text: 'thanks', confidence: 0.9, id: 3 },
			],
			{},
			{ onError: 'continueRegularOutput' },
		);
		expect(result.status).toBe('success');
		const { human, bot } = routed(result);
		const message = 'Confidence must be a number from 0 to 1, from 0 to 100, or a percentage like "52%" (got "high") [item 0]';
		expect(human.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(human[0].json).toEqual({
			text: 'hi',
			confidence: 'high',
			id: 1,
			handover: {
				decision: true,
				reason: `Could not decide: ${message}`,
				reasons: [`Could not decide: ${message}`],
				confidence: null,
				matchedPhrase: null,
				strength: 'explicit',
				offerPhrase: null,
				identityQuestion: false,
				language: null,
				afterHours: false,
				error: message,
			},
		});
		expect(bot.map((item) => item.json.id)).toEqual([3]);
	});
});
