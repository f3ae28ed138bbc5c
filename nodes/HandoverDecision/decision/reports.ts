/**
 * A request passed on after a report and "that": "le labo m'a laissé un message disant que | quelqu'un allait me
 * rappeler", "Ihr Mitarbeiter hat mir versprochen, dass | jemand zurückruft", "jeg fik en sms om at | nogen fra
 * auktionen havde prøvet at ringe". A word of the pack's `reports` (said, wrote, promised, a message) stands a few
 * words before the "that", and a person opens what follows it: what someone said will happen is passed on, nothing is
 * asked now. Without the report word "that" asks ("quiero que un asesor me llame", "ich möchte, dass jemand anruft"),
 * and so does a sentence with a want or talk verb before the "that" or an urging word in it. German reports its
 * speech without "dass" too, behind a comma right after the report word: "er meinte, | jemand ruft mich zurück", "Ihr
 * Kollege hat versprochen, | mich zurückzurufen" (the user as the object of a contact the reporter promised).
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import type { Tokens } from './text';
import { speakerOfReport } from './reportSpeakers';
import { COMMA_BOUNDARY as comma_boundary, SENTENCE_BOUNDARY as sentence_boundary } from './text';
// Read once: an imported const compiles to a property read at every use.
const SENTENCE_BOUNDARY = sentence_boundary;
const COMMA_BOUNDARY = comma_boundary;
/** How far before a request its "that" may stand: "disant que | quelqu'un allait | me rappeler". */
const THAT_REACH = 4;
/** How far before "that" its report word may stand: "versprochen | , dass", "sms | om at", "said [to me] that". */
export const REPORT_REACH = 3;
/** How far before the report word the user may stand as its subject: "ich | habe doch | gesagt", "I | told". */
const USER_REPORT_REACH = 3;

/** Whether the request at word `start` follows a report, a "that" and the person it is about, with nothing asking for it. */
export function reportedAfterThat(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number): boolean {
	const ids = tokens.id;
	if (speakerOfReport(ids, marks, grammar, start)) return true;
	const commaReported = marks.lists.has(grammar.commaReports);
	if (!(commaReported || (marks.lists.has(grammar.reports) && marks.lists.has(grammar.complementisers)))) return false;
	const { langs } = marks;
	let that = -1;
	for (let k = start - 1; k >= 0 && k >= start - THAT_REACH; k--) {
		if (ids[k] === SENTENCE_BOUNDARY) return false;
		if (grammar.complementisers.hasIn(ids[k], langs) || (commaReported && commaAfterReport(ids, marks, grammar, k))) {
			that = k;
			break;
		}
	}
	if (that <= 0) return false;
	// "versprochen, | mich zurückzurufen": the user restating their own words asks again ("ich habe gesagt, mich soll jemand anrufen")
	const userAsks = userMayAsk(ids, marks, grammar, that, start) || (ids[that] === COMMA_BOUNDARY && grammar.userObjects.hasIn(ids[that + 1], langs));
	if (!(userAsks || personOpens(ids, marks, grammar, that + 1, start))) return false;
	let report = -1;
	for (let k = that - 1; k >= 0 && k >= that - REPORT_REACH && ids[k] !== SENTENCE_BOUNDARY; k--) {
		if (grammar.reports.hasIn(ids[k], langs) || grammar.commaReports.hasIn(ids[k], langs)) {
			report = k;
			break;
		}
	}
	if (report < 0 || (userAsks && saidByUser(ids, marks, grammar, report))) return false;
	for (let k = report; k >= 0 && ids[k] !== SENTENCE_BOUNDARY; k--) if (marks.anyAsks && marks.asks[k] !== 0) return false;
	if (marks.anyUrged) for (let k = report; k < tokens.count && ids[k] !== SENTENCE_BOUNDARY; k++) if (marks.urged[k] !== 0) return false;
	return true;
}

/** Whether word k is a comma right after a report word of `commaReports`, standing for "that": "versprochen | , mich zurückzurufen". */
function commaAfterReport(ids: Int32Array, marks: WordMarks, grammar: Grammar, k: number): boolean {
	return ids[k] === COMMA_BOUNDARY && k > 0 && grammar.commaReports.hasIn(ids[k - 1], marks.langs);
}

/** Whether a person starts at `from` or one article after it, no later than the request: "que | quelqu'un", "dass | ein Mitarbeiter". */
function personOpens(ids: Int32Array, marks: WordMarks, grammar: Grammar, from: number, start: number): boolean {
	if (from > start) return false;
	if (marks.targetEnd[from] > 0) return true;
	return from + 1 <= start && marks.targetEnd[from + 1] > 0 && (grammar.fillers.has(ids[from]) || grammar.ones.hasIn(ids[from], marks.langs));
}

/**
 * Whether the user opens what follows "that", with no want verb before the request: what someone said the user can
 * do is passed on ("er hat gesagt, dass ich | mit einem Mitarbeiter sprechen kann"); "she said that I need | to speak
 * to a manager" keeps the user's own wish.
 */
function userMayAsk(ids: Int32Array, marks: WordMarks, grammar: Grammar, that: number, start: number): boolean {
	if (that + 1 >= start || !grammar.firstPersons.hasIn(ids[that + 1], marks.langs)) return false;
	if (marks.anyAsks) for (let k = that + 2; k < start; k++) if (marks.asks[k] !== 0) return false;
	return true;
}

/** Whether the user reports their own words, so restates a request: "ich habe | gesagt, dass ich …", "I | told you that I …". */
export function saidByUser(ids: Int32Array, marks: WordMarks, grammar: Grammar, report: number): boolean {
	for (let k = report - 1; k >= 0 && k >= report - USER_REPORT_REACH && ids[k] !== SENTENCE_BOUNDARY; k--) if (grammar.firstPersons.hasIn(ids[k], marks.langs)) return true;
	return false;
}
