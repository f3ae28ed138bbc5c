/**
 * A question how to contact a named team, not a request to be put through to it: "how do I contact your sales team?",
 * "¿cómo contacto con el equipo de ventas?", "gimana caranya hubungi tim keuangan?", "Têm algum email para contactar a
 * equipa de vendas?". A word of `hows` or a contact detail (`details`) stands before the verb in its clause, and the
 * verb's target is a team: a team word (the pack's `teams`) in it or just after it. Such a team reads as a
 * department does after a reach verb ("how do I contact support?"): an offer. "can I contact the sales team now? please put me through" has no how
 * word before its verb, and "how do I get a human?" no team.
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { packSpellings, spelled } from './spellings';
import type { Tokens } from './text';

const TEAMS = packSpellings('teams');

/** Whether the verb at `verb` asks how to contact the team in its slot, slot…end. */
export function askedHowToContactTeam(tokens: Tokens, marks: WordMarks, grammar: Grammar, verb: number, slot: number, end: number): boolean {
	if (!marks.lists.has(grammar.hows) && !marks.lists.has(grammar.details)) return false;
	return howBefore(tokens.id, marks, grammar, verb) && namesTeam(tokens, marks, slot, end);
}

/** Whether a how word opens the verb's clause (after an "and" at most), or a contact detail stands before the verb in it: not "tem como me transferir" (a way asked for). */
function howBefore(ids: Int32Array, marks: WordMarks, grammar: Grammar, verb: number): boolean {
	const { langs } = marks;
	const opening = marks.clauseStart[marks.clause[verb]] + 1;
	for (let k = opening; k < verb; k++) {
		if (grammar.details.hasIn(ids[k], langs)) return true;
		if (grammar.hows.hasIn(ids[k], langs) && (k === opening || (k === opening + 1 && grammar.conjunctions.hasIn(ids[opening], langs)))) return true;
	}
	return false;
}

/** Whether a team word stands in the slot…end or just after it: "your sales | team", "el | equipo | de ventas". */
function namesTeam(tokens: Tokens, marks: WordMarks, slot: number, end: number): boolean {
	const last = Math.min(tokens.count, end + 1);
	for (let k = slot; k < last; k++) if (spelled(tokens, k, TEAMS, marks.langs)) return true;
	return false;
}
