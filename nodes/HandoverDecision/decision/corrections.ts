/**
 * Requests corrected in the next breath: "passez-moi un conseiller... non attendez, mon mari a retrouvé le devis",
 * "mau ngomong sama admin dong.. eh gajadi kak, tukang tatonya udah bales di IG", "nataka kuongea na mhudumu...
 * hapana subiri, fundi amefika". A later clause whose first words pair a "wait"/"actually" word (`selfCorrections`)
 * with a negation or another such word ("no wait", "wait, no", "bueno no", "eh gajadi", "eh ternyata") takes back what
 * was asked before it when nothing is asked after it: the user goes on with a reason, "it's fine" or "found it". A
 * correction that asks ("no wait, I'd rather talk to a manager") asks again. A "no" alone answers the bot ("no, that's
 * not it… put me through") and "no, no" is emphasis, so neither corrects; "I can't wait" does not open its clause. A
 * person in a clause a cancel marks after it ("hapana subiri, fundi amefika": the technician has come) asks for no one.
 * After an ellipsis a decline alone corrects (ellipsisCorrections.ts): "… ne, doch nicht, die Skipässe sind da"; after a
 * question a short sentence of curiosity does (closingCuriosities.ts): "…? just curious".
 */
import { FRUSTRATION as frustration, NEGATION as negation, WIDE_NEGATION as wide_negation } from './hitKinds';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import type { Hits } from './scratch';
import { asksForSomeone } from './runOnTakeBacks';
import { declinedAfterEllipsis } from './ellipsisCorrections';
import { closesWithCuriosity } from './closingCuriosities';
import { COMMA_BOUNDARY as comma_boundary, SENTENCE_BOUNDARY as sentence_boundary, type Tokens } from './text';
// Read once: an imported const compiles to a property read at every use.
const COMMA_BOUNDARY = comma_boundary;
const SENTENCE_BOUNDARY = sentence_boundary;
const FRUSTRATION = frustration;
const NEGATION = negation;
const WIDE_NEGATION = wide_negation;
/** How many words into its clause (past commas: "ah, no, wait") the pair that opens a correction may end. */
const OPENING_WORDS = 3;

/**
 * Where the last correction after everything asked in the message begins, or -1: requests in clauses before it are
 * taken back. A frustration after it is not a settled user either ("no wait, this bot is useless").
 */
export function correctionFrom(tokens: Tokens, hits: Hits, marks: WordMarks, grammar: Grammar): number {
	// each way to correct needs a word of its own list
	const { lists } = marks;
	if (!lists.has(grammar.selfCorrections) && !lists.has(grammar.declines) && !lists.has(grammar.curiosities)) return -1;
	const { id: ids, count } = tokens;
	let askedEnd = -1;
	/** Where the negations so far end: an ask word inside one asks for nothing ("no need", "pas besoin", "não precisa"). */
	let negatedTo = 0;
	for (let h = 0; h < hits.count; h++) {
		const kind = hits.kind[h];
		if (kind === NEGATION || kind === WIDE_NEGATION) negatedTo = Math.max(negatedTo, hits.end[h]);
		else if ((asksForSomeone(kind) && hits.start[h] >= negatedTo && !inCancelledClause(marks, hits.start[h])) || kind === FRUSTRATION) askedEnd = Math.max(askedEnd, hits.end[h]);
	}
	if (askedEnd < 0) return -1;
	const { clause, clauseStart } = marks;
	const lastClause = count > 0 ? clause[count - 1] : 0;
	for (let c = lastClause; c > clause[askedEnd - 1]; c--) {
		const opening = clauseStart[c] + 1;
		if (opensCorrection(ids, count, opening, grammar, marks.langs) || declinedAfterEllipsis(tokens, hits, opening, grammar, marks.langs) || closesWithCuriosity(tokens, opening, grammar, marks.langs)) {
			return opening;
		}
	}
	return -1;
}

/** Whether word k stands in a clause a cancel marks: the person of "… hapana subiri, fundi amefika" has come, no one asked for after the correction. */
function inCancelledClause(marks: WordMarks, k: number): boolean {
	return marks.anyCancelled && marks.cancelled[marks.clause[k]] === 1;
}

/** Whether the words from `opening` pair a self-correction with a decline or another one, with words after the pair. */
function opensCorrection(ids: Int32Array, count: number, opening: number, grammar: Grammar, langs: number): boolean {
	let previous = 0; // 0: none yet, 1: a decline, 2: a self-correction
	let words = 0;
	for (let k = opening; k < count && words < OPENING_WORDS; k++) {
		const id = ids[k];
		if (id === COMMA_BOUNDARY) continue;
		if (id === SENTENCE_BOUNDARY) return false;
		words++;
		const current = grammar.selfCorrections.hasIn(id, langs) ? 2 : grammar.declines.hasIn(id, langs) ? 1 : 0;
		if (current !== 0 && previous !== 0 && (current === 2 || previous === 2)) return k + 1 < count && ids[k + 1] !== SENTENCE_BOUNDARY;
		previous = current;
	}
	return false;
}
