/**
 * A person the matter in hand needs: "I think this needs a person from your billing team", "creo que esto lo tiene
 * que ver una persona", "det her kræver en person fra jeres support", "kayaknya ini harus manusia yang ngecek". A
 * word of the pack's `needs` stands a few words before the person, right after a word of `matters` (the word that
 * stands for the user's problem: "this", "esto lo", "det her", "ini"): the user asks for a person to take it on. Not
 * in a question ("isso precisa de uma pessoa maior de idade para assinar?"). The need of a thing named ("my parcel
 * needs a person to sign for it") has no such word before it, and a word of `denials` earlier in the clause denies
 * it ("I don't think this needs a person", "jeg tror ikke det her kræver en person").
 */
import { endsWithQuestion } from './clauseChecks';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import type { Tokens } from './text';
import { SENTENCE_BOUNDARY as sentence_boundary, UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const SENTENCE_BOUNDARY = sentence_boundary;
const UNKNOWN = unknown;
/** How far before the person its need word may stand: "tiene | que ver una | persona", "precisa | de uma | pessoa". */
const NEED_REACH = 4;

/** Whether the person at `start` is what the matter in hand needs, said, not asked about. */
export function neededByMatter(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number): boolean {
	if (!marks.lists.has(grammar.matters)) return false;
	const ids = tokens.id;
	const langs = marks.langs;
	let need = -1;
	for (let k = start - 1; k > 0 && k >= start - NEED_REACH; k--) {
		const id = ids[k];
		if (id < UNKNOWN) return false; // a boundary
		if (grammar.needs.hasIn(id, langs)) {
			need = k;
			break;
		}
	}
	if (need < 1 || !grammar.matters.hasIn(ids[need - 1], langs)) return false;
	for (let k = marks.clauseStart[marks.clause[start]] + 1; k < need; k++) if (grammar.denials.hasIn(ids[k], langs)) return false;
	let end = start;
	while (end < tokens.count && ids[end] !== SENTENCE_BOUNDARY) end++;
	return !endsWithQuestion(tokens, end);
}
