/**
 * A team thanked or judged, not one asked for: a word of `thanks` a few words before the team in its clause ("thanks
 * heaps to your support team for …", "tak til jeres support", "danke an euren Support", "merci au service client",
 * "gracias al servicio al cliente", "obrigado ao suporte", "makasih tim support", "asanteni timu ya ufundi"), or a
 * copula a few words after it, the team opening the clause it describes ("your customer service is terrible", "euer
 * Support ist das Letzte", "o atendimento de vocês é péssimo", "huduma kwa wateja yenu ni mbaya"). Only a team offered
 * by itself: "thanks, how do I contact support?" offers it after its verb, and "thanks. customer service?" in a clause
 * of its own. A team after other words is asked about ("namba ya huduma kwa wateja ni gani?", "welche Abteilung ist
 * zuständig?"), and so is one with a contact detail after it ("huduma kwa wateja ni namba gani?"): they stay offers.
 * A team word opening a clause that says it broke is no team but a thing, a stand or a mount ("the support snapped",
 * "el soporte del portátil se rompió", "o suporte dos painéis tá enferrujando", "le support du chevalet est bancal");
 * not when the broken thing is the user's or the topic ("support for my broken phone?", "contact support about a kettle that broke").
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { UNKNOWN as unknown, type Tokens } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;

/** How many words may stand between the thanks and the team: "thanks heaps to your | support". */
const THANKS_REACH = 4;
/** How many words may stand between the team and its copula: "o atendimento | de vocês | é", "huduma kwa wateja | yenu | ni". */
const COPULA_REACH = 2;

/** Whether the offer at start…end is a team by itself that the user thanks, or that its clause describes. */
export function judgedTeam(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	if (marks.targetEnd[start] < end) return false; // a verb before the team: "contact | support"
	const teamEnd = marks.targetEnd[start]; // the whole team: "support | team"
	const { id: ids, count } = tokens;
	const langs = marks.langs;
	if (marks.lists.has(grammar.thanks)) {
		for (let k = start - 1; k >= 0 && k >= start - THANKS_REACH - 1 && ids[k] >= UNKNOWN; k--) {
			if (grammar.thanks.hasIn(ids[k], langs)) return true;
		}
	}
	if (marks.lists.has(grammar.breakages) && saidBroken(ids, count, grammar, langs, teamEnd)) return true;
	if (!marks.lists.has(grammar.copulas) || !opensClause(ids, marks, grammar, start)) return false;
	for (let k = teamEnd; k < count && k <= teamEnd + COPULA_REACH && ids[k] >= UNKNOWN; k++) {
		if (grammar.copulas.hasIn(ids[k], langs)) return !detailInClause(ids, count, grammar, langs, k);
	}
	return false;
}

/** Whether only determiners and fillers stand before word k in its clause: "your | customer service", "o | atendimento". */
function opensClause(ids: Int32Array, marks: WordMarks, grammar: Grammar, k: number): boolean {
	for (let j = marks.clauseStart[marks.clause[k]] + 1; j < k; j++) {
		if (!grammar.determiners.hasIn(ids[j], marks.langs) && !grammar.fillers.hasIn(ids[j], marks.langs)) return false;
	}
	return true;
}

/** Whether a word of breaking follows the team in its clause, with no topic word or possessive of the user's between: "support | clamp cracked", not "support for | my | broken phone" nor "kundeservice | om | en elkedel der gik i stykker". */
function saidBroken(ids: Int32Array, count: number, grammar: Grammar, langs: number, from: number): boolean {
	for (let k = from; k < count && ids[k] >= UNKNOWN; k++) {
		if (grammar.ownPossessives.hasIn(ids[k], langs) || grammar.topics.hasIn(ids[k], langs)) return false;
		if (grammar.breakages.hasIn(ids[k], langs)) return true;
	}
	return false;
}

/** Whether a contact detail follows word k before its clause ends: "ni | namba gani", "is | which number". */
function detailInClause(ids: Int32Array, count: number, grammar: Grammar, langs: number, k: number): boolean {
	for (let j = k + 1; j < count && ids[j] >= UNKNOWN; j++) if (grammar.details.hasIn(ids[j], langs)) return true;
	return false;
}
