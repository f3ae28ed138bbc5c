/**
 * Who a person word refers to. A one-word person request ("agent", "asesor", "rådgiver") asks for a person by
 * itself; led by a definite article or a possessive it names one the user already has in mind and talks about:
 * "the agent at the embassy window", "El asesor de la tienda me recomendó", "jeres rådgiver Karin var fantastisk", or
 * after an article that is also a preposition where it opens the clause: "A gerente me respondeu";
 * so does one followed by an associative or possessive where those follow the noun: "mhudumu wa mnada atakuwa na …",
 * and one after a genitive, a third party's: "the band's agent booked us" (ownedPersons.ts).
 * After a degree word it is a quality: "vraiment très humain", "un côté plus humain".
 * Such a person is asked for only through a frame: a talk or want verb before it, or an urging word after it.
 */
import { ASKS_WANT as asks_want, PERSON } from './hitKinds';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { handoverAskedAbout } from './handoffs';
import { personAsQuality } from './qualities';
import { askedPresentOnDay } from './presentPersons';
import { personCounted } from './countedPersons';
import { personAsPredicate } from './predicates';
import { contactPhraseIdle } from './idleContactPhrases';
import { contactOfNobody } from './nobodyContacts';
import { answerAskedAbout } from './answerHabits';
import { genitiveBefore } from './ownedPersons';
import { participleAfterAuxiliary } from './perfectReports';
import type { Tokens } from './text';
// Read once: an imported const compiles to a property read at every use.
const ASKS_WANT = asks_want;

/**
 * Whether the fixed request at start…end names no one the user asks for: a person talked about, what someone is
 * (predicates.ts), a quality of a thing (qualities.ts), staff counted as a unit (countedPersons.ts), staff asked about
 * on a day the business may be shut (presentPersons.ts), where a handover
 * asked about goes (handoffs.ts), a callback whose need a denial before it leaves unasked (idleContactPhrases.ts;
 * `negation`: where the last negation hit starts, or -1), a contact whose subject is nobody (nobodyContacts.ts), or
 * someone whose answers are asked about or reported (answerHabits.ts).
 */
export function personNotAskedFor(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number, negation: number): boolean {
	const { id: ids, count } = tokens;
	return (
		personTalkedAbout(tokens, marks, grammar, start, end) ||
		(personAsPredicate(tokens, marks, grammar, start, end) && !askedLaterInClause(ids, marks, grammar, start)) ||
		personAsQuality(ids, count, marks, grammar, start, end) ||
		personCounted(tokens, marks, grammar, start, end) ||
		askedPresentOnDay(tokens, marks, grammar, start, end) ||
		handoverAskedAbout(ids, marks, grammar, start) ||
		contactPhraseIdle(ids, marks, grammar, start, end, negation) ||
		contactOfNobody(tokens, marks, grammar, start) ||
		answerAskedAbout(tokens, marks, grammar, start, end)
	);
}

/** Whether the fixed request at start…end is one person word after (or, in Swahili, before) a determiner of the message's language, or after a genitive. */
export function personTalkedAbout(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	const { id: ids, count } = tokens;
	const { langs } = marks;
	if (end - start !== 1 || marks.targetKind[start] !== PERSON) return false;
	const before = start > 0 && (grammar.determiners.hasIn(ids[start - 1], langs) || grammar.degrees.hasIn(ids[start - 1], langs) || genitiveBefore(tokens, marks, grammar, start - 1) || openingDeterminerBefore(ids, marks, grammar, start));
	// "mhudumu wa mnada", not "mhudumu wa kweli" (a real one)
	const after = end + 1 < count && grammar.determinersAfter.hasIn(ids[end], langs) && !grammar.fillers.hasIn(ids[end + 1], langs);
	if (!before && !after) return false;
	// "one of your agents" is any of them; "your supervisor can …" asks what they can do for the user
	if ((start > 2 && grammar.ones.hasIn(ids[start - 3], langs) && grammar.fillers.has(ids[start - 2])) || (end < count && grammar.subjects.hasIn(ids[end], langs))) return false;
	return !askedLaterInClause(ids, marks, grammar, start);
}

/**
 * Whether an article that is also a preposition opens the clause right before the person ("A atendente da loja
 * comentou …"), or follows an "if" or "when" that opens it: "Se a atendente tivesse me explicado …", "Quando a
 * atendente chegou …" (a preposition there would leave the conjunction without a subject).
 */
function openingDeterminerBefore(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number): boolean {
	const { langs } = marks;
	if (!grammar.openingDeterminers.hasIn(ids[start - 1], langs)) return false;
	const opening = marks.clauseStart[marks.clause[start]] + 1;
	if (start - 1 === opening) return true;
	return start - 2 === opening && (grammar.conditionals.hasIn(ids[opening], langs) || grammar.whens.hasIn(ids[opening], langs));
}

/**
 * Whether a talk verb, the user's want verb or an urging word follows in the clause: the person named is then asked
 * to act ("your agent can call me") or asked for ("the agent at the desk I need to talk to", "Mhudumu wa duka la
 * dawa tafadhali"). A want verb with no first-person word since the person is the person's own: "Will the agent at
 * the window | need the original statements?".
 */
function askedLaterInClause(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number): boolean {
	const last = marks.clauseStart[marks.clause[start] + 1];
	let userSpeaks = false;
	for (let k = start + 1; k < last; k++) {
		if (!userSpeaks && grammar.firstPersons.hasIn(ids[k], marks.langs)) userSpeaks = true;
		if (marks.anyAsks && marks.asks[k] !== 0 && (marks.asks[k] !== ASKS_WANT || userSpeaks) && !participleAfterAuxiliary(ids, marks, grammar, k) && !channelNoun(ids, marks, grammar, k)) return true;
		if (marks.anyUrged && marks.urged[k] !== 0) return true;
	}
	return false;
}

/** Whether the talk word k follows an article of `channelArticles`, a noun that names the chat: "el agente | del chat | ayudó". */
function channelNoun(ids: Int32Array, marks: WordMarks, grammar: Grammar, k: number): boolean {
	return marks.lists.has(grammar.channelArticles) && grammar.channelArticles.hasIn(ids[k - 1], marks.langs);
}
