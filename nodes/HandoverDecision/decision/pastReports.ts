/**
 * A request-like clause that happened before now: "the bot transferred me to a human last time and it took 40 min",
 * "kemarin ada petugas yang bilang…", "ontem uma atendente me explicou que…", "la semana pasada hablé con un asesor".
 * A word or two-word phrase of the pack's `pastTimes` in the clause dates what it tells: the person or the request
 * words in it are reported, nothing is asked now. The user's present request in the same clause still asks: an
 * imperative, an urging word, a want verb, or a word of `futures` ("again", "lagi", "de nuevo": the same person asked
 * for now); "yesterday's agent was great, can I talk to her again?" and "kemarin udah chat admin, sekarang tolong
 * sambungkan ke admin lagi" ask in a clause of their own.
 */
import { endsWithQuestion } from './clauseChecks';
import type { Grammar } from './grammar';
import { ASKS_WANT as asks_want } from './hitKinds';
import type { WordMarks } from './marks';
import { clauseOpensWithSomeoneClose } from './othersRequests';
import type { Tokens } from './text';
// Read once: an imported const compiles to a property read at every use.
const ASKS_WANT = asks_want;


/** How far before a request its time word may stand: "kemarin sore | Pak Hendra", "letzte Woche wurde ich | an einen Menschen". */
const BEFORE_REACH = 6;
/** How far after a request its time word may stand: "un humano | en este chat la | semana pasada". */
const AFTER_REACH = 5;
/** Where in its clause a time word may stand and date all of it: "ayer | por la tarde transfirieron a mi abuelo Ramón con un asesor", "la semana pasada". */
const CLAUSE_OPENING = 2;

/** How many words of a past time start at word k: 1, 2 ("last time", "i går") or 0. */
export function pastTimeAt(ids: Int32Array, k: number, end: number, grammar: Grammar, langs: number): number {
	if (grammar.pastTimes.hasIn(ids[k], langs)) return 1;
	return k + 1 < end && grammar.pastTimePairs.hasIn(ids[k], langs) && grammar.pastTimePairEnds.hasIn(ids[k + 1], langs) ? 2 : 0;
}

/**
 * Whether a past time starts within reach of the request at start…end in its clause from…to: without one the clause
 * scan below dates nothing, and most requests have none, so this spares it.
 */
function pastTimeNear(ids: Int32Array, from: number, to: number, start: number, end: number, grammar: Grammar, langs: number): boolean {
	for (let k = from; k < from + CLAUSE_OPENING && k < start; k++) if (pastTimeAt(ids, k, to, grammar, langs) > 0) return true;
	const last = Math.min(to - 1, end + AFTER_REACH);
	// a two-word time may start one word further back and still end within reach
	for (let k = Math.max(from, start - BEFORE_REACH - 1); k <= last; k++) if (pastTimeAt(ids, k, to, grammar, langs) > 0) return true;
	return false;
}

/**
 * Whether the clause from…to opens with someone close to the user ("adik saya", "my sister"), or with a parent's title
 * and the possessive ("ibu saya", "bapak saya": `notAlone` words, read elsewhere as persons): a want after them is theirs.
 */
function opensWithCloseSubject(ids: Int32Array, marks: WordMarks, grammar: Grammar, from: number, to: number): boolean {
	// the clause's own bounds: `to` is the boundary that opens the next clause, or past the last word
	if (clauseOpensWithSomeoneClose(ids, marks, grammar, from, to)) return true;
	return from + 2 < to && grammar.ownPossessivesAfter.hasIn(ids[from + 1], marks.langs) && grammar.notAlone.hasIn(ids[from], marks.langs);
}

/**
 * Whether the request at start…end stands in a clause dated before now, with nothing in it asking now. The time word
 * dates the request when it stands just before it or opens its clause ("ayer por la tarde transfirieron a mi abuelo
 * Ramón con un asesor"), with no "and" or "but" between ("i går og | jeg vil gerne tale med…" asks), or just after it, before anything that opens a part of its own: a relative, a "that", a topic or
 * the user as a new subject ("the agent | who helped me last time", "einem Mitarbeiter | wegen der Rechnung vom letzten Monat",
 * "someone about the job | I interviewed for last week"). A clause ending in a question asks ("can I talk to the
 * person who called me yesterday?"). After someone else's report word the request verbs are theirs and ask nothing
 * ("tadi CS bilang mau sambungkan saya…"); after the user's own ("yesterday I said connect me…") they still ask.
 * The want of someone close to the user who opens the clause is theirs, dated by a time just after the request: "ibu
 * saya minta disambungkan ke manajer minggu lalu" reports it ("ibu saya dari tadi minta…", with the time before, may
 * still be waiting).
 */
export function reportedInPast(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	if (!marks.lists.has(grammar.pastTimes) && !marks.lists.has(grammar.pastTimePairs)) return false;
	const ids = tokens.id;
	const langs = marks.langs;
	const clause = marks.clause[start];
	const clauseEnd = marks.clauseStart[clause + 1];
	const from = marks.clauseStart[clause] + 1;
	if (!pastTimeNear(ids, from, clauseEnd, start, end, grammar, langs)) return false;
	let datedBefore = false;
	let datedAfter = false;
	let partAfter = false;
	/** Whether someone other than the user was reported as saying what follows: "cs nya tadi bilang | mau sambungkan saya". */
	let saidByOther = false;
	let userSpoke = false;
	const closeOpening = marks.anyAsks && opensWithCloseSubject(ids, marks, grammar, from, clauseEnd);
	/** Whether a want was passed over as theirs: then only a time after the request dates it. */
	let othersWant = false;
	for (let k = from; k < clauseEnd; k++) {
		const id = ids[k];
		const words = pastTimeAt(ids, k, clauseEnd, grammar, langs);
		if (words > 0) {
			if (k < start) datedBefore = k + words - 1 >= start - BEFORE_REACH || k < from + CLAUSE_OPENING;
			else if (k >= end && !partAfter && k - end <= AFTER_REACH) datedAfter = true;
			k += words - 1; // "la vez | pasada": its "vez" is no "otra vez"
			continue;
		}
		if (marks.anyUrged && marks.urged[k] !== 0) return false;
		const wants = marks.anyAsks && marks.asks[k] === ASKS_WANT;
		if (wants && closeOpening && k > from + 1) othersWant = true;
		else if (!saidByOther && (grammar.imperatives.hasIn(id, langs) || grammar.futures.hasIn(id, langs) || wants)) return false;
		if (k < start && grammar.firstPersons.hasIn(id, langs)) userSpoke = true;
		else if (k < start && !userSpoke && grammar.reports.hasIn(id, langs)) saidByOther = true;
		if (k < start && (grammar.conjunctions.hasIn(id, langs) || grammar.contrasts.hasIn(id, langs))) datedBefore = false;
		else if (k >= end && (grammar.relatives.hasIn(id, langs) || grammar.complementisers.hasIn(id, langs) || grammar.topics.hasIn(id, langs) || grammar.firstPersons.hasIn(id, langs))) partAfter = true;
	}
	return ((datedBefore && !othersWant) || datedAfter) && !endsWithQuestion(tokens, clauseEnd);
}
