/**
 * Requests taken back later in the same clause, run on with no comma or sentence end between: "can i talk to someone
 * about which grip tape fits actually nevermind i just found the size guide", "quiero hablar con alguien sobre la
 * suscripción bueno no da igual ya encontré…", "kan jeg tale med en rådgiver om … glem det tak". Such a take-back is a
 * clause of its own that the writer did not mark off: nothing it governs follows it. The message or sentence ends
 * after it (maybe past a closing thanks), or a new clause starts with the user as subject ("i just found", "acabei de
 * ver"), or another take-back or an urging word follows ("da igual | ya encontré", "glem det | tak"). With its own
 * object it takes back something else ("never mind the bot get me an agent"); after "that", "to", a relative, a
 * report word or another subject it is someone else's words or deeds ("it keeps telling me to forget it"). A
 * take-back that may have a subject of its own ("found it", "já consegui") counts only after a decline-like one
 * ("nvm | found it"): "the courier never found it" is a report. A request after the take-back asks again.
 * Right after a "but" (maybe past "I") a take-back ends the request's clause whatever follows it, in that clause or
 * opening the next after a comma: "I wanted an agent but found it on your website", "skulle snakke med nogen, men fandt
 * svaret i jeres FAQ", "je voulais un conseiller mais j'ai trouvé"; a verb asking again later in its sentence asks on
 * ("queria falar com alguém, mas já achei o boleto e ainda quero falar").
 */
import {
	DEPARTMENT as department, PERSON as person, REACH as reach, REQUEST as request, TAKE_BACK as take_back, TALK as talk, URGE as urge, WANT as want,
} from './hitKinds';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import type { Hits } from './scratch';
import { COMMA_BOUNDARY as comma_boundary, SENTENCE_BOUNDARY as sentence_boundary } from './text';
// Read once: an imported const compiles to a property read at every use.
const COMMA_BOUNDARY = comma_boundary;
const SENTENCE_BOUNDARY = sentence_boundary;
const DEPARTMENT = department;
const PERSON = person;
const REACH = reach;
const REQUEST = request;
const TAKE_BACK = take_back;
const TALK = talk;
const URGE = urge;
const WANT = want;
/** The longest take-back phrase, in words: "ah non c est bon". */
const TAKE_BACK_WORDS = 5;

/** Whether a hit of this kind asks for someone: a request, talk, want or reach verb, a person or a department. */
export function asksForSomeone(kind: number): boolean {
	return kind === REQUEST || kind === TALK || kind === WANT || kind === REACH || kind === PERSON || kind === DEPARTMENT;
}

/**
 * Where the last take-back that stands as its own clause after something asked in its clause (or, after a "but", in
 * the clause before) begins, or -1, and sets `marks.runOnTakenBackClause` to the first clause it takes back: requests
 * from there to it are taken back. Reads the hits once; `marks` has numbered the clauses.
 */
export function runOnTakeBackFrom(ids: Int32Array, count: number, hits: Hits, marks: WordMarks, grammar: Grammar): number {
	const { start: hitStart, kind: kinds } = hits;
	const { clause } = marks;
	const anyContrast = marks.lists.has(grammar.contrasts);
	let asked = -1;
	/** The last word asked with that is no "but" too (Indonesian "mas" is a person word): a take-back after a "but" takes it back. */
	let askedBeforeContrast = -1;
	let from = -1;
	/** After a take-back after a "but", where its sentence ends: a verb asking there again asks on ("…, mas já achei o boleto e ainda quero falar"). */
	let askedAgainBefore = -1;
	for (let h = 0; h < hits.count; h++) {
		const kind = kinds[h];
		const start = hitStart[h];
		if (asksForSomeone(kind)) {
			if (start < askedAgainBefore && kind !== PERSON && kind !== DEPARTMENT) from = -1;
			asked = start;
			if (!anyContrast || !grammar.contrasts.hasIn(ids[start], marks.langs)) askedBeforeContrast = start;
		} else if (kind === TAKE_BACK && asked >= 0) {
			const contrast = anyContrast ? contrastBefore(ids, start, grammar, marks.langs) : -1;
			if (contrast > askedBeforeContrast && askedBeforeContrast >= 0 && (clause[contrast] === clause[askedBeforeContrast] || opensNextClause(ids, marks, contrast, askedBeforeContrast))) {
				from = start;
				marks.runOnTakenBackClause = clause[askedBeforeContrast];
				askedAgainBefore = sentenceEnd(ids, count, hits.end[h]);
			} else if (clause[asked] === clause[start] && standsAlone(ids, count, hits, h, grammar, marks.langs)) {
				from = start;
				marks.runOnTakenBackClause = clause[start];
				askedAgainBefore = -1;
			}
		}
	}
	return from;
}

/** Where the "but" just before word `start` (maybe past "I": "but | I found it") stands, or -1. */
function contrastBefore(ids: Int32Array, start: number, grammar: Grammar, langs: number): number {
	let k = start - 1;
	if (k > 0 && grammar.firstPersons.hasIn(ids[k], langs)) k--;
	return k >= 0 && grammar.contrasts.hasIn(ids[k], langs) ? k : -1;
}

/** Where the sentence of word `from` ends. */
function sentenceEnd(ids: Int32Array, count: number, from: number): number {
	let k = from;
	while (k < count && ids[k] !== SENTENCE_BOUNDARY) k++;
	return k;
}

/** Whether word `contrast` opens, after a comma, the clause right after the one of word `asked`. */
function opensNextClause(ids: Int32Array, marks: WordMarks, contrast: number, asked: number): boolean {
	return contrast > 0 && ids[contrast - 1] === COMMA_BOUNDARY && marks.clause[contrast] === marks.clause[asked] + 1;
}

/** Whether take-back hit h governs nothing after it and is no one's reported words. */
function standsAlone(ids: Int32Array, count: number, hits: Hits, h: number, grammar: Grammar, langs: number): boolean {
	const start = hits.start[h];
	const end = hits.end[h];
	const before = start > 0 ? ids[start - 1] : -1;
	if (grammar.complementisers.hasIn(before, langs) || grammar.reports.hasIn(before, langs) || grammar.relatives.hasIn(before, langs) || grammar.infinitives.hasIn(before, langs)) return false;
	if (grammar.subjects.hasIn(before, langs)) return false;
	if (!grammar.declines.anyIn(ids, start, end, langs) && !takeBackEndsAt(hits, h, start)) return false;
	if (endsItsClause(ids, count, end, grammar, langs) || grammar.firstPersons.hasIn(ids[end], langs)) return true;
	for (let next = h + 1; next < hits.count && hits.start[next] <= end; next++) {
		if (hits.start[next] === end && (hits.kind[next] === TAKE_BACK || hits.kind[next] === URGE)) return true;
	}
	return false;
}

/**
 * Whether a take-back ending at word `end` ends its clause there, or past a closing thanks read from the declines that
 * end with one ("no thanks", "nej tak"): "forget it thanks", "glem det tak", "…, never mind thanks".
 */
export function endsItsClause(ids: Int32Array, count: number, end: number, grammar: Grammar, langs: number): boolean {
	if (end === count || ids[end] === SENTENCE_BOUNDARY || ids[end] === COMMA_BOUNDARY) return true;
	return (end + 1 === count || ids[end + 1] === SENTENCE_BOUNDARY) && grammar.declineEnds.hasIn(ids[end], langs);
}

/** Whether a take-back hit before hit h ends at word `word`. */
function takeBackEndsAt(hits: Hits, h: number, word: number): boolean {
	for (let before = h - 1; before >= 0 && hits.start[before] >= word - TAKE_BACK_WORDS; before--) {
		if (hits.kind[before] === TAKE_BACK && hits.end[before] === word) return true;
	}
	return false;
}
