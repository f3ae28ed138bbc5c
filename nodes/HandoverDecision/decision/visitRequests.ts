/**
 * A person of the company asked now to come to the user, be sent or have their visit booked: "can you | send | an
 * engineer", "could | a technician | come round", "mándenme | un técnico", "preciso que | venha | um técnico", "un
 * réparateur | peut | venir ?", "Bitte | schicken | Sie einen Techniker", "ich will dass | ein Techniker | vorbeikommt",
 * "Send venligst | en tekniker", "Mohon | dikirimkan | teknisi", "naomba | fundi | aje". A verb of `visitVerbs`
 * stands a few words before the person in its clause, or after it when the person is a technician word of
 * `visitQualifiers` or an asker stands right before it ("can | someone | come"; "someone | can come" says too little),
 * and an asker (`contactAskers`, `visitAskers`, an urger) or the verb opening its clause as an imperative asks it now;
 * one of the business's people is asked before the "one" ("can | one of your | engineers come round"), and a verb
 * closing its clause lets its modal open the clause ("könnt ihr mir einen Elektriker vorbeischicken?"). A possessive before the person is the user's
 * own ("my electrician will come"), a perfect or a condition between them ("if the technician comes") and a report
 * before them ask nothing now; a past form ("the technician you sent yesterday") asks nothing without an asker, though
 * English lists "sent" for its passive ("can | a technician | be sent out tomorrow?").
 */
import { askedBetween, spokenOfElsewhere } from './contactRequests';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { groupMemberStart } from './groupMembers';
import { LANGUAGE_CODES } from './packs';
import { wishOpensSentence } from './openingWishes';
import { negatedOrCancelledBefore } from './relativeCalls';
import { hasRoleForm } from './roleTargets';
import type { Hits } from './scratch';
import { type Tokens, UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
const ENGLISH = 1 << LANGUAGE_CODES.indexOf('en');
const ALL_LANGUAGES = (1 << LANGUAGE_CODES.length) - 1;
/** How far after the person its verb may stand: "a technician | could maybe | come", "jemand | heute noch | vorbeikommen". */
const VERB_AFTER = 6;
/** How far before the person a verb closing its clause lets its asker stand: "könnt | ihr mir heute noch einen | Elektriker vorbeischicken?". */
const VERB_LAST_ASKER_BEFORE = 7;
/** How far before the person its verb may stand: "schicken | Sie heute noch einen | Monteur", "send | an | engineer". */
const VERB_BEFORE = 5;
/** How far before the first of verb and person a want or plea may stand: "necesito que | venga", "naomba | mtume". */
const ASKER_BEFORE = 4;
/** How far before a verb put first the user may stand as its subject: "do | I need to | come". */
const SUBJECT_BEFORE = 3;
/** How far a qualifier may stand from a visit noun: "visita | técnica", "kunjungan | teknisi", "Termin für einen | Techniker". */
const QUALIFIER_REACH = 3;
/** How far before a visit noun its booking verb may stand ("agendar | la | visita"), and after it, verb last ("Termin für einen Techniker | vereinbaren"). */
const BOOKING_BEFORE = 4;
const BOOKING_AFTER = 5;
/** How far before a role a possessive of the user's may stand: "min datters | veninde". */
const OWNER_BEFORE = 2;
/** How many words of a day or time may stand between an asker and the person: "Kann | morgen früh | jemand vorbeikommen?". */
const TIMES_BETWEEN = 2;
/** How far after the span an urger or plea may ask it: "fundi aje | leo | tafadhali". */
const URGER_AFTER = 3;

/** Whether the person at start…end is asked, now, to come to the user or be sent. */
export function askedToVisit(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	if (!marks.lists.has(grammar.visitVerbs) && !marks.lists.has(grammar.visitModals)) return false;
	const { id: ids, count } = tokens;
	if (start > 0 && grammar.ownPossessives.hasIn(ids[start - 1], marks.langs)) return false;
	// a verb after its subject only for a technician word, or a subject an asker opens: "someone | can come" and "quantas pessoas |
	// podem mandar" say too little, "can | someone | come", "kann bitte | jemand | vorbeikommen" ask it
	// one of the business's people ("can | one of your | engineers come round", "one of the technicians") is asked from before the "one"
	const subject = groupMemberStart(tokens, grammar, marks, start, true);
	// a "that" opening the sentence asks it of the subject right after it: "qu'un vitrier | vienne", "que quelqu'un | passe"
	const wished = wishOpensSentence(ids, marks, grammar, subject);
	const after = visitVerbAfter(ids, count, marks, grammar, end);
	if (after >= 0 && jussiveAfterOpening(ids, marks, grammar, subject, after)) return true;
	const subjectAsked =
		after >= 0 &&
		(wished || grammar.visitQualifiers.hasIn(ids[end - 1], marks.langs) || askerJustBefore(ids, marks, grammar, subject) || askerOpensVerbLast(ids, count, marks, grammar, subject, after));
	if (subjectAsked && askedNow(ids, count, marks, grammar, wished ? subject : verbLastClauseStart(ids, count, subject, after), after + 1, false)) return true;
	const before = visitVerbBefore(ids, marks, grammar, start);
	return before >= 0 && askedNow(ids, count, marks, grammar, before, end, true);
}

/**
 * Whether an exclusion that ends on a technician word (a repairman wanted for a job: "naomba fundi", "nahitaji fundi wa
 * kujenga nyumba") goes on to ask that person to come ("naomba fundi | aje leo", "nahitaji fundi wenu | aje"): then it
 * gives way, and the person is read as asked to visit.
 */
export function tradeWantedToCome(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, end: number): boolean {
	return grammar.visitQualifiers.hasIn(ids[end - 1], marks.langs) && visitVerbAfter(ids, count, marks, grammar, end) >= 0;
}

/**
 * The first technical visit booked or asked for in the message, as the span of its noun; null when none: "can you
 * book | a service visit", "agendem uma | visita técnica", "pueden agendar | la visita de un técnico", "Bitte um
 * einen | Termin für einen Servicetechniker", "jeg vil gerne bestille | et teknikerbesøg", "tolong jadwalin |
 * kunjungan teknisi", or with no verb after a plea ("Bitte um einen Termin für einen Servicetechniker"). "how much does a
 * technician visit cost?" has no booking verb nor plea; "I booked a visit" no verb of the list.
 */
export function bookedVisit(tokens: Tokens, marks: WordMarks, grammar: Grammar, hits: Hits): { start: number; end: number } | null {
	if (!marks.lists.has(grammar.visits) || !marks.lists.has(grammar.visitQualifiers)) return null;
	const { id: ids, count } = tokens;
	const langs = marks.langs;
	for (let k = 0; k < count; k++) {
		if (!grammar.visits.hasIn(ids[k], langs) || !qualifiedVisit(ids, count, marks, grammar, k)) continue;
		if ((marks.anyCancelled && marks.cancelled[marks.clause[k]] === 1) || (marks.anyCovered && marks.covered[k] !== 0)) continue;
		// no verb: the visit itself is asked for ("Bitte um einen | Termin für einen Servicetechniker", "I need a service visit")
		const verb = bookingNear(ids, count, marks, grammar, k);
		const from = Math.min(verb < 0 ? k : verb, k);
		const to = Math.max(verb, k) + 1;
		if (negatedOrCancelledBefore(hits, from - ASKER_BEFORE, to)) continue;
		if (verb < 0 ? pleaBefore(ids, marks, grammar, k) && !spokenOfElsewhere(ids, marks, grammar, k, to) : askedNow(ids, count, marks, grammar, from, to, verb < k)) return { start: from, end: to };
	}
	return null;
}

/**
 * The first word no pack lists with an agent noun's form (roleTargets.ts) asked now to come to the user, as the span
 * of it and its verb; null when none: "le poseur peut repasser demain ?", "could the electrician come back on friday".
 * The trade is the subject of the visit verb, as a technician word is. A trade sent with the verb first is read only
 * when the packs list it as a person ("¿me pueden mandar al fontanero?", "kan I sende en glarmester?"), never by form:
 * too many things sent look like trades ("envoyez-moi le chargeur"). "le poseur est passé hier" has no verb of the
 * list, "o eletricista vai voltar" no asker.
 */
export function roleAskedToVisit(tokens: Tokens, marks: WordMarks, grammar: Grammar, hits: Hits): { start: number; end: number } | null {
	if (!marks.lists.has(grammar.visitVerbs)) return null;
	const { id: ids, count } = tokens;
	const langs = marks.langs;
	for (let k = 0; k < count; k++) {
		if (ids[k] !== UNKNOWN || !hasRoleForm(tokens, k, langs)) continue;
		if ((marks.anyCancelled && marks.cancelled[marks.clause[k]] === 1) || (marks.anyCovered && marks.covered[k] !== 0)) continue;
		if (ownedRole(ids, marks, grammar, k)) continue;
		const after = visitVerbAfter(ids, count, marks, grammar, k + 1);
		if (after >= 0 && !negatedOrCancelledBefore(hits, k - ASKER_BEFORE, after + 1) && askedNow(ids, count, marks, grammar, k, after + 1, false)) return { start: k, end: after + 1 };
	}
	return null;
}

/**
 * Whether a jussive visit verb follows a person who opens its clause, so the mood itself asks: "fundi wa wifi | aje |
 * nyumbani", "Mtu | aje | anifungulie"; not after a condition or report ("kama fundi aje …" does not open with the person),
 * nor an obligation asked about between them ("je, fundi | lazima | aje kuwasha king'amuzi?").
 */
function jussiveAfterOpening(ids: Int32Array, marks: WordMarks, grammar: Grammar, subject: number, verb: number): boolean {
	if (!marks.lists.has(grammar.visitJussives) || !grammar.visitJussives.hasIn(ids[verb], marks.langs)) return false;
	if (subject > 0 && ids[subject - 1] >= UNKNOWN) return false;
	if (grammar.obligations.anyIn(ids, subject, verb, marks.langs)) return false;
	return !spokenOfElsewhere(ids, marks, grammar, subject, verb + 1);
}

/** Whether a possessive of the user's stands a word or two before the role: "my fitter", "min datters | veninde" (a friend coming along). */
function ownedRole(ids: Int32Array, marks: WordMarks, grammar: Grammar, role: number): boolean {
	for (let k = role - 1; k >= 0 && k >= role - OWNER_BEFORE && ids[k] >= UNKNOWN; k--) if (grammar.ownPossessives.hasIn(ids[k], marks.langs)) return true;
	return false;
}

/** Whether the message has a visit noun, or a visit verb and a word of an agent noun's form, so the frames run with no hit: "agenden una visita técnica" has no person word. */
export function mayBookVisit(tokens: Tokens, grammar: Grammar): boolean {
	const { id: ids, count } = tokens;
	let verb = false;
	for (let k = 0; k < count; k++) {
		if (grammar.visits.has(ids[k])) return true;
		verb ||= grammar.visitVerbs.has(ids[k]);
	}
	// a word's form is read only with a visit verb: most messages have none
	if (!verb) return false;
	for (let k = 0; k < count; k++) if (ids[k] === UNKNOWN && hasRoleForm(tokens, k, ALL_LANGUAGES)) return true;
	return false;
}

/**
 * Whether an asker or urger stands right before the person, or only a day or time of the visit between them: "can |
 * someone", "kann bitte | jemand", "Kann morgen | jemand vorbeikommen?"; not "kan en | person" (whether one may come along).
 */
function askerJustBefore(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number): boolean {
	let k = start - 1;
	while (k >= start - 1 - TIMES_BETWEEN && k > 0 && isVisitTime(ids[k], grammar, marks.langs)) k--;
	if (k < 0 || ids[k] < UNKNOWN) return false;
	if (grammar.contactAskers.hasIn(ids[k], marks.langs) || (marks.anyUrged && marks.urged[k] !== 0)) return true;
	// a want before "that", the person the subject of the wish: "preciso que | alguém | venha aqui", "quiero que | alguien | venga"
	return k > 0 && grammar.complementisers.hasIn(ids[k], marks.langs) && grammar.visitAskers.hasIn(ids[k - 1], marks.langs);
}

/**
 * Whether the visit verb closes its clause and an asker of the addressee opens it, with the user no subject between:
 * the modal of the verb bracket asks whoever stands inside, however many words of time lie before them ("Könnt | ihr
 * bitte nächste Woche wieder | jemanden | vorbeischicken?"); "kann ich jemanden vorbeischicken" is the user's own.
 */
function askerOpensVerbLast(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, subject: number, verb: number): boolean {
	if (verb + 1 < count && ids[verb + 1] >= UNKNOWN) return false;
	const opening = verbLastClauseStart(ids, count, subject, verb);
	if (opening > 0 && ids[opening - 1] >= UNKNOWN) return false;
	const langs = marks.langs;
	if (!grammar.contactAskers.hasIn(ids[opening], langs) && !grammar.visitAskers.hasIn(ids[opening], langs)) return false;
	for (let k = opening + 1; k < subject; k++) if (grammar.firstPersons.hasIn(ids[k], langs)) return false;
	return true;
}

/** A day or time a visit is asked for: "morgen", "jetzt", "Montag". */
function isVisitTime(id: number, grammar: Grammar, langs: number): boolean {
	return grammar.futures.hasIn(id, langs) || grammar.presentNows.hasIn(id, langs) || grammar.aheadDays.hasIn(id, langs);
}

/**
 * Where the asking of a person and its verb after it starts: at the person, or when the verb closes its clause (verb
 * last: "könnt ihr mir heute noch einen Elektriker | vorbeischicken?") at the clause's start a few words before, where
 * its modal stands.
 */
function verbLastClauseStart(ids: Int32Array, count: number, subject: number, verb: number): number {
	if (verb + 1 < count && ids[verb + 1] >= UNKNOWN) return subject;
	let k = subject;
	while (k > 0 && k > subject - VERB_LAST_ASKER_BEFORE && ids[k - 1] >= UNKNOWN) k--;
	return k;
}

/** The visit verb after the person in its clause ("a technician | could | come"); -1 when none, or a perfect, a condition or "and" comes first. */
function visitVerbAfter(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, end: number): number {
	const langs = marks.langs;
	for (let k = end; k < count && k < end + VERB_AFTER; k++) {
		const id = ids[k];
		if (id < UNKNOWN || grammar.perfects.hasIn(id, langs) || grammar.conditionals.hasIn(id, langs) || grammar.conjunctions.hasIn(id, langs)) break;
		// the user as the object after it receives a thing: "admin | kirimin saya | invoice"
		if (grammar.visitVerbs.hasIn(id, langs)) return k + 2 < count && grammar.userObjects.hasIn(ids[k + 1], langs) && ids[k + 2] >= UNKNOWN ? -1 : k;
		// a modal right before a place's preposition stands for coming, the verb left out: "teknisinya | bisa ke | kantor besok?";
		// not after a decline or a perfect, a report ("petugasnya gak bisa ke rumah besok", "teknisinya udah bisa ke sini katanya")
		if (k > end && grammar.visitRecipients.hasIn(id, langs) && grammar.visitModals.hasIn(ids[k - 1], langs) && !reportedModal(ids, marks, grammar, k - 1)) return k;
	}
	return -1;
}

/** Whether a decline or a perfect stands right before the modal at k: "gak | bisa ke rumah", "udah | bisa ke sini". */
function reportedModal(ids: Int32Array, marks: WordMarks, grammar: Grammar, k: number): boolean {
	if (k === 0) return false;
	const id = ids[k - 1];
	return grammar.declines.hasIn(id, marks.langs) || grammar.perfects.hasIn(id, marks.langs);
}

/** The visit verb a few words before the person in its clause ("send | an | engineer"); -1 when none, or the user is its subject. */
export function visitVerbBefore(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number): number {
	const langs = marks.langs;
	for (let k = start - 1; k >= 0 && k >= start - VERB_BEFORE; k--) {
		const id = ids[k];
		// a thing or a recipient's preposition between them sends a thing to the person: "send | the parcel | to another person",
		// "kirim paket | ke | orang lain", "mandar la factura | al | fontanero"; not a marker of the person sent right after the verb ("mandar | al | fontanero")
		if (id <= UNKNOWN || (grammar.visitRecipients.hasIn(id, langs) && !personMarkerAfterVerb(ids, marks, grammar, k))) return -1;
		if (grammar.visitVerbs.hasIn(id, langs)) return userSubject(ids, marks, grammar, k) ? -1 : k;
	}
	return -1;
}

/** Whether the word at k marks the person sent right after a send verb: "mandar | al | fontanero", "manden | a | un cerrajero". */
function personMarkerAfterVerb(ids: Int32Array, marks: WordMarks, grammar: Grammar, k: number): boolean {
	return k > 0 && grammar.visitPersonMarkers.hasIn(ids[k], marks.langs) && grammar.visitVerbs.hasIn(ids[k - 1], marks.langs);
}

/** Whether the user is the subject a few words before the verb: "can | I | send …", "do | I | need to come in person", "kan | jeg | sende …". */
function userSubject(ids: Int32Array, marks: WordMarks, grammar: Grammar, verb: number): boolean {
	const langs = marks.langs;
	// English only in an English message: the Danish "kan | I | sende" is "you", not "I"
	const ownLangs = langs === ENGLISH ? langs : langs & ~ENGLISH;
	for (let k = verb - 1; k >= 0 && k >= verb - SUBJECT_BEFORE && ids[k] >= UNKNOWN; k--) {
		if (grammar.firstPersons.hasIn(ids[k], ownLangs) && !grammar.visitAskers.hasIn(ids[k], langs)) return true;
	}
	return false;
}

/** Whether a qualifier stands next to the visit noun in its clause, or the noun is a technical visit itself ("teknikerbesøg"). */
function qualifiedVisit(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, noun: number): boolean {
	const langs = marks.langs;
	if (grammar.visitQualifiers.hasIn(ids[noun], langs)) return true;
	for (let k = noun - 1; k >= 0 && k >= noun - QUALIFIER_REACH && ids[k] >= UNKNOWN; k--) if (grammar.visitQualifiers.hasIn(ids[k], langs)) return true;
	for (let k = noun + 1; k < count && k <= noun + QUALIFIER_REACH && ids[k] >= UNKNOWN; k++) if (grammar.visitQualifiers.hasIn(ids[k], langs)) return true;
	return false;
}

/** Whether a plea or urger stands a few known words before the visit noun: "Bitte um einen | Termin", "I need a service | visit"; not "nataka kujua | ziara" (wants to know about it). */
function pleaBefore(ids: Int32Array, marks: WordMarks, grammar: Grammar, noun: number): boolean {
	const langs = marks.langs;
	for (let k = noun - 1; k >= 0 && k >= noun - ASKER_BEFORE && ids[k] > UNKNOWN && !grammar.indirectQuestions.hasIn(ids[k], langs); k--) {
		if (grammar.visitAskers.hasIn(ids[k], langs) || grammar.contactAskers.hasIn(ids[k], langs) || (marks.anyUrged && marks.urged[k] !== 0)) return true;
	}
	return false;
}

/** The booking verb a few words before the visit noun, or after it with its qualifier (verb last); -1 when none in its clause. */
function bookingNear(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, noun: number): number {
	const langs = marks.langs;
	for (let k = noun - 1; k >= 0 && k >= noun - BOOKING_BEFORE && ids[k] >= UNKNOWN; k--) if (grammar.visitVerbs.hasIn(ids[k], langs)) return k;
	for (let k = noun + 1; k < count && k <= noun + BOOKING_AFTER && ids[k] >= UNKNOWN; k++) if (grammar.visitVerbs.hasIn(ids[k], langs)) return k;
	return -1;
}

/**
 * Whether the span from…to is asked now: an asker or urger before or in it ("can you send", "bitte schicken"), a want
 * or plea of `visitAskers` a few words before it ("necesito que venga", "naomba mtume") or an urger or plea just after
 * it ("fundi aje leo tafadhali"), its verb first opening its clause as an imperative ("send an engineer out", "tumeni
 * fundi"; not "the technician will come"), or a "that" opening its sentence with no want verb before it, the wish
 * being the user's (openingWishes.ts: "qu'un couvreur vienne, tuiles envolées", "S'il vous plaît, que le technicien
 * revienne demain"; not "il dit que le technicien passe demain"); never after a condition or a report ("if it breaks
 * I'll have someone come", "she said a technician would come").
 */
export function askedNow(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, from: number, to: number, verbFirst: boolean): boolean {
	if (spokenOfElsewhere(ids, marks, grammar, from, to)) return false;
	if ((verbFirst && verbOpensClause(ids, marks, grammar, from)) || askedBetween(ids, marks, grammar, from, to) || wishOpensSentence(ids, marks, grammar, from)) return true;
	const langs = marks.langs;
	for (let k = from - 1; k >= 0 && k >= from - ASKER_BEFORE && ids[k] >= UNKNOWN; k--) if (grammar.visitAskers.hasIn(ids[k], langs)) return true;
	if (grammar.visitAskers.anyIn(ids, from, to, langs)) return true;
	for (let k = to; k < count && k < to + URGER_AFTER && ids[k] >= UNKNOWN; k++) if ((marks.anyUrged && marks.urged[k] !== 0) || grammar.visitAskers.hasIn(ids[k], langs)) return true;
	return false;
}

/**
 * Whether the verb at k opens its clause, as an imperative, or after a "that" opening it, as a jussive subjunctive:
 * "send an engineer", "…, que venha um técnico", "la lavadora sigue rota, que venga el técnico otra vez".
 */
function verbOpensClause(ids: Int32Array, marks: WordMarks, grammar: Grammar, k: number): boolean {
	if (k === 0 || ids[k - 1] < UNKNOWN) return true;
	return grammar.complementisers.hasIn(ids[k - 1], marks.langs) && (k === 1 || ids[k - 2] < UNKNOWN);
}
