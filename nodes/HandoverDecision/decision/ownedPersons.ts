/**
 * A person word owned by a third party: after a genitive ("the band's | agent", "min udlejers | agent", "teatrets |
 * agent") the person belongs to someone the user talks about, as after "their" or "deren" (the packs' determiners),
 * so referents.ts reads it as talked about. English splits its 's off the noun ("band | s"); Danish writes the
 * genitive as an -s on the noun itself.
 */
import { APOSTROPHE as apostrophe, kindOf } from './characters';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { LANGUAGE_CODES } from './packs/types';
import { isNoun } from './qualities';
import { UNKNOWN as unknown, type Tokens } from './text';
import { isPossessiveS } from './wordChecks';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
const APOSTROPHE = apostrophe;
const SUFFIX_GENITIVE = 1 << LANGUAGE_CODES.indexOf('da');
const LETTER_S = 115;
/** "hus", "bus", "pris": shorter nouns that end in an s are seldom genitives. */
const SHORTEST_SUFFIX_GENITIVE = 5;

/** Whether word k, just before a person word, is a noun in the genitive. */
export function genitiveBefore(tokens: Tokens, marks: WordMarks, grammar: Grammar, k: number): boolean {
	const { id: ids, start, end } = tokens;
	if (k < 0 || ids[k] < UNKNOWN) return false;
	// "band | s": the s right after its noun and the apostrophe
	if (isPossessiveS(tokens, k)) return k > 0 && end[k - 1] + 1 === start[k] && kindOf(tokens.text.charCodeAt(end[k - 1])) === APOSTROPHE && isNoun(ids[k - 1], k - 1, marks, grammar);
	return (marks.langs & SUFFIX_GENITIVE) !== 0 && end[k] - start[k] >= SHORTEST_SUFFIX_GENITIVE && tokens.text.charCodeAt(end[k] - 1) === LETTER_S && isNoun(ids[k], k, marks, grammar);
}
