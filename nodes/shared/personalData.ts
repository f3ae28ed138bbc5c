/**
 * Masks personal data in text that leaves for a desk (ticket descriptions, comments, handover notes). Pure: no n8n.
 *
 * - Card numbers: 13–19 digits, optionally grouped by single spaces or dashes, that pass the Luhn check, so order
 *   numbers and IDs stay. Shown as `•••• •••• •••• 1234`: the last four only, as PCI DSS allows
 *   (https://www.pcisecuritystandards.org/faq/articles/Frequently_Asked_Question/What-are-acceptable-formats-for-truncation-of-primary-account-numbers/).
 * - Email addresses: `j•••@example.com`, the first character and the domain.
 * - Phone numbers: 7–15 digits (E.164's maximum), optionally after + and grouped by spaces, dashes or brackets.
 *   Not dates (2026-11-30), amounts (KES 1250000, 1250.50), numbers after # or a dash (order #12345678,
 *   ZD-1234567) or card numbers.
 *   Shown as `+2547•••••678`: at most four leading digits and the last three, at least four hidden.
 */
export type PersonalDataKind = 'cards' | 'emails' | 'phones';

export const PERSONAL_DATA_KINDS: readonly PersonalDataKind[] = ['cards', 'emails', 'phones'];

const BULLET = '•';

/** The Luhn checksum every payment card number carries. */
export function luhnValid(digits: string): boolean {
	let sum = 0;
	for (let i = 0; i < digits.length; i++) {
		const digit = Number(digits[digits.length - 1 - i]);
		sum += i % 2 === 0 ? digit : digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
	}
	return /^\d+$/.test(digits) && sum % 10 === 0;
}

// A phone number written with + is never a card, even when its digits happen to pass Luhn.
const DIGIT_RUN = /(?<![\d+])\d+(?:[ -]\d+)*(?!\d)/g;

/** The end of the longest group-aligned card number starting at `start`, if any. */
function cardEnd(groups: string[], start: number): number | undefined {
	for (let end = groups.length; end > start; end--) {
		const digits = groups.slice(start, end).join('');
		if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits)) return end;
	}
	return undefined;
}

/** A run of digit groups may hold a card number beside other numbers ("ref 4471 4111 1111 1111 1111"). */
function maskCardsInRun(run: string): string {
	const groups = run.split(/[ -]/);
	const separators = run.match(/[ -]/g) ?? [];
	let masked = '';
	for (let start = 0; start < groups.length; ) {
		const end = cardEnd(groups, start);
		const digits = groups.slice(start, end ?? start + 1).join('');
		masked += end === undefined ? digits : `${BULLET.repeat(4)} ${BULLET.repeat(4)} ${BULLET.repeat(4)} ${digits.slice(-4)}`;
		start = end ?? start + 1;
		if (start < groups.length) masked += separators[start - 1];
	}
	return masked;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

const maskEmail = (email: string) => `${email[0]}${BULLET.repeat(3)}${email.slice(email.indexOf('@'))}`;

// Digits after a masked card's bullets are its last four, not the start of a phone number.
const PHONE = /(?<![\w+#@.,/-]|•[ -]?)\+?\(?\d+\)?(?:[ -]?\(?\d+\)?)*(?![\w•@])/g;
const DATE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{4})$/;
const CURRENCY_BEFORE = /(?:[$€£¥₹]|\b[A-Z]{3})\s?$/;
const DECIMAL_AFTER = /^[.,]\d/;

function maskPhone(match: string, offset: number, text: string): string {
	const digits = match.replace(/\D/g, '');
	if (digits.length < 7 || digits.length > 15 || DATE.test(match)) return match;
	if (CURRENCY_BEFORE.test(text.slice(Math.max(0, offset - 4), offset))) return match;
	if (DECIMAL_AFTER.test(text.slice(offset + match.length))) return match;
	const hidden = Math.min(digits.length - 3, Math.max(4, digits.length - 7));
	const lead = digits.length - 3 - hidden;
	return `${match.startsWith('+') ? '+' : ''}${digits.slice(0, lead)}${BULLET.repeat(hidden)}${digits.slice(-3)}`;
}

/** The text with the chosen kinds of personal data masked; cards first, so a card is never read as a phone. */
export function maskPersonalData(text: string, kinds: readonly PersonalDataKind[]): string {
	let masked = text;
	if (kinds.includes('cards')) masked = masked.replace(DIGIT_RUN, maskCardsInRun);
	if (kinds.includes('emails')) masked = masked.replace(EMAIL, maskEmail);
	if (kinds.includes('phones')) masked = masked.replace(PHONE, maskPhone);
	return masked;
}

/** Every string inside a JSON value masked (keys stay). */
export function maskPersonalDataDeep<T>(value: T, kinds: readonly PersonalDataKind[]): T {
	if (typeof value === 'string') return maskPersonalData(value, kinds) as T;
	if (Array.isArray(value)) return value.map((child: unknown) => maskPersonalDataDeep(child, kinds)) as T;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value).map(([key, child]) => [key, maskPersonalDataDeep(child, kinds)]);
		return Object.fromEntries(entries) as T;
	}
	return value;
}

/**
 * The kinds chosen in a node's "Mask Personal Data" field: a list, or comma-separated text from an expression.
 * An unknown kind is a problem to report, never silently unmasked data.
 */
export function personalDataKinds(value: unknown): { kinds: PersonalDataKind[]; unknown?: string } {
	const names = (Array.isArray(value) ? value : String(value ?? '').split(','))
		.map((name) => String(name).trim())
		.filter(Boolean);
	const unknown = names.find((name) => !PERSONAL_DATA_KINDS.includes(name as PersonalDataKind));
	return { kinds: names.filter((name): name is PersonalDataKind => name !== unknown), unknown };
}
