/**
 * A sentence opened by "that" of a wish with no want verb written before it, so the wish is the user's, now: "que
 * alguien del soporte me escriba al correo", "que alguém da moderação me responda", "que quelqu'un de l'équipe
 * sécurité me contacte". Read as the asker of a person's contact with the user (contactRequests.ts). Only at the
 * start of a sentence, or right after a plea that opens it ("Por favor, que un responsable de cocina se ponga en
 * contacto conmigo", "porfa que alguien me llame", a plea of four words: "s'il vous plaît, que le couvreur repasse"):
 * after a comma the "that" belongs to a verb before it ("I'm glad that someone called me", "ich finde es gut, dass
 * mich jemand anruft"), and a report or a condition is still read by the caller.
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { COMMA_BOUNDARY as comma_boundary, SENTENCE_BOUNDARY as sentence_boundary, UNKNOWN as unknown } from './text';
import { sameLanguage } from './wordChecks';
// Read once: an imported const compiles to a property read at every use.
const COMMA_BOUNDARY = comma_boundary;
const SENTENCE_BOUNDARY = sentence_boundary;
const UNKNOWN = unknown;
/** The longest plea read before the "that": "por favor", "s il vous plait". */
const PLEA_WORDS = 4;

/** Whether the word before `from` (or its article) is a complementiser opening its sentence, or a plea's that does: "| que | alguien …", "Por favor, | que | un …". */
export function wishOpensSentence(ids: Int32Array, marks: WordMarks, grammar: Grammar, from: number): boolean {
	const langs = marks.langs;
	// past the person's article: "que | un | responsable de cocina …"
	const that = from > 1 && (grammar.indefiniteArticles.hasIn(ids[from - 1], langs) || grammar.determiners.hasIn(ids[from - 1], langs)) ? from - 2 : from - 1;
	if (that < 0 || !grammar.complementisers.hasIn(ids[that], langs)) return false;
	return opensSentence(ids, that) || pleaOpensBefore(ids, marks, that);
}

/**
 * Whether the contact verb at `verb`, after the person at `start`, is a callback the opening "that" wishes with the user
 * unsaid: "qu'une opticienne | rappelle, monture cassée", "que Maître Lebrun | rappelle concernant la succession", "que
 * l'orthophoniste rappelle demain". Nothing is its object: the clause ends there, or a topic, a purpose ("pour"), a day
 * or an urger follows it; "que le syndic rappelle les résidents" calls others.
 */
export function unsaidUserCalledBack(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, start: number, verb: number): boolean {
	if (verb < start || !wishOpensSentence(ids, marks, grammar, start)) return false;
	const next = verb + 1;
	if (next >= count || ids[next] < UNKNOWN) return true;
	const id = ids[next];
	const langs = marks.langs;
	return grammar.topics.hasIn(id, langs) || grammar.infinitives.hasIn(id, langs) || grammar.futures.hasIn(id, langs) || grammar.presentNows.hasIn(id, langs) || grammar.aheadDays.hasIn(id, langs) || (marks.anyUrged && marks.urged[next] !== 0);
}

function opensSentence(ids: Int32Array, k: number): boolean {
	return k === 0 || ids[k - 1] === SENTENCE_BOUNDARY;
}

/** Whether a plea (`urged`) opens the sentence and ends right before the "that" at `that`, or before its comma. */
function pleaOpensBefore(ids: Int32Array, marks: WordMarks, that: number): boolean {
	if (!marks.anyUrged) return false;
	const end = that > 0 && ids[that - 1] === COMMA_BOUNDARY ? that - 1 : that;
	for (let k = end - 1; k >= 0 && k >= end - PLEA_WORDS && ids[k] >= UNKNOWN; k--) {
		if (sameLanguage(marks.urged[k], marks.langs)) return opensSentence(ids, k);
	}
	return false;
}
