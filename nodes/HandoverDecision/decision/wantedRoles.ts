/**
 * A person word of a pack after a noun or two naming where they work, in a want verb's slot and ending its clause:
 * "get me the [exhibitor services] lead, our booth has no power", "I need the [club] manager.", "quiero al [jefe de]
 * almacén" is read by the packs. The talk verbs read such a slot in roleTargets.ts; after a want verb the person must
 * end the clause, since a person word before another noun names a thing ("I need the account manager role",
 * "get me the store manager app") and one before "to" or "'s" is read by other checks ("the club manager's email").
 */
import { NOT_A_STOPWORD } from './grammar';
import type { Grammar } from './grammar';
import { PERSON } from './hitKinds';
import type { WordMarks } from './marks';
import type { Tokens } from './text';
import { COMMA_BOUNDARY as comma_boundary, SENTENCE_BOUNDARY as sentence_boundary, UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
const COMMA_BOUNDARY = comma_boundary;
const SENTENCE_BOUNDARY = sentence_boundary;
/** Articles and fillers between the verb and the nouns: "get me [the] …", as frames.ts reads them. */
const SLOT_REACH = 4;
/** Nouns before the person word that say where the person works: "the [exhibitor services] lead". */
const MODIFIERS = 2;

/**
 * The end of the person after one or two place nouns in the slot of the want verb ending at `end`, or -1: "get me the
 * exhibitor services lead," → after "lead"; "i need the club manager" → after "manager"; "I need the club manager
 * dashboard" → -1; "quero o gerente da loja" has no noun before the person and is read by the frames.
 */
export function roleAfterPlaceInWantSlot(tokens: Tokens, marks: WordMarks, grammar: Grammar, end: number): number {
	const { id: ids, count } = tokens;
	const langs = marks.langs;
	let k = end;
	while (k < count && k < end + SLOT_REACH && (grammar.fillers.has(ids[k]) || grammar.determiners.hasIn(ids[k], langs))) k++;
	// an article or a possessive opens the nouns: "I need to reach somebody", "saya perlu menghubungi seseorang" have a verb there
	if (k === end || !(grammar.determiners.hasIn(ids[k - 1], langs) || grammar.indefiniteArticles.hasIn(ids[k - 1], langs))) return -1;
	for (let head = k + 1; head < count && head <= k + MODIFIERS; head++) {
		const noun = ids[head - 1];
		if (!(noun === UNKNOWN || (noun >= 0 && grammar.stopwordLanguageOf[noun] === NOT_A_STOPWORD)) || marks.targetEnd[head - 1] > 0) return -1;
		if (marks.targetEnd[head] <= 0) continue;
		if (marks.targetKind[head] !== PERSON) return -1;
		const to = marks.targetEnd[head];
		return to >= count || ids[to] === COMMA_BOUNDARY || ids[to] === SENTENCE_BOUNDARY ? to : -1;
	}
	return -1;
}
