/**
 * Requests for later followed by what the user asks now: "si le scooter retombe en panne mon père exigera un
 * conseiller, | mais là il veut juste savoir …", "Wenn das Labor die Probe nochmal verliert, verlange ich, mit jemandem
 * von der Leitung zu sprechen. | Aber jetzt erstmal: …", "I'll ring someone at the swim school myself on Monday, | for
 * now just tell me the times", "kalau besok rusak lagi saya minta bicara dengan teknisi, | tapi sekarang …". The turn to
 * the present shows that the request before it waits on the condition or the plan. A contact the user will make
 * "myself" is a plan too ("I'll ring someone at the depot myself tomorrow", "nanti saya telepon teknisi sendiri").
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { conditionAhead, ownFutureBefore } from './futureConditions';
import { SENTENCE_BOUNDARY as sentence_boundary, UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const SENTENCE_BOUNDARY = sentence_boundary;
const UNKNOWN = unknown;
/** How many clauses back a condition may open: "Wenn …, | verlange ich, | mit jemandem … zu sprechen". */
const CONDITION_CLAUSES_BACK = 2;
/** How many clauses after the request's the turn may open: "…, | und dann …, | aber jetzt …". */
const TURN_CLAUSES_AHEAD = 2;
/** Where in its clause the word for now may stand: "now, …", "but now …", "but for now …", "mais pour l'instant". */
const TURN_OPENING = 4;
/** How many words must follow the word for now: "…, now!" urges the request, "…, for now just tell me …" turns away from it. */
const TURN_WORDS_AFTER = 2;

/**
 * Whether word k is a request for later: on a condition that opens its clause or one of the two clauses before it in
 * its sentence ("if it fails again, | I'll want a manager"), or after the user's own future ("I'll ring someone …
 * myself"), and a later clause turns to the present ("but for now", "aber jetzt", "mais là", "pero ahora", "tapi
 * sekarang", "lakini sasa"). "if nobody answers I want a manager now" and "I'll wait, but put me through to a person"
 * have no such turn after the request, and stay requests.
 */
export function deferredBeforeNow(ids: Int32Array, marks: WordMarks, grammar: Grammar, k: number): boolean {
	if (ownContactPlan(ids, marks, grammar, k) || othersOwnContactAfter(ids, marks, grammar, k)) return true;
	if (!marks.lists.has(grammar.nowTurns)) return false;
	const c = marks.clause[k];
	if (!turnsToNowAfter(ids, marks, grammar, c)) return false;
	return ownFutureBefore(ids, marks, grammar, marks.clauseStart[c] + 1, k) || conditionBefore(ids, marks, grammar, c, k);
}

/** How far after the request its "myself" word may stand: "ring someone at the swim school | myself". */
const SELF_REACH = 8;

/**
 * Whether word k is a contact the user will make: the user's own future before it and a "myself" word after it in its
 * clause ("I'll ring someone at the depot myself tomorrow", "nanti saya coba telepon balik sendiri", "je vais appeler
 * un conseiller moi-même", "ich werde morgen selbst jemanden anrufen"). "I want to talk to a manager myself"
 * has no future, and stays a request.
 */
function ownContactPlan(ids: Int32Array, marks: WordMarks, grammar: Grammar, k: number): boolean {
	if (plannedAfterUser(ids, marks, grammar, k)) return true;
	if (!marks.lists.has(grammar.selfDoers)) return false;
	const { clause, clauseStart, langs } = marks;
	const c = clause[k];
	const from = clauseStart[c] + 1;
	const end = Math.min(clauseStart[c + 1], k + SELF_REACH);
	let self = false;
	for (let j = from; j < end && !self; j++) self = grammar.selfDoers.hasIn(ids[j], langs);
	return self && ownFutureBefore(ids, marks, grammar, from, k);
}

/** How far before the person or team the planned contact verb may stand: "ligo | pro atendimento", "llamo yo al | soporte". */
const PLANNED_REACH = 3;

/**
 * Whether word k is, or closely follows, a contact verb of `plannedContacts` said by the user, right after them or with
 * them right after it ("saya | chat admin", "saya yang | telepon CS", "eu | ligo pro atendimento", "llamo | yo al
 * soporte"), with a future word (`promises`), a day ahead (`futures`: "besok", "amanhã", "mañana") or a weekday
 * (`aheadDays`) before the user in the clause: "nanti kalau udah sampai rumah saya chat admin lagi", "besok saya hubungi
 * admin sendiri", "amanhã eu ligo pro atendimento, só me manda o protocolo". The user says what they will do; "nanti
 * saya ditelepon admin ya" (passive), "besok saya mau chat admin" and "amanhã eu quero falar com alguém" (a want) ask.
 */
function plannedAfterUser(ids: Int32Array, marks: WordMarks, grammar: Grammar, k: number): boolean {
	if (!marks.lists.has(grammar.plannedContacts)) return false;
	const { langs } = marks;
	const from = marks.clauseStart[marks.clause[k]] + 1;
	const nearest = Math.max(from, k - PLANNED_REACH);
	let verb = k;
	while (verb >= nearest && !grammar.plannedContacts.hasIn(ids[verb], langs)) verb--;
	if (verb < nearest) return false;
	let user = verb - 1;
	if (user > 0 && grammar.relatives.hasIn(ids[user], langs)) user--;
	if (user > 0 && grammar.selfDoers.hasIn(ids[user], langs)) user--;
	if (user < from || !grammar.firstPersons.hasIn(ids[user], langs)) {
		if (verb + 1 > k || !grammar.firstPersons.hasIn(ids[verb + 1], langs)) return false;
		user = verb;
	}
	for (let j = from; j < user; j++) {
		const id = ids[j];
		if (grammar.promises.hasIn(id, langs) || grammar.futures.hasIn(id, langs) || grammar.aheadDays.hasIn(id, langs)) return true;
	}
	return false;
}

/** How many clauses after the request's the wanter's own contact may stand: "…, | nanti dia chat sendiri". */
const OTHERS_CLAUSES_AHEAD = 2;

/**
 * Whether word k is someone else's want that they will act on themselves: a want (`othersWants`) at or before it in its
 * clause with no user before it there (but for a possessive after a noun: "suami saya"), and in one of the next clauses
 * a third person (`personPronouns`, `thirdSubjects`) then, past at least one word and no denial, a "himself" word
 * ("suami saya mau ngomong sama CS, | nanti dia chat sendiri", "mine forældre vil gerne have fat i en person hos jer, |
 * men de ringer selv på mandag", "my husband wants to speak to someone, | but he'll ring you himself", "ma femme veut parler
 * au gérant, | elle vous écrira elle-même"). The user passes
 * the wish on, asking for nothing. "… ke teknisi, biar dia sendiri yang cek" has no word between the pronoun and its
 * "himself": the person asked for does the work; "my dad wants to talk to someone, he can't do it himself" asks for
 * him, and "jeg vil have en tekniker ud, men han må selv tage stigen med" is the user's own want.
 */
function othersOwnContactAfter(ids: Int32Array, marks: WordMarks, grammar: Grammar, k: number): boolean {
	if (!marks.lists.has(grammar.selfDoers) || !marks.lists.has(grammar.othersWants)) return false;
	if (!marks.lists.has(grammar.personPronouns) && !marks.lists.has(grammar.thirdSubjects)) return false;
	const { clause, clauseStart, clauseCount, langs } = marks;
	const c = clause[k];
	let want = false;
	for (let j = clauseStart[c] + 1; j <= k && !want; j++) {
		const id = ids[j];
		if (grammar.firstPersons.hasIn(id, langs) && !grammar.ownPossessivesAfter.hasIn(id, langs)) return false;
		want = grammar.othersWants.hasIn(id, langs);
	}
	if (!want) return false;
	const last = Math.min(clauseCount - 1, c + OTHERS_CLAUSES_AHEAD);
	for (let t = c + 1; t <= last; t++) {
		let pronoun = -1;
		for (let j = clauseStart[t] + 1; j < clauseStart[t + 1]; j++) {
			// the first pronoun is the subject; a later one before the "himself" word is part of it ("il vous appellera lui-même")
			if (grammar.personPronouns.hasIn(ids[j], langs) || grammar.thirdSubjects.hasIn(ids[j], langs)) pronoun = pronoun < 0 ? j : pronoun;
			else if (grammar.denials.hasIn(ids[j], langs)) pronoun = -1;
			else if (pronoun >= 0 && j > pronoun + 1 && j <= pronoun + SELF_REACH && grammar.selfDoers.hasIn(ids[j], langs)) return true;
		}
	}
	return false;
}

/** Whether clause c (up to word k) or one of the clauses before it in its sentence opens with a condition: "Wenn das Labor … verliert, | verlange ich, | …". */
function conditionBefore(ids: Int32Array, marks: WordMarks, grammar: Grammar, c: number, k: number): boolean {
	const clauseStart = marks.clauseStart;
	if (conditionAhead(ids, marks, grammar, clauseStart[c], k, true)) return true;
	for (let b = c - 1; b >= 0 && b >= c - CONDITION_CLAUSES_BACK; b--) {
		if (ids[clauseStart[b + 1]] === SENTENCE_BOUNDARY) return false;
		if (conditionAhead(ids, marks, grammar, clauseStart[b], clauseStart[b + 1], true)) return true;
	}
	return false;
}

/**
 * Whether at least TURN_WORDS_AFTER words follow the word for now, which a sentence end does not follow at once
 * (boundaries not counted): "for now just tell me", "aber jetzt erstmal: wie lange …?", not "now!" nor "… now. Put me
 * through".
 */
function wordsGoOn(ids: Int32Array, from: number, count: number): boolean {
	let words = 0;
	for (let j = from; j < count && words < TURN_WORDS_AFTER; j++) {
		if (ids[j] === SENTENCE_BOUNDARY && words === 0) return false;
		if (ids[j] >= UNKNOWN) words++; // a word, known or not; not a comma
	}
	return words >= TURN_WORDS_AFTER;
}

/** Whether one of the clauses after clause c opens with a word for now and goes on: "…, | for now just tell me the times". */
function turnsToNowAfter(ids: Int32Array, marks: WordMarks, grammar: Grammar, c: number): boolean {
	const clauseStart = marks.clauseStart;
	const last = Math.min(marks.clauseCount - 1, c + TURN_CLAUSES_AHEAD);
	for (let t = c + 1; t <= last; t++) {
		const start = clauseStart[t];
		const end = clauseStart[t + 1];
		for (let j = start + 1; j < end && j <= start + TURN_OPENING; j++) {
			if (grammar.nowTurns.hasIn(ids[j], marks.langs)) return wordsGoOn(ids, j + 1, marks.clauseStart[marks.clauseCount]);
		}
	}
	return false;
}
