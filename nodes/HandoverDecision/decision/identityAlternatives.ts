/**
 * Identity questions put as an either/or: a person and a machine named as the two alternatives of one "or" ("is this
 * a real person or a bot?", "ini yang bales orang beneran atau bot ya?", "mit einem Menschen oder einer Maschine?").
 * Read like a fixed identity phrase: the clauses of both alternatives ask who answers, not for a person. A talk or
 * want verb just before the first alternative in its clause asks for one all the same ("can I talk to a human or is it
 * bots only?"), and a request in another clause stands ("bot or not, put me through to an agent"). The machine side may
 * also be a word that is no bot on its own ("automatic", "a script", "otomatis": pack list `machines`). A piece of work
 * named before the alternatives in their sentence (pack list `works`: a translation, an email, a fine, cleaned) is what
 * the person or the machine does, not this chat: "is the translation done by a person or a machine?", "the reminder
 * email, does someone write it or is it automatic?" ask who does that work: their clauses ask for no person, and no
 * identity question is flagged.
 */
import { BOT, PERSON } from './hitKinds';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import type { Hits } from './scratch';
import { workEarlierInSentence } from './workDoers';
import { COMMA_BOUNDARY as comma_boundary, SENTENCE_BOUNDARY as sentence_boundary } from './text';
// Read once: an imported const compiles to a property read at every use.
const COMMA_BOUNDARY = comma_boundary;
const SENTENCE_BOUNDARY = sentence_boundary;
/** How many words may stand between the first alternative and the "or" ("a person from the shop or …"). */
const BEFORE_OR = 3;
/** How many words may stand between the "or" and the second alternative ("or is it just the computer"). */
const AFTER_OR = 3;
/** How far before the first alternative a talk or want verb asks for it ("talk to a real human or …"); farther it wants something else ("aku mau tau dulu ini chatnya otomatis atau …"). */
const ASK_REACH = 4;

/**
 * Marks the clauses of a person-or-machine question as identity questions, as an identity phrase does (see
 * WordMarks.mark); returns whether it found one. Called after the hits are marked, so `asks` is set.
 */
export function markIdentityAlternatives(ids: Int32Array, count: number, hits: Hits, marks: WordMarks, grammar: Grammar): boolean {
	if (!marks.lists.has(grammar.alternatives)) return false;
	const { start: hitStart, end: hitEnd, kind: kinds } = hits;
	const machines = marks.lists.has(grammar.machines);
	const works = marks.lists.has(grammar.works);
	let found = false;
	/** The last person or machine hit seen, and its kind. */
	let previous = -1;
	for (let h = 0; h < hits.count; h++) {
		const kind = kinds[h];
		if (kind !== PERSON && kind !== BOT) continue;
		if (previous >= 0 && kinds[previous] !== kind && hitStart[h] >= hitEnd[previous]) {
			const first = hitStart[previous];
			const or = orBetween(ids, grammar, marks.langs, hitEnd[previous], hitStart[h]);
			if (or >= 0 && !askedBefore(marks, first)) {
				markIdentity(marks, marks.clause[first]);
				markIdentity(marks, marks.clause[hitStart[h]]);
				if (works && workEarlierInSentence(ids, grammar, marks.langs, first)) marks.anyCancelled = true;
				else found = true;
			}
		}
		if (kind === PERSON && machines) {
			const machine = machineAlternative(ids, count, grammar, marks.langs, hitStart[h], hitEnd[h]);
			if (machine >= 0 && !inCancel(marks, machine) && !askedBefore(marks, hitStart[h], machine < hitStart[h] ? machine + 1 : 0)) {
				markIdentity(marks, marks.clause[machine]);
				markIdentity(marks, marks.clause[hitStart[h]]);
				if (works && workEarlierInSentence(ids, grammar, marks.langs, Math.min(machine, hitStart[h]))) marks.anyCancelled = true;
				else found = true;
			}
		}
		previous = h;
	}
	return found;
}

/** Where a machine word stands as the other alternative of one "or" with the person at `start`…`end`, after it or before it, or -1. */
function machineAlternative(ids: Int32Array, count: number, grammar: Grammar, langs: number, start: number, end: number): number {
	const { alternatives, machines } = grammar;
	for (let k = end; k < count && k - end <= BEFORE_OR; k++) {
		const id = ids[k];
		if (id === SENTENCE_BOUNDARY || id === COMMA_BOUNDARY) break;
		if (!alternatives.hasIn(id, langs)) continue;
		for (let m = k + 1; m < count && m - k - 1 <= AFTER_OR; m++) {
			if (ids[m] === SENTENCE_BOUNDARY || ids[m] === COMMA_BOUNDARY) break;
			if (machines.hasIn(ids[m], langs)) return m;
		}
		break;
	}
	for (let k = start - 1; k >= 0 && start - k - 1 <= AFTER_OR; k--) {
		const id = ids[k];
		if (id === SENTENCE_BOUNDARY || id === COMMA_BOUNDARY) break;
		if (!alternatives.hasIn(id, langs)) continue;
		for (let m = k - 1; m >= 0 && k - m - 1 <= BEFORE_OR; m--) {
			if (ids[m] === SENTENCE_BOUNDARY || ids[m] === COMMA_BOUNDARY) break;
			if (machines.hasIn(ids[m], langs)) return m;
		}
		break;
	}
	return -1;
}

/** Where an "or" stands between the alternatives ending at `from` and starting at `to`, near both and in one clause, or -1. */
function orBetween(ids: Int32Array, grammar: Grammar, langs: number, from: number, to: number): number {
	if (to - from > BEFORE_OR + 1 + AFTER_OR) return -1; // no "or" could be near both
	for (let k = from; k < to; k++) {
		const id = ids[k];
		if (id === SENTENCE_BOUNDARY || id === COMMA_BOUNDARY) return -1;
		if (grammar.alternatives.hasIn(id, langs)) return k - from <= BEFORE_OR && to - k - 1 <= AFTER_OR ? k : -1;
	}
	return -1;
}

/**
 * Whether a talk or want verb stands just before word `first` in its clause, from word `from` on: after a machine word
 * that comes first, only the words after it ask for the person ("is this chat automatic or a human?" asks none).
 */
function askedBefore(marks: WordMarks, first: number, from = 0): boolean {
	if (!marks.anyAsks) return false;
	for (let k = Math.max(marks.clauseStart[marks.clause[first]] + 1, first - ASK_REACH, from); k < first; k++) if (marks.asks[k] !== 0) return true;
	return false;
}

/** Whether word `k` is inside a cancel phrase, which reads it its own way ("will a person review my application or is it all automatic?" asks who does a job). */
function inCancel(marks: WordMarks, k: number): boolean {
	const c = marks.clause[k];
	return marks.cancelled[c] !== 0 && marks.cancelFrom[c] >= 0 && marks.cancelFrom[c] <= k && k < marks.cancelTo[c];
}

function markIdentity(marks: WordMarks, c: number) {
	marks.cancelled[c] = 1;
	marks.cancelFrom[c] = -1;
}
