/**
 * What each character of a message is (word, sentence end, comma, apostrophe, separator) and the message lower-cased
 * without accents, each read from tables built once at load or on first sight.
 */

const SEPARATOR = 0;
export const WORD = 1;
export const SENTENCE = 2;
export const COMMA_CHAR = 3;
export const APOSTROPHE = 4;

const ASCII_KIND = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_KIND[c] = WORD;
for (let c = 65; c <= 90; c++) ASCII_KIND[c] = WORD;
for (let c = 97; c <= 122; c++) ASCII_KIND[c] = WORD;
for (const ch of '.!?;:()\n\r') ASCII_KIND[ch.charCodeAt(0)] = SENTENCE;
ASCII_KIND[44] = COMMA_CHAR;
ASCII_KIND[39] = APOSTROPHE; // '
ASCII_KIND[96] = APOSTROPHE; // `

/** Letters of every script are word characters; punctuation, symbols, emoji and × ÷ are not. */
function wideKind(c: number): number {
	if (c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0xb4) return APOSTROPHE;
	if (c === 0xa1 || c === 0xbf) return SENTENCE; // ¡ ¿
	if (c < 0xc0) return SEPARATOR; // no-break space, « », ©, ° …
	if (c < 0x2000) return c === 0xd7 || c === 0xf7 ? SEPARATOR : WORD;
	if (c === 0x2026 || c === 0x203c || (c >= 0x2047 && c <= 0x2049) || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff0e) {
		return SENTENCE;
	}
	// an en or em dash parts clauses as a comma does ("verbinden – dein Bot versteht mich nicht"); a hyphen joins words
	if (c === 0x3001 || c === 0xff0c || c === 0x2013 || c === 0x2014) return COMMA_CHAR;
	if (c < 0x2c00) return SEPARATOR; // general punctuation, symbols, arrows
	if (c >= 0x3000 && c < 0x3040) return SEPARATOR; // CJK punctuation
	if (c >= 0xd800 && c < 0xe000) return SEPARATOR; // emoji (surrogate pairs)
	if (c >= 0xfe00 && c < 0xfe10) return SEPARATOR; // variation selectors
	if (c >= 0xff00 && c < 0xff66) return SEPARATOR; // full-width punctuation
	return WORD;
}

/** The kind of every UTF-16 code unit, looked up once at load so that scanning any script costs one read per unit. */
export const KIND = new Uint8Array(0x10000);
KIND.set(ASCII_KIND);
for (let c = 128; c < 0x10000; c++) KIND[c] = wideKind(c);

export function kindOf(c: number): number {
	return Number.isNaN(c) ? SEPARATOR : KIND[c]; // NaN: past the end of the text
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const UNDECOMPOSED = /[øæœßłđðþı]/g;
const UNDECOMPOSED_AS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

function foldFully(lower: string): string {
	return lower
		.normalize('NFD')
		.replace(COMBINING_MARKS, '')
		.replace(UNDECOMPOSED, (ch) => UNDECOMPOSED_AS[ch]);
}

/** Characters that decompose: combining marks, Greek, Cyrillic, Vietnamese, Hangul, compatibility ideographs… */
function needsDecomposing(c: number): boolean {
	return (c >= 0x250 && c <= 0x1fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfb4f);
}

/** Each Latin letter from U+00C0 on folded once, so most messages skip Unicode decomposition (same result). */
const LATIN_FOLDED: string[] = [];
for (let code = 0xc0; code <= 0x24f; code++) LATIN_FOLDED.push(foldFully(String.fromCharCode(code)));

/** A sentinel: the unit lowers to a character that needs decomposing, so the whole text takes the full path. */
const DECOMPOSE = '\u0000';
/**
 * Per UTF-16 unit, filled in on first sight: its lower case with Latin accents folded, or null when that is the unit
 * itself. Lower-casing goes unit by unit, except for Σ (final sigma), which is Greek and so takes the full path.
 */
const UNIT_FOLD = new Array<string | null | undefined>(0x10000).fill(undefined);
/** Per high surrogate, filled in on first sight: whether a character it starts has a lower case (Deseret, Adlam…). */
const CASED_PLANE = new Array<boolean | undefined>(0x400).fill(undefined);

function unitFold(c: number): string | null {
	const unit = String.fromCharCode(c);
	const lower = unit.toLowerCase();
	let folded = '';
	for (let i = 0; i < lower.length; i++) {
		const l = lower.charCodeAt(i);
		if (needsDecomposing(l)) return DECOMPOSE;
		folded += l >= 0xc0 && l <= 0x24f ? LATIN_FOLDED[l - 0xc0] : lower[i];
	}
	return folded === unit ? null : folded;
}

function casedPlane(high: number): boolean {
	for (let low = 0xdc00; low < 0xe000; low++) {
		const pair = String.fromCharCode(high, low);
		if (pair.toLowerCase() !== pair) return true;
	}
	return false;
}

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Latin-1 units (below U+0100: English and most European text) lowered and folded from a table, one or two bytes
 * each: "Å" → a, "ß" → ss. The units below "A" and between "Z" and "À" stay as they are.
 */
const LATIN1_FIRST = new Uint8Array(0x100);
/** The second byte of a fold to two ("æ" → ae), or 0. */
const LATIN1_SECOND = new Uint8Array(0x100);
for (let c = 0; c < 0x100; c++) {
	const folded = c < 0x41 || (c > 0x5a && c < 0xc0) ? null : unitFold(c);
	LATIN1_FIRST[c] = folded === null ? c : folded.charCodeAt(0);
	LATIN1_SECOND[c] = folded !== null && folded.length > 1 ? folded.charCodeAt(1) : 0;
}

/** How many units `normalise` makes of a Latin-1 unit (below U+0100) alone: two for "ß" or "æ", else one. */
export function latin1FoldedLength(c: number): number {
	return LATIN1_SECOND[c] === 0 ? 1 : 2;
}

/** Texts that fold to at most this many bytes share one buffer; a longer one gets its own, not kept. */
const MAX_SHARED_BYTES = 1 << 18;
let shared = Buffer.allocUnsafe(1024);

function bytesFor(length: number): Buffer {
	if (length <= shared.length) return shared;
	if (length > MAX_SHARED_BYTES) return Buffer.allocUnsafe(length);
	shared = Buffer.allocUnsafe(Math.min(MAX_SHARED_BYTES, Math.max(length, 2 * shared.length)));
	return shared;
}

/** Lower case without accents or diacritics: "Rådgiver" → "radgiver", "Atención" → "atencion", "Straße" → "strasse". */
export function normalise(text: string): string {
	// ASCII: the builtin lower-cases (and hands back a text already in lower case) faster than a loop tells whether it must.
	if (!NON_ASCII.test(text)) return text.toLowerCase();
	// Latin-1 into bytes decoded once, rather than a string per accent: the scan then reads one flat string.
	const n = text.length;
	const bytes = bytesFor(2 * n);
	let k = 0;
	let i = 0;
	for (; i < n; i++) {
		const c = text.charCodeAt(i);
		if (c > 0xff) break;
		bytes[k++] = LATIN1_FIRST[c];
		if (LATIN1_SECOND[c] !== 0) bytes[k++] = LATIN1_SECOND[c];
	}
	const latin1 = bytes.toString('latin1', 0, k);
	return i === n ? latin1 : foldWide(text, i, latin1);
}

/** The rest of a text from its first unit beyond Latin-1 on, after `folded`, the text before it already folded. */
function foldWide(text: string, start: number, folded: string): string {
	// Unit by unit rather than lower-casing the whole text first: emoji and symbols are neither changed nor copied.
	let from = start;
	for (let i = start, n = text.length; i < n; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x41 || (c > 0x5a && c < 0xc0)) continue; // nothing to lower or fold
		let unit = UNIT_FOLD[c];
		if (unit === undefined) unit = UNIT_FOLD[c] = unitFold(c);
		if (unit === DECOMPOSE) return foldFully(text.toLowerCase());
		if (c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
			if (!(CASED_PLANE[c - 0xd800] ??= casedPlane(c))) continue;
			folded += text.slice(from, i) + text.slice(i, i + 2).toLowerCase();
			from = ++i + 1;
			continue;
		}
		if (unit === null) continue;
		folded += text.slice(from, i) + unit;
		from = i + 1;
	}
	return from === 0 ? text : folded + text.slice(from);
}

/** Whether a character code is a capital letter, in ASCII or Latin-1. */
export function isCapital(c: number): boolean {
	return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}
