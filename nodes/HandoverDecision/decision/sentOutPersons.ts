/**
 * A person sent out to do something at the user's, read by where the word stands rather than by the word: "Kan I sende
 * | en vagt ud og se | om alt er ok?", "Vil I sende | en mægler ud og give | en vurdering?". A send verb of
 * `visitVerbs`, the article of `sendOutArticles`, one word, a particle of `sendOutParticles` and, after a link, a deed
 * done on the spot (`sendOutDeeds`) send that word's bearer out, as a person word would be (visitRequests.ts). The word
 * itself becomes no person word, so English "the light is redder now" stays a colour. Without the deed a thing is as
 * likely ("kan I sende en faktura ud til mig?"); an adjective before it ("sende en ny router ud") is no such slot, and
 * the user as the sender ("kan jeg sende en mand ud og se") asks nothing.
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { negatedOrCancelledBefore } from './relativeCalls';
import type { Hits } from './scratch';
import { type Tokens, UNKNOWN as unknown } from './text';
import { askedNow, visitVerbBefore } from './visitRequests';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
/** How far before the send verb a negation or cancel still reaches it: "kan I ikke bare | sende". */
const NEGATION_BEFORE = 4;

/** The span of the first person sent out and its verb, or null. */
export function sentOutPerson(tokens: Tokens, marks: WordMarks, grammar: Grammar, hits: Hits): { start: number; end: number } | null {
	if (!marks.lists.has(grammar.sendOutDeeds) || !marks.lists.has(grammar.sendOutParticles) || !marks.lists.has(grammar.sendOutArticles)) return null;
	const { id: ids, count } = tokens;
	const langs = marks.langs;
	for (let k = 2; k + 3 < count; k++) {
		if (!grammar.sendOutParticles.hasIn(ids[k + 1], langs) || !grammar.sendOutArticles.hasIn(ids[k - 1], langs)) continue;
		if (ids[k] < UNKNOWN || ids[k + 2] < UNKNOWN || !grammar.sendOutDeeds.hasIn(ids[k + 3], langs)) continue;
		const verb = k - 2;
		if (visitVerbBefore(ids, marks, grammar, k) !== verb || grammar.sendOutParticles.hasIn(ids[verb], langs)) continue;
		if ((marks.anyCancelled && marks.cancelled[marks.clause[k]] === 1) || (marks.anyCovered && marks.covered[k] !== 0)) continue;
		if (!negatedOrCancelledBefore(hits, verb - NEGATION_BEFORE, k + 4) && askedNow(ids, count, marks, grammar, verb, k + 4, true)) return { start: verb, end: k + 4 };
	}
	return null;
}

/** Whether the message has a deed of a person sent out, so the frames run with no hit. */
export function maySendOut(tokens: Tokens, grammar: Grammar): boolean {
	const { id: ids, count } = tokens;
	for (let k = 3; k < count; k++) if (grammar.sendOutDeeds.has(ids[k]) && grammar.sendOutParticles.has(ids[k - 2])) return true;
	return false;
}
