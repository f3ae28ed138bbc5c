/**
 * A request someone other than the user made before, told by the user: "my neighbour asked to speak to the manager",
 * "ma voisine a demandé à parler au responsable", "mi hermano pidió hablar con un asesor", "jirani yangu aliomba
 * kuongea na meneja", "mein Mann hat nach einem Mitarbeiter gefragt" (the participle after the request). A past form
 * of asking (`othersPastAsks`) in the request's clause, after at least one word that is its subject, reports the ask:
 * nothing is asked now. The user in the clause before the request ("I asked…", "my husband and I asked…"), an urging
 * word or a question at the clause's end keeps the request, and so does one in a clause of its own ("my husband asked
 * for a manager yesterday, | can I talk to one now?"). A present ask ("my dad is asking for an agent") is no past form.
 */
import { endsWithQuestion } from './clauseChecks';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { pastTimeAt } from './pastReports';
import type { Tokens } from './text';

/** How far after the request its participle may stand: "nach einem Mitarbeiter | gefragt". */
const PARTICIPLE_AFTER = 2;

/** Whether the request at start…end is what a third person asked for before, reported. */
export function askedBeforeByOther(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	if (!marks.lists.has(grammar.othersPastAsks)) return false;
	const ids = tokens.id;
	const { langs } = marks;
	const clause = marks.clause[start];
	const from = marks.clauseStart[clause] + 1;
	const clauseEnd = marks.clauseStart[clause + 1];
	let asked = false;
	for (let k = from; k < start; k++) {
		// the 'i' of 'i går' is a time, not the English "I": "Min svigermor skrev til jer i går og bad om…"
		if (pastTimeAt(ids, k, start, grammar, langs) === 2) {
			k++;
			continue;
		}
		if (grammar.firstPersons.hasIn(ids[k], langs) || (marks.anyUrged && marks.urged[k] !== 0)) return false;
		if (k > from && grammar.othersPastAsks.hasIn(ids[k], langs)) asked = true;
	}
	for (let k = end; !asked && k < clauseEnd && k < end + PARTICIPLE_AFTER; k++) asked = start > from && grammar.othersPastAsks.hasIn(ids[k], langs);
	return asked && !endsWithQuestion(tokens, clauseEnd);
}
