/** Word-level checks the frames (frames.ts) make: a name's capital, an urger's language, a target before its verb. */
import type { Grammar } from './grammar';
import type { WordSet } from './wordSets';
import type { WordMarks } from './marks';
import { SUBJECT_OPENING, type NameReader } from './names';
import type { Tokens } from './text';
import { isCapital } from './characters';
import { LANGUAGE_CODES } from './packs/types';
import { partnerBeforeVerb } from './conversationPartners';
import { existentialPartner } from './existentialRequests';
import { LOOKALIKES, personBeforeVerb, roleSubjectBefore } from './roleTargets';
import { teamBeforeVerb } from './teamTargets';
import { relativeClauseAfter } from './relativeClauses';
import { contactOfNobody } from './nobodyContacts';
import { COMMA_BOUNDARY as comma_boundary, SENTENCE_BOUNDARY as sentence_boundary, UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const COMMA_BOUNDARY = comma_boundary;
const SENTENCE_BOUNDARY = sentence_boundary;
const UNKNOWN = unknown;
const ENGLISH = 1 << LANGUAGE_CODES.indexOf('en');
/** "anybody [I could] talk to", "jemanden[, mit dem ich] reden [kann]". */
const TARGET_BEFORE_REACH = 6;
/** Further back when a topic opens right after the target: "mit einem Berater [wegen dem Preis für den Tarif] sprechen". */
const TOPIC_BEFORE_REACH = 12;
const AFTER_VERB_REACH = 3;
/** The longest sentence of urgers after a target that is its own sentence: "ASESOR. | POR FAVOR.", "MTU. | SASA HIVI." */
const URGER_SENTENCE_WORDS = 2;

/** Whether word k is a number (it starts with a digit): part of a phone number, a date, an amount. */
export function isNumber(tokens: Tokens, k: number): boolean {
	const c = tokens.text.charCodeAt(tokens.start[k]);
	return c >= 48 && c <= 57;
}

function isSmall(c: number): boolean {
	return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/** Where `original` has capital and small letters: capitals only where sentences start (and the word "I"), or elsewhere too. */
export const SENTENCE_CAPITALS = 1;
export const CAPITALS = 2;

/** SENTENCE_CAPITALS or CAPITALS when `original` has capital and small letters, else 0. Letters beyond Latin-1 count as neither. */
export function writtenInBothCases(original: string): number {
	let capitals = false;
	let elsewhere = false;
	let small = false;
	let sentenceStart = true;
	for (let i = 0; i < original.length; i++) {
		const c = original.charCodeAt(i);
		if (isCapital(c)) {
			capitals = true;
			if (!sentenceStart && !(c === 73 && !isLetter(original.charCodeAt(i - 1)) && !isLetter(original.charCodeAt(i + 1)))) elsewhere = true;
			sentenceStart = false;
		} else if (isSmall(c)) {
			small = true;
			sentenceStart = false;
		} else if (c === 46 || c === 33 || c === 63 || c === 10 || c === 0xbf || c === 0xa1) sentenceStart = true; // . ! ? newline ¿ ¡
		if (elsewhere && small) return CAPITALS;
	}
	return capitals && small ? SENTENCE_CAPITALS : 0;
}

function isLetter(c: number): boolean {
	return isCapital(c) || isSmall(c);
}

/** Whether an urger speaks to a target: of one language ("Mensch ja" is no Portuguese "já"), or either is English. */
export function sameLanguage(urger: number, target: number): boolean {
	return urger !== 0 && ((urger & target) !== 0 || ((urger | target) & ENGLISH) !== 0);
}

/**
 * A target before a verb that (nearly) ends its clause: "anybody I could talk to", "hay alguien con quien pueda hablar";
 * further back with a topic word just after it. Numbers after the verb are not words: "que el gerente me llame al
 * 55 1234 5678", "customer service menghubungi saya di 0812 3456 7890". A word of `notAlone` alone before a comma at
 * its sentence's start addresses the reader, and is none: "pak, | ada stok?", "mbak, | ada diskon?". With `names`, for a
 * verb whose last word is a callback's, else a name or a role read by its form opening the clause: "could Priya in
 * accounts | email me back", "Kan vagtlederen | ringe tilbage?", then
 * however long the topic after the verb. A target whose contact is nobody's is none (nobodyContacts.ts).
 */
export function targetBefore(
	tokens: Tokens, verbStart: number, verbEnd: number, targetEnd: Int32Array, topics: WordSet, notAlone: WordSet, names: NameReader | null, callbacks: WordSet, marks: WordMarks, grammar: Grammar,
): number {
	const { id: ids, count } = tokens;
	const callback = names !== null && callbacks.has(ids[verbEnd - 1]);
	let after = 0;
	const describedAfter = names !== null && relativeClauseAfter(ids, count, grammar, marks, verbStart, verbEnd);
	// a topic word right after a one-word verb ending its target's clause opens what the talk is about, however long:
	// "mit nem Berater chatten | wegen der Ratenzahlung fürs E-Bike"
	const aboutAfter = verbEnd - verbStart === 1 && verbEnd < count && topics.has(ids[verbEnd]);
	let topicAfter = false;
	const contactsUser = contactsTheUser(ids, marks, grammar, verbStart, verbEnd);
	for (let k = verbEnd; k < count && ids[k] >= UNKNOWN && !describedAfter && !aboutAfter; k++) {
		if (isNumber(tokens, k)) continue;
		// an "and" this close after a contact with the user opens a second thing the caller is asked to do, no topic:
		// "jeg beder om at en leder ringer mig op | og giver et klart svar"
		if (contactsUser && after < AFTER_VERB_REACH && grammar.conjunctions.hasIn(ids[k], marks.langs)) break;
		if (++after <= AFTER_VERB_REACH) continue;
		// a named person calling the user back is asked to, whatever the call is about: "could Priya email me back | tomorrow about the invoice"
		if (callback) {
			const subject = callbackSubject(tokens, names, marks.langs, verbStart);
			return subject >= 0 ? subject : listedSubjectBefore(names, targetEnd, verbStart);
		}
		topicAfter = true;
		break;
	}
	const target = targetInClauseBefore(tokens, verbStart, targetEnd, topics, notAlone, marks, grammar, topicAfter);
	if (target >= 0 && contactOfNobody(tokens, marks, grammar, target)) return -1; // "es muss mich kein Mitarbeiter | anrufen"
	if (topicAfter) return target;
	// a talk verb (`names` given) of one word ending the clause may follow a person no pack lists: "mit der Seelsorgerin | sprechen", "mit Lena | sprechen"
	if (target < 0 && names !== null && verbEnd - verbStart === 1) {
		const person = personBeforeVerb(tokens, names, marks.langs, grammar.infinitives, verbStart);
		if (person >= 0) return person;
		const partner = partnerBeforeVerb(tokens, grammar, names, marks, LOOKALIKES, verbStart);
		if (partner >= 0) return partner;
		const team = teamBeforeVerb(tokens, grammar, marks, verbStart);
		if (team >= 0) return team;
	}
	return target < 0 && callback ? callbackSubject(tokens, names, marks.langs, verbStart) : target;
}

/** A name or a role no pack lists opening the clause a callback at `verbStart` ends, so its subject; or -1. */
function callbackSubject(tokens: Tokens, names: NameReader, langs: number, verbStart: number): number {
	const name = names.subjectBefore(verbStart);
	return name >= 0 ? name : roleSubjectBefore(tokens, names, langs, verbStart);
}

/**
 * A target a pack lists among the first words of the clause a callback at `verbStart` ends, at most one word before
 * the verb ("kan rådgiveren (lige) ringe tilbage så vi kan finde ud af det"), so its subject, as a name is; or -1. Not
 * one further back: "en person der bliver ved med at skrive til mig" describes the person.
 */
function listedSubjectBefore(names: NameReader, targetEnd: Int32Array, verbStart: number): number {
	const clauseStart = names.callbackClauseStart(verbStart);
	if (clauseStart < 0) return -1;
	for (let k = clauseStart; k < verbStart && k < clauseStart + SUBJECT_OPENING; k++) if (targetEnd[k] > 0 && targetEnd[k] <= verbStart && targetEnd[k] >= verbStart - 1) return k;
	return -1;
}

/** Whether the verb at start…end has the user as its object: "ringer mig op", "calls me back". */
function contactsTheUser(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	for (let k = start + 1; k < end; k++) if (grammar.userObjects.hasIn(ids[k], marks.langs)) return true;
	return false;
}

/**
 * With `topicAfter` (more words follow the verb than a target before it allows), only a person asked to exist as the
 * one the user talks with (existentialRequests.ts), who may also stand further back.
 */
function targetInClauseBefore(
	tokens: Tokens, verbStart: number, targetEnd: Int32Array, topics: WordSet, notAlone: WordSet, marks: WordMarks, grammar: Grammar, topicAfter: boolean,
): number {
	const ids = tokens.id;
	let commas = 0;
	for (let k = verbStart - 1; k >= 0 && k >= verbStart - TOPIC_BEFORE_REACH; k--) {
		if (ids[k] === SENTENCE_BOUNDARY) return -1;
		if (ids[k] === COMMA_BOUNDARY && (++commas > 1 || k < verbStart - TARGET_BEFORE_REACH)) return -1;
		if (targetEnd[k] > 0 && targetEnd[k] <= verbStart) {
			if (isAddress(ids, k, targetEnd[k], notAlone)) return -1;
			if (!topicAfter && k >= verbStart - TARGET_BEFORE_REACH) return k;
			const next = targetEnd[k];
			if (!topicAfter && next < verbStart && topics.has(ids[next])) return k;
			if (existentialPartner(tokens, marks, grammar, k, verbStart)) return k;
		}
	}
	return -1;
}

function isAddress(ids: Int32Array, start: number, end: number, notAlone: WordSet): boolean {
	return end === start + 1 && ids[end] === COMMA_BOUNDARY && (start === 0 || ids[start - 1] === SENTENCE_BOUNDARY) && notAlone.has(ids[start]);
}

/**
 * Whether words start..end (after at most one filler: "un | asesor.") are their whole sentence and the next one is
 * at most a few words, so an urger opening it urges the target: "MITARBEITER. SOFORT.", not "Admin. Sekarang saya…".
 */
export function wholeSentenceBeforeShort(ids: Int32Array, count: number, start: number, end: number, fillers: WordSet): boolean {
	const first = start > 0 && fillers.has(ids[start - 1]) ? start - 1 : start;
	if (first > 0 && ids[first - 1] !== SENTENCE_BOUNDARY) return false;
	for (let k = end + 1; k < count && ids[k] >= UNKNOWN; k++) if (k - end > URGER_SENTENCE_WORDS) return false;
	return true;
}

const LETTER_S = 115;

/** Whether word k is the "s" of an English possessive, which the scan splits off its noun: "manager | 's". */
export function isPossessiveS(tokens: Tokens, k: number): boolean {
	return tokens.id[k] >= UNKNOWN && tokens.end[k] - tokens.start[k] === 1 && tokens.text.charCodeAt(tokens.start[k]) === LETTER_S;
}

/**
 * Whether a contact detail follows a target ending at `to`: right after a department ("the school office | phone
 * number"), after a possessive "s" for a person too ("the manager's | email"; "I need someone | email me" asks).
 */
export function detailAfter(tokens: Tokens, details: WordSet, to: number, person: boolean): boolean {
	const { id: ids, count } = tokens;
	let k = to;
	if (k + 1 < count && isPossessiveS(tokens, k)) k++; // "manager | 's"
	else if (person) return false;
	return k < count && details.has(ids[k]);
}
