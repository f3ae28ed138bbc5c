/**
 * A request whose subject is someone close to the user: "my wife wants to talk to a manager but I just need the
 * invoice", "Mi marido dice que quiere … hablar con alguien", "dada yangu alisema anataka kuongea na meneja". The
 * clause opens with the user's possessive and a noun ("my sister", "mi suegro"; "kakak saya", "rafiki yangu" where the
 * possessive follows it): the want is that person's. It is theirs, not the user's, when a report word stands between
 * them (their words are passed on) or when a contrast with the user as its subject follows ("but I only…", "tapi saya
 * cuma…"). The user speaking in the clause keeps the request ("my sister and I want…"), and so does one with no
 * report or contrast: "my father needs to talk to a pharmacist, can you connect me?" asks for him.
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { type Tokens, UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;

/** How far after the request its contrast may stand: "… to a manager about her card, | but I …". */
const CONTRAST_REACH = 12;
/** How far after the contrast the user may stand as its subject: "but | I", "mais | moi je", "lakini | mimi". */
const USER_AFTER_CONTRAST = 3;

/** Whether the request at word `start` is the want of someone close to the user, reported or set against the user's own. */
export function requestOfSomeoneClose(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number): boolean {
	const ids = tokens.id;
	const { langs } = marks;
	const first = marks.clauseStart[marks.clause[start]] + 1;
	const subjectEnd = closeSubjectEnd(ids, marks, grammar, first, start);
	if (subjectEnd < 0) return false;
	let reported = false;
	for (let k = subjectEnd; k < start; k++) {
		if (grammar.firstPersons.hasIn(ids[k], langs) || (marks.anyUrged && marks.urged[k] !== 0)) return false;
		if (grammar.reports.hasIn(ids[k], langs)) reported = true;
	}
	return reported || userContrastAfter(ids, tokens.count, marks, grammar, start);
}

/** Whether the clause of the request at word `start` opens with someone close to the user as its subject: "ibu saya mau…", "my wife wants…". */
export function opensWithSomeoneClose(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number): boolean {
	return closeSubjectEnd(ids, marks, grammar, marks.clauseStart[marks.clause[start]] + 1, start) >= 0;
}

/**
 * Whether the clause whose first word is `first` opens with someone close to the user before word `end`: "adik saya |
 * minta ditelepon…". For a reader that knows the clause's bounds, whatever clause follows it.
 */
export function clauseOpensWithSomeoneClose(ids: Int32Array, marks: WordMarks, grammar: Grammar, first: number, end: number): boolean {
	return closeSubjectEnd(ids, marks, grammar, first, end) >= 0;
}

/** Where the clause's opening "possessive noun" (or "noun possessive") ends, at most one word into the clause; or -1. */
function closeSubjectEnd(ids: Int32Array, marks: WordMarks, grammar: Grammar, first: number, start: number): number {
	const { langs } = marks;
	for (let p = first; p <= first + 1 && p + 1 < start; p++) {
		if (grammar.ownPossessives.hasIn(ids[p], langs) && isCloseNoun(ids, marks, grammar, p + 1)) return p + 2;
	}
	if (first + 2 < start && grammar.ownPossessivesAfter.hasIn(ids[first + 1], langs) && isCloseNoun(ids, marks, grammar, first)) return first + 2;
	return -1;
}

/** Whether word k can be the person the possessive belongs to: a plain word, no boundary, no person asked for, no urging, no "I". */
export function isCloseNoun(ids: Int32Array, marks: WordMarks, grammar: Grammar, k: number): boolean {
	const id = ids[k];
	if (id < UNKNOWN || marks.targetEnd[k] > 0 || (marks.anyUrged && marks.urged[k] !== 0)) return false;
	return !(grammar.firstPersons.hasIn(id, marks.langs) || grammar.imperatives.hasIn(id, marks.langs));
}

/** Whether a contrast follows the request within reach, with the user as its subject right after it. */
function userContrastAfter(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, start: number): boolean {
	const { langs } = marks;
	const last = Math.min(count, start + CONTRAST_REACH);
	for (let k = start + 1; k < last; k++) {
		if (!grammar.contrasts.hasIn(ids[k], langs)) continue;
		for (let u = k + 1; u < count && u <= k + USER_AFTER_CONTRAST; u++) if (grammar.firstPersons.hasIn(ids[u], langs)) return true;
		return false;
	}
	return false;
}
