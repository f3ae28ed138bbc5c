/**
 * A call for a person shouted at the start of a message, before the problem: "SUPPORT!!! MENSCH!!! mein account ist
 * gehackt", "person!! person!! the delivery guy left my parcel in the rain", "MANUSIA!!! MANUSIA!!! saldo gw
 * kepotong", "KUNDESERVICE!!! MENNESKE!!! min konto er blevet hacket". A person word that is the whole message already
 * asks ("MENSCH"); one that is a sentence of its own, shouted ("!!" or capitals), asks when another call stands next to it: the
 * person word again, or a team word. A team word alone stays an offer ("SUPPORT!!! my account got locked"), and a
 * lone "Mensch! das dauert ja ewig" is an interjection.
 */
import { DEPARTMENT, PERSON } from './hitKinds';
import type { WordMarks } from './marks';
import { SENTENCE_BOUNDARY, type Tokens } from './text';
const EXCLAMATION = 33;
/** How many calls may open the message before the problem: "SUPPORT!!! HUMAN!!! HUMAN!!!". */
const MAX_CALLS = 3;

/**
 * Whether the person word at start…end is a shouted call in a run of calls that opens the message, with another call
 * beside it: "MENSCH!!! MENSCH!!! …", "SOPORTE!!! HUMANO!!! …", "CS!!! ORANG!!! akun gw kena hack"; not "MENSCH!!!
 * meine Karte …" (one call, maybe an interjection) nor "SUPPORT TICKET #123 still open" (no call of its own).
 */
export function shoutedCall(tokens: Tokens, marks: WordMarks, start: number, end: number): boolean {
	if (marks.targetKind[start] !== PERSON || !isCall(tokens, marks, start, end)) return false;
	// the calls before it run back to the message's start
	let calls = 1;
	let k = start;
	while (k > 0) {
		const sentence = sentenceStart(tokens, k - 1);
		if (sentence < 0 || ++calls > MAX_CALLS || !isCall(tokens, marks, sentence, k - 1)) return false;
		k = sentence;
	}
	if (calls > 1) return true;
	// the first call: another call must follow it
	const next = end + 1;
	return next < tokens.count && isCall(tokens, marks, next, marks.targetEnd[next]);
}

/** Whether start…end is one person or team word (or phrase) filling its sentence, not covered, shouted: "!!" after it or "!" after capitals. */
function isCall(tokens: Tokens, marks: WordMarks, start: number, end: number): boolean {
	if (end <= start || marks.targetEnd[start] !== end) return false;
	const kind = marks.targetKind[start];
	if (kind !== PERSON && kind !== DEPARTMENT) return false;
	if (start > 0 && tokens.id[start - 1] !== SENTENCE_BOUNDARY) return false;
	if (end < tokens.count && tokens.id[end] !== SENTENCE_BOUNDARY) return false;
	if (marks.coveredIn(start, end)) return false;
	const after = tokens.end[end - 1];
	if (tokens.text.charCodeAt(after) !== EXCLAMATION) return false;
	return tokens.text.charCodeAt(after + 1) === EXCLAMATION || inCapitals(tokens, start, end);
}

/** Whether the words start…end are written in capitals ("MENSCH", "CS"): a shout, where "Mensch!" may be an interjection. */
function inCapitals(tokens: Tokens, start: number, end: number): boolean {
	const from = tokens.originalStart(start);
	const to = tokens.originalStart(end - 1);
	if (from < 0 || to < 0) return false;
	const written = tokens.original.slice(from, to + tokens.end[end - 1] - tokens.start[end - 1]);
	return written === written.toUpperCase() && written !== written.toLowerCase();
}

/** The first word of the sentence that ends at the boundary `boundary`, or -1 if none is there. */
function sentenceStart(tokens: Tokens, boundary: number): number {
	if (tokens.id[boundary] !== SENTENCE_BOUNDARY) return -1;
	let k = boundary;
	while (k > 0 && tokens.id[k - 1] !== SENTENCE_BOUNDARY && boundary - k < 4) k--;
	return k < boundary ? k : -1;
}
