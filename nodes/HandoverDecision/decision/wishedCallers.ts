/**
 * A want or request verb whose object is a clause of its own in which someone contacts the user: "I'd like | Anneke
 * Visser to | call me", "gostaria que | a Fernanda do time de parcerias | me ligasse", "Je souhaite qu' | un
 * technicien | me téléphone", "Jeg vil gerne have at | en bedemand | ringer mig op", "solicito que | um funcionário
 * da biblioteca | entre em contacto comigo". The person is whoever the subject names (a name, a role no pack lists,
 * "someone from sales"): the wish asks them, now, to call the user. Read when the want verb finds no target right
 * after it (frames.ts, which also applies negations and past reports to it). The subject is not the user ("quero que
 * eu ligue"), a machine ("que o sistema automático me ligue") nor nobody; no report, perfect, condition or "whether"
 * stands in the clause ("I'd like to know why nobody called me", "ich möchte wissen, warum mich niemand
 * zurückgerufen hat"), no relative makes the contact someone else's ("I want the man who called me …"), and a
 * determiner or a machine word after the verb sends a thing or names a machine ("I'd like Anneke to email me the
 * invoice", "the app to call me automatically"). A verb of writing back stands for the contact verb ("preciso que
 * alguém da moderação me responda", "que alguien del soporte me escriba"; writeBacks.ts). An appositive between commas
 * in the subject is read past: "je veux que l'entraîneur, Karim, me rappelle".
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { COMMA_BOUNDARY as comma_boundary, UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
const COMMA_BOUNDARY = comma_boundary;
/** How many words the subject and the words around the verb may take: "a Fernanda do time de parcerias me | ligasse". */
const SUBJECT_REACH = 9;
/**
 * How far a contact verb that closes its clause may stand, German putting it last after times and topics: "dass mich |
 * der zuständige Sachbearbeiter für meinen Rentenantrag morgen im Laufe des Tages | anruft".
 */
const VERB_LAST_REACH = 16;
/** How far after a verb put first its subject may start: "me llame | una | persona", "ring mig | en | rådgiver". */
const SUBJECT_AFTER_VERB = 2;
/** Words of an appositive between commas in the subject: "o Rodrigo, | que me atendeu da outra vez |, me ligasse". */
const APPOSITIVE_WORDS = 6;
/** How far before and after its verb the user may stand: "me | ligasse", "m' | écrive", "ringer | mig", "ringe | til mig". */
const USER_BEFORE = 3;
const USER_AFTER = 2;

/**
 * Where the callback wished by the want verb ending at `end` ends (after its contact verb); or -1: "I'd like | Anneke
 * to call", "quero que | o técnico … me ligue", "ich möchte dass | mich jemand … anruft", "saya minta agar | Pak Rudi
 * menghubungi".
 */
export function callbackWishedAfter(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, end: number): number {
	const writeBacks = marks.lists.has(grammar.writeBacks);
	if (!writeBacks && !marks.lists.has(grammar.wishedContacts)) return -1;
	const langs = marks.langs;
	let from = end;
	// German sets its "dass" off with a comma: "ich möchte, | dass mir jemand … antwortet"
	if (from + 1 < count && ids[from] === COMMA_BOUNDARY && grammar.complementisers.hasIn(ids[from + 1], langs)) from++;
	if (from < count && (grammar.complementisers.hasIn(ids[from], langs) || grammar.wishLinks.hasIn(ids[from], langs))) from++;
	// "I'd like | to know …": a want verb followed by its own infinitive has no subject
	if (from >= count || ids[from] < UNKNOWN || grammar.infinitives.hasIn(ids[from], langs)) return -1;
	// the contact verb first, one look-up a word: most want verbs have none after them
	let verb = from;
	let reach = from + SUBJECT_REACH;
	// the commas of an appositive in the subject, read past: "dass Herr Feldmann |, der Klavierstimmer, | mich … zurückruft"
	let aside = -1;
	let asideEnd = -1;
	while (verb < count && verb < reach && !contactVerb(ids[verb], grammar, langs, writeBacks)) {
		if (ids[verb] >= UNKNOWN) verb++;
		else if (aside < 0 && verb > from && ids[verb] === COMMA_BOUNDARY && (asideEnd = appositiveEnd(ids, count, grammar, langs, writeBacks, verb)) > 0) {
			aside = verb;
			reach += asideEnd + 1 - verb;
			verb = asideEnd + 1;
		} else break;
	}
	if (verb < count && verb >= reach && ids[verb] >= UNKNOWN) verb = clauseClosingContact(ids, count, grammar, langs, writeBacks, verb);
	if (verb < 0 || verb >= count || ids[verb] < UNKNOWN) return -1;
	// the user is the object inside the wished clause, not the want verb's subject: "saya perlu | menghubungi layanan pelanggan"
	if (!userObjectIn(ids, count, marks, grammar, from, Math.max(asideEnd + 1, verb - USER_BEFORE), verb)) return -1;
	let subject = false;
	for (let k = from; k <= verb; k++) {
		if (k === aside) k = asideEnd + 1;
		const id = ids[k];
		if (grammar.userObjects.hasIn(id, langs)) continue;
		if (!allowedInSubject(id, grammar, langs)) return -1;
		if (k < verb && !grammar.infinitives.hasIn(id, langs)) subject = true;
	}
	if (subject) return sendsThing(ids, count, marks, grammar, verb) ? -1 : verb + 1;
	// "que | me llame | una persona de coordinación": the verb before its subject, a person the packs list
	return personAfter(ids, count, marks, verb + 1);
}

function contactVerb(id: number, grammar: Grammar, langs: number, writeBacks: boolean): boolean {
	return grammar.wishedContacts.hasIn(id, langs) || (writeBacks && grammar.writeBacks.hasIn(id, langs));
}

/** Where a contact verb closes the clause that goes on at `from`, within VERB_LAST_REACH of its start; or -1. */
function clauseClosingContact(ids: Int32Array, count: number, grammar: Grammar, langs: number, writeBacks: boolean, from: number): number {
	let k = from;
	while (k < count && k < from - SUBJECT_REACH + VERB_LAST_REACH && ids[k] >= UNKNOWN) k++;
	if (k < count && ids[k] >= UNKNOWN) return -1;
	return contactVerb(ids[k - 1], grammar, langs, writeBacks) ? k - 1 : -1;
}

/**
 * Whether a word of `userObjects` opens the wished clause at `from` ("dass | mich | jemand … anruft") or stands near
 * the verb at `verb` ("me | ligasse", "ringer | mig", "menghubungi | saya"); not the want verb's own subject before it
 * ("saya | perlu menghubungi …"), nor a user far from a later contact word or inside an appositive ("que vocês | me | enviassem o boleto por | email").
 */
function userObjectIn(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, from: number, near: number, verb: number): boolean {
	if (grammar.userObjects.hasIn(ids[from], marks.langs)) return true;
	for (let k = Math.max(from, near); k < count && k <= verb + USER_AFTER && ids[k] >= UNKNOWN; k++) if (grammar.userObjects.hasIn(ids[k], marks.langs)) return true;
	return false;
}

/**
 * Where an appositive that the comma at `comma` opens in the wished clause's subject closes with its own comma; or
 * -1: "Herr Feldmann, | der Klavierstimmer |, mich … zurückruft", "o Rodrigo, | que me atendeu da outra vez |, me
 * ligasse", "l'entraîneur de l'équipe U9, | Karim |, me rappelle". It holds no contact verb, report, condition,
 * nobody or "whether" ("Tom, she said, would call me"), and no "and" goes on after it ("Tom, Lena, and Ana").
 */
function appositiveEnd(ids: Int32Array, count: number, grammar: Grammar, langs: number, writeBacks: boolean, comma: number): number {
	let k = comma + 1;
	for (; k < count && k <= comma + APPOSITIVE_WORDS && ids[k] >= UNKNOWN; k++) {
		const id = ids[k];
		if (contactVerb(id, grammar, langs, writeBacks) || grammar.reports.hasIn(id, langs) || grammar.conditionals.hasIn(id, langs) || grammar.nobodies.hasIn(id, langs) || grammar.indirectQuestions.hasIn(id, langs)) return -1;
	}
	if (k === comma + 1 || k + 1 >= count || ids[k] !== COMMA_BOUNDARY || ids[k + 1] < UNKNOWN || grammar.conjunctions.hasIn(ids[k + 1], langs)) return -1;
	return k;
}

/**
 * Whether a determiner opens the words after the verb and the user, or a machine word stands there: "email me | the |
 * invoice" sends a thing, "the delivery app to call me | automatically", "que o sistema me ligue | automaticamente"
 * is a machine; "call me about the sideboard" is neither.
 */
function sendsThing(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, verb: number): boolean {
	let k = verb + 1;
	while (k < count && ids[k] >= UNKNOWN && grammar.userObjects.hasIn(ids[k], marks.langs)) k++;
	return k < count && (grammar.determiners.hasIn(ids[k], marks.langs) || grammar.machines.hasIn(ids[k], marks.langs));
}

/** Where a person hit a few words after `from` ends (past its article), in its clause; or -1: "que me llame | una persona", "at ringe mig | en rådgiver". */
function personAfter(ids: Int32Array, count: number, marks: WordMarks, from: number): number {
	for (let k = from; k < count && k <= from + SUBJECT_AFTER_VERB && ids[k] >= UNKNOWN; k++) if (marks.targetEnd[k] > 0) return marks.targetEnd[k];
	return -1;
}

/**
 * Whether a word may stand in the wished clause: not the user as subject ("I", "eu", "jeg"), a machine word, nobody
 * ("nobody", "ninguém", "niemand"), a report ("said", "disse"), a perfect ("had", "hat"), "whether" or "why", a
 * relative ("who", "qui") or a condition ("if", "si", "kalau").
 */
function allowedInSubject(id: number, grammar: Grammar, langs: number): boolean {
	return !(
		grammar.firstPersons.hasIn(id, langs) || grammar.machines.hasIn(id, langs) || grammar.nobodies.hasIn(id, langs) || grammar.reports.hasIn(id, langs) ||
		grammar.perfects.hasIn(id, langs) || grammar.indirectQuestions.hasIn(id, langs) || grammar.relatives.hasIn(id, langs) || grammar.conditionals.hasIn(id, langs)
	);
}
