/**
 * A person no pack lists in the slot of a verb of talking WITH or TO someone, read the way a person reads it: one talks
 * with people, not with printers, so a word the grammar does not know heading that slot is the person asked for, when the
 * user asks in their own voice: "can I speak with | the dispatcher", "quiero hablar con | la recepcionista", "jeg vil
 * gerne tale med | stationslederen", "saya mau bicara dengan | penanggung jawab siaran", "can I talk to | a plumber",
 * "je voudrais parler à | un menuisier", and with the verb last, "ich
 * will mit | dem Tontechniker | reden", "Kann ich mit | Lena | sprechen?".
 * Someone close to the user is no such person ("jeg vil tale med min mand først"), nor is a request whose subject is
 * ("ibu saya mau ngobrol sama kalian").
 * Other slots are not read so: "connect me to the wifi", "talk about the printer", "mit dem Drucker verbinden"; nor a
 * thing of a person's form ("roleLookalikes": "talk with the printer").
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import type { NameReader } from './names';
import { opensWithSomeoneClose } from './othersRequests';
import { isNameWord } from './teamTargets';
import { inUsersVoice } from './impliedAskers';
import type { Spellings } from './spellings';
import { spelled } from './spellings';
import type { Tokens } from './text';
import { UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
/** Articles between "with" and its person when the verb comes last: "mit [dem] Tontechniker reden". */
const ARTICLES = 2;
/** Words between the person and the verb last: "mit dem Trainer | persönlich darüber | sprechen". */
const ADVERBS = 2;
/** Letters a word needs to be read as a person: not "a", "5A" or "ok". */
const MIN_LETTERS = 3;

/**
 * Whether word k, the first word no pack lists in the slot of the talk verb at start…end ("the [night] janitor"), is a
 * person: the verb is one of talking and ends with its "with".
 */
export function partnerInSlot(tokens: Tokens, grammar: Grammar, marks: WordMarks, lookalikes: Spellings, start: number, end: number, k: number): boolean {
	const ids = tokens.id;
	const langs = marks.langs;
	if (k >= tokens.count || !endsWithPartnerPreposition(ids[end - 1], grammar, langs, k > end) || !isUnlistedWord(tokens, k, lookalikes, langs)) return false;
	// a thing after the word heads the phrase: "talk to the settings | page"
	if (k + 1 < tokens.count && spelled(tokens, k + 1, lookalikes, langs)) return false;
	let talking = false;
	for (let w = start; w < end - 1 && !talking; w++) talking = grammar.conversations.hasIn(ids[w], langs);
	for (let w = end; w < k && talking; w++) talking = !grammar.ownPossessives.hasIn(ids[w], langs);
	return talking && inOwnVoice(tokens, grammar, marks, start, k);
}

/**
 * One talks with or to people: "speak with | …", "talk to | …", "parler à | …"; the "to" is read only here, after a talk
 * verb, not before one, and only with an article or a word before the person: a bare word after "to" is a name, which
 * names.ts reads by its capital ("talk to tom about the Premium plan" is not one).
 */
function endsWithPartnerPreposition(id: number, grammar: Grammar, langs: number, wordsBetween: boolean): boolean {
	return grammar.companions.hasIn(id, langs) || (wordsBetween && grammar.addressees.hasIn(id, langs));
}

/**
 * Where the "with" of a person no pack lists starts that the talk verb of one word at `verbStart` ends the clause of,
 * or -1: "mit [dem] Tontechniker | reden", "mit Lena | sprechen", "mit der Schulleitung zu | telefonieren".
 */
export function partnerBeforeVerb(tokens: Tokens, grammar: Grammar, names: NameReader, marks: WordMarks, lookalikes: Spellings, verbStart: number): number {
	const ids = tokens.id;
	const langs = marks.langs;
	if (!grammar.conversations.hasIn(ids[verbStart], langs)) return -1;
	let person = verbStart - 1;
	if (person > 0 && grammar.infinitives.hasIn(ids[person], langs)) person--;
	// how or what about the talk is, between the person and the verb: "mit dem Trainer | persönlich darüber | sprechen"
	for (let n = 0; n < ADVERBS && person > 1 && isAdverb(ids[person], grammar, langs); n++) person--;
	person = beforeWorkplace(tokens, grammar, marks, person);
	if (person < 1 || !(isUnlistedWord(tokens, person, lookalikes, langs) || (ids[person] >= 0 && names.isNameInSlot(person, true, langs)))) return -1;
	let k = person - 1;
	// "mit" is a filler too ("mit [einem] Mitarbeiter"): the walk back stops at it
	while (k > 0 && k >= person - ARTICLES && !grammar.companions.hasIn(ids[k], langs) && (grammar.determiners.hasIn(ids[k], langs) || grammar.fillers.has(ids[k]))) k--;
	if (!grammar.companions.hasIn(ids[k], langs) || (k === person - 1 && !names.isNameInSlot(person, true, langs))) return -1;
	for (let w = k + 1; w < person; w++) if (grammar.ownPossessives.hasIn(ids[w], langs)) return -1;
	return inOwnVoice(tokens, grammar, marks, k, person) ? k : -1;
}

/** A filler or topic word that is no article and no "with": "persönlich", "kurz", "darüber". */
function isAdverb(id: number, grammar: Grammar, langs: number): boolean {
	if (grammar.determiners.hasIn(id, langs) || grammar.companions.hasIn(id, langs)) return false;
	return grammar.fillers.hasIn(id, langs) || grammar.topics.hasIn(id, langs);
}

/**
 * The word before the place named between a person and the verb, or `last` when no place stands there: "mit der
 * Poststelle | am Landratsamt | sprechen", "mit der Rechtsantragstelle | beim Amtsgericht | reden", "mit dem
 * Hausmeister | in der Schule | sprechen": a place link (`memberLinks`), maybe an article, and a word naming the place.
 */
function beforeWorkplace(tokens: Tokens, grammar: Grammar, marks: WordMarks, last: number): number {
	const ids = tokens.id;
	const langs = marks.langs;
	if (last < 3 || !marks.lists.has(grammar.memberLinks) || !isNameWord(grammar, ids[last])) return last;
	let link = last - 1;
	if (grammar.determiners.hasIn(ids[link], langs)) link--;
	return grammar.memberLinks.hasIn(ids[link], langs) ? link - 1 : last;
}

/** Whether the user asks in their own voice, for no one close to them: not "ngobrol sama suami | saya", "ibu saya mau…". */
function inOwnVoice(tokens: Tokens, grammar: Grammar, marks: WordMarks, start: number, person: number): boolean {
	const ids = tokens.id;
	if (person + 1 < tokens.count && grammar.ownPossessivesAfter.hasIn(ids[person + 1], marks.langs)) return false;
	if (!inUsersVoice(ids, grammar, marks, start) || opensWithSomeoneClose(ids, marks, grammar, start)) return false;
	// "ibu saya mau…": a possessive after a word before the verb makes that word's owner the subject, as "my mother wants…"
	for (let k = marks.clauseStart[marks.clause[start]] + 2; k < start; k++) if (grammar.ownPossessivesAfter.hasIn(ids[k], marks.langs) && ids[k - 1] >= UNKNOWN) return false;
	return true;
}

function isUnlistedWord(tokens: Tokens, k: number, lookalikes: Spellings, langs: number): boolean {
	const start = tokens.start[k];
	return tokens.id[k] === UNKNOWN && tokens.end[k] - start >= MIN_LETTERS && tokens.text.charCodeAt(start) > 57 && !spelled(tokens, k, lookalikes, langs);
}
