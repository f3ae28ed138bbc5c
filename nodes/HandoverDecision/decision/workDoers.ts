/**
 * A person who does a piece of work a product is sold with, not one the user asks to talk to: "los clientes pagan
 * más si | la traducción | la hace | un humano", "Macht | die Führung | im Museum eine | echte Person", "is | the
 * transcription | done by | a human", "oversættelsen | laves af | et menneske", "tafsiri | inafanywa na | binadamu",
 * "minta | terjemahan | manusia, bukan mesin". A word of the pack's `works` (translation, guided tour, transcription,
 * subtitles, cleaning) stands a few words before the person in its clause, with no talk or want verb and no word for
 * the user between them, and the sentence asks it (a question mark a few words on) or a machine refused after it is
 * the other way of doing it: the user asks who or what does that work. "I need a human, not the machine", "about the
 * translation, I want to talk to a human" and "the translation is wrong, a human should check it" still ask. The same
 * works, named before a bot-or-person question, make it a question about that work, not this chat (identityAlternatives.ts).
 */
import type { Grammar } from './grammar';
import { PERSON } from './hitKinds';
import type { WordMarks } from './marks';
import { endsWithQuestion } from './clauseChecks';
import { SENTENCE_BOUNDARY as sentence_boundary, type Tokens, UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const SENTENCE_BOUNDARY = sentence_boundary;
const UNKNOWN = unknown;
/** How far before the person's end its work may stand: "| la traducción | la hace un | humano". */
const WORK_REACH = 7;
/** How far before the first alternative of an identity question its work may stand in its sentence ("| the reminder email, does someone write it | or …"). */
const SENTENCE_WORK_REACH = 12;
/** How far before a machine refused the person who does the work may end: "terjemahan manusia |, bukan | mesin". */
const CONTRAST_REACH = 4;
/** How far after the person its sentence may end in a question mark: "done by | a human | or generated, and what's the turnaround for a 40-minute file?". */
const QUESTION_REACH = 16;

/**
 * Whether the request at start…end ends in a person who does a piece of work named before it in its clause, in a
 * question: "la traduction est faite par | un humain ?", "Macht die Führung | eine echte Person oder …?"; not "quiero
 * hablar con un humano sobre la traducción" (the work after it) nor "traducción: necesito hablar con un humano" (a talk
 * verb between).
 */
export function personDoesWork(tokens: Tokens, marks: WordMarks, grammar: Grammar, end: number): boolean {
	return workBefore(tokens.id, marks, grammar, end) && questionAfter(tokens, end);
}

/** Whether a word of `works` stands a few words before the person ending at `end`, in its clause, with no talk or want verb or word for the user between. */
function workBefore(ids: Int32Array, marks: WordMarks, grammar: Grammar, end: number): boolean {
	if (!marks.lists.has(grammar.works)) return false;
	const { langs } = marks;
	const opening = marks.clauseStart[marks.clause[end - 1]];
	for (let k = end - 2; k > opening && k >= end - 1 - WORK_REACH; k--) {
		const id = ids[k];
		if (grammar.firstPersons.hasIn(id, langs) || grammar.userObjects.hasIn(id, langs) || (marks.anyAsks && marks.asks[k] !== 0)) return false;
		if (grammar.works.hasIn(id, langs)) return true;
	}
	return false;
}

/** Whether the sentence of the word before `end` ends in a question mark a few words on. */
function questionAfter(tokens: Tokens, end: number): boolean {
	const last = Math.min(tokens.count, end + QUESTION_REACH);
	for (let k = end; k < last; k++) if (tokens.id[k] === SENTENCE_BOUNDARY) return endsWithQuestion(tokens, k);
	return last === tokens.count && endsWithQuestion(tokens, last);
}

/**
 * Whether a machine refused at `cue` (where its negation starts) is only the other way of doing a piece of work a
 * person does just before it: "terjemahan manusia, bukan mesin", "traducción de un humano, no de una máquina".
 */
export function machineOtherWayOfWork(ids: Int32Array, marks: WordMarks, grammar: Grammar, cue: number): boolean {
	if (!marks.lists.has(grammar.works)) return false;
	for (let k = cue - 1; k >= 0 && k >= cue - CONTRAST_REACH; k--) {
		const id = ids[k];
		if (id === SENTENCE_BOUNDARY) return false;
		if (id >= UNKNOWN && marks.targetEnd[k] > 0 && marks.targetKind[k] === PERSON) return workBefore(ids, marks, grammar, marks.targetEnd[k]);
	}
	return false;
}

/**
 * Whether the identity phrase at `start`…`end` names a machine ("é automático", "ni automatic") that a piece of work
 * named a few words before it in its sentence is done by: "o lembrete foi escrito por alguém ou é automático?" asks who
 * does that work, not about this chat. Returns at once when the message has no word of `works`.
 */
export function machineDoesWork(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	if (!marks.lists.has(grammar.works) || !marks.lists.has(grammar.machines)) return false;
	const langs = marks.langs;
	for (let k = start; k < end; k++) if (grammar.machines.hasIn(ids[k], langs)) return workEarlierInSentence(ids, grammar, langs, start);
	return false;
}

/**
 * Whether a word of `works` stands a few words before word `first` in its sentence (a comma between is no bound, unlike
 * `workBefore`): an identity question's alternatives from there on say who does that work ("the reminder email, does
 * someone write it or is it automatic?").
 */
export function workEarlierInSentence(ids: Int32Array, grammar: Grammar, langs: number, first: number): boolean {
	for (let k = first - 1; k >= 0 && first - k <= SENTENCE_WORK_REACH; k--) {
		const id = ids[k];
		if (id === SENTENCE_BOUNDARY) return false;
		if (grammar.works.hasIn(id, langs)) return true;
	}
	return false;
}
