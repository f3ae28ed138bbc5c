/**
 * A person who does a piece of work a product is sold with, not one the user asks to talk to: "los clientes pagan
 * más si | la traducción | la hace | un humano", "Macht | die Führung | im Museum eine | echte Person", "is | the
 * transcription | done by | a human", "oversættelsen | laves af | et menneske", "tafsiri | inafanywa na | binadamu",
 * "minta | terjemahan | manusia, bukan mesin". A word of the pack's `works` (translation, guided tour, transcription,
 * subtitles, cleaning) stands a few words before the person in its clause, with no talk or want verb and no word for
 * the user between them: the user asks who or what does that work. "I need a human, not the machine" and "about the
 * translation, I want to talk to a human" still ask.
 */
import type { Grammar } from './grammar';
import { PERSON } from './hitKinds';
import type { WordMarks } from './marks';
import { SENTENCE_BOUNDARY as sentence_boundary, UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const SENTENCE_BOUNDARY = sentence_boundary;
const UNKNOWN = unknown;
/** How far before the person's end its work may stand: "| la traducción | la hace un | humano". */
const WORK_REACH = 7;
/** How far before a machine refused the person who does the work may end: "terjemahan manusia |, bukan | mesin". */
const CONTRAST_REACH = 4;

/**
 * Whether the request at start…end ends in a person who does a piece of work named before it in its clause: "la
 * traduction est faite par | un humain", "die Führung macht | eine echte Person"; not "quiero hablar con un humano sobre
 * la traducción" (the work after it) nor "traducción: necesito hablar con un humano" (a talk verb between).
 */
export function personDoesWork(ids: Int32Array, marks: WordMarks, grammar: Grammar, end: number): boolean {
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

/**
 * Whether a machine refused at `cue` (where its negation starts) is only the other way of doing a piece of work a
 * person does just before it: "terjemahan manusia, bukan mesin", "traducción de un humano, no de una máquina".
 */
export function machineOtherWayOfWork(ids: Int32Array, marks: WordMarks, grammar: Grammar, cue: number): boolean {
	if (!marks.lists.has(grammar.works)) return false;
	for (let k = cue - 1; k >= 0 && k >= cue - CONTRAST_REACH; k--) {
		const id = ids[k];
		if (id === SENTENCE_BOUNDARY) return false;
		if (id >= UNKNOWN && marks.targetEnd[k] > 0 && marks.targetKind[k] === PERSON) return personDoesWork(ids, marks, grammar, marks.targetEnd[k]);
	}
	return false;
}
