import { luhnValid, maskPersonalData, maskPersonalDataDeep, personalDataKinds } from '../nodes/shared/personalData';
import type { PersonalDataKind } from '../nodes/shared/personalData';

const ALL: PersonalDataKind[] = ['cards', 'emails', 'phones'];
const CARD = '•••• •••• •••• ';

describe('luhnValid', () => {
	it.each([
		['4111111111111111', true],
		['5555555555554444', true],
		['378282246310005', true],
		['4111111111111112', false],
		['', false],
	])('%s → %s', (digits, valid) => expect(luhnValid(digits)).toBe(valid));
});

describe('card numbers', () => {
	it.each([
		['my card is 4111 1111 1111 1111, thanks', `my card is ${CARD}1111, thanks`],
		['4111-1111-1111-1111', `${CARD}1111`],
		['5555555555554444.', `${CARD}4444.`],
		['amex 3782 822463 10005 exp 12/27', `amex ${CARD}0005 exp 12/27`],
		['order #4471 for 4111111111111111', `order #4471 for ${CARD}1111`],
		['ref 4471 4111 1111 1111 1111', `ref 4471 ${CARD}1111`],
		['6011 0009 9013 9424 and 4012888888881881', `${CARD}9424 and ${CARD}1881`],
	])('masks %j', (text, masked) => expect(maskPersonalData(text, ['cards'])).toBe(masked));

	it.each([
		'order #4471',
		'tracking 4111111111111112 (fails Luhn)',
		'invoice 1234567890123',
		'paid KES 1,250,000.00 on 2026-11-30 at 10:30',
		'reference 41111111111111110000 is 20 digits',
		'4111 1111 1111 111',
	])('leaves %j alone', (text) => expect(maskPersonalData(text, ['cards'])).toBe(text));

	it('is on alone: emails and phones stay when only cards are chosen', () => {
		const text = 'jane@example.com +254712345678 4111111111111111';
		expect(maskPersonalData(text, ['cards'])).toBe(`jane@example.com +254712345678 ${CARD}1111`);
		expect(maskPersonalData(text, [])).toBe(text);
	});
});

describe('email addresses', () => {
	it.each([
		['write to jane.doe+shop@example.co.ke please', 'write to j•••@example.co.ke please'],
		['<a@b.io>', '<a•••@b.io>'],
		['two: x1@mail.com, Y_2@sub.mail.org.', 'two: x•••@mail.com, Y•••@sub.mail.org.'],
	])('masks %j', (text, masked) => expect(maskPersonalData(text, ['emails'])).toBe(masked));

	it.each(['@handle', 'user at example dot com', 'a@b', 'price 5@10'])('leaves %j alone', (text) =>
		expect(maskPersonalData(text, ['emails'])).toBe(text),
	);
});

describe('phone numbers', () => {
	it.each([
		['call +254712345678 now', 'call +2547•••••678 now'],
		['call +254 712 345 678', 'call +2547•••••678'],
		['or 0712 345 678.', 'or 071••••678.'],
		['US (555) 123-4567', 'US 555••••567'],
		['+1 202-555-0143', '+1202••••143'],
		['ext 1234567', 'ext ••••567'],
	])('masks %j', (text, masked) => expect(maskPersonalData(text, ['phones'])).toBe(masked));

	it.each([
		'order #4471',
		'order #12345678',
		'on 2026-11-30 and 30-11-2026',
		'paid KES 1250000 and $ 2500000 and 12500000.00 and 1,250,000',
		'at 10:30, room 123456',
		'v2.40.7 and 192.168.100.200',
		'ticket ZD-1234567',
	])('leaves %j alone', (text) => expect(maskPersonalData(text, ['phones'])).toBe(text));

	it('never reads a masked card as a phone number', () => {
		expect(maskPersonalData('card 4111 1111 1111 1111 then 0712 345 678', ALL)).toBe(`card ${CARD}1111 then 071••••678`);
		expect(maskPersonalData('card 4111111111111111 345 678', ALL)).toBe(`card ${CARD}1111 345 678`);
	});
});

describe('everything at once', () => {
	it('masks each kind in a transcript line and keeps the rest', () => {
		const text = 'Order #4471 of 2026-11-30 (KES 12,500.00): card 4111-1111-1111-1111, mail jo@example.com, phone +254 712 345 678';
		expect(maskPersonalData(text, ALL)).toBe(
			`Order #4471 of 2026-11-30 (KES 12,500.00): card ${CARD}1111, mail j•••@example.com, phone +2547•••••678`,
		);
	});

	it('masks the strings inside a JSON value, keys untouched', () => {
		const value = { 'jo@example.com': 'jo@example.com', list: ['4111111111111111', 7], nested: { n: null, ok: true } };
		expect(maskPersonalDataDeep(value, ALL)).toEqual({
			'jo@example.com': 'j•••@example.com',
			list: [`${CARD}1111`, 7],
			nested: { n: null, ok: true },
		});
	});
});

describe('personalDataKinds', () => {
	it('reads a list or comma-separated text, and names an unknown kind', () => {
		expect(personalDataKinds(['cards', 'phones'])).toEqual({ kinds: ['cards', 'phones'], unknown: undefined });
		expect(personalDataKinds(' emails, cards ')).toEqual({ kinds: ['emails', 'cards'], unknown: undefined });
		expect(personalDataKinds('')).toEqual({ kinds: [], unknown: undefined });
		expect(personalDataKinds(['cards', 'iban'])).toEqual({ kinds: ['cards'], unknown: 'iban' });
	});
});
