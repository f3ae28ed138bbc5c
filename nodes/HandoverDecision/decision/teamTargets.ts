/**
 * A team no pack lists, in a talk verb's slot, read the way a person reads it: a team word of the message's language
 * (the pack's `teams`: "équipe", "tim", "timu", "Team") with a name the grammar does not know, after it ("mettez-moi
 * en contact avec l'équipe maraîchage", "oper ke tim kolam renang", "uniunganishe na timu ya mapokezi", with one
 * filler between) or before it ("talk to the escape room team"). A talk verb with a team is a request, as with a
 * department the packs list ("put me through to sales"), when the user asks it: a first-person word before the verb
 * in its clause, an imperative opening the clause or right after an urger ("tolong oper ke …"), or a modal opening
 * the clause's question with only frequent words up to the verb ("dá pra falar com a equipe de uniformes?", "bisa
 * hubungkan saya dengan tim produksi?"). A link word may stand between the team word and what it handles ("tale med
 * afdelingen for reservedele"), and a verb ending its clause may follow the team ("mit dem Team Messebau verbinden").
 * "petugasnya
 * langsung transfer ke bagian lab", "kemarin dioper ke tim kolam renang" report a transfer. A thing of the team
 * ("transfer my booking to the team account") is no slot: the verb's slot holds the thing.
 */
import { NOT_A_STOPWORD } from './grammar';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { packSpellings, spelled } from './spellings';
import { urgedBefore } from './urgers';
import type { Tokens } from './text';
import { UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
/** Articles and fillers between the verb and the team: "en contact avec [l'] équipe …", as frames.ts reads them. */
const SLOT_REACH = 4;
/** Words of a name before its team word: "the [escape room] team". */
const NAME_WORDS = 2;
/** The longest urger before an imperative: "tolong", "por favor". */
const URGER_WORDS = 2;
/** Words a clause may open with before its talk verb when a modal asks for it: "est-ce qu' on peut me | mettre". */
const MODAL_OPENING = 6;

const TEAMS = packSpellings('teams');

/** Where the team in the slot of the talk verb at start…end ends, or -1 when the slot holds no team of a name the user asks for. */
export function teamInSlot(tokens: Tokens, grammar: Grammar, marks: WordMarks, start: number, end: number): number {
	// a team after "of" is talked about: "quiero hablar del servicio de postventa", "je voudrais parler de l'équipe maraîchage"
	if (end < tokens.count && grammar.memberLinks.hasIn(tokens.id[end], marks.langs)) return -1;
	const team = teamAfter(tokens, grammar, marks, end);
	return team >= 0 && askedByUser(tokens.id, grammar, marks, start) ? team : -1;
}

/** Where the team in the slot of the reach verb at start…end ends, when an urger opens the verb ("tolong hubungi bagian gudang"), else -1. */
export function urgedTeamInSlot(tokens: Tokens, grammar: Grammar, marks: WordMarks, start: number, end: number, langs: number): number {
	if (!marks.anyUrged || !urgedBefore(tokens.id, marks.urged, grammar.reports, start, langs)) return -1;
	return teamAfter(tokens, grammar, marks, end);
}

/**
 * Where the team before a talk verb of one word that ends its clause starts, or -1: a team word and a name, or a
 * name and a team word, right before the verb, after the verb's "with" or "to" (a filler): "können Sie mich mit dem
 * Team Lagerlogistik | verbinden?", "könnt ihr mich zum Team Messebau | durchstellen?", "kan I stille mig om til
 * teamet for returvarer" reads its team after the verb. Asked by the user as a team after the verb is.
 */
export function teamBeforeVerb(tokens: Tokens, grammar: Grammar, marks: WordMarks, verbStart: number): number {
	if (verbStart < 3 || !hasTeamWord(tokens, marks)) return -1;
	const { id: ids } = tokens;
	const { langs } = marks;
	const last = verbStart - 1;
	let team = -1;
	if (isNameWord(grammar, ids[last]) && spelled(tokens, last - 1, TEAMS, langs)) team = last - 1;
	else if (spelled(tokens, last, TEAMS, langs) && isNameWord(grammar, ids[last - 1])) team = last - 1;
	if (team < 1 || !grammar.fillers.has(ids[team - 1]) || marks.clause[team] !== marks.clause[verbStart]) return -1;
	let opening = team - 1;
	while (opening > 0 && (grammar.fillers.has(ids[opening - 1]) || grammar.determiners.hasIn(ids[opening - 1], langs)) && opening > team - SLOT_REACH) opening--;
	return askedByUser(ids, grammar, marks, opening) ? opening : -1;
}

/** Where a team word and its name, or a name and its team word, past the slot's fillers after `end` end; or -1. */
function teamAfter(tokens: Tokens, grammar: Grammar, marks: WordMarks, end: number): number {
	const { id: ids, count } = tokens;
	const { langs } = marks;
	if (!hasTeamWord(tokens, marks)) return -1;
	let k = end;
	while (k < count && k < end + SLOT_REACH && !spelled(tokens, k, TEAMS, langs) && (grammar.fillers.has(ids[k]) || grammar.determiners.hasIn(ids[k], langs))) k++;
	if (k >= count) return -1;
	if (spelled(tokens, k, TEAMS, langs)) return namedTeamEnd(tokens, grammar, marks, k);
	for (let head = k; head < count && head <= k + NAME_WORDS; head++) {
		if (head > k && spelled(tokens, head, TEAMS, langs)) return head + 1;
		if (!isNameWord(grammar, ids[head])) return -1;
	}
	return -1;
}

/** Where the name after the team word at `team` ends, past one filler or link ("equipo | de | ventas", "Team Montage"); or -1. */
export function namedTeamEnd(tokens: Tokens, grammar: Grammar, marks: WordMarks, team: number): number {
	const { id: ids, count } = tokens;
	const { langs } = marks;
	let name = team + 1;
	if (name + 1 < count && (grammar.fillers.has(ids[name]) || grammar.determinersAfter.hasIn(ids[name], langs) || grammar.teamLinks.hasIn(ids[name], langs))) name++;
	return name < count && isNameWord(grammar, ids[name]) ? name + 1 : -1;
}

/** Whether the message has a team word anywhere, read once per message: most talk verbs then need no look at their slot. */
function hasTeamWord(tokens: Tokens, marks: WordMarks): boolean {
	if (marks.teamWords < 0) {
		marks.teamWords = 0;
		for (let k = 0; k < tokens.count; k++) {
			if (spelled(tokens, k, TEAMS, marks.langs)) {
				marks.teamWords = 1;
				break;
			}
		}
	}
	return marks.teamWords === 1;
}

/** Whether the talk verb at `start` is the user's own request (see above). */
function askedByUser(ids: Int32Array, grammar: Grammar, marks: WordMarks, start: number): boolean {
	const { langs } = marks;
	const opening = marks.clauseStart[marks.clause[start]] + 1;
	for (let k = start - 1; k >= opening; k--) if (grammar.firstPersons.hasIn(ids[k], langs)) return true;
	if (askedByModal(ids, grammar, marks, opening, start)) return true;
	if (!grammar.imperatives.hasIn(ids[start], langs)) return false;
	if (start === opening) return true;
	if (!marks.anyUrged) return false;
	for (let k = start - 1; k >= opening && k >= start - URGER_WORDS; k--) if (marks.urged[k] !== 0) return true;
	return false;
}

/**
 * Whether a modal of `slotAskers` asks the business for the talk verb at `start`: the modal within the clause's
 * first words, and only frequent words (a "you", the user, "pra") around it up to the verb: "can you put me through
 * to the uniforms team", "dá pra falar com a equipe de uniformes?", "bisa hubungkan saya dengan tim produksi?",
 * "pourriez-vous me mettre en contact avec l'équipe maraîchage", "könnt ihr mich mit dem Team Messebau verbinden?".
 * A noun before the verb is someone else's subject: "my boss can talk to the uniforms team", "¿el técnico puede
 * hablar con el equipo de obra?", "tim produksi bisa hubungi pemasok".
 */
function askedByModal(ids: Int32Array, grammar: Grammar, marks: WordMarks, opening: number, start: number): boolean {
	if (start - opening > MODAL_OPENING || !marks.lists.has(grammar.slotAskers)) return false;
	let modal = false;
	for (let k = opening; k < start; k++) {
		const id = ids[k];
		if (grammar.slotAskers.hasIn(id, marks.langs)) modal = true;
		else if (id < 0 || grammar.stopwordLanguageOf[id] === NOT_A_STOPWORD) return false;
	}
	return modal;
}

/** Whether a word may be part of a team's name: one the grammar does not know, or knows as no language's frequent word. */
export function isNameWord(grammar: Grammar, id: number): boolean {
	return id === UNKNOWN || (id >= 0 && grammar.stopwordLanguageOf[id] === NOT_A_STOPWORD);
}
