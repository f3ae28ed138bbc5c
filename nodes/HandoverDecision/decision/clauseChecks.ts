/**
 * Clause-level checks the frames (frames.ts) make on a request: whether its clause's cancel blocks it (a topic, an
 * infinitive after a comma, a wish, "and"), whether a question about later or a decline takes it back, and what
 * "one" stands for. Each runs only for a hit that reaches it, never per word of a message.
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import type { Tokens } from './text';
import { COMMA_BOUNDARY as comma_boundary, SENTENCE_BOUNDARY as sentence_boundary, UNKNOWN as unknown } from './text';
import { CONDITIONAL_WORDS } from './futureConditions';
import { REPORT_REACH } from './reports';
// Read once: an imported const compiles to a property read at every use.
const COMMA_BOUNDARY = comma_boundary;
const SENTENCE_BOUNDARY = sentence_boundary;
const UNKNOWN = unknown;
/**
 * "talk to someone [today] about", "mit jemandem [heute] über"; a target may also take a complement before its topic word:
 * "speak to the manager [of the riding school] regarding my lesson on Saturday".
 */
const TOPIC_REACH = 5;
/** A word this short may stand before a decline that opens its sentence: "ach nein". */
const INTERJECTION_LENGTH = 3;
/** "Bitte um | Rückruf. …": how many words may open a declined request's sentence before it. */
const DECLINE_LEAD = 2;
/** "and [I would like to] talk": how far before a request its "and" may stand. */
const CONJUNCTION_REACH = 5;
/** "nogen fra [jeres] team ringede": how far after a request the report it is the subject of may start. */
const SUBJECT_REACH = 2;
/** How many words after a report's cancel a first-person request may start the user's own clause. */
const FRESH_START_GAP = 8;
/** Fewer when the first-person word opens a want or talk frame: "no resolvió nada | quiero hablar con un supervisor"; none after a cancel that is no report. */
const WANT_FRAME_GAP = 1;
/** How many words of a story must open the clause before its first cancel for a frame right after the last to start afresh. */
const STORY_LEAD = 3;
/** "can i [please] talk", "est-ce que je [peux] parler", "… but i [really] want to talk": how far before a request verb its first-person word may stand. */
export const FIRST_PERSON_REACH = 3;
const QUESTION_MARK = 63;
const COMMA_CHAR = 44;

/** Whether a request at `start` follows "and" a few words on, after all of its clause's cancels: "the call dropped | and I want…". */
export function conjoinedAfterCancel(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number): boolean {
	const { clause, cancelled, cancelFrom, cancelTo } = marks;
	const c = clause[start];
	const from = cancelTo[c];
	if (cancelled[c] !== 1 || cancelFrom[c] < 0 || from > start) return false; // cancelFrom and cancelTo are set for cancelled clauses only
	for (let k = start - 1; k >= from && k >= start - CONJUNCTION_REACH; k--) if (grammar.conjunctions.hasIn(ids[k], marks.langs)) return true;
	return false;
}

/**
 * Whether a request verb at `start`, well after all of its clause's cancels, opens the user's own clause: a first-person
 * word just before it or at it, not right after "that" ("the nurse said the doctor would call … | can i please talk to
 * someone", "il m'a dit que … | est-ce que je peux parler à un conseiller"), or a word or more after them when the first-person
 * word opens a want or talk frame, maybe past a modal the pack lists as a breaker ("your agent told me to wait two days
 * | i want to talk to a supervisor", "… sagde jeg skulle vente to dage | jeg vil tale med en chef"). Run-on messages
 * have no comma to end a report.
 */
export function freshStartAfterCancel(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number): boolean {
	const ids = tokens.id;
	const { clause, cancelled, cancelFrom, cancelTo } = marks;
	const c = clause[start];
	const from = cancelTo[c];
	if (cancelled[c] !== 1 || cancelFrom[c] < 0 || start - from < WANT_FRAME_GAP) return false;
	if (imperativeStart(tokens, marks, grammar, start, from)) return true;
	const langs = marks.langs;
	for (let k = start; k >= start - FIRST_PERSON_REACH && k >= from; k--) {
		if (!grammar.firstPersons.hasIn(ids[k], langs)) continue;
		let first = k; // "que | eu posso falar": the first of the first-person words follows no "that"
		while (first > from && grammar.firstPersons.hasIn(ids[first - 1], langs)) first--;
		if (grammar.complementisers.hasIn(ids[first - 1], langs) && !questionsAfterStory(ids, grammar, langs, from, first - 1)) return false;
		// "told me to wait two days | i want to talk to a supervisor": a want or talk verb at the first person or right after it
		// "jeg | vil [gerne] | tale med": the verb may follow a modal the pack lists as a breaker (Danish "vil" is no want verb alone)
		let verb = k + 1;
		while (verb < k + 3 && marks.anyBreaks && marks.breaks[verb] === 1) verb++;
		return start - from >= FRESH_START_GAP || ((k - from >= WANT_FRAME_GAP || endsStory(ids, grammar, langs, marks.clauseStart[c] + 1, cancelFrom[c], from, start)) && marks.anyAsks && (marks.asks[k] !== 0 || marks.asks[k + 1] !== 0 || marks.asks[verb] !== 0));
	}
	return false;
}

/**
 * Whether the "that" at `that` opens a question of the user's ("… et toujours rien | est-ce que je peux parler", "… e nada
 * até agora | será que eu posso falar") rather than what a report says: it stands a story past the last cancel, with no
 * report word just before it ("m'a dit que je peux parler", "told me that i can talk" pass it on).
 */
function questionsAfterStory(ids: Int32Array, grammar: Grammar, langs: number, from: number, that: number): boolean {
	if (that - from < FRESH_START_GAP) return false;
	for (let k = that - 1; k >= that - REPORT_REACH; k--) if (grammar.reports.hasIn(ids[k], langs)) return false;
	return true;
}

/**
 * Whether the cancels from `first` to `from` tell a run-on story, so a first-person frame right after the last one opens
 * the user's own clause: "… only gives me your opening hours | i want to talk to a manager", "… me colgaron | quiero
 * hablar": the clause runs a while and tells something before its first cancel. Not after a report word or one word past it ("said | i need to talk", "told me | i have to speak": what was
 * said), nor after a short lead such as a time ("mais pra frente | quero conversar": a plan).
 */
function endsStory(ids: Int32Array, grammar: Grammar, langs: number, opening: number, first: number, from: number, start: number): boolean {
	if (start - opening < FRESH_START_GAP || first - opening < STORY_LEAD) return false;
	return !((from >= 1 && grammar.reports.hasIn(ids[from - 1], langs)) || (from >= 2 && grammar.reports.hasIn(ids[from - 2], langs)));
}

/**
 * Whether a request at `start`, a word or more after `from` (where a report's cancel or a stated promise ends), opens
 * an imperative: an urger just before it ("… please | transfer me"), or a word of the pack's `imperatives` not right
 * after "to", "that", a first-person word, a promise word, a relative, a subject or modal of the pack's `subjects`
 * or a person, in a sentence that ends with no question mark ("hung up on me | put me through to someone else",
 * "wird zu spät kommen | verbinden Sie mich"; not "he would put me through", "told me to | transfer", "bot kalian
 * bisa oper ke manusia?"). Run-on messages have no comma to end the report.
 */
export function imperativeStart(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, from: number): boolean {
	const ids = tokens.id;
	if (start - from < WANT_FRAME_GAP || start < 1) return false;
	const langs = marks.langs;
	if (marks.anyUrged && (marks.urged[start - 1] !== 0 || (start - from >= 2 && marks.urged[start - 2] !== 0 && ids[start - 1] >= UNKNOWN))) return true;
	if (!grammar.imperatives.hasIn(ids[start], langs)) return false;
	const before = ids[start - 1];
	if (before < UNKNOWN) return true; // a boundary
	const { infinitives, complementisers, firstPersons, promises, relatives, subjects } = grammar;
	if (infinitives.hasIn(before, langs) || complementisers.hasIn(before, langs) || firstPersons.hasIn(before, langs) || promises.hasIn(before, langs)) return false;
	if (relatives.hasIn(before, langs) || subjects.hasIn(before, langs)) return false;
	if (marks.targetEnd[start - 1] === start || (start >= 2 && marks.targetEnd[start - 2] === start)) return false;
	// "platform kalian bisa oper ke manusia?", "quando o bot transfere a conversa?": a question about what something does
	let end = start;
	while (end < tokens.count && ids[end] !== SENTENCE_BOUNDARY) end++;
	return !endsWithQuestion(tokens, end);
}

/**
 * Whether a fixed request that opens its clause is the subject of a report the grammar excludes just after it:
 * "nogen fra | jeres | team ringede til mig".
 */
export function subjectOfExclusion(ids: Int32Array, count: number, marks: WordMarks, start: number, end: number): boolean {
	if (!marks.anyCovered || start !== marks.clauseStart[marks.clause[start]] + 1) return false;
	for (let k = end; k < count && k <= end + SUBJECT_REACH; k++) {
		if (ids[k] < UNKNOWN) return false; // a boundary
		if (marks.covered[k] === 1) return true;
	}
	return false;
}

/**
 * Whether a fixed request opening its clause (after at most one filler) is an appositive that a comma closes, after a
 * report's clause: "falei com o Sr. Paulo, | o atendente da receção, | e ele disse …" names who was talked to.
 */
export function appositiveAfterReport(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, start: number): boolean {
	const c = marks.clause[start];
	if (!marks.anyCancelled || c === 0 || marks.cancelled[c - 1] !== 1 || marks.cancelFrom[c - 1] < 0) return false;
	const opening = marks.clauseStart[c];
	if (ids[opening] !== COMMA_BOUNDARY || start > opening + 2 || (start === opening + 2 && !grammar.fillers.has(ids[opening + 1]))) return false;
	const close = marks.clauseStart[c + 1];
	return close < count && ids[close] === COMMA_BOUNDARY;
}

/** Whether a person phrase at `start` follows a subject pronoun that opens its clause: "saya | orang beneran" (I am a real person). */
export function describesSelf(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number): boolean {
	return start > 0 && grammar.selves.hasIn(ids[start - 1], marks.langs) && start - 1 === marks.clauseStart[marks.clause[start]] + 1;
}

/** Whether clause c's one cancel is its last word, after a wish: "ich hätte gern einen Mitarbeiter | gesprochen". */
export function wishWithParticiple(ids: Int32Array, marks: WordMarks, grammar: Grammar, c: number): boolean {
	const { cancelled, cancelFrom, cancelTo, clauseStart } = marks;
	const last = cancelTo[c];
	if (cancelled[c] !== 1 || last !== clauseStart[c + 1] || last - cancelFrom[c] !== 1) return false;
	const { wishes, wishEnds } = grammar;
	for (let k = clauseStart[c] + 1; k + 1 < cancelFrom[c]; k++) if (wishes.hasIn(ids[k], marks.langs) && wishEnds.hasIn(ids[k + 1], marks.langs)) return true;
	return false;
}

/**
 * Whether word k is in a question about later after a conditional clause that opens its sentence: "if the bot can't
 * do it, | would I be able to talk to someone?", "kalau bot gak bisa bantu, | nanti ada orang yang telepon?".
 */
export function laterQuestion(tokens: Tokens, marks: WordMarks, grammar: Grammar, k: number): boolean {
	const { clause, clauseStart } = marks;
	const ids = tokens.id;
	const c = clause[k];
	if (c === 0) return false;
	const comma = clauseStart[c];
	const open = clauseStart[c - 1];
	if ((open >= 0 && ids[open] !== SENTENCE_BOUNDARY) || !grammar.conditionals.hasIn(ids[open + 1], marks.langs) || comma - open - 1 < CONDITIONAL_WORDS) return false;
	// a comma, or a comma and an opening question mark: "si el bot no puede, ¿podría…"
	if (ids[comma] !== COMMA_BOUNDARY && !has(tokens, tokens.end[comma - 1], tokens.start[comma], COMMA_CHAR)) return false;
	const { later, laterPairs, laterPairEnds } = grammar;
	let isLater = false;
	let end = comma + 1;
	for (; end < tokens.count && ids[end] !== SENTENCE_BOUNDARY; end++) {
		const id = ids[end];
		if (later.hasIn(id, marks.langs) || (laterPairs.hasIn(id, marks.langs) && end + 1 < tokens.count && laterPairEnds.hasIn(ids[end + 1], marks.langs))) isLater = true;
	}
	if (!isLater) return false;
	return endsWithQuestion(tokens, end);
}

function has(tokens: Tokens, from: number, to: number, c: number): boolean {
	for (let i = from; i < to; i++) if (tokens.text.charCodeAt(i) === c) return true;
	return false;
}

/** Whether a question mark stands after the last word before `end` (a sentence boundary or the message's end). */
export function endsWithQuestion(tokens: Tokens, end: number): boolean {
	return has(tokens, tokens.end[end - 1], end < tokens.count ? tokens.start[end] : tokens.text.length, QUESTION_MARK);
}

/**
 * Whether the clause of word k is an infinitive going on a cancelled clause before a comma: "is there a feature, to
 * talk to an agent", "gibt es eine Funktion, (um) mit einem Mitarbeiter zu sprechen". It opens with an infinitive
 * marker, or ends with one and its verb.
 */
export function goesOnCancelled(ids: Int32Array, marks: WordMarks, grammar: Grammar, k: number): boolean {
	const { clause, clauseStart, cancelled } = marks;
	const c = clause[k];
	if (c === 0 || cancelled[c - 1] !== 1 || ids[clauseStart[c]] !== COMMA_BOUNDARY) return false;
	const first = clauseStart[c] + 1;
	const last = clauseStart[c + 1] - 1;
	const { infinitives } = grammar;
	const { langs } = marks;
	return infinitives.hasIn(ids[first], langs) || (last - 1 > first && infinitives.hasIn(ids[last - 1], langs));
}

/** Whether the clause's cancels all follow a topic word just past the target and end by `until` (a verb after them). */
export function cancelIsTopic(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number, end: number, topic: number, until: number): boolean {
	const { clause, cancelFrom, cancelTo } = marks;
	const c = clause[start];
	const first = cancelFrom[c];
	if (clause[end - 1] !== c || first < topic || cancelTo[c] > until) return false;
	for (let k = topic; k < first && k <= topic + TOPIC_REACH; k++) {
		const id = ids[k];
		if (id < UNKNOWN) return false; // a boundary
		// "a human about | to check the parcels" is a time, no topic
		if (grammar.topics.hasIn(id, marks.langs)) return !grammar.infinitives.hasIn(ids[k + 1], marks.langs) && !contrastBefore(ids, marks, grammar, k + 1, first);
	}
	return false;
}

/**
 * Whether a contrast word ("but", "pero", "lakini") stands between a topic word and the cancel after it, or opens the
 * cancel: "talk to someone about the fees | but | I found it on the website" takes the request back, it is no topic.
 */
function contrastBefore(ids: Int32Array, marks: WordMarks, grammar: Grammar, from: number, first: number): boolean {
	for (let k = from; k <= first; k++) if (grammar.contrasts.hasIn(ids[k], marks.langs)) return true;
	return false;
}

/**
 * A request that is its sentence, bar an urger, and the next sentence a decline, maybe after an interjection:
 * "human? nah, the bot was fine", "Mitarbeiter bitte. ach nein, vergiss es". A decline whose sentence goes on to a
 * frustration phrase gives a reason, it takes nothing back: "I want a human. no, the bot can't help with this".
 */
export function declined(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	const { id: ids, count } = tokens;
	let first = start > 0 && grammar.fillers.has(ids[start - 1]) ? start - 1 : start; // "un | humain ?"
	// "Bitte um | Rückruf… ach, vergessen Sie's": a few words may open the sentence before the request
	for (let lead = 0; lead < DECLINE_LEAD && first > 0 && ids[first - 1] >= UNKNOWN; lead++) first--;
	if (first > 0 && ids[first - 1] !== SENTENCE_BOUNDARY) return false;
	let k = end;
	if (k < count && marks.anyUrged && marks.urged[end] !== 0) while (k < count && ids[k] >= UNKNOWN && k <= end + 1) k++; // "por favor"
	if (k + 1 >= count || ids[k] !== SENTENCE_BOUNDARY) return false;
	k++;
	// "ach | nein", "oh | no": a word of at most three letters before the decline
	if (!grammar.declines.hasIn(ids[k], marks.langs) && ids[k] >= UNKNOWN && tokens.end[k] - tokens.start[k] <= INTERJECTION_LENGTH && k + 1 < count) {
		k++;
		if (ids[k] === COMMA_BOUNDARY && k + 1 < count) k++; // "ach, | vergessen Sie's"
	}
	if (!grammar.declines.hasIn(ids[k], marks.langs)) return false;
	if (marks.anyFrustrated) for (let j = k; j < count && ids[j] !== SENTENCE_BOUNDARY; j++) if (marks.frustrated[j] === 1) return false;
	k++;
	if (k < count && grammar.declineEnds.hasIn(ids[k], marks.langs)) k++;
	if (k < count && ids[k] >= UNKNOWN && tokens.end[k] - tokens.start[k] === 1) k++; // a clitic: "vergessen Sie | 's"
	return (k >= count || ids[k] < UNKNOWN) && !marks.goesOnAsking(ids, count, k, grammar.contrasts);
}

/**
 * Where "one" after a want verb ends, when it ends its clause (bar an urger) and stands for a person asked about
 * before it: "is there a human? I need one", "preciso de um"; or -1.
 */
export function oneAfter(tokens: Tokens, marks: WordMarks, grammar: Grammar, verbStart: number, k: number): number {
	const { id: ids, count } = tokens;
	if (k < count && grammar.fillers.has(ids[k]) && !grammar.ones.hasIn(ids[k], marks.langs)) k++; // "preciso | de | um"
	if (k >= count || !grammar.ones.hasIn(ids[k], marks.langs)) return -1;
	const next = k + 1;
	if (next < count && ids[next] >= UNKNOWN && !(marks.anyUrged && marks.urged[next] !== 0)) return -1;
	return marks.personBefore(verbStart) ? next : -1;
}

/**
 * Where "one, who" right after a verb ends ("tale med | en, der kan"), past at most a filler; or -1. After a
 * determiner the one is a person with no comma ("talk to | the one who set up our system"); "I need one that works"
 * is a thing, so a bare "one" needs its comma.
 */
export function oneBeforeRelative(ids: Int32Array, count: number, grammar: Grammar, langs: number, k: number): number {
	const { ones, relatives } = grammar;
	let determined = false;
	if (k < count && grammar.fillers.has(ids[k]) && !ones.hasIn(ids[k], langs)) {
		determined = grammar.determiners.hasIn(ids[k], langs);
		k++;
	}
	if (k + 1 < count && determined && ones.hasIn(ids[k], langs) && relatives.hasIn(ids[k + 1], langs)) return k + 2;
	if (k + 2 >= count || !ones.hasIn(ids[k], langs) || ids[k + 1] !== COMMA_BOUNDARY || !relatives.hasIn(ids[k + 2], langs)) return -1;
	return k + 3;
}
