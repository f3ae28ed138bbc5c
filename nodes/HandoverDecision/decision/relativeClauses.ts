/**
 * A relative clause after a talk verb that ends its clause, read the way a person reads verb-final word order: "ich will
 * mit dem Fliesenleger reden | der letzte Woche da war". The verb closes the request, and an article-form word right
 * after it opens a clause about the person before the verb ("der", "die", "dem"), so the words that follow tell who that
 * person is and do not push the person out of the verb's reach. Read only when the clause does not open with "my …",
 * whose noun is then the one who wants to talk: "meine Frau möchte mit dem Bademeister sprechen der …".
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';

/** Whether the one-word talk verb ending at `verbEnd` is followed by an article-form word that opens a relative clause. */
export function relativeClauseAfter(ids: Int32Array, count: number, grammar: Grammar, marks: WordMarks, verbStart: number, verbEnd: number): boolean {
	const { langs } = marks;
	if (verbEnd - verbStart !== 1 || verbEnd >= count || !grammar.determiners.hasIn(ids[verbEnd], langs)) return false;
	return grammar.conversations.hasIn(ids[verbStart], langs) && !grammar.ownPossessives.hasIn(ids[marks.clauseStart[marks.clause[verbStart]] + 1], langs);
}
