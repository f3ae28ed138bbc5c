/**
 * A talk verb's slot ("speak with | …", "hablar con la | …", "tale med en | …") holding a person no pack lists, read
 * the way a person reads it: by the word's form. Past the slot's articles, a person is
 * - a name (see names.ts): "talk to Priya", "com a Inês", and a word only another language knows: "mit Jana sprechen";
 * - a title and a name: "na Bwana Mutiso", "med fru Lindqvist", "avec Madame Roux";
 * - a word the grammar does not know with the form of an agent noun of the message's language (the pack's `roleForms`:
 *   "-ator", "-erin", "-leder", "-ista", "-eur", Swahili "m…aji"), unless it is a thing of that form (`roleLookalikes`:
 *   "contestador", "répondeur"): "the site administrator", "le réparateur", "en vagtleder";
 * - a person word after a noun or two naming where they work: "the club manager", "unserem Key Account Manager".
 * - an owned role and its name: "my tutor Priya", "jeres safariguide Amani";
 * - a word no pack lists heading the slot of a verb of talking with someone (see conversationPartners.ts);
 * - a pronoun standing for a person named before: "Mette hjalp mig, kan I stille mig om til | hende?" (antecedents.ts).
 * A thing in the slot is none: "talk to the printer", "transfer to the container", "hablar con el contestador".
 * A team of a name in the slot is asked for as a person is: see teamTargets.ts; so is one of the business's group (groupMembers.ts).
 */
import { NOT_A_STOPWORD } from './grammar';
import type { Grammar } from './grammar';
import type { WordSet } from './wordSets';
import { normalise } from './characters';
import { PERSON } from './hitKinds';
import type { WordMarks } from './marks';
import type { NameReader } from './names';
import { SUBJECT_OPENING } from './names';
import { LANGUAGE_CODES, PACKS } from './packs';
import { packSpellings, spelled } from './spellings';
import { partnerInSlot } from './conversationPartners';
import { opensWithSomeoneClose } from './othersRequests';
import { pronounForPersonBefore } from './antecedents';
import { inUsersVoice } from './impliedAskers';
import { teamInSlot } from './teamTargets';
import { groupMemberInSlot } from './groupMembers';
import type { Tokens } from './text';
import { UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
/** Articles and fillers between the verb and its person: "speak to [one of the] …", as frames.ts reads them. */
const SLOT_REACH = 4;
/** Nouns before a person word that say where the person works: "the [night shift] supervisor". */
const MODIFIERS = 2;
/** Letters an agent noun has besides its ending: "administr|ator", not "list" or "lien". */
const STEM = 3;

interface Form {
	prefix: string;
	suffix: string;
	langs: number;
}

const FORMS: Form[] = [];
LANGUAGE_CODES.forEach((code, index) => {
	for (const form of PACKS[code].roleForms ?? []) {
		const [prefix, suffix] = form.split('*').map((part) => normalise(part).trim());
		FORMS.push({ prefix, suffix, langs: 1 << index });
	}
});
const TITLES = packSpellings('titles');
export const LOOKALIKES = packSpellings('roleLookalikes');

/**
 * Where the person in the slot of the talk verb at start…end ends, or -1 when the slot holds no person. Only a verb
 * with its preposition or object opens a slot ("speak with", "me passer"; not "chat" alone), and a role after a noun
 * is read only in the user's own voice (a first-person word before the verb, or an imperative opening it): "my
 * husband wants to complain to the harbour manager" passes on another's wish.
 */
export function personInSlot(tokens: Tokens, grammar: Grammar, names: NameReader, marks: WordMarks, start: number, end: number): number {
	const { id: ids, count } = tokens;
	if (end >= count) return -1;
	const langs = marks.langs;
	if (nameAfterVerb(tokens, grammar, names, marks, start, end) && !spelled(tokens, end, LOOKALIKES, langs)) return end + 1;
	if (names.isNameAfterArticle(end, count, langs)) return end + 2;
	const team = teamInSlot(tokens, grammar, marks, start, end);
	if (team >= 0) return team;
	const member = groupMemberInSlot(tokens, grammar, marks, end);
	if (member >= 0) return member;
	const pronoun = pronounForPersonBefore(tokens, grammar, names, marks, TITLES, start, end);
	if (pronoun >= 0) return pronoun;
	const named = ownedRoleNamed(tokens, grammar, names, marks, end);
	if (named >= 0) return named;
	if (end - start < 2) return -1;
	let k = end;
	while (k < count && k < end + SLOT_REACH && (grammar.fillers.has(ids[k]) || grammar.determiners.hasIn(ids[k], langs))) k++;
	if (k + 1 < count && spelled(tokens, k, TITLES, langs) && names.isName(k + 1, false)) return k + 2;
	let unlisted = -1;
	for (let head = k; head < count && head <= k + MODIFIERS; head++) {
		const id = ids[head];
		if (id === UNKNOWN && unlisted < 0) unlisted = head;
		if (marks.targetEnd[head] > 0) {
			return head > k && marks.targetKind[head] === PERSON && inUsersVoice(ids, grammar, marks, start) ? marks.targetEnd[head] : -1;
		}
		if (id === UNKNOWN && hasRoleForm(tokens, head, langs)) return head + 1;
		if (!(id === UNKNOWN || (id >= 0 && grammar.stopwordLanguageOf[id] === NOT_A_STOPWORD))) break;
	}
	return unlisted >= 0 && partnerInSlot(tokens, grammar, marks, LOOKALIKES, start, end, unlisted) ? unlisted + 1 : -1;
}

/**
 * Whether the word right after the talk verb at start…end is a name. A verb of talking with someone (`conversations`)
 * takes its partner after its "with" (`companions`), so right after the bare verb only a capitalised word is a name,
 * even in a message written all in lower case: "lagi ngobrol santai aja", "teknisinya bales chat cepet". A word read as
 * a name only by the message's case may as well be a noun no pack lists, which someone close to the user talks with:
 * "anak saya mau ngobrol sama pilot", "ngobrol sama dokter | saya" (not "bisa saya bicara dengan penjahitnya?", "apakah saya…").
 */
function nameAfterVerb(tokens: Tokens, grammar: Grammar, names: NameReader, marks: WordMarks, start: number, end: number): boolean {
	const ids = tokens.id;
	const capitalised = tokens.capitalised(end);
	if (end - start > 1) {
		if (!names.isNameInSlot(end, true, marks.langs)) return false;
	} else {
		if (!names.isNameInSlot(end, false, marks.langs)) return false;
		if (!capitalised && grammar.conversations.hasIn(ids[start], marks.langs)) return false;
	}
	if (capitalised) return true;
	if (end + 1 < tokens.count && grammar.ownPossessivesAfter.hasIn(ids[end + 1], marks.langs)) return false;
	if (!opensWithSomeoneClose(ids, marks, grammar, start)) return true;
	// a frequent word is no noun that someone owns: "apakah saya bisa bicara…", "min aku…"
	const opening = ids[marks.clauseStart[marks.clause[start]] + 1];
	return !grammar.ownPossessives.hasIn(opening, marks.langs) && opening >= 0 && grammar.stopwordLanguageOf[opening] !== NOT_A_STOPWORD;
}

/**
 * Where an agent noun or a title and a name starts that a talk verb of one word at `verbStart`, ending its clause,
 * closes the slot of, or -1: "mit der Seelsorgerin | sprechen", "zur Schadensreguliererin | durchstellen", and with
 * an infinitive marker and a word between: "mit der Tätowiererin [persönlich] zu | telefonieren".
 */
export function personBeforeVerb(tokens: Tokens, names: NameReader, langs: number, infinitives: WordSet, verbStart: number): number {
	const ids = tokens.id;
	let person = verbStart - 1;
	if (person > 1 && infinitives.hasIn(ids[person], langs) && ids[person - 1] >= UNKNOWN) person -= hasRoleForm(tokens, person - 1, langs) ? 1 : 2;
	if (person < 1 || ids[person] !== UNKNOWN) return -1;
	if (hasRoleForm(tokens, person, langs)) return person;
	return spelled(tokens, person - 1, TITLES, langs) && names.isName(person, false) ? person - 1 : -1;
}

/**
 * Where the name ends that follows an owned role in the slot at `end`, or -1: a possessive ("my", "jeres", Indonesian
 * "saya" after its noun), a role in lower case (a person word or one no pack lists, after a noun or two) and a
 * capitalised name: "talk to my tutor Priya", "my driving instructor Tom", "jeres safariguide Amani", "mentor saya
 * Pak Budi". A thing and its brand has no possessive: "connect ke smartwatch Xiaomi".
 */
function ownedRoleNamed(tokens: Tokens, grammar: Grammar, names: NameReader, marks: WordMarks, end: number): number {
	const { id: ids, count } = tokens;
	const langs = marks.langs;
	let k = end;
	let owned = false;
	for (; k < count && k < end + SLOT_REACH; k++) {
		const id = ids[k];
		if (grammar.ownPossessives.hasIn(id, langs) || grammar.groupOwners.hasIn(id, langs)) owned = true;
		else if (!grammar.fillers.has(id) && !grammar.determiners.hasIn(id, langs)) break;
	}
	for (let head = k; head < count && head <= k + MODIFIERS; head++) {
		const id = ids[head];
		if (tokens.capitalised(head) || !(id === UNKNOWN || (id >= 0 && grammar.stopwordLanguageOf[id] === NOT_A_STOPWORD))) return -1;
		// "my husband Tom" is someone close, not a role
		if (id !== UNKNOWN && !(marks.targetEnd[head] > 0 && marks.targetKind[head] === PERSON)) continue;
		let name = head + 1;
		const ownedAfter = name < count && grammar.ownPossessivesAfter.hasIn(ids[name], langs);
		if (!owned && !ownedAfter) continue;
		if (ownedAfter) name++;
		if (name + 1 < count && spelled(tokens, name, TITLES, langs)) name++;
		if (name < count && tokens.capitalised(name) && names.isName(name, false)) return name + 1;
	}
	return -1;
}

/**
 * A role no pack lists, read by its form, among the first words of the clause a callback at `verbStart` ends, so its
 * subject, as a name is (NameReader.subjectBefore); or -1: "Kan vagtlederen ringe tilbage?", "could the coordinator call back".
 */
export function roleSubjectBefore(tokens: Tokens, names: NameReader, langs: number, verbStart: number): number {
	const clauseStart = names.callbackClauseStart(verbStart);
	if (clauseStart < 0) return -1;
	for (let k = clauseStart; k < verbStart && k < clauseStart + SUBJECT_OPENING; k++) {
		if (tokens.id[k] === UNKNOWN && hasRoleForm(tokens, k, langs)) return k;
	}
	return -1;
}

/** Whether word k has an agent noun's form in one of `langs` and is not a thing of that form. */
export function hasRoleForm(tokens: Tokens, k: number, langs: number): boolean {
	const { text } = tokens;
	const start = tokens.start[k];
	const end = tokens.end[k];
	for (let f = 0; f < FORMS.length; f++) {
		const form = FORMS[f];
		if ((form.langs & langs) === 0 || end - start < form.prefix.length + form.suffix.length + STEM) continue;
		if (text.startsWith(form.prefix, start) && text.endsWith(form.suffix, end)) return !spelled(tokens, k, LOOKALIKES, langs);
	}
	return false;
}
