/**
 * A fixed callback phrase of the packs ("phone me", "zurückrufen", "que me llamen") that asks nothing now because the
 * need is denied before it in its clause, read as needs.ts reads a denied need: "no need for anyone from the team to |
 * phone me", "da muss jetzt nicht extra jemand | zurückrufen", "No estoy pidiendo | que me llamen". The contact verb is
 * a word of `wishedContacts`, as in contactRequests.ts. So does one in a question about the past, a clause that a
 * word of `pastQuestions` opens: "did someone from the boatyard | ring me yesterday?" asks whether someone called. An asker or a wish mood in the clause ("kan I ikke bare få et
 * menneske til at ringe"), an urger after the denial ("nobody phoned me back | please have someone phone me now") or a
 * want verb past the denial's own asks all the same.
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';

/** How far after a denial its own want verb stands ("don't want", "no quiero", "nicht extra"): a want further on asks anew. */
const DENIED_WANT_REACH = 2;

/**
 * Whether the fixed request at start…end holds a contact verb that a denial (a word of `denials`, or the negation hit
 * starting at `negation`, or -1) earlier in its clause, or a past question opening it, leaves unasked.
 */
export function contactPhraseIdle(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number, end: number, negation: number): boolean {
	const langs = marks.langs;
	let verb = start;
	while (verb < end && !grammar.wishedContacts.hasIn(ids[verb], langs)) verb++;
	if (verb === end) return false;
	const from = marks.clauseStart[marks.clause[verb]] + 1;
	let cue = negation >= from && negation < start ? negation : -1;
	for (let k = from; k < start && cue < 0; k++) if (grammar.denials.hasIn(ids[k], langs) || (k === from && grammar.pastQuestions.hasIn(ids[k], langs))) cue = k;
	return cue >= 0 && !askedInClause(ids, marks, grammar, from, cue, start, verb);
}

/**
 * Whether the clause asks all the same: an asker or a wish mood before the request ("kan I ikke bare …", "if someone
 * could call me"), an urger after the cue ("nobody phoned me back | please have someone phone me"), or a want verb
 * past the denial's own, maybe inside the phrase ("je ne comprends pas … | je voudrais qu'une personne me rappelle"), not at its first
 * word, which is what is denied ("No estoy pidiendo | que me llamen") ("he was not happy at all i just | want someone … to call me back").
 */
function askedInClause(ids: Int32Array, marks: WordMarks, grammar: Grammar, from: number, cue: number, start: number, verb: number): boolean {
	const langs = marks.langs;
	for (let k = from; k < verb; k++) {
		if (k < start && (grammar.contactAskers.hasIn(ids[k], langs) || grammar.wishMoods.hasIn(ids[k], langs))) return true;
		if (k > cue && ((marks.anyUrged && marks.urged[k] !== 0) || (k > cue + DENIED_WANT_REACH && k !== start && marks.anyAsks && marks.asks[k] !== 0))) return true;
	}
	return false;
}
