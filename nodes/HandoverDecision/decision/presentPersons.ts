/**
 * A person asked whether they are there and free now: "¿hay asesores libres?", "¿no hay ningún asesor disponible?",
 * "Gibt es einen Berater, der gerade verfügbar ist?", "tem consultoras disponíveis?", "y a un technicien d'astreinte ?", "har I en
 * tekniker på vagt?", "kuna fundi yeyote online sasa hivi?". A word of the pack's
 * `existentials` (the present "there is": "hay", "gibt", "tem", "ada", "kuna"; never the past "había", "gab") stands a
 * few words before the person, and a word of `presences` ("disponible", "libre", "verfügbar", "tersedia", "yupo") a few
 * words after it, with at most one word after it ("disponible ahora?", "verfügbar ist?") before the end of a sentence
 * that asks. More words there say when ("¿hay asesores libres los domingos?"): opening days, not a request now.
 */
import { endsWithQuestion } from './clauseChecks';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import type { Tokens } from './text';
import { SENTENCE_BOUNDARY as sentence_boundary, UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const SENTENCE_BOUNDARY = sentence_boundary;
const UNKNOWN = unknown;
/** How far before the person the opener may stand: "no hay | ningún | asesor", "gibt es | einen | Berater". */
const OPENER_REACH = 3;
/** How far after the person its presence word may stand: "Berater, der gerade | verfügbar". */
const PRESENCE_REACH = 4;
/** How many words may follow the presence word in its sentence: "disponible | ahora?", "verfügbar | ist?"; words for now (`presentNows`) are not counted: "online | sasa hivi?". */
const AFTER_PRESENCE = 1;

/** Whether the person at start…end is asked, in a present "is there" question, to be there and free now. */
/**
 * With `nowNeeded` (a team or department, askedPersons.ts), a word for now must follow the presence word too: "ada tim
 * support yang online sekarang?", "is there customer service available right now?" ask for someone now; "is your
 * support team available? do they work weekends" and "Ist Ihr Kundendienst auch samstags erreichbar?" ask when it works.
 */
export function askedAsPresent(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number, nowNeeded = false): boolean {
	return marks.lists.has(grammar.presences) && existentialBefore(tokens.id, marks, grammar, start) >= 0 && presentNow(tokens, marks, grammar, end, nowNeeded);
}

/**
 * Whether the negation at word `negationAt` only frames such a question as a plea: "¿no hay ningún asesor
 * disponible?", "¿no queda ninguna operadora libre?". It stands just before the opener or between it and the person.
 */
export function negatedExistential(tokens: Tokens, marks: WordMarks, grammar: Grammar, negationAt: number, start: number, end: number): boolean {
	const opener = existentialBefore(tokens.id, marks, grammar, start);
	return opener >= 0 && negationAt >= opener - 1 && negationAt < start && presentNow(tokens, marks, grammar, end);
}

/** The opener a few words before the person in its clause; or -1. */
export function existentialBefore(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number): number {
	for (let k = start - 1; k >= 0 && k >= start - OPENER_REACH && ids[k] >= UNKNOWN; k--) if (grammar.existentials.hasIn(ids[k], marks.langs)) return k;
	return -1;
}

/** Whether a presence word follows the person, with at most one word after it (besides words for now, of which `nowNeeded` wants one) before the end of a sentence that asks. */
export function presentNow(tokens: Tokens, marks: WordMarks, grammar: Grammar, end: number, nowNeeded = false): boolean {
	const { id: ids, count } = tokens;
	for (let k = end; k < count && k < end + PRESENCE_REACH && ids[k] !== SENTENCE_BOUNDARY; k++) {
		// a presence denied is a complaint: "why is the technician not available?", "warum ist der Techniker nicht erreichbar?"
		if (grammar.denials.hasIn(ids[k], marks.langs)) return false;
		if (!grammar.presences.hasIn(ids[k], marks.langs)) continue;
		let sentenceEnd = k + 1;
		let after = 0;
		let nows = 0;
		for (; sentenceEnd < count && ids[sentenceEnd] !== SENTENCE_BOUNDARY; sentenceEnd++) {
			if (grammar.presentNows.hasIn(ids[sentenceEnd], marks.langs)) nows++;
			else after++;
		}
		return after <= AFTER_PRESENCE && (!nowNeeded || nows > 0) && endsWithQuestion(tokens, sentenceEnd);
	}
	return false;
}

/**
 * Whether the person at start…end is asked about on a day a business may be shut: "tem atendente na loja do shopping
 * no domingo?", "tem alguém aí no feriado?". An existential opens the request or stands just before it, a word of
 * `openingDays` follows in its clause with no talk or want verb between, and the sentence asks: opening days, not a
 * request now.
 */
export function askedPresentOnDay(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	if (!marks.lists.has(grammar.openingDays)) return false;
	const { id: ids, count } = tokens;
	const langs = marks.langs;
	if (!grammar.existentials.hasIn(ids[start], langs) && existentialBefore(ids, marks, grammar, start) < 0) return false;
	const clauseEnd = marks.clauseStart[marks.clause[start] + 1];
	for (let k = end; k < clauseEnd; k++) {
		if (marks.anyAsks && marks.asks[k] !== 0) return false;
		if (!grammar.openingDays.hasIn(ids[k], langs)) continue;
		let sentenceEnd = k + 1;
		while (sentenceEnd < count && ids[sentenceEnd] !== SENTENCE_BOUNDARY) sentenceEnd++;
		return endsWithQuestion(tokens, sentenceEnd);
	}
	return false;
}
