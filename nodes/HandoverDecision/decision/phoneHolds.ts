/**
 * A person the user asks to have on the phone, the phone or line closing the clause (`phoneLines`):
 * - after a want verb (personHeldOnPhone): "can I get | the receptionist at the dental practice | on the phone?",
 *   "Ich hätte gern | eine Beraterin aus der Filiale | am Telefon";
 * - after a verb of getting or putting someone there (`phoneVerbs`, phonedPerson): "please get | the duty manager at the
 *   Leeds store | on the line", "consegue pôr | a diretora de admissões | ao telefone?", "kan I få | lederen af
 *   optagelsen | i telefonen?", and with the verb closing the clause: "Kann ich | den Schichtleiter | ans Telefon | bekommen?";
 * - or the user put on the phone with one: "ponme | al teléfono | con alguien", "me coloca | no telefone | com o
 *   gerente", "niweke | kwenye simu | na msimamizi".
 * The user's own phone holds things ("get the app on my phone"), a phone number is a detail ("get the manager's phone
 * number"), and "put the phone down" or "the agent put me on hold" puts no person on it.
 */
import { NOT_A_STOPWORD } from './grammar';
import type { Grammar } from './grammar';
import { NEGATION, PERSON, WIDE_NEGATION } from './hitKinds';
import type { WordMarks } from './marks';
import type { NameReader } from './names';
import { spokenOfElsewhere } from './contactRequests';
import { quotedRequest } from './quotes';
import { hasRoleForm, personInSlot } from './roleTargets';
import type { Hits } from './scratch';
import type { Tokens } from './text';
import { COMMA_BOUNDARY as comma_boundary, SENTENCE_BOUNDARY as sentence_boundary, UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
const COMMA_BOUNDARY = comma_boundary;
const SENTENCE_BOUNDARY = sentence_boundary;
/** Words of the person's place between the person and the phone: "the head | of the admissions office | on the phone". */
const PLACE_REACH = 7;
/** Words between a verb and the phone it puts the user on: "ponme | al | teléfono", "put me | on the | line". */
const LINE_REACH = 3;
/** Words a word of asking may stand before the request: "could you [please] | get", "Können Sie mir | die …". */
const ASKER_REACH = 4;
/** Nouns of the person's place before the person word: "the [reservations] manager". */
const MODIFIERS = 2;
/** Words between the verb and the user: "holen | Sie | mir". */
const USER_REACH = 2;
/** Articles, fillers and the user between the verb and the person: "get [me the] …", "holen Sie [mir bitte] …". */
const SLOT_REACH = 4;

/** Where the phone or line closing the clause after a person ending at `person` stands, or -1. */
function phoneAfter(tokens: Tokens, marks: WordMarks, grammar: Grammar, person: number): number {
	const { id: ids, count } = tokens;
	for (let k = person; k < count && k <= person + PLACE_REACH; k++) {
		const id = ids[k];
		if (id === SENTENCE_BOUNDARY || id === COMMA_BOUNDARY) return -1;
		// "get the bakery to call me": the verb "call", no phone the person is on
		if (!grammar.phoneLines.hasIn(id, marks.langs) || grammar.infinitives.hasIn(ids[k - 1], marks.langs)) continue;
		// the phone right after an article is the verb's object, not where the person is had: "ajouter | le téléphone"
		if (k === person + 1 && grammar.determiners.has(ids[person])) return -1;
		return ownOrDetail(tokens, marks, grammar, k) ? -1 : k;
	}
	return -1;
}

/** Whether the phone at k is the user's own ("on my phone") or a detail follows it ("phone number"). */
function ownOrDetail(tokens: Tokens, marks: WordMarks, grammar: Grammar, k: number): boolean {
	const ids = tokens.id;
	return grammar.ownPossessives.hasIn(ids[k - 1], marks.langs) || (k + 1 < tokens.count && grammar.details.has(ids[k + 1]));
}

/**
 * The end of the person a want verb at start…end gets on the phone, or -1: with no pack target after the verb, the
 * person in its slot (read as a talk verb's is) whose place the clause closes with the phone they are put on.
 */
export function personHeldOnPhone(tokens: Tokens, marks: WordMarks, grammar: Grammar, names: NameReader, start: number, end: number): number {
	if (!marks.lists.has(grammar.phoneLines)) return -1;
	const person = personInSlot(tokens, grammar, names, marks, start, end);
	return person >= 0 && phoneAfter(tokens, marks, grammar, person) >= 0 ? person : -1;
}

/** Whether the message has a verb of getting or putting someone on the phone and a phone: phonedPerson may read it. */
export function mayPutOnPhone(tokens: Tokens, grammar: Grammar): boolean {
	const { id: ids, count } = tokens;
	let verb = false;
	let line = false;
	for (let k = 0; k < count && !(verb && line); k++) {
		verb ||= grammar.phoneVerbs.has(ids[k]);
		line ||= grammar.phoneLines.has(ids[k]);
	}
	return verb && line;
}

/** The span (verb to person) of the first person got or put on the phone for the user, or null. */
export function phonedPerson(tokens: Tokens, marks: WordMarks, grammar: Grammar, names: NameReader, hits: Hits): { start: number; end: number } | null {
	if (!marks.lists.has(grammar.phoneVerbs) || !marks.lists.has(grammar.phoneLines)) return null;
	const { id: ids, count } = tokens;
	const langs = marks.langs;
	let hit = 0;
	let negation = -1;
	for (let verb = 0; verb < count; verb++) {
		if (!grammar.phoneVerbs.hasIn(ids[verb], langs)) continue;
		let span: { start: number; end: number } | null = null;
		if (verb > 0 && grammar.phoneLines.hasIn(ids[verb - 1], langs)) span = personBeforeLine(tokens, marks, grammar, verb - 1, verb);
		else {
			const slot = slotAfter(tokens, marks, grammar, verb);
			const person = personAt(tokens, marks, grammar, names, slot);
			if (person >= 0 && phoneAfter(tokens, marks, grammar, person) >= 0) span = { start: verb, end: person };
			else span = personWithLine(tokens, marks, grammar, names, verb);
		}
		if (span === null) continue;
		// the last negation before the request, hits being ordered by start: "I couldn't get anyone on the phone"
		for (; hit < hits.count && hits.start[hit] < span.start; hit++) if (hits.kind[hit] === NEGATION || hits.kind[hit] === WIDE_NEGATION) negation = hits.start[hit];
		if (negation > marks.clauseStart[marks.clause[span.start]] || marks.takenBack(span.start) || marks.coveredIn(span.start, span.end)) continue;
		if (askedNow(tokens, marks, grammar, span.start) && !spokenOfElsewhere(ids, marks, grammar, span.start, span.end) && !quotedRequest(tokens, marks, grammar, span.start, span.end)) return span;
	}
	return null;
}

/** Where the slot after the verb at `verb` starts, past the user (a word apart: "holen Sie | mir"), fillers and urgers: "get me | …", "holen Sie mir bitte | …". */
function slotAfter(tokens: Tokens, marks: WordMarks, grammar: Grammar, verb: number): number {
	const { id: ids, count } = tokens;
	let k = verb + 1;
	for (let user = verb + 1; user < count && user <= verb + USER_REACH; user++) if (grammar.userObjects.hasIn(ids[user], marks.langs)) k = user + 1;
	while (k < count && k <= verb + SLOT_REACH && marks.targetEnd[k] <= 0 && (grammar.fillers.has(ids[k]) || (marks.anyUrged && marks.urged[k] !== 0))) k++;
	return k;
}

/**
 * The end of a person at the slot starting at k, or -1: a person word of a pack, after a noun or two of their place
 * ("the [reservations] manager"), or one read by its form (roleTargets.ts).
 */
function personAt(tokens: Tokens, marks: WordMarks, grammar: Grammar, names: NameReader, k: number): number {
	const { id: ids, count } = tokens;
	let first = k;
	while (first < count && first < k + SLOT_REACH && grammar.determiners.hasIn(ids[first], marks.langs) && marks.targetEnd[first] <= 0) first++;
	for (let head = first; head < count && head <= first + MODIFIERS; head++) {
		if (marks.targetEnd[head] > 0) return marks.targetKind[head] === PERSON ? marks.targetEnd[head] : -1;
		const id = ids[head];
		if (!(id === UNKNOWN || (id >= 0 && grammar.stopwordLanguageOf[id] === NOT_A_STOPWORD))) break;
	}
	return k >= 2 ? personInSlot(tokens, grammar, names, marks, k - 2, k) : -1;
}

/** The user put on the phone with a person: "ponme | al teléfono | con | alguien", "niweke | kwenye simu | na | msimamizi". */
function personWithLine(tokens: Tokens, marks: WordMarks, grammar: Grammar, names: NameReader, verb: number): { start: number; end: number } | null {
	const { id: ids, count } = tokens;
	const langs = marks.langs;
	for (let line = verb + 1; line < count && line <= verb + LINE_REACH; line++) {
		if (ids[line] < UNKNOWN) return null;
		if (!grammar.phoneLines.hasIn(ids[line], langs) || ownOrDetail(tokens, marks, grammar, line)) continue;
		if (line + 1 >= count || !grammar.companions.hasIn(ids[line + 1], langs)) return null;
		const person = personAt(tokens, marks, grammar, names, line + 2);
		return person >= 0 ? { start: verb, end: person } : null;
	}
	return null;
}

/**
 * A person before the phone that a verb closing the clause gets ("Kann ich den Schichtleiter ans Telefon bekommen?"):
 * the first person word or agent noun after an article in the clause, the phone closing their place.
 */
function personBeforeLine(tokens: Tokens, marks: WordMarks, grammar: Grammar, line: number, verb: number): { start: number; end: number } | null {
	const ids = tokens.id;
	const langs = marks.langs;
	for (let k = Math.max(marks.clauseStart[marks.clause[line]] + 1, line - PLACE_REACH - 1); k < line; k++) {
		if (!(grammar.determiners.hasIn(ids[k], langs) || grammar.indefiniteArticles.hasIn(ids[k], langs))) continue;
		const head = k + 1;
		const person = marks.targetEnd[head] > 0 ? (marks.targetKind[head] === PERSON ? marks.targetEnd[head] : -1) : ids[head] === UNKNOWN && hasRoleForm(tokens, head, langs) ? head + 1 : -1;
		if (person >= 0) return phoneAfter(tokens, marks, grammar, person) === line ? { start: k, end: verb + 1 } : null;
	}
	return null;
}

/**
 * Whether the request starting at `from` (its verb, or the article of a person a verb closing the clause gets) asks
 * now: it opens its clause (past fillers, urgers and the user: "please get", "me coloca", "Holen Sie mir"), or a word
 * of asking stands just before it there ("could you get", "kan I få", "me pueden poner", "Können Sie mir | die …").
 */
function askedNow(tokens: Tokens, marks: WordMarks, grammar: Grammar, from: number): boolean {
	const ids = tokens.id;
	const langs = marks.langs;
	const clauseStart = marks.clauseStart[marks.clause[from]];
	let k = from - 1;
	let opens = true;
	for (; k > clauseStart && k >= from - ASKER_REACH; k--) {
		const id = ids[k];
		if (grammar.slotAskers.hasIn(id, langs) || grammar.contactAskers.hasIn(id, langs) || grammar.visitAskers.hasIn(id, langs)) return true;
		if (!(grammar.fillers.has(id) || grammar.userObjects.hasIn(id, langs) || (marks.anyUrged && marks.urged[k] !== 0))) opens = false;
	}
	return opens && k <= clauseStart;
}
