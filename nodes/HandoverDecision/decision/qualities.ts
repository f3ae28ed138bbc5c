/**
 * A person word that says what a thing is like, not whom to talk to. It qualifies a noun that is no person word: before
 * it in English, German and Danish ("a tiny human | face on the lid", "the human | heart"), after it where
 * adjectives follow the noun ("le squelette | humain", "suara | manusia asli", "sauti ya | binadamu"); or it follows a
 * verb of seeming ("sounds like | a human", "suena a | humano", "klingt wie | ein Mensch"). A noun is a word no pack
 * knows as a grammar, frequent or filler word, so "un conseiller | humain" and "agen | manusia" still ask. A bare
 * person word after a noun and "de" qualifies it too: "tem app de atendente", "el informe de agentes".
 */
import { PERSON } from './hitKinds';
import { NOT_A_STOPWORD as not_a_stopword } from './grammar';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { LANGUAGE_CODES } from './packs/types';
import { UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
const NOT_A_STOPWORD = not_a_stopword;
const ENGLISH = 1 << LANGUAGE_CODES.indexOf('en');
/** Languages whose adjectives stand before the noun; in the others they follow it. */
export const QUALITY_BEFORE_NOUN = ENGLISH | (1 << LANGUAGE_CODES.indexOf('de')) | (1 << LANGUAGE_CODES.indexOf('da'));
/** Languages where an associative joins the noun to the quality: "sauti ya binadamu". */
const ASSOCIATIVE_BEFORE = 1 << LANGUAGE_CODES.indexOf('sw');
/** How many words of its clause must stand before the noun a person word qualifies after it: "… compare | le | squelette humain". */
const NOUN_LEAD = 3;
/** "sounds [like | a] human", "klingt [die Ansage | wie | ein] Mensch": how far before the person its verb of seeming may stand. */
const SEEMING_REACH = 4;

/** Whether the fixed request at start…end, a person word with no request verb in or before it in its clause, is a quality of a thing. */
export function personAsQuality(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	const person = personOnly(marks, start, end);
	if (person < 0) return false;
	const { langs } = marks;
	const others = langs & ~ENGLISH; // English is read along with every language
	if (others === 0 || (others & QUALITY_BEFORE_NOUN) !== 0) {
		// "a tiny human | face", "the human | heart": not "can a human | answer me", where the person is the subject, nor "the
		// veg box agent | already sorted it": only a person word the pack lets stand before a person ("human agent") is a quality
		const qualified = person > 0 && (grammar.determiners.hasIn(ids[person - 1], langs) || isNoun(ids[person - 1], person - 1, marks, grammar));
		if (qualified && end < count && marks.targetEnd[person] === end && grammar.fillers.hasIn(ids[end - 1], langs) && isNoun(ids[end], end, marks, grammar)) return true;
	}
	// "app de | atendente", "informe de | agentes": a bare person word joined to the thing it qualifies; not a need the user has ("j'ai besoin de | conseiller")
	if (person === start && start > 1 && grammar.associatives.hasIn(ids[start - 1], langs) && isNoun(ids[start - 2], start - 2, marks, grammar) && !userSpeaksBefore(ids, marks, grammar, start - 2)) return true;
	if ((others & ~QUALITY_BEFORE_NOUN) !== 0 && person === start) {
		// "le squelette | humain", "suara | manusia asli"; in Swahili past an associative: "sauti ya | binadamu", not "kunipa | mhudumu"
		const associative = (others & ASSOCIATIVE_BEFORE) !== 0;
		const noun = associative ? start - 2 : start - 1;
		// without an associative, a noun near the clause's opening may be a misspelt person asked for: "kiero un ajente | humano"
		const placed = associative ? noun > 0 && grammar.fillers.hasIn(ids[start - 1], langs) : noun - marks.clauseStart[marks.clause[start]] > NOUN_LEAD;
		if (placed && isNoun(ids[noun], noun, marks, grammar)) return true;
	}
	return seemsBefore(ids, marks, grammar, start);
}

/** Where the person phrase of start…end starts, when nothing in or before it in its clause is a talk or want verb ("quiero chatear con | alguien real"); or -1. */
export function personOnly(marks: WordMarks, start: number, end: number): number {
	let person = -1;
	for (let k = marks.clauseStart[marks.clause[start]] + 1; k < end; k++) {
		if (marks.anyAsks && marks.asks[k] !== 0) return -1;
		if (person < 0 && k >= start && marks.targetEnd[k] > 0 && marks.targetKind[k] === PERSON) person = k;
	}
	return person;
}

/** Whether word k is a content word of no pack's grammar, no frequent word, filler, courtesy or urger: "face", "squelette", "sauti". */
export function isNoun(id: number, k: number, marks: WordMarks, grammar: Grammar): boolean {
	if (id < UNKNOWN || (marks.anyUrged && marks.urged[k] !== 0)) return false; // a boundary
	if (id === UNKNOWN) return true;
	return grammar.stopwordLanguageOf[id] === NOT_A_STOPWORD && grammar.grammarLangs[id] === 0 && !grammar.fillers.has(id) && !grammar.courtesies.has(id) && !grammar.determiners.has(id);
}

/** Whether a verb of seeming stands a few words before `start` in its clause, with no first-person word or request verb between: not "sounds like i need a human". */
function seemsBefore(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number): boolean {
	const { langs } = marks;
	for (let k = start - 1; k >= 0 && k >= start - SEEMING_REACH; k--) {
		const id = ids[k];
		if (id < UNKNOWN || grammar.firstPersons.hasIn(id, langs) || (marks.anyAsks && marks.asks[k] !== 0)) return false;
		if (grammar.seemings.has(id)) return true; // any language's: a Danish message read as French still "ligner et menneske"
	}
	return false;
}

/** Whether a first-person word stands in the clause before word k. */
function userSpeaksBefore(ids: Int32Array, marks: WordMarks, grammar: Grammar, k: number): boolean {
	return grammar.firstPersons.anyIn(ids, marks.clauseStart[marks.clause[k]], k, marks.langs);
}
