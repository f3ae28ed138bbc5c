/**
 * Someone of the user's, there with them, asked now to be put through to a person or team: "can you put | my dad |
 * through to | someone in billing", "bitte verbinden Sie | meine Mutter | mit einem | Berater", "kan I stille | min
 * mor | om til en | rådgiver", "comuniquen a | mi madre | con un | asesor", "pode transferir o | meu pai | para um |
 * atendente", "mettez | ma grand-mère | en relation avec un | conseiller", "tolong sambungkan | ibu saya | ke | cs",
 * "tafadhali muunganishe | mama yangu | na | mhudumu". A verb of `transferVerbs` stands just before the user's
 * possessive and its noun (or, put last, just after the person: "können Sie meine Oma mit einem Berater | verbinden"),
 * and the person follows the noun within a few words of its clause. The verb opens its clause or an asker or urger
 * asks it; a condition, a report, a how-word, a perfect or the user as subject makes it no request now ("if …", "how
 * do I connect …", "I will put my father through …"); a past form ("transferred", "verbunden") is no verb of the list.
 */
import { askedBetween, spokenOfElsewhere } from './contactRequests';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { type Tokens, UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
/** How far before the person the noun of someone close may end: "ma mère | en relation avec un | conseiller". */
const NOUN_BEFORE = 5;
/** How far before the possessive the verb may stand: "stellen | Sie bitte | meine Frau", "comuniquen | a | mi madre". */
const VERB_BEFORE = 3;
/** How far after the person a verb put last may stand: "mit einem Berater | verbinden". */
const VERB_AFTER = 2;
/** How far before the verb a modal asking it may stand: "pouvez-vous | mettre", "could you | transfer". */
const ASKER_BEFORE = 3;
/** How far after the span an urger may ask it: "conecten a mi mamá con una persona | por favor". */
const URGER_AFTER = 3;

/**
 * Whether the person at start…end is where someone of the user's is asked now to be transferred or connected: "put
 * my mum through to | a manager", "pásele a mi abuela con | un asesor", "passem a minha avó para | um atendente",
 * "forbind min bedstemor med | en medarbejder", "unganisheni mke wangu na | meneja"; not "you transferred my mother
 * to an agent yesterday", "how do I connect my mother's phone", "si vous pouviez passer mon père à un conseiller".
 */
export function transferredRelationTo(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	if (!marks.lists.has(grammar.transferVerbs)) return false;
	const { id: ids, count } = tokens;
	const object = closeObjectBefore(ids, marks, grammar, start);
	if (object < 0) return false;
	const verb = transferVerbAround(ids, count, marks, grammar, object, end);
	if (verb < 0) return false;
	const langs = marks.langs & grammar.transferVerbs.langsOf(ids[verb]);
	const from = Math.min(verb, object);
	const to = Math.max(verb + 1, end);
	if (spokenOfElsewhere(ids, marks, grammar, from, to) || notAskedOfBusiness(ids, count, grammar, langs, verb)) return false;
	if (verb === 0 || ids[verb - 1] < UNKNOWN || askedBetween(ids, marks, grammar, from, to)) return true;
	for (let k = verb - 1; k >= 0 && k >= verb - ASKER_BEFORE && ids[k] >= UNKNOWN; k--) if (grammar.slotAskers.hasIn(ids[k], langs) || grammar.visitAskers.hasIn(ids[k], langs)) return true;
	for (let k = to; k < count && k < to + URGER_AFTER && ids[k] >= UNKNOWN; k++) if (marks.anyUrged && marks.urged[k] !== 0) return true;
	return false;
}

/** Where the user's possessive with its noun starts a few words before `start` in its clause ("| my dad through to", "| ibu saya ke"); or -1. */
function closeObjectBefore(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number): number {
	const langs = marks.langs;
	for (let k = start - 1; k >= 1 && k >= start - NOUN_BEFORE && ids[k] >= UNKNOWN; k--) {
		if (!isOwnedNoun(ids, marks, grammar, k)) continue;
		if (grammar.ownPossessives.hasIn(ids[k - 1], langs) || grammar.relationOwners.hasIn(ids[k - 1], langs)) return k - 1;
		if (k + 1 < start && (grammar.ownPossessivesAfter.hasIn(ids[k + 1], langs) || grammar.relationOwnersAfter.hasIn(ids[k + 1], langs))) return k;
	}
	return -1;
}

/**
 * Whether word k can be the noun of someone close after the verb: a plain word, no urging, no "I". A person word may
 * be one ("ibu saya", "bapak saya", "meine Frau"), with the user's possessive it is no person asked for.
 */
function isOwnedNoun(ids: Int32Array, marks: WordMarks, grammar: Grammar, k: number): boolean {
	const id = ids[k];
	if (id < UNKNOWN || (marks.anyUrged && marks.urged[k] !== 0)) return false;
	return !grammar.firstPersons.hasIn(id, marks.langs);
}

/** The transfer verb just before the object ("verbinden Sie | meine Mutter") or just after the person, put last ("Berater | verbinden"); or -1. */
function transferVerbAround(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, object: number, end: number): number {
	const langs = marks.langs;
	for (let k = object - 1; k >= 0 && k >= object - VERB_BEFORE && ids[k] >= UNKNOWN; k--) if (grammar.transferVerbs.hasIn(ids[k], langs)) return k;
	for (let k = end; k < count && k < end + VERB_AFTER && ids[k] >= UNKNOWN; k++) if (grammar.transferVerbs.hasIn(ids[k], langs)) return k;
	return -1;
}

/**
 * Whether the verb's clause makes it no request to the business: the user as subject before the verb or right after
 * it ("I will put", "hvordan forbinder jeg"), a how-word ("how do I connect", "cara sambungkan") or a perfect
 * ("had been transferred") before it in its clause.
 */
function notAskedOfBusiness(ids: Int32Array, count: number, grammar: Grammar, langs: number, verb: number): boolean {
	if (verb + 1 < count && grammar.firstPersons.hasIn(ids[verb + 1], langs)) return true;
	for (let k = verb - 1; k >= 0 && ids[k] >= UNKNOWN; k--) {
		const id = ids[k];
		if (grammar.firstPersons.hasIn(id, langs) || grammar.hows.hasIn(id, langs) || grammar.perfects.hasIn(id, langs)) return true;
	}
	return false;
}
