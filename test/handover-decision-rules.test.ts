import { HandoverRules, OpeningHours, formatPercent, frustrationSignal, parseWeeklyHours, readTime } from '../nodes/HandoverDecision/decision';
import type { DecisionSettings } from '../nodes/HandoverDecision/decision';
import { decide, inputError } from './helpers/decision';

describe('rule 3: repeated failure', () => {
	const low = { text: 'huh?', confidence: 0.3 };
	const high = { text: 'ok', confidence: 0.9 };

	it('hands over when the last N turns were all below the threshold', () => {
		const result = decide('and now?', 0.9, { repeatedFailure: true }, { history: [high, low, low, low] });
		expect(result).toMatchObject({ decision: true, reason: 'Repeated failure - last 3 turns below 60%' });
		expect(decide('x', 0.9, { repeatedFailure: true, failureTurns: 2 }, { history: [0.3, '20%'] }).decision).toBe(true);
		expect(decide('x', 0.9, { repeatedFailure: true, failureTurns: 2 }, { history: '[{"confidence": 0.1}, 0.2]' }).decision).toBe(true);
	});

	it('does not when one of them was confident, when there are fewer turns, or when it is off', () => {
		expect(decide('x', 0.9, { repeatedFailure: true }, { history: [low, high, low] }).decision).toBe(false);
		expect(decide('x', 0.9, { repeatedFailure: true }, { history: [low, low] }).decision).toBe(false);
		expect(decide('x', 0.9, { repeatedFailure: true }, { history: [low, { text: 'no score' }, low] }).decision).toBe(false);
		expect(decide('x', 0.9, {}, { history: [low, low, low] }).decision).toBe(false);
		expect(decide('x', 0.9, { repeatedFailure: true }, { history: undefined }).decision).toBe(false);
	});

	it('errors on a history that is not an array, naming the field', () => {
		expect(inputError(() => decide('x', 0.9, { repeatedFailure: true }, { history: 'three bad turns' })).message).toBe(
			'History must be an array of turns like [{"text": "…", "confidence": 0.4}] (got text)',
		);
		expect(inputError(() => decide('x', 0.9, { repeatedFailure: true }, { history: { 0: low } })).field).toBe('History');
		expect(inputError(() => decide('x', 0.9, { repeatedFailure: true }, { history: '[not json' })).field).toBe('History');
		expect(inputError(() => decide('x', 0.9, { repeatedFailure: true }, { history: [low, [0.1], low] })).field).toBe('History[1]');
	});

	it('applies the invalid-confidence setting to the turns', () => {
		const history = [low, { text: '?', confidence: 'bad' }, low];
		expect(inputError(() => decide('x', 0.9, { repeatedFailure: true }, { history })).field).toBe('History[1].confidence');
		expect(decide('x', 0.9, { repeatedFailure: true, invalidConfidence: 'missing' }, { history }).decision).toBe(false);
	});

	it('refuses a turn count below 1', () => {
		expect(inputError(() => new HandoverRules({ repeatedFailure: true, failureTurns: 0 })).field).toBe('Turns');
	});
});

describe('rule 4: frustration', () => {
	const on = { frustration: true };

	it.each([
		['This is useless', 'User is frustrated: "this is useless"'],
		['Du verstehst mich nicht', 'User is frustrated: "verstehst mich nicht"'],
		['Esto es una pérdida de tiempo', 'User is frustrated: "perdida de tiempo"'],
		['WHY IS MY ORDER NOT HERE YET', 'User is frustrated: shouting in capitals'],
		['where is my order???', 'User is frustrated: "???"'],
		['hello?!?!', 'User is frustrated: "?!?!"'],
	])('hands over on "%s"', (text, reason) => {
		expect(decide(text, 0.9, on)).toMatchObject({ decision: true, reason });
	});

	it('does not on calm text, short capitals, or when off', () => {
		expect(decide('Where is my order?', 0.9, on).decision).toBe(false);
		expect(decide('My ATM PIN is blocked', 0.9, on).decision).toBe(false);
		expect(decide('Wow!!', 0.9, on).decision).toBe(false);
		expect(decide('This is useless!!!', 0.9).decision).toBe(false);
		expect(frustrationSignal('')).toBeNull();
	});

	it('lists every reason that applies, in rule order', () => {
		const result = decide('AGENT NOW, THIS IS USELESS', '40%', on);
		expect(result.reasons).toEqual(['Low Confidence - 40%', 'User requested a human: "agent"', 'User is frustrated: "this is useless"']);
		expect(result.reason).toBe('Low Confidence - 40%; User requested a human: "agent"; User is frustrated: "this is useless"');
	});
});

describe('rule 5: business hours', () => {
	const nairobi: DecisionSettings = {
		businessHours: true,
		timezone: 'Africa/Nairobi',
		openingHours: 'Mon-Fri 08:00-17:00; Sat 09:00-13:00',
		holidays: '12-25, 2026-04-03',
	};
	const at = (time: string, settings = nairobi, text = 'hello') => decide(text, 0.9, settings, { time });

	it('marks items outside the hours, in the given time zone', () => {
		expect(at('2026-05-04T06:30:00Z').afterHours).toBe(false); // Monday 09:30 in Nairobi
		expect(at('2026-05-04T04:30:00Z').afterHours).toBe(true); // Monday 07:30
		expect(at('2026-05-04T14:00:00Z').afterHours).toBe(true); // Monday 17:00, closing time
		expect(at('2026-05-09T07:00:00Z').afterHours).toBe(false); // Saturday 10:00
		expect(at('2026-05-10T07:00:00Z').afterHours).toBe(true); // Sunday
		expect(at('2026-05-04T06:30:00Z', { ...nairobi, timezone: 'America/New_York' }).afterHours).toBe(true); // 02:30 there
	});

	it('closes on holidays, yearly and one-off', () => {
		expect(at('2026-12-25T07:00:00Z').afterHours).toBe(true); // a Friday
		expect(at('2027-12-24T07:00:00Z').afterHours).toBe(false);
		expect(at('2026-04-03T07:00:00Z').afterHours).toBe(true);
		expect(at('2027-04-02T07:00:00Z').afterHours).toBe(false);
	});

	it('only flags: the decision still follows the other rules', () => {
		expect(at('2026-05-10T07:00:00Z', nairobi, 'talk to a human')).toMatchObject({ decision: true, afterHours: true });
		expect(at('2026-05-10T07:00:00Z')).toMatchObject({ decision: false, afterHours: true, reasons: [] });
		expect(decide('hello', 0.9, {}, { time: '2026-05-10T07:00:00Z' }).afterHours).toBe(false);
	});

	it('uses now when no time is given', () => {
		const mondayMorning = Date.parse('2026-05-04T06:30:00Z');
		const sunday = Date.parse('2026-05-10T07:00:00Z');
		expect(decide('x', 0.9, { ...nairobi, now: () => mondayMorning }).afterHours).toBe(false);
		expect(decide('x', 0.9, { ...nairobi, now: () => sunday }, { time: '' }).afterHours).toBe(true);
	});

	it('reads times as ISO text, ms, seconds, digits or Date', () => {
		const ms = Date.parse('2026-05-04T06:30:00Z');
		const now = () => 0;
		expect(readTime('2026-05-04T06:30:00Z', now)).toBe(ms);
		expect(readTime(ms, now)).toBe(ms);
		expect(readTime(ms / 1000, now)).toBe(ms);
		expect(readTime(String(ms), now)).toBe(ms);
		expect(readTime(new Date(ms), now)).toBe(ms);
		expect(readTime({ toISOString: () => '2026-05-04T06:30:00.000Z' }, now)).toBe(ms);
		expect(readTime(undefined, () => 7)).toBe(7);
		expect(readTime('next tuesday-ish', now)).toBeUndefined();
		expect(readTime({}, now)).toBeUndefined();
	});

	it('handles ranges past midnight, split days and day lists', () => {
		const hours = parseWeeklyHours('Fri 22:00-02:00');
		expect(hours[4 * 1440 + 23 * 60]).toBe(1); // Friday 23:00
		expect(hours[5 * 1440 + 60]).toBe(1); // Saturday 01:00
		expect(hours[5 * 1440 + 2 * 60]).toBe(0);
		const split = parseWeeklyHours('Mon, Wed 08:00-12:00 13:00 - 17:00; Sun-Mon 0:00-24:00');
		expect(split[2 * 1440 + 12 * 60 + 30]).toBe(0); // Wednesday lunch
		expect(split[2 * 1440 + 13 * 60]).toBe(1);
		expect(split[6 * 1440]).toBe(1); // Sunday, through a week-wrapping day range
		expect(split[1 * 1440 + 9 * 60]).toBe(0); // Tuesday
		const sundayNoon = new OpeningHours({ timezone: 'UTC', hours: 'Sat-Sun 10:00-14:00' });
		expect(sundayNoon.isOpen(Date.parse('2026-05-10T12:00:00Z'))).toBe(true);
	});

	it('errors on a bad time zone, hours, holiday or time, naming the field', () => {
		expect(inputError(() => new HandoverRules({ ...nairobi, timezone: 'Mars/Olympus' })).message).toBe(
			'Timezone "Mars/Olympus" is not a time zone; use a name like Africa/Nairobi or Europe/Copenhagen',
		);
		expect(inputError(() => new HandoverRules({ ...nairobi, openingHours: 'weekdays 9 to 5' })).message).toBe(
			'Opening Hours has "weekdays 9 to 5", which is not like "Mon-Fri 08:00-17:00"',
		);
		expect(inputError(() => new HandoverRules({ ...nairobi, openingHours: 'Mon 25:00-26:00' })).field).toBe('Opening Hours');
		expect(inputError(() => new HandoverRules({ ...nairobi, openingHours: 'Mon, Tue' })).field).toBe('Opening Hours');
		expect(inputError(() => new HandoverRules({ ...nairobi, openingHours: ' ' })).field).toBe('Opening Hours');
		expect(inputError(() => new HandoverRules({ ...nairobi, holidays: 'Christmas' })).message).toBe(
			'Holidays has "Christmas", which is not a date like 2026-12-25 or 12-25',
		);
		expect(inputError(() => at('yesterday')).message).toBe('Message Time must be a date like 2026-05-04T09:30:00Z or a timestamp (got "yesterday")');
	});
});

describe('bad input', () => {
	it('reads empty or missing text as no match', () => {
		for (const text of ['', undefined, null, '   ', '!!!']) {
			expect(decide(text, 0.9)).toMatchObject({ decision: false, matchedPhrase: null, language: null });
		}
	});

	it('converts numbers and booleans to text', () => {
		expect(decide(42, 0.9)).toMatchObject({ decision: false, matchedPhrase: null });
		expect(decide(true, 0.9).decision).toBe(false);
	});

	it('refuses objects and arrays clearly', () => {
		expect(inputError(() => decide({ text: 'agent' }, 0.9)).message).toBe('Message must be text, not an object');
		expect(inputError(() => decide(['agent'], 0.9)).message).toBe('Message must be text, not an array');
	});

	it('survives hostile text', () => {
		const long = `${"don't need ".repeat(5000)}agent ${'!'.repeat(10000)}${'a'.repeat(100000)} talk to a human`;
		expect(decide(long, 0.9, { frustration: true }).reasons).toEqual(['User requested a human: "talk to a human"', 'User is frustrated: "!!!!!"']);
		expect(decide('\u0000\uffff\ud83d', 0.9).decision).toBe(false);
	});
});

describe('reasons of one rules object over many messages', () => {
	it('stay each message\'s own, past the number of distinct reason texts it shares (1,300 confidences)', () => {
		const rules = new HandoverRules({ frustration: true });
		for (let permille = 0; permille < 1_300; permille++) {
			const confidence = permille / 2_300; // all below 60%
			const result = rules.decide({ text: 'I want to speak to a human.', confidence });
			const low = `Low Confidence - ${formatPercent(confidence)}`;
			expect(result.reasons).toEqual([low, 'User requested a human: "speak to a human"']);
			expect(result.reason).toBe(`${low}; User requested a human: "speak to a human"`);
		}
		const calm = rules.decide({ text: 'thanks, all good', confidence: 0.9 });
		expect(calm).toMatchObject({ decision: false, reason: null, reasons: [] });
		expect(rules.decide({ text: 'WHY DOES THIS NEVER WORK!!!', confidence: 0.9 }).reasons).toEqual([expect.stringMatching(/^User is frustrated: /)]);
	});
});

describe('a decision', () => {
	it('is a plain object with its fields in the documented order, each item its own', () => {
		const rules = new HandoverRules({});
		const first = rules.decide({ text: 'can I talk to a human?', confidence: 0.3 });
		const second = rules.decide({ text: 'can I talk to a human?', confidence: 0.3 });
		expect(Object.getPrototypeOf(first)).toBe(Object.prototype);
		expect(first.constructor).toBe(Object);
		expect(Object.keys(first)).toEqual(['decision', 'reason', 'reasons', 'confidence', 'matchedPhrase', 'strength', 'offerPhrase', 'identityQuestion', 'language', 'afterHours']);
		expect(first).toStrictEqual({ ...second });
		expect(first).not.toBe(second);
		expect(first.reasons).not.toBe(second.reasons);
	});
});
