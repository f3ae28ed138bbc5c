/**
 * A person asked now to contact the user, as the subject of a contact verb whose object is the user: "could |
 * someone from the boatyard | ring me", "Frau | Krüger soll mich bitte anrufen", "Mohon | Bapak | Hendra menghubungi
 * saya", "kuna | mtu | wa timu anaweza kunicall", "¿Podría llamarnos | alguien | de atención al paciente?". A contact
 * verb of `wishedContacts` stands a few words after the person in its clause (or, put before its subject, just
 * before it), a word of `userObjects` names the user next to that verb or is the verb itself, and a word of
 * `contactAskers` (a modal or a plea) or an urger asks it of the person. A report before it in its sentence passes
 * someone's words on ("the nurse said she could call me"), a condition ("if someone from the depot calls me …") or
 * a perfect ("could someone have called me?") asks nothing now; a thing as the subject ("can the app call me") is no
 * person hit, a past question ("did someone call me?") has no asker, and an article or determiner after the verb
 * and the user sends a thing ("could someone email me a copy"). A written message sent to the user stands for the
 * verb ("could someone | send me a | message", "m'envoyer un | mail"; see writtenContacts.ts). A third person as the
 * object stands for the user when the user writes for someone close ("writing for my mother … telephone her"; see behalfObjects.ts),
 * and so does someone of the user's named as the object ("can someone call my daughter", "ligar pro meu avô"; see relationObjects.ts).
 * The user may also stand just before the person when the words naming where the person works (after `memberLinks`)
 * part the person from the verb ("kann mich | jemand von der Moderation | anrufen", "Könnte mich morgen früh | jemand aus der Verwaltung |
 * kontaktieren"), unless a verb of asking or knowing stands between ("let me know when someone from the kitchen calls").
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { objectForSomeoneClose, thingSentToSomeoneClose, wantedOfPerson } from './behalfObjects';
import { groupMemberStart } from './groupMembers';
import { unsaidUserCalledBack, wishOpensSentence } from './openingWishes';
import { sendsThing } from './possibilities';
import { relationObjectEnd } from './relationObjects';
import { SENTENCE_BOUNDARY as sentence_boundary, type Tokens, UNKNOWN as unknown } from './text';
import { writesBackToUser } from './writeBacks';
import { writtenToUser } from './writtenContacts';
// Read once: an imported const compiles to a property read at every use.
const SENTENCE_BOUNDARY = sentence_boundary;
const UNKNOWN = unknown;
/** How far after the person its contact verb may stand: "Frau | Krüger von der Reitschule soll mich bitte heute | anrufen". */
const VERB_AFTER = 9;
/** How far before the person a contact verb put before its subject may stand: "llamarnos | alguien", "ruft mich | jemand". */
const VERB_BEFORE = 2;
/** How far before its verb the user may stand: "soll | mich bitte heute | anrufen"; after it: "ringe | til mig". */
const USER_BEFORE = 3;
const USER_AFTER = 2;
/** How far after a contact verb the last word of its phrase may stand: "ponga en | contacto". */
const PHRASE_REACH = 2;
/** How far before the person the user may stand: "kann mich | jemand", "Könnte mich morgen früh | jemand". */
const USER_BEFORE_PERSON = 3;
/** How far before the person the asker may stand: "could | someone", "Mohon | Bapak". */
const ASKER_BEFORE = 3;
/** How far before the clause a report makes the request someone else's: "she said | that someone could call me". */
const SPEAKER_REACH = 12;

/**
 * Whether the person at person…end is asked, now, to contact the user. With `relativeOnly`, for a team, only someone
 * of the user's named as the object counts: "can customer service call me" is a talk verb's frame, "Mohon customer
 * service menghubungi ayah saya" is read here.
 */
export function askedToContactUser(tokens: Tokens, marks: WordMarks, grammar: Grammar, person: number, end: number, relativeOnly = false): boolean {
	if (!mayHaveContactVerb(marks, grammar)) return false;
	const { id: ids, count } = tokens;
	const start = groupMemberStart(tokens, grammar, marks, person);
	const verb = contactPhraseEnd(ids, count, marks, grammar, contactVerbNear(ids, count, marks, grammar, start, end));
	if (verb < 0) return false;
	const userFirst = relativeOnly || verb < end || end >= count || !grammar.memberLinks.hasIn(ids[end], marks.langs) ? -1 : userBeforePerson(ids, marks, grammar, start);
	const user = !relativeOnly && (userNear(ids, count, marks, grammar, verb) || writesBackToUser(ids, count, marks, grammar, verb) || userFirst >= 0 || unsaidUserCalledBack(ids, count, marks, grammar, start, verb));
	const own = relativeOnly ? -1 : user ? verb : objectForSomeoneClose(ids, count, marks, grammar, end, verb);
	if (own < 0 ? relationObjectEnd(ids, count, marks, grammar, end, verb) < 0 : user ? sendsThing(ids, count, grammar, marks.langs, own) || articleAfter(ids, count, marks, grammar, own) : thingSentToSomeoneClose(ids, count, marks, grammar, own)) return false;
	const from = userFirst >= 0 ? userFirst : Math.min(verb, start);
	const to = Math.max(verb, end);
	// someone close's want asks it too: "my mum wants | someone to call her", "il voudrait que | son kiné … le rappelle"
	const asked = askedBetween(ids, marks, grammar, from, to) || (user && wishOpensSentence(ids, marks, grammar, from)) || (!user && own >= 0 && wantedOfPerson(ids, marks, grammar, from));
	return asked && !spokenOfElsewhere(ids, marks, grammar, from, to, verb > end && reflexiveBefore(ids, count, marks, grammar, verb - 1) ? verb - 1 : -1);
}

/**
 * Whether the person at person…end is asked by the want of someone close to contact that close person: "my mum
 * wants | someone | to call her", "il voudrait que | son kiné | le rappelle", "Boss wangu anataka | meneja wenu |
 * ampigie". That want is a cancel of its clause (marks.ts), but the person asked for is the user's errand for them,
 * so the cancel does not block it (frames.ts). "my mum wants to talk to a manager" has no such object.
 */
export function errandForSomeoneClose(tokens: Tokens, marks: WordMarks, grammar: Grammar, person: number, end: number): boolean {
	if (!marks.anyCancelled || !wantedOfPerson(tokens.id, marks, grammar, person)) return false;
	const { id: ids, count } = tokens;
	const verb = contactVerbNear(ids, count, marks, grammar, person, end);
	return verb >= end && !userNear(ids, count, marks, grammar, verb) && objectForSomeoneClose(ids, count, marks, grammar, end, verb) >= 0;
}

/** The contact verb, written medium or verb of writing back to the user after the person in its clause, or else a verb just before it; -1 when none, or a perfect comes first. */
function contactVerbNear(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, start: number, end: number): number {
	if (!mayHaveContactVerb(marks, grammar)) return -1;
	const writeBacks = marks.lists.has(grammar.writeBacks);
	const langs = marks.langs;
	for (let k = end; k < count && k < end + VERB_AFTER; k++) {
		const id = ids[k];
		if (id < UNKNOWN || grammar.perfects.hasIn(id, langs) || (grammar.conditionals.hasIn(id, langs) && !reflexiveBefore(ids, count, marks, grammar, k))) break;
		if (grammar.wishedContacts.hasIn(id, langs) || writtenToUser(ids, marks, grammar, k) || (writeBacks && writesBackToUser(ids, count, marks, grammar, k))) return k;
	}
	for (let k = start - 1; k >= 0 && k >= start - VERB_BEFORE; k--) {
		const id = ids[k];
		if (id < UNKNOWN) return -1;
		if (grammar.wishedContacts.hasIn(id, langs) || (writeBacks && writesBackToUser(ids, count, marks, grammar, k))) return k;
	}
	return -1;
}

/** Whether the message has a word contactVerbNear can find: a contact verb, a written medium or a verb of writing back. */
function mayHaveContactVerb(marks: WordMarks, grammar: Grammar): boolean {
	const { lists } = marks;
	return lists.has(grammar.wishedContacts) || lists.has(grammar.contactMedia) || lists.has(grammar.writeBacks);
}

/** The last contact word of the phrase the verb at `verb` opens: "se ponga en | contacto | conmigo", "se mettre en | contact | avec moi". */
function contactPhraseEnd(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, verb: number): number {
	if (verb < 0) return verb;
	for (let k = verb + PHRASE_REACH; k > verb; k--) if (k < count && grammar.wishedContacts.hasIn(ids[k], marks.langs) && noBoundaryBetween(ids, verb, k)) return k;
	return verb;
}

function noBoundaryBetween(ids: Int32Array, from: number, to: number): boolean {
	for (let k = from + 1; k < to; k++) if (ids[k] < UNKNOWN) return false;
	return true;
}

/** Whether the conditional at `k` is a reflexive pronoun, right before a contact verb: "alguien de cocina | se | ponga en contacto conmigo" (Portuguese "se" is "if"). */
function reflexiveBefore(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, k: number): boolean {
	return k >= 0 && k + 1 < count && grammar.conditionals.hasIn(ids[k], marks.langs) && grammar.wishedContacts.hasIn(ids[k + 1], marks.langs);
}

/** Whether the user is the verb's object: a word of `userObjects` next to it in its clause, or the verb itself. */
export function userNear(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, verb: number): boolean {
	const langs = marks.langs;
	if (grammar.userObjects.hasIn(ids[verb], langs)) return true;
	for (let k = verb - 1; k >= 0 && k >= verb - USER_BEFORE && ids[k] >= UNKNOWN; k--) if (grammar.userObjects.hasIn(ids[k], langs)) return true;
	for (let k = verb + 1; k < count && k <= verb + USER_AFTER && ids[k] >= UNKNOWN; k++) if (grammar.userObjects.hasIn(ids[k], langs)) return true;
	return false;
}

/** Where a word of `userObjects` stands a few words before the person in its clause, with no verb of asking or knowing after it; or -1: "kann | mich | jemand …". */
function userBeforePerson(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number): number {
	const langs = marks.langs;
	for (let k = start - 1; k >= 0 && k >= start - USER_BEFORE_PERSON && ids[k] >= UNKNOWN; k--) {
		if (grammar.indirectQuestions.hasIn(ids[k], langs)) return -1;
		if (grammar.userObjects.hasIn(ids[k], langs)) return k;
	}
	return -1;
}

/** Whether an asker or an urger stands a few words before the person and verb, or between them, in their clause. */
export function askedBetween(ids: Int32Array, marks: WordMarks, grammar: Grammar, from: number, to: number): boolean {
	const langs = marks.langs;
	let first = from;
	while (first > 0 && first > from - ASKER_BEFORE && ids[first - 1] >= UNKNOWN) first--;
	for (let k = first; k < to; k++) {
		if (grammar.contactAskers.hasIn(ids[k], langs) || (marks.anyUrged && marks.urged[k] !== 0)) return true;
	}
	return false;
}

/** Whether a condition stands in the clause of the person and verb (but at `reflexive`), or a report before them in their sentence. */
export function spokenOfElsewhere(ids: Int32Array, marks: WordMarks, grammar: Grammar, from: number, to: number, reflexive = -1): boolean {
	const langs = marks.langs;
	let inClause = true;
	for (let k = from - 1; k >= 0 && k >= from - SPEAKER_REACH && ids[k] !== SENTENCE_BOUNDARY; k--) {
		const id = ids[k];
		if (id < UNKNOWN) inClause = false;
		else if (grammar.reports.hasIn(id, langs) || (inClause && grammar.conditionals.hasIn(id, langs))) return true;
	}
	for (let k = from; k < to; k++) if ((k !== reflexive && grammar.conditionals.hasIn(ids[k], langs)) || grammar.reports.hasIn(ids[k], langs)) return true;
	return false;
}

/** Whether an indefinite article follows the verb and its object (from `verb`, or a pronoun object after it): "email me | a | copy" sends a thing. */
function articleAfter(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, verb: number): boolean {
	for (let k = verb + 1; k < count && k <= verb + USER_AFTER; k++) if (grammar.indefiniteArticles.hasIn(ids[k], marks.langs)) return true;
	return false;
}
