/**
 * A contact asked for someone close the user writes for: "I am writing for my mother … can a person from your
 * company telephone | her", "mi abuelo … ¿| lo | puede llamar alguien?", "mama yangu … mtu wa kampuni | ampigie".
 * The contact verb's object is a third person: a word of `othersObjects` just before the verb or before its modal
 * ("la | puede llamar"), the verb itself where it carries that object (Swahili "ampigie"), or a word of
 * `personPronouns` just after it or past a preposition ("ring | her", "ligue pra | ela"; an "la" after a verb is an article). Earlier in the message the user
 * names someone close with their possessive ("my mother", "mi papá", "mama yangu"): the him or her is that person,
 * so the person is asked to contact the user's side. Who is asked, and whether now, the caller reads (contactRequests.ts):
 * "someone called my mum yesterday" has no asker, "my mum says …" is a report.
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { isCloseNoun } from './othersRequests';
import { UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
/** How far before the person asked a want may end: "my mum wants | someone", "min mor | vil gerne have at | en rådgiver". */
const WANT_BEFORE = 5;
/** How far before the verb the user may name someone close: "I am writing for | my mother | she is 84 … telephone her". */
const CLOSE_REACH = 40;

/**
 * Where the third-person object of the contact verb at `verb` ends (the verb, or the pronoun after it), when it is
 * someone close the user named before it; or -1. A relative after the person that ends at `end` describes who is
 * called, not who calls: "my son … he's the person | who | knows the details, so you can ring him".
 */
export function objectForSomeoneClose(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, end: number, verb: number): number {
	for (let k = end; k < verb; k++) if (grammar.relatives.hasIn(ids[k], marks.langs)) return -1;
	const object = othersObjectEnd(ids, count, marks, grammar, verb);
	return object >= 0 && closeNamedBefore(ids, marks, grammar, verb) ? object : -1;
}

function othersObjectEnd(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, verb: number): number {
	const langs = marks.langs;
	if (grammar.othersObjects.hasIn(ids[verb], langs) || (verb > 0 && grammar.othersObjects.hasIn(ids[verb - 1], langs))) return verb;
	if (verb > 1 && grammar.contactAskers.hasIn(ids[verb - 1], langs) && grammar.othersObjects.hasIn(ids[verb - 2], langs)) return verb;
	if (verb + 1 < count && grammar.personPronouns.hasIn(ids[verb + 1], langs)) return verb + 1;
	// past a preposition: "ligue pra | ela", "ringer til | hende"
	return verb + 2 < count && ids[verb + 1] >= UNKNOWN && grammar.personPronouns.hasIn(ids[verb + 2], langs) ? verb + 2 : -1;
}

/** Whether "possessive noun" ("my mother") or "noun possessive" ("mama yangu") stands within reach before `verb`. */
function closeNamedBefore(ids: Int32Array, marks: WordMarks, grammar: Grammar, verb: number): boolean {
	const langs = marks.langs;
	for (let k = verb - 2; k >= 0 && k >= verb - CLOSE_REACH; k--) {
		if (ids[k] < UNKNOWN) continue;
		if (grammar.ownPossessives.hasIn(ids[k], langs) && isCloseNoun(ids, marks, grammar, k + 1)) return true;
		if (grammar.ownPossessivesAfter.hasIn(ids[k + 1], langs) && isCloseNoun(ids, marks, grammar, k)) return true;
	}
	return false;
}

/**
 * Whether a third person's want (`othersWants`) stands a few words before the person at `person`, past a
 * complementiser or a comma: "my mum wants | someone", "il voudrait que | son kiné", "mi tía quiere que | alguien",
 * "Meine Nichte möchte, dass | jemand", "min mor vil gerne have at | en rådgiver", "mama anataka | meneja". With the
 * close person as the contact's object (the caller reads it), the want asks the person as a modal would: the user's
 * errand for them, not a report of it.
 */
export function wantedOfPerson(ids: Int32Array, marks: WordMarks, grammar: Grammar, person: number): boolean {
	if (!marks.lists.has(grammar.othersWants)) return false;
	for (let k = person - 1; k >= 0 && k >= person - WANT_BEFORE; k--) if (grammar.othersWants.hasIn(ids[k], marks.langs)) return !userBeforeWant(ids, marks, grammar, k);
	return false;
}

/** How far before the want the user may stand as the one told: "my dad keeps telling | me | he wants …". */
const USER_BEFORE_WANT = 4;

/** Whether the user stands just before the want in its clause: the want is told to them, a report ("keeps telling me he wants"). */
function userBeforeWant(ids: Int32Array, marks: WordMarks, grammar: Grammar, want: number): boolean {
	const langs = marks.langs;
	for (let k = want - 1; k >= 0 && k >= want - USER_BEFORE_WANT && ids[k] >= UNKNOWN; k--) if (grammar.firstPersons.hasIn(ids[k], langs) || grammar.userObjects.hasIn(ids[k], langs)) return true;
	return false;
}

/** How far after the close person's pronoun a thing sent may start: "send her | the | invoice", "mandem-lhe | o | boleto". */
const THING_AFTER = 2;

/**
 * Whether a thing follows the close person as the contact's object, so it is sent, not a contact: "email her | the |
 * invoice", "envoyez-lui | une | copie"; a topic word first names what the call is about: "call her about | the |
 * bins", "lhe ligue sobre | o | cartão", "ringer til hende om | medicinen", "menghubungi beliau soal | kartu yang".
 */
export function thingSentToSomeoneClose(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, object: number): boolean {
	const langs = marks.langs;
	for (let k = object + 1; k < count && k <= object + THING_AFTER && ids[k] >= UNKNOWN; k++) {
		if (grammar.topics.hasIn(ids[k], langs)) return false;
		if (grammar.determiners.hasIn(ids[k], langs) || grammar.indefiniteArticles.hasIn(ids[k], langs)) return true;
	}
	return false;
}
