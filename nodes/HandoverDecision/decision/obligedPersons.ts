/**
 * A question whether a person has to do something, or the system, a machine or the user does it: "does the widget
 * route them straight away | or | does an admin have to accept the chat?", "¿la aprueba el sistema | o | la tiene
 * que revisar un empleado?", "kan jeg selv ændre adressen i appen, | eller | skal en rådgiver gøre det?", "botnya
 * meneruskan sendiri | atau | admin yang harus ambil alih?". The sentence ends in a question mark, an alternative
 * (`alternatives`) splits it, the part that holds the request has a word of having to (`obligations`), and another
 * part names the other way: a system (`systems`), a machine (`machines`) or the user doing it (`selfDoers`). The user
 * asks who does the work, not for a person. "can I talk to a human now, or do I have to keep using the bot?" has its
 * having to in the other part, and "can I talk to a human or is it only the bot?" none.
 */
import { endsWithQuestion } from './clauseChecks';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { SENTENCE_BOUNDARY as sentence_boundary, type Tokens } from './text';
// Read once: an imported const compiles to a property read at every use.
const SENTENCE_BOUNDARY = sentence_boundary;

/** Whether the request at start…end stands in the part of an either-or question that asks whether a person has to do something. */
export function personObligedInAlternative(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	if (!marks.lists.has(grammar.obligations) || !marks.lists.has(grammar.alternatives)) return false;
	const { id: ids, count } = tokens;
	const { langs } = marks;
	let first = start;
	while (first > 0 && ids[first - 1] !== SENTENCE_BOUNDARY) first--;
	let last = end;
	while (last < count && ids[last] !== SENTENCE_BOUNDARY) last++;
	let from = start;
	while (from > first && !grammar.alternatives.hasIn(ids[from - 1], langs)) from--;
	let to = end;
	while (to < last && !grammar.alternatives.hasIn(ids[to], langs)) to++;
	if ((from === first && to === last) || !endsWithQuestion(tokens, last)) return false;
	let obliged = false;
	for (let k = from; k < to && !obliged; k++) obliged = grammar.obligations.hasIn(ids[k], langs);
	return obliged && (otherWay(ids, grammar, langs, first, from) || otherWay(ids, grammar, langs, to, last));
}

/** Whether a system, a machine or the user's doing it is named in from…to. */
function otherWay(ids: Int32Array, grammar: Grammar, langs: number, from: number, to: number): boolean {
	for (let k = from; k < to; k++) {
		const id = ids[k];
		if (grammar.systems.hasIn(id, langs) || grammar.machines.hasIn(id, langs) || grammar.selfDoers.hasIn(id, langs)) return true;
	}
	return false;
}
