/**
 * A call verb put first in its clause with the user as its object, its particle split off to the end of the clause
 * (German's verb bracket): "Rufen Sie mich bitte heute Nachmittag wegen der Nachzahlung an", "ruf mich halt kurz an
 * wenn du magst", "bitte ruft mich jemand vom Hausbootverleih zurück", "ruft mich bitte an 0176 …". The pack's
 * phrases read the verb and its particle side by side; here any words may part them. Put first (after an urger at
 * most) the verb asks: later in its clause it states or asks about a call ("ich rufe Sie morgen an", "warum ruft mich
 * keiner an"). The particle ends the clause, or a number, a topic, a condition, a subordinate clause, an urger,
 * "and" or a time of the call follows it ("ruf mich morgen früh an | so gegen sieben"): "an" before anything else is a
 * preposition ("ruf mich an der Rezeption an" reads the last "an").
 * A denial between the verb and its particle ("rufen Sie mich bitte nicht mehr an"), a negation or cancel in the
 * clause, a condition inside it or a report before it in its sentence ("er sagte, ruf mich morgen an") asks nothing.
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import type { Hits } from './scratch';
import { spokenOfElsewhere } from './contactRequests';
import { negatedOrCancelledBefore } from './relativeCalls';
import { type Tokens, UNKNOWN as unknown } from './text';
import { isNumber } from './wordChecks';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
/** How far after the verb the user may stand: "ruft | mich", "rufen Sie | mich". */
const USER_AFTER = 2;

/** Whether the message may hold such a call: a split call verb, read before the frames run on a message with no hit. */
export function mayCallSplit(tokens: Tokens, grammar: Grammar): boolean {
	const { id: ids, count } = tokens;
	for (let k = 0; k < count; k++) if (grammar.splitCallVerbs.has(ids[k])) return true;
	return false;
}

/** The span (verb to particle) of the first split call asked for, or null. */
export function splitCall(tokens: Tokens, marks: WordMarks, grammar: Grammar, hits: Hits): { start: number; end: number } | null {
	if (!marks.lists.has(grammar.callParticles) || !marks.lists.has(grammar.splitCallVerbs)) return null;
	const { id: ids, count } = tokens;
	const langs = marks.langs;
	for (let verb = 0; verb < count; verb++) {
		if (!grammar.splitCallVerbs.hasIn(ids[verb], langs) || !opensClause(marks, verb)) continue;
		const user = userAfter(ids, count, marks, grammar, verb);
		if (user < 0) continue;
		const particle = closingParticle(tokens, marks, grammar, user + 1);
		if (particle < 0 || negatedOrCancelledBefore(hits, marks.clauseStart[marks.clause[verb]] + 1, particle) || spokenOfElsewhere(ids, marks, grammar, verb, particle + 1)) continue;
		return { start: verb, end: particle + 1 };
	}
	return null;
}

/** Whether only urgers stand before `verb` in its clause: "Rufen Sie …", "bitte ruft mich …". */
function opensClause(marks: WordMarks, verb: number): boolean {
	for (let k = marks.clauseStart[marks.clause[verb]] + 1; k < verb; k++) if (!marks.anyUrged || marks.urged[k] === 0) return false;
	return true;
}

/** Where the user stands right after the verb ("ruf | mich", "rufen Sie | mich"), or -1. */
function userAfter(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, verb: number): number {
	for (let k = verb + 1; k < count && k <= verb + USER_AFTER && ids[k] >= UNKNOWN; k++) if (grammar.userObjects.hasIn(ids[k], marks.langs)) return k;
	return -1;
}

/** The particle that closes the verb's clause, from `from` on, with no denial before it; or -1. */
function closingParticle(tokens: Tokens, marks: WordMarks, grammar: Grammar, from: number): number {
	const { id: ids, count } = tokens;
	const langs = marks.langs;
	for (let k = from; k < count && ids[k] >= UNKNOWN; k++) {
		if (grammar.denials.hasIn(ids[k], langs)) return -1;
		if (grammar.callParticles.hasIn(ids[k], langs) && endsCall(tokens, marks, grammar, k + 1)) return k;
	}
	return -1;
}

/** Whether the call's clause ends at `k`, or a number, a topic, a condition, a subordinate clause, an urger, "and" or a time opens there. */
function endsCall(tokens: Tokens, marks: WordMarks, grammar: Grammar, k: number): boolean {
	if (k >= tokens.count || tokens.id[k] < UNKNOWN) return true;
	const id = tokens.id[k];
	const langs = marks.langs;
	return (
		isNumber(tokens, k) || (marks.anyUrged && marks.urged[k] !== 0) || grammar.topics.hasIn(id, langs) || grammar.conditionals.hasIn(id, langs) ||
		grammar.complementisers.hasIn(id, langs) || grammar.whens.hasIn(id, langs) || grammar.conjunctions.hasIn(id, langs) ||
		grammar.aheadDays.hasIn(id, langs) || grammar.presentNows.hasIn(id, langs) || grammar.callTimes.hasIn(id, langs)
	);
}
