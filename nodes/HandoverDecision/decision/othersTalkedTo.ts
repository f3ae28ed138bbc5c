/**
 * Someone wished to have a word with a third person the user complains of, no one asked for: "chaufføren var
 * uhøflig …, det bør nogen tale med | ham | om", "jeg håber at nogen tager en snak med | ham", "someone should talk
 * to | him about it", "alguém devia falar com | ele". The request opens with its person ("nogen", "someone"), the
 * word just after its talk verb is a word of `personPronouns` (him, her, "ham", "ele") after a "with" or "to"
 * (`companions`, `visitRecipients`), and its sentence asks nothing: no question mark, no urging word, no want verb
 * before the person. "can someone talk to him? he only speaks Polish", "please get someone to talk to her" and "I
 * want someone to talk to him" still ask; so does Danish "her" (here): "… en medarbejder der kan tage over her".
 */
import { endsWithQuestion } from './clauseChecks';
import type { Grammar } from './grammar';
import { ASKS_WANT as asks_want } from './hitKinds';
import type { WordMarks } from './marks';
import { SENTENCE_BOUNDARY as sentence_boundary, type Tokens } from './text';
// Read once: an imported const compiles to a property read at every use.
const ASKS_WANT = asks_want, SENTENCE_BOUNDARY = sentence_boundary;

/** Whether the request at start…end is someone's talk with a third person, said in a sentence that asks nothing. */
export function othersTalkedTo(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	if (!marks.lists.has(grammar.personPronouns)) return false;
	const { id: ids, count } = tokens;
	const target = marks.targetEnd[start];
	if (target === 0 || target >= end) return false;
	// the pronoun just after the request, or past its preposition when the request ends with the verb ("nogen tale | med ham"),
	// after a "with" or "to" ("er der en medarbejder der kan tage over her" is "here")
	const pronoun = end < count && grammar.personPronouns.hasIn(ids[end], marks.langs) ? end : end + 1;
	if (pronoun >= count || !grammar.personPronouns.hasIn(ids[pronoun], marks.langs)) return false;
	const link = ids[pronoun - 1];
	if (!grammar.companions.hasIn(link, marks.langs) && !grammar.visitRecipients.hasIn(link, marks.langs)) return false;
	let first = start;
	while (first > 0 && ids[first - 1] !== SENTENCE_BOUNDARY) first--;
	let last = end;
	while (last < count && ids[last] !== SENTENCE_BOUNDARY) last++;
	if (endsWithQuestion(tokens, last)) return false;
	for (let k = first; k < last; k++) {
		if ((marks.anyUrged && marks.urged[k] !== 0) || (k < start && marks.anyAsks && marks.asks[k] === ASKS_WANT)) return false;
	}
	return true;
}
