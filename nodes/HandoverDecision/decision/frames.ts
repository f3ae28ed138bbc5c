/**
 * The grammar that turns phrase hits into a decision. A clause (text between commas or sentence ends) asks for a
 * person when it holds a request frame:
 * - a talk verb and a target: "put me through to | sales", "speak with | your manager", "a word with | Maria";
 * - a want verb and a target: "I need | a real person", "quiero | un agente";
 * - a reach verb and a person: "get in touch with | a person" (with a department, "contact | support", ambiguous);
 * - a target the clause ends by talking to: "is there anybody | I could talk to";
 * - one of the pack's fixed requests ("get me a human") or a refusal of the bot ("I don't like talking to machines").
 * - a target urged on: "customer service please", "Kundenservice bitte", "help desk for me".
 * A department alone ("customer service?") is ambiguous. A cancel frame (a question about a feature, building a
 * bot) or an identity question ("are you a real person?") in the clause cancels both; a negation as before.
 */
import { COMMA_BOUNDARY, SENTENCE_BOUNDARY } from './text';

export const REQUEST = 0;
export const EXCLUSION = 1;
export const NEGATION = 2;
export const WIDE_NEGATION = 3;
export const NEGATION_AFTER = 4;
export const BREAKER = 5;
export const BOT = 6;
export const ANTI_BOT = 7;
export const FRUSTRATION = 8;
export const TALK = 9;
export const REACH = 10;
export const PERSON = 11;
export const DEPARTMENT = 12;
export const CANCEL = 13;
export const IDENTITY = 14;
export const WANT = 15;
export const URGE = 16;

/** How many words may stand between a negation and the request it cancels ("don't [really] need [to talk to] an agent"). */
const NEGATION_REACH = 5;
/** Refusals of the bot reach less far: "no [more] bot", but not "no idea whether you are a bot". */
const ANTI_BOT_REACH = 3;
/** "an agent [is] not necessary". */
const NEGATION_AFTER_REACH = 2;
/** Filler words between a verb and its target: "talk to [one of your] staff". */
const FILLER_REACH = 4;
/** "anybody [I could] talk to", "jemanden[, mit dem ich] reden [kann]". */
const TARGET_BEFORE_REACH = 6;
const AFTER_VERB_REACH = 3;

export interface Entry {
	kind: number;
	langs: number;
	/** For REQUEST entries of words that are also verbs ("does it support X?"): how to tell (see matcher.ts). */
	verbSense: unknown;
}

export interface Hit {
	start: number;
	end: number;
	entry: Entry;
}

export interface Span {
	start: number;
	end: number;
	langs: number;
}

export interface Found {
	request: Span | null;
	offer: Span | null;
	frustration: Hit | null;
	identityQuestion: boolean;
}

/** What the evaluation needs to know about the words of the message. */
export interface Words {
	ids: Int32Array;
	count: number;
	isFiller(id: number): boolean;
	/** Whether token k could be a name: a word the grammar does not know, of a few letters. */
	isName(k: number): boolean;
	/** Whether a REQUEST word that is also a verb is used as a verb at `start` ("does it support X?"). */
	usedAsVerb(entry: Entry, start: number): boolean;
}

function longer(candidate: Span, best: Span | null): boolean {
	return best === null || candidate.end - candidate.start > best.end - best.start;
}

/** Per-word scratch arrays, reused from call to call (analysis runs one message at a time). */
let clause = new Int32Array(64);
let targetEnd = new Int32Array(64);
let targetKind = new Int8Array(64);
let cancelled = new Uint8Array(64);

function prepare(ids: Int32Array, count: number) {
	if (clause.length < count) {
		clause = new Int32Array(count * 2);
		targetEnd = new Int32Array(count * 2);
		targetKind = new Int8Array(count * 2);
		cancelled = new Uint8Array(count * 2);
	}
	let index = 0;
	for (let k = 0; k < count; k++) {
		if (ids[k] === SENTENCE_BOUNDARY || ids[k] === COMMA_BOUNDARY) index++;
		clause[k] = index;
	}
	targetEnd.fill(0, 0, count);
	targetKind.fill(0, 0, count);
	cancelled.fill(0, 0, index + 1);
}

function isBoundary(id: number): boolean {
	return id === SENTENCE_BOUNDARY || id === COMMA_BOUNDARY;
}

/** Turns the raw hits into at most one request, one offer and one frustration phrase. Hits come ordered by start. */
export function evaluate(words: Words, hits: Hit[]): Found {
	const { ids, count } = words;
	prepare(ids, count);
	let identityQuestion = false;
	let covered: Uint8Array | null = null;
	let breaks: Uint8Array | null = null;
	let negatedFromAfter: Uint8Array | null = null;
	let urged: Uint8Array | null = null;
	for (const hit of hits) {
		const kind = hit.entry.kind;
		if (kind === EXCLUSION) (covered ??= new Uint8Array(count)).fill(1, hit.start, hit.end);
		else if (kind === BREAKER) (breaks ??= new Uint8Array(count))[hit.start] = 1;
		else if (kind === NEGATION_AFTER) (negatedFromAfter ??= new Uint8Array(count))[hit.start] = 1;
		else if (kind === CANCEL) cancelled[clause[hit.start]] = 1;
		else if (kind === URGE) (urged ??= new Uint8Array(count))[hit.start] = 1;
		else if (kind === IDENTITY) {
			cancelled[clause[hit.start]] = 1;
			identityQuestion = true;
		} else if ((kind === PERSON || kind === DEPARTMENT) && hit.end > targetEnd[hit.start]) {
			targetEnd[hit.start] = hit.end;
			targetKind[hit.start] = kind;
		}
	}
	const blocked = (span: Span, cue: Hit | null) =>
		cancelled[clause[span.start]] === 1 ||
		cancelled[clause[span.end - 1]] === 1 ||
		overlaps(covered, span) ||
		reaches(ids, cue, span.start, NEGATION_REACH, breaks) ||
		negatedAfter(ids, count, span.end, negatedFromAfter);
	/** The pack's fixed phrases and the user's own win over frames, so matchedPhrase stays what the user wrote. */
	let fixed: Span | null = null;
	let request: Span | null = null;
	/** A refusal of the bot counts only when nothing else asks: "I don't need the bot, get me an agent" → "agent". */
	let refusal: Span | null = null;
	let offer: Span | null = null;
	let frustration: Hit | null = null;
	let negation: Hit | null = null;
	let antiBot: Hit | null = null;
	for (const hit of hits) {
		const { kind, langs } = hit.entry;
		if (kind === NEGATION || kind === WIDE_NEGATION) negation = hit;
		else if (kind === ANTI_BOT) antiBot = hit;
		else if (kind === FRUSTRATION) {
			if (frustration === null && !overlaps(covered, hit)) frustration = hit;
		} else if (kind === REQUEST) {
			const span = { start: hit.start, end: hit.end, langs };
			if (!blocked(span, negation) && longer(span, fixed)) fixed = span;
		} else if (kind === WANT) {
			const target = targetAfter(words, hit.end, targetEnd);
			const span = { start: hit.start, end: target >= 0 ? targetEnd[target] : hit.end, langs };
			if (target >= 0 && !blocked(span, negation) && longer(span, request)) request = span;
		} else if (kind === TALK || kind === REACH) {
			const target = targetAfter(words, hit.end, targetEnd);
			let end = -1;
			let explicit = false;
			if (target >= 0) {
				end = targetEnd[target];
				explicit = kind === TALK || targetKind[target] === PERSON;
			} else if (kind === TALK && hit.end < count && words.isName(hit.end)) {
				end = hit.end + 1;
				explicit = true;
			} else {
				const before = targetBefore(ids, count, hit, targetEnd);
				if (before >= 0) {
					const span = { start: before, end: hit.end, langs };
					if (!blocked(span, negation)) {
						if (kind === TALK || targetKind[before] === PERSON) request = longer(span, request) ? span : request;
						else offer ??= span;
					}
				}
				continue;
			}
			const span = { start: hit.start, end, langs };
			if (blocked(span, negation)) continue;
			if (explicit) request = longer(span, request) ? span : request;
			else offer ??= span;
		} else if (kind === DEPARTMENT || kind === PERSON) {
			// "customer service please", "le service client, vite !"
			const urge = ids[hit.end] === COMMA_BOUNDARY ? hit.end + 1 : hit.end;
			const isUrged = urged !== null && urge < count && urged[urge] === 1;
			const span = { start: hit.start, end: hit.end, langs };
			if ((!isUrged && kind === PERSON) || blocked(span, negation)) continue;
			if (isUrged) request = longer(span, request) ? span : request;
			else offer ??= span;
		} else if (kind === BOT) {
			// Refusing the bot ("I don't want a bot", "not a robot") is asking for a person.
			if (overlaps(covered, hit) || cancelled[clause[hit.start]] === 1) continue;
			const cue = refuses(ids, negation, hit.start, NEGATION_REACH, breaks) && clause[negation?.start ?? 0] === clause[hit.start]
				? negation
				: refuses(ids, antiBot, hit.start, ANTI_BOT_REACH, breaks)
					? antiBot
					: null;
			if (cue === null) continue;
			refusal ??= { start: cue.start, end: hit.end, langs };
		}
	}
	request = fixed ?? request ?? refusal;
	return { request, offer: request === null ? offer : null, frustration, identityQuestion };
}

/** The first target after a verb, past at most a few filler words, in the same clause; or -1. */
function targetAfter(words: Words, from: number, targetEnd: Int32Array): number {
	for (let k = from; k < words.count && k <= from + FILLER_REACH; k++) {
		if (targetEnd[k] > 0) return k;
		const id = words.ids[k];
		if (isBoundary(id) || !words.isFiller(id)) return -1;
	}
	return -1;
}

/** A target before a verb that (nearly) ends its clause: "anybody I could talk to", "hay alguien con quien pueda hablar". */
function targetBefore(ids: Int32Array, count: number, verb: Hit, targetEnd: Int32Array): number {
	let after = 0;
	for (let k = verb.end; k < count && !isBoundary(ids[k]); k++) if (++after > AFTER_VERB_REACH) return -1;
	let commas = 0;
	for (let k = verb.start - 1; k >= 0 && k >= verb.start - TARGET_BEFORE_REACH; k--) {
		if (ids[k] === SENTENCE_BOUNDARY) return -1;
		if (ids[k] === COMMA_BOUNDARY && ++commas > 1) return -1;
		if (targetEnd[k] > 0 && targetEnd[k] <= verb.start) return k;
	}
	return -1;
}

function overlaps(covered: Uint8Array | null, span: { start: number; end: number }): boolean {
	if (covered === null) return false;
	for (let k = span.start; k < span.end; k++) if (covered[k] === 1) return true;
	return false;
}

/** Whether a cue reaches forward to the word at `start`: same sentence, close enough, nothing in between ending it. */
function reaches(ids: Int32Array, cue: Hit | null, start: number, reach: number, breaks: Uint8Array | null): boolean {
	if (cue === null || cue.start >= start || start - cue.end > reach) return false;
	for (let k = cue.end; k < start; k++) {
		const id = ids[k];
		if (id === SENTENCE_BOUNDARY) return false;
		if (id === COMMA_BOUNDARY && cue.entry.kind !== WIDE_NEGATION) return false;
		if (breaks !== null && breaks[k] === 1) return false;
	}
	return true;
}

/** A refusal must come before the bot word it refuses, not contain it ("je n'ai pas" is no refusal of an "ai"). */
function refuses(ids: Int32Array, cue: Hit | null, start: number, reach: number, breaks: Uint8Array | null): boolean {
	return cue !== null && cue.end <= start && reaches(ids, cue, start, reach, breaks);
}

function negatedAfter(ids: Int32Array, count: number, end: number, negatedFromAfter: Uint8Array | null): boolean {
	if (negatedFromAfter === null) return false;
	for (let k = end; k < count && k <= end + NEGATION_AFTER_REACH; k++) {
		if (isBoundary(ids[k])) return false;
		if (negatedFromAfter[k] === 1) return true;
	}
	return false;
}
