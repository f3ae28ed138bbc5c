/**
 * A person wished to contact the user: "it would be lovely if | an adviser | called me back", "me vendría bien que |
 * alguien | me llamara", "Es wäre schön, wenn sich | jemand | bei mir meldet", "Det ville være rart hvis | en fra
 * butikken | ringede", "Ningeshukuru kama | mtu wa ofisi | angewasiliana nami". A conditional or wondering word of
 * the pack's `wishMoods` stands before an "if" or "that", a person or team opens what follows, and a contact verb of
 * `wishedContacts` (the subjunctive or past forms the wish takes) follows them in their clause: the polite form of
 * "call me", asked now. Not when a word of `perfects` puts the wish in the past ("it would have been nice if someone
 * had called"), nor after a report of someone else's words ("my neighbour says it would be great if …"), nor when
 * the "if" asks whether ("I'd like to know if the manager called me back"). About a
 * thing ("es wäre schön, wenn die App …") no person opens the clause, and a condition still to come blocks the
 * person as any request (see futureConditions.ts).
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { SENTENCE_BOUNDARY as sentence_boundary, UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const SENTENCE_BOUNDARY = sentence_boundary;
const UNKNOWN = unknown;
/** How far before the person its "if" or "that" may stand: "wenn | mich ein | Mitarbeiter", "que | una | persona", "wenn | sich noch heute | jemand". */
const LINK_REACH = 5;
/** How far before the "if" or "that" the wish may stand: "Me gustaría, si no es mucha molestia, | que". */
const MOOD_REACH = 8;
/** How far after the person its contact verb may stand: "mtu | wa ofisi | angewasiliana", "alguien de la tienda | se pusiera". */
const VERB_REACH = 6;
/** How far before the "if" or "that" a report makes the wish someone else's: "My neighbour says | it would be great if". */
const SPEAKER_REACH = 12;

/** Whether the person or team at start…end is wished, now, to contact the user. */
export function wishedToContact(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	if (!marks.lists.has(grammar.wishMoods)) return false;
	const link = linkBefore(ids, marks, grammar, start);
	if (link < 0) return false;
	return wishBefore(ids, marks, grammar, link) && contactAfter(ids, count, marks, grammar, end);
}

/**
 * Whether the subject at `start` follows a wish and its "if" or "that": what it does is wished, not promised, where
 * the subjunctive reads as a future ("que alguien me llamara", llamará without its accent). See promises.ts.
 */
export function wishedSubject(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number): boolean {
	const link = linkBefore(ids, marks, grammar, start);
	return link >= 0 && wishBefore(ids, marks, grammar, link);
}

/** The "if" or "that" a few words before the person, in its clause; or -1. */
function linkBefore(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number): number {
	const langs = marks.langs;
	for (let k = start - 1; k >= 0 && k >= start - LINK_REACH; k--) {
		const id = ids[k];
		if (id < UNKNOWN) return -1; // a boundary
		if (grammar.conditionals.hasIn(id, langs) || grammar.complementisers.hasIn(id, langs)) return k;
	}
	return -1;
}

/**
 * Whether a wish mood stands a few words before the link, with no perfect between ("would have been nice if") nor a
 * verb that makes the link ask whether ("I would like to know if the manager called me back"), and no report before it in its sentence.
 */
function wishBefore(ids: Int32Array, marks: WordMarks, grammar: Grammar, link: number): boolean {
	const langs = marks.langs;
	let mood = false;
	for (let k = link - 1; k >= 0 && k >= link - SPEAKER_REACH && ids[k] !== SENTENCE_BOUNDARY; k--) {
		const id = ids[k];
		if (grammar.reports.hasIn(id, langs)) return false;
		if (k < link - MOOD_REACH) continue;
		if (!mood && (grammar.perfects.hasIn(id, langs) || grammar.indirectQuestions.hasIn(id, langs))) return false;
		if (grammar.wishMoods.hasIn(id, langs)) mood = true;
	}
	return mood;
}

/** Whether a contact verb follows the person in its clause, not after a perfect ("si alguien | me hubiera llamado"). */
function contactAfter(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, end: number): boolean {
	const langs = marks.langs;
	for (let k = end; k < count && k <= end + VERB_REACH; k++) {
		const id = ids[k];
		if (id < UNKNOWN || grammar.perfects.hasIn(id, langs)) return false;
		if (grammar.wishedContacts.hasIn(id, langs)) return true;
	}
	return false;
}
