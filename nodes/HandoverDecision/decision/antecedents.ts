/**
 * A third-person pronoun heading the slot of a talk verb, read the way a person reads it: it stands for someone the
 * message named or described before it, and the user asks for that person: "Carmen me ayudó con la factura; ¿me
 * puedes pasar con | ella?", "Mette hjalp mig, kan I stille mig om til | hende?", "Bu Ratna …, bisa sambungkan saya
 * dengan | beliau?". Only a person in an earlier clause makes it one (a capitalised name, a title, a person word);
 * with only a thing before, the pronoun is the thing's ("la factura llegó mal, ¿qué pasa con ella?"). A possessive
 * before a person word ("to her colleague") is left to the slot's other checks, and the request must be the user's
 * own: not "my sister talked to her". A need that opens its sentence with no subject is the user's too: "is Tom in
 * today? | need to talk to him", "er Jonas på kontoret? | skal tale med ham".
 */
import type { Grammar } from './grammar';
import { PERSON } from './hitKinds';
import type { WordMarks } from './marks';
import type { NameReader } from './names';
import { opensWithSomeoneClose } from './othersRequests';
import type { Spellings } from './spellings';
import { spelled } from './spellings';
import type { Tokens } from './text';
import { SENTENCE_BOUNDARY as sentence_boundary } from './text';
import { isCapital } from './characters';
// Read once: an imported const compiles to a property read at every use.
const SENTENCE_BOUNDARY = sentence_boundary;
/** How far before the talk verb its person may be named: "Kasper lavede tilbuddet på vores varmepumpe sidste måned, kan I …". */
const ANTECEDENT_REACH = 30;
/** How far before the request the user may stand as its subject: "je [voudrais] | parler avec". */
const SUBJECT_REACH = 3;

/** Where the pronoun at `end`, heading the slot of the talk verb at start…end, ends when it stands for a person named before; or -1. */
export function pronounForPersonBefore(tokens: Tokens, grammar: Grammar, names: NameReader, marks: WordMarks, titles: Spellings, start: number, end: number): number {
	const { id: ids, count } = tokens;
	if (end >= count || !grammar.personPronouns.hasIn(ids[end], marks.langs)) return -1;
	if (end + 1 < count && marks.targetEnd[end + 1] > 0) return -1;
	return personBefore(tokens, names, marks, titles, start) && askedByUser(ids, grammar, marks, start, end) ? end + 1 : -1;
}

/**
 * Whether the user asks: a word for the user in the request, as the verb's object ("me pasas con", "stille mig om
 * til", "sambungkan saya dengan"), or just before it as its subject ("boleh saya | bicara dengan", "je voudrais |
 * parler avec"), and no one close to the user as its subject ("mi cuñado habló con ella"). Not "I kan sætte jer | i
 * forbindelse med ham": the shop contacts him.
 */
function askedByUser(ids: Int32Array, grammar: Grammar, marks: WordMarks, start: number, end: number): boolean {
	const langs = marks.langs;
	if (opensWithSomeoneClose(ids, marks, grammar, start)) return false;
	const first = Math.max(start - SUBJECT_REACH, marks.clauseStart[marks.clause[start]] + 1);
	for (let k = end - 1; k >= first; k--) if (grammar.userObjects.hasIn(ids[k], langs) || (k < start && grammar.firstPersons.hasIn(ids[k], langs))) return true;
	return subjectlessNeed(ids, grammar, marks, start);
}

/**
 * Whether a word of `openingNeeds` opens the sentence just before the request, past at most an infinitive marker or
 * complementiser: "| need to | talk to him", "| skal | tale med ham", "| tengo que | hablar con ella"; not "have you
 * talked to him", "he needs to talk to him".
 */
function subjectlessNeed(ids: Int32Array, grammar: Grammar, marks: WordMarks, start: number): boolean {
	if (!marks.lists.has(grammar.openingNeeds)) return false;
	const langs = marks.langs;
	let k = start - 1;
	if (k >= 0 && (grammar.infinitives.hasIn(ids[k], langs) || grammar.complementisers.hasIn(ids[k], langs))) k--;
	return k >= 0 && grammar.openingNeeds.hasIn(ids[k], langs) && (k === 0 || ids[k - 1] === SENTENCE_BOUNDARY);
}

/**
 * Whether a person word, a title or a capitalised name stands a few words before the clause of the request at
 * `start`. One in the request's own clause is its subject, reporting what they did: "Henrik satte mig i kontakt med
 * ham sidste år", "Thierry m'a mis en contact avec lui".
 */
function personBefore(tokens: Tokens, names: NameReader, marks: WordMarks, titles: Spellings, start: number): boolean {
	const clauseStart = marks.clauseStart[marks.clause[start]];
	for (let k = clauseStart - 1; k >= 0 && k >= start - ANTECEDENT_REACH; k--) {
		if ((marks.targetEnd[k] > 0 && marks.targetKind[k] === PERSON) || spelled(tokens, k, titles, marks.langs) || capitalisedName(tokens, names, k)) return true;
	}
	return false;
}

/** A name written with a capital and small letters after it: "Carmen", not "AC" or a word of a message in one case. */
function capitalisedName(tokens: Tokens, names: NameReader, k: number): boolean {
	return tokens.capitalised(k) && !isCapital(tokens.original.charCodeAt(tokens.originalStart(k) + 1)) && names.isName(k, false);
}
