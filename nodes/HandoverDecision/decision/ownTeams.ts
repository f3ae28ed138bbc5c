/**
 * A team the user runs, not one asked for: "we have our own support team at the bakery, can your till app …",
 * "nous avons notre propre service client", "wir haben einen eigenen Kundendienst", "kami punya tim CS sendiri",
 * "timu yetu wenyewe ya huduma kwa wateja". A word of `ownTeamWords` just before the offered team, or just after it
 * (Indonesian, Swahili and Portuguese put it after the noun: "equipa de suporte própria"), in the same clause, makes
 * the offer none. "Our own team is stuck, customer service?" still offers: the comma parts the clauses. A team's own
 * address ("hat das Team eine eigene E-Mail-Adresse?", "tim cetak punya email sendiri?": a word of `contactMedia`
 * nearby) and a question whether one exists ("Gibt es eine eigene Service-Hotline für Lehrer?": a word of
 * `existentials` opening the clause) ask how to reach the business's team, and stay offers.
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import type { Tokens } from './text';

/** How many words may stand between the own word and the team before it: "our own | customer service desk", "notre propre | équipe de | support". */
const OWN_BEFORE = 3;
/** How many words may follow the team before the own word: "tim customer service | sendiri", "equipa de suporte informático | própria". */
const OWN_AFTER = 2;

/**
 * Whether the offer at start…end is a team the user runs, with an own word beside it in its clause, or a team of the
 * user's own doing: a first person and a "myself" word in its clause, which asks no how ("I run a small help desk myself", "ich ruf
 * morgen selbst beim Kundendienst an", "jeg sidder selv i support").
 */
export function ownTeam(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	if (ownDoing(tokens.id, marks, grammar, start)) return true;
	if (!marks.lists.has(grammar.ownTeamWords)) return false;
	const { id: ids, count } = tokens;
	const { clause, langs } = marks;
	const from = Math.max(0, start - OWN_BEFORE - 1);
	const to = Math.min(count, end + OWN_AFTER + 1);
	let own = false;
	for (let k = from; k < to; k++) {
		if (clause[k] !== clause[start]) continue;
		if (grammar.contactMedia.hasIn(ids[k], langs)) return false;
		own ||= grammar.ownTeamWords.hasIn(ids[k], langs);
	}
	return own && !askedWhetherThere(ids, marks, grammar, start);
}

/** "Gibt es | eine eigene Service-Hotline", "is there | …", "kuna | …": the clause of word k opens with an existential. */
function askedWhetherThere(ids: Int32Array, marks: WordMarks, grammar: Grammar, k: number): boolean {
	const { clause } = marks;
	let first = k;
	while (first > 0 && clause[first - 1] === clause[k]) first--;
	return grammar.existentials.hasIn(ids[first], marks.langs);
}

/**
 * Whether the clause of word k has both a first person and a word of `selfDoers`, and no how-word: "I tried everything
 * myself and now how do I reach support?" asks how to contact the team.
 */
function ownDoing(ids: Int32Array, marks: WordMarks, grammar: Grammar, k: number): boolean {
	const { lists, clause, clauseStart, langs } = marks;
	if (!lists.has(grammar.selfDoers) || !lists.has(grammar.firstPersons)) return false;
	const c = clause[k];
	let self = false;
	let firstPerson = false;
	for (let j = clauseStart[c] + 1; j < clauseStart[c + 1]; j++) {
		self ||= grammar.selfDoers.hasIn(ids[j], langs);
		firstPerson ||= grammar.firstPersons.hasIn(ids[j], langs);
		if (grammar.hows.hasIn(ids[j], langs)) return false;
	}
	return self && firstPerson;
}
