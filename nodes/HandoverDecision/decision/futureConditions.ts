/**
 * Requests made on a condition set ahead in time (see frames.ts): "if it breaks again tomorrow, I want a human",
 * "trying the payment again now, if it fails again can someone call me back?", "can someone call me back if it fails
 * again?", "if my plants don't come on Thursday I'll call and demand to talk to someone". The user asks for later, on
 * an event still to come, not now.
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { COMMA_BOUNDARY as comma_boundary } from './text';
import { deferredBeforeNow } from './deferredRequests';
import { wishedSubject } from './wishes';
// Read once: an imported const compiles to a property read at every use.
const COMMA_BOUNDARY = comma_boundary;
/** "if [the bot can't], …": the fewest words of a conditional clause; "sí, ¿podría…?" is a "yes". */
export const CONDITIONAL_WORDS = 3;
/** "I'll", "I will", "I'm gonna", "saya akan", "werde ich": how many words may stand between the first person and its future word. */
const OWN_FUTURE_GAP = 1;
/** How far after a request its word for now may stand: "I want | a manager now". */
const NOW_REACH = 4;
/** Where in its clause "next time" may open it: "next time", "la próxima vez", "but next time", "pero la próxima vez". */
const NEXT_TIME_OPENING = 3;

/**
 * Whether the words open+1 .. end-1 are a conditional clause set ahead in time: they open with a conditional word, hold
 * a word of `futures`, and hold no courtesy (a condition that only asks whether the addressee has time then, "if you
 * have time tomorrow, | please call me back", "Hvis du kan i morgen, | så ring mig op", is a courtesy: the request
 * after it is asked now). A weekday or a deadline of `aheadDays` sets it ahead too ("if it isn't here by Friday, …",
 * "Sollte das Paket bis Montag nicht da sein, …"), and a word of `aheadConditionals` opens it only so set ahead ("como el
 * paquete no llegue el viernes …", "caso amanhã o app trave de novo, …", "Skulle pakken ikke komme på fredag, …"). With
 * `aheadAlready` (the request is the user's own future), no such word is needed after a word of `conditionals`.
 */
export function conditionAhead(ids: Int32Array, marks: WordMarks, grammar: Grammar, open: number, end: number, aheadAlready = false): boolean {
	if (end - open - 1 < CONDITIONAL_WORDS) return false;
	const langs = marks.langs;
	const opening = ids[open + 1];
	// "como …", "caso …", "Skulle …" open a condition only when a word below sets it ahead; "I'll …" does not do that for them
	const conditional = grammar.conditionals.hasIn(opening, langs);
	if (!conditional && !grammar.aheadConditionals.hasIn(opening, langs)) return false;
	const { futures, aheadDays, courtesies, courtesyPairs, courtesyPairEnds } = grammar;
	let ahead = aheadAlready && conditional;
	for (let j = open + 2; j < end; j++) {
		const id = ids[j];
		if (courtesies.hasIn(id, langs) || (courtesyPairs.hasIn(id, langs) && j + 1 < end && courtesyPairEnds.hasIn(ids[j + 1], langs))) return false;
		if (futures.hasIn(id, langs) || aheadDays.hasIn(id, langs)) ahead = true;
	}
	return ahead;
}

/**
 * Whether word k is asked on a condition set ahead in time. The condition is the clause right before k's clause
 * ("if it breaks again tomorrow, | I want a human"); or, run on without a comma, the words of k's clause before k
 * ("kalo besok gas blm dateng juga | gw minta ngomong …", "…, si vuelve a fallar | alguien me puede llamar?"); or it
 * follows k in its clause ("can someone call me back | if it fails again?"). A condition may open its sentence or a
 * clause after a comma ("trying the payment again now, | if it fails again …").
 */
export function futureCondition(ids: Int32Array, marks: WordMarks, grammar: Grammar, k: number): boolean {
	const { clause, clauseStart } = marks;
	const c = clause[k];
	if (forNextTime(ids, marks, grammar, k)) return true;
	// every condition below opens with a word of one of these lists
	if (!marks.lists.has(grammar.conditionals) && !marks.lists.has(grammar.aheadConditionals)) return deferredBeforeNow(ids, marks, grammar, k) && !askedForNow(ids, marks, grammar, k, clauseStart[c + 1]);
	if (askedForNow(ids, marks, grammar, k, clauseStart[c + 1])) return false;
	if (c > 0 && ids[clauseStart[c]] === COMMA_BOUNDARY && conditionAhead(ids, marks, grammar, clauseStart[c - 1], clauseStart[c])) return true;
	// after a wish the "if" says what is wished, and its day when: "Es wäre schön, wenn sich morgen jemand bei mir meldet"
	if (conditionAhead(ids, marks, grammar, clauseStart[c], k) && !(marks.lists.has(grammar.wishMoods) && wishedSubject(ids, marks, grammar, k))) return true;
	const end = clauseStart[c + 1];
	for (let j = k + 1; j < end; j++) if (grammar.conditionals.hasIn(ids[j], marks.langs)) return conditionAhead(ids, marks, grammar, j - 1, end);
	return planOnCondition(ids, marks, grammar, k) || deferredBeforeNow(ids, marks, grammar, k);
}

/**
 * Whether word k is asked for the next time something happens, whatever word for now follows it (then is "right
 * away"): "next time" opens its clause before it ("next time the bill is wrong I'll want a person straight away",
 * "næste gang der kommer en forkert regning vil jeg have en medarbejder med det samme", "lain kali kalau tagihannya
 * salah saya langsung minta bicara sama cs"), or opens the clause before it in its sentence with a conditional or a
 * "that" word right after it ("nächstes Mal, wenn die Abrechnung falsch ist, | verlange ich sofort einen
 * Mitarbeiter", "la próxima vez que me cobren, | pido un asesor"). "next time is too late, | I need a manager today"
 * asks now.
 */
function forNextTime(ids: Int32Array, marks: WordMarks, grammar: Grammar, k: number): boolean {
	if (!marks.lists.has(grammar.nextTimes)) return false;
	const { clause, clauseStart, langs } = marks;
	const c = clause[k];
	if (nextTimeEnd(ids, marks, grammar, clauseStart[c], k) >= 0) return true;
	if (c === 0 || ids[clauseStart[c]] !== COMMA_BOUNDARY) return false;
	let after = nextTimeEnd(ids, marks, grammar, clauseStart[c - 1], clauseStart[c]);
	// "next time" alone before a comma, and the condition in a clause of its own: "nächstes Mal, | wenn die Schranke klemmt, | lass ich …"
	if (after < 0 && c >= 2 && ids[clauseStart[c - 1]] === COMMA_BOUNDARY && nextTimeEnd(ids, marks, grammar, clauseStart[c - 2], clauseStart[c - 1] + 1) === clauseStart[c - 1]) after = clauseStart[c - 1] + 1;
	if (after < 0) return false;
	const id = ids[after];
	return grammar.conditionals.hasIn(id, langs) || grammar.complementisers.hasIn(id, langs) || grammar.relatives.hasIn(id, langs);
}

/** Where "next time" ends when it opens the clause at `open` before word `end` (a word after it in the clause), or -1. */
function nextTimeEnd(ids: Int32Array, marks: WordMarks, grammar: Grammar, open: number, end: number): number {
	const langs = marks.langs;
	for (let j = open + 1; j + 2 < end && j <= open + NEXT_TIME_OPENING; j++) {
		if (grammar.nextTimes.hasIn(ids[j], langs) && grammar.nextTimeEnds.hasIn(ids[j + 1], langs)) return j + 2;
	}
	return -1;
}

/**
 * Whether word k follows the user's own future in its clause after a condition: "if the parcel isn't here by Friday
 * i'll ring you and demand to speak to a manager", "kalau paketnya gak sampai hari kamis saya akan telpon dan minta
 * bicara dengan cs", "wenn das Paket bis Donnerstag nicht da ist, | werde ich … einen Mitarbeiter verlangen". What the
 * user will do if the condition comes true is a plan, whatever the condition's tense; a want asked now after the same
 * condition keeps its request ("if you can't fix this, | I want to talk to a person now").
 */
function planOnCondition(ids: Int32Array, marks: WordMarks, grammar: Grammar, k: number): boolean {
	const { clause, clauseStart } = marks;
	const c = clause[k];
	const from = clauseStart[c];
	if (!ownFutureBefore(ids, marks, grammar, from + 1, k)) return false;
	if (c > 0 && ids[from] === COMMA_BOUNDARY && conditionAhead(ids, marks, grammar, clauseStart[c - 1], from, true)) return true;
	return conditionAhead(ids, marks, grammar, from, k, true);
}

/** Whether a first-person word and a future word of `promises` ("ll", "will", "akan", "werde") stand together in words from .. end-1, in either order. */
export function ownFutureBefore(ids: Int32Array, marks: WordMarks, grammar: Grammar, from: number, end: number): boolean {
	const { firstPersons, promises } = grammar;
	const langs = marks.langs;
	for (let j = from; j < end; j++) {
		if (!firstPersons.hasIn(ids[j], langs)) continue;
		for (let i = Math.max(from, j - 1 - OWN_FUTURE_GAP); i < Math.min(end, j + 2 + OWN_FUTURE_GAP); i++) if (i !== j && promises.hasIn(ids[i], langs)) return true;
	}
	return false;
}

/**
 * Whether a word for now follows word k closely in its clause, before any contrast: the request is asked now, whatever the condition before it
 * ("if nobody answers in the next five minutes I want a manager now", "Wenn Sie das nicht lösen können, will ich jetzt
 * einen Mitarbeiter sprechen", "kalau gak ada yang jawab saya mau bicara dengan cs sekarang").
 */
function askedForNow(ids: Int32Array, marks: WordMarks, grammar: Grammar, k: number, end: number): boolean {
	for (let j = k + 1; j < end && j <= k + NOW_REACH; j++) {
		if (grammar.contrasts.hasIn(ids[j], marks.langs)) return false; // "… | but right now I only …" turns away
		// French "là" is spelled "la" once normalised: an article with its noun after it ("pour la commande") is no "now"
		if (grammar.nowTurns.hasIn(ids[j], marks.langs) && !(j + 1 < end && grammar.determiners.hasIn(ids[j], marks.langs))) return true;
	}
	return false;
}
