/**
 * Someone of the user's as the object of a contact verb asked of a person: "can someone from the ward call | my
 * daughter", "could Priya ring | our host family", "alguém do laboratório pode ligar pro | meu avô", "peut-elle
 * rappeler | ma belle-soeur", "kann jemand aus dem Labor | meinen Vater | anrufen", "kan nogen ringe til | min far",
 * "mohon petugas lab telpon | ayah mertua sy", "anaweza kumpigia | wifi yangu". The user's possessive
 * (`ownPossessives`, `relationOwners`) and a plain word after it, or a plain word and the possessive after it
 * (`ownPossessivesAfter`, `relationOwnersAfter`), stand a few words after the verb in its clause, or between the
 * person and a verb put last. A determiner or article before the possessive ("email the invoice to my boss") or right
 * after its noun ("email my boss the invoice") makes the verb's object a thing; the caller checks who asks.
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { isCloseNoun } from './othersRequests';
import { UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
/** How far after the verb the possessive may stand: "ligar | pro meu", "ringe | lige til min", "menghubungi | host family anak saya". */
const OWNER_AFTER = 4;
/** How far before a verb put last the possessive may stand: "| meinen Vater | anrufen", "| min mor | ringe". */
const OWNER_BEFORE = 3;

/**
 * Where the object of the contact verb at `verb` ends when it is someone of the user's ("call my daughter", "meinen
 * Vater anrufen", "ibu sy"), looking no further back than `end` (the person asked); or -1.
 */
export function relationObjectEnd(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, end: number, verb: number): number {
	// the verb's own languages read its markers: English "an" is no article after German "ruft meine Oma an"
	const verbLangs = marks.langs & (grammar.wishedContacts.langsOf(ids[verb]) | grammar.contactImperatives.langsOf(ids[verb]) || -1);
	for (let k = verb + 1; k < count && k <= verb + OWNER_AFTER && ids[k] >= UNKNOWN; k++) {
		const noun = nounOfOwner(ids, count, marks, grammar, k, verb + 1);
		if (noun >= 0) return sentAfter(ids, count, grammar, verbLangs, Math.max(noun, k)) ? -1 : Math.max(noun, k);
		// "llamen | a | mi abuela": a marker right before the possessive is no thing
		if (isThingMarker(ids[k], grammar, verbLangs) && !isOwner(ids[k + 1], marks, grammar)) return -1;
	}
	for (let k = verb - 1; k >= end && k >= verb - OWNER_BEFORE && ids[k] >= UNKNOWN; k--) {
		const noun = nounOfOwner(ids, count, marks, grammar, k, end);
		if (noun >= 0 && noun < verb) return verb;
	}
	return -1;
}

/** The noun the user's possessive at k belongs to (after it, or before it from `first` on where it follows its noun); or -1. */
function nounOfOwner(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, k: number, first: number): number {
	const langs = marks.langs;
	const id = ids[k];
	if ((grammar.ownPossessives.hasIn(id, langs) || grammar.relationOwners.hasIn(id, langs)) && k + 1 < count && isCloseNoun(ids, marks, grammar, k + 1)) return k + 1;
	if ((grammar.ownPossessivesAfter.hasIn(id, langs) || grammar.relationOwnersAfter.hasIn(id, langs)) && k - 1 >= first && isCloseNoun(ids, marks, grammar, k - 1)) return k - 1;
	return -1;
}

/** Whether `id` is a possessive of the user, before or after its noun: "my", "mi", "vores", "saya", "yangu". */
function isOwner(id: number, marks: WordMarks, grammar: Grammar): boolean {
	const langs = marks.langs;
	return grammar.ownPossessives.hasIn(id, langs) || grammar.relationOwners.hasIn(id, langs) || grammar.ownPossessivesAfter.hasIn(id, langs) || grammar.relationOwnersAfter.hasIn(id, langs);
}

/** Whether a thing follows the object right after it: "email my boss | the | invoice", "send my son | a | copy"; not "ring our landlord about the deposit". */
function sentAfter(ids: Int32Array, count: number, grammar: Grammar, langs: number, object: number): boolean {
	return object + 1 < count && isThingMarker(ids[object + 1], grammar, langs);
}

/** Whether a word before the possessive makes the verb's object a thing: "email | the | invoice to my boss", "send | a | copy to my son". */
function isThingMarker(id: number, grammar: Grammar, langs: number): boolean {
	return grammar.indefiniteArticles.hasIn(id, langs) || (grammar.determiners.hasIn(id, langs) && !grammar.relationOwners.hasIn(id, langs));
}

/** How far before the possessive of a cancel the contact verb may stand: "ringe | lige til min mor". */
const VERB_BEFORE_CANCEL = 3;

/**
 * Whether the cancel at start…end-1 is someone of the user's whom a contact verb just before it calls: "llamar a | mi
 * madre", "ligar pro | meu pai", "ringe til | min mor", "kumpigia | mama yangu", or whom a transfer verb puts
 * through ("put | my mum through", "sambungkan | ibu saya"; transferredRelations.ts). Then it names who is called, not
 * whose words the clause passes on ("my mum wants to talk to a manager"), and cancels nothing; an "and" between
 * them starts another subject ("we run a call centre and our agents …").
 */
export function calledRelation(ids: Int32Array, grammar: Grammar, langs: number, start: number, end: number): boolean {
	const owned = grammar.ownPossessives.hasIn(ids[start], langs) || grammar.relationOwners.hasIn(ids[start], langs) || grammar.ownPossessivesAfter.hasIn(ids[end - 1], langs) || grammar.relationOwnersAfter.hasIn(ids[end - 1], langs);
	if (!owned || end - start < 2) return false;
	for (let k = start - 1; k >= 0 && k >= start - VERB_BEFORE_CANCEL && ids[k] >= UNKNOWN && !grammar.conjunctions.hasIn(ids[k], langs); k--) {
		if (grammar.wishedContacts.hasIn(ids[k], langs) || grammar.contactImperatives.hasIn(ids[k], langs) || grammar.transferVerbs.hasIn(ids[k], langs)) return true;
	}
	return false;
}

/**
 * Whether the cancel at `start` is someone of the user's linked right after a word: a person ending at `personEnd`
 * ("pedir pra cuidadora | da | minha mãe me ligar", "la enfermera | de | mi padre") or a thing ("remarcar a consulta |
 * do | meu pai"). Then it names whose person or thing the clause speaks of, not whose words it passes on, and cancels
 * nothing. Only "my": "en medarbejder fra | vores eget team" is the user's own staff.
 */
export function personsOwner(ids: Int32Array, grammar: Grammar, langs: number, start: number, personEnd: number): boolean {
	if (start < 2 || !grammar.memberLinks.hasIn(ids[start - 1], langs) || !grammar.ownPossessives.hasIn(ids[start], langs)) return false;
	return personEnd === start - 1 || ids[start - 2] >= UNKNOWN;
}
