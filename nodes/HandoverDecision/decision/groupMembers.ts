/**
 * One of the business's people, named by the group they belong to, in a talk verb's slot: "one of | your | devs",
 * "uno de | sus | programadores", "um dos | seus | desenvolvedores", "einen | eurer | Entwickler", "en af | jeres |
 * udviklere", and with the owner after the group where the language puts it there: "salah satu | developer | kalian",
 * "mmoja wa | wahandisi | wenu". The "one" (`groupOnes`) and the business as owner (`groupOwners`) say a person of
 * the group is meant, whatever the group's word is: nobody talks with "one of your boxes". A want verb gets one only
 * when the clause puts them on the phone (phoneHolds.ts personHeldOnPhone): "need one of your devs on a call", not
 * "I need one of your chargers". A person the packs list asked to contact the user may stand after "one of your",
 * the asker before it: "can | one of your | engineers call me" (contactRequests.ts).
 */
import { NOT_A_STOPWORD } from './grammar';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import type { Tokens } from './text';
import { UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
/** Words of the "one" before the group: "salah satu", "one". */
const ONE_WORDS = 2;
/** Fillers between the "one" and the group: "one [of] your", "um [dos] seus", "d' [un] [de] vos". */
const LINK_WORDS = 2;

/**
 * Where the group of the member in the slot after `end` ends (past its owner when the owner comes after it), or
 * -1: "talk to | one of your devs", "hablar con | uno de sus programadores", "kuongea na | mmoja wa wahandisi wenu".
 */
export function groupMemberInSlot(tokens: Tokens, grammar: Grammar, marks: WordMarks, end: number): number {
	if (!marks.lists.has(grammar.groupOnes) || !marks.lists.has(grammar.groupOwners)) return -1;
	const { id: ids, count } = tokens;
	const { langs } = marks;
	let k = end;
	if (k < count && grammar.fillers.has(ids[k]) && !grammar.groupOnes.hasIn(ids[k], langs)) k++; // "necesito | a | uno", "besoin | d' | un"
	const first = k;
	while (k < count && k < first + ONE_WORDS && grammar.groupOnes.hasIn(ids[k], langs)) k++;
	if (k === first) return -1;
	let owned = false;
	for (const link = k; k < count && k <= link + LINK_WORDS; k++) {
		if (grammar.groupOwners.hasIn(ids[k], langs)) owned = true;
		else if (!grammar.fillers.has(ids[k]) && !grammar.determiners.hasIn(ids[k], langs)) break;
	}
	if (k >= count || !isGroupWord(grammar, ids[k])) return -1;
	if (owned) return k + 1;
	return k + 1 < count && grammar.groupOwners.hasIn(ids[k + 1], langs) ? k + 2 : -1;
}

/** Whether a word can name a group of people: a word the grammar does not know or no language's frequent word ("devs", "wahandisi"), not a boundary. */
function isGroupWord(grammar: Grammar, id: number): boolean {
	return id === UNKNOWN || (id >= 0 && grammar.stopwordLanguageOf[id] === NOT_A_STOPWORD && !grammar.fillers.has(id));
}

/**
 * Where "one of your" before the person at `person` starts, or `person` when none does: the asker of a contact then
 * stands before the "one" ("can | one of your | engineers call me", "kann mich | einer eurer | Techniker anrufen?",
 * "¿puede | uno de sus | técnicos llamarme?"). With `determined`, a determiner stands for the owner: a person of a
 * trade asked to come is the business's ("can | one of the | technicians come tomorrow").
 */
export function groupMemberStart(tokens: Tokens, grammar: Grammar, marks: WordMarks, person: number, determined = false): number {
	if (!marks.lists.has(grammar.groupOnes)) return person;
	const ids = tokens.id;
	const { langs } = marks;
	let k = person - 1;
	if (k < 0 || !(grammar.groupOwners.hasIn(ids[k], langs) || (determined && grammar.determiners.hasIn(ids[k], langs)))) return person;
	if (k > 0 && grammar.fillers.has(ids[k - 1]) && !grammar.groupOnes.hasIn(ids[k - 1], langs)) k--; // "one | of | your"
	let one = k;
	while (one > 0 && one > k - ONE_WORDS && grammar.groupOnes.hasIn(ids[one - 1], langs)) one--;
	return one < k ? one : person;
}
