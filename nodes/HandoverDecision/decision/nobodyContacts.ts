/**
 * A contact whose subject is nobody: "nobody needs to ring me, just post the chart", "Es muss mich kein Mitarbeiter
 * anrufen", "nadie tiene que llamarme", "ninguém precisa me ligar", "ingen medarbejder skal ringe mig op". A word of
 * `nobodies` before a contact verb of `wishedContacts` in its clause denies that anyone is to contact the user, even
 * past a modal ("muss", "skal", "tiene que"): the modal's subject is nobody. It is the subject when the request, a
 * person, "one", a need, an asker or the contact verb follows it, or an infinitive marker one word on ("nobody has
 * to"). The contact verb is the request's own (in it or after its person); a want or another contact verb between the
 * nobody and the request is the nobody's own, and the request asks anew ("nobody called me so I want someone to call
 * me"). The clause still asks when it is a question ("ninguém da loja pode me ligar hoje?"), when an asker stands
 * before the nobody ("can nobody call me"), or when an urger follows it ("nobody rang, please call me").
 */
import { endsWithQuestion } from './clauseChecks';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import type { Tokens } from './text';
import { UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;

/** Whether a nobody before the request at `start` (or at it) in its clause is the subject of the request's contact verb. */
export function contactOfNobody(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number): boolean {
	if (!marks.lists.has(grammar.nobodies)) return false;
	const ids = tokens.id;
	const langs = marks.langs;
	const clause = marks.clause[start];
	const from = marks.clauseStart[clause] + 1;
	const to = marks.clauseStart[clause + 1];
	let nobody = -1;
	for (let k = from; k <= start && k < to; k++) {
		const id = ids[k];
		if (grammar.contactAskers.hasIn(id, langs) || (marks.anyUrged && marks.urged[k] !== 0)) return false;
		if (grammar.nobodies.hasIn(id, langs) && (k + 1 === start || standsAsSubject(ids, to, marks, grammar, k))) {
			nobody = k;
			break;
		}
	}
	if (nobody < 0) return false;
	let contact = false;
	for (let k = nobody + 1; k < to; k++) {
		if (marks.anyUrged && marks.urged[k] !== 0) return false;
		if (k >= start) contact ||= grammar.wishedContacts.hasIn(ids[k], langs);
		else if ((marks.anyAsks && marks.asks[k] !== 0) || grammar.wishedContacts.hasIn(ids[k], langs)) return false;
	}
	return contact && !endsWithQuestion(tokens, to);
}

/** Whether the nobody word at k is a subject, read from the word after it: a person, "one", a need, an asker, a contact verb, or a verb with "to". */
function standsAsSubject(ids: Int32Array, to: number, marks: WordMarks, grammar: Grammar, k: number): boolean {
	const langs = marks.langs;
	const next = k + 1;
	if (next >= to || ids[next] < UNKNOWN) return false;
	const id = ids[next];
	if (marks.targetEnd[next] > 0 || grammar.ones.hasIn(id, langs) || grammar.needs.hasIn(id, langs) || grammar.contactAskers.hasIn(id, langs) || grammar.wishedContacts.hasIn(id, langs)) return true;
	return next + 1 < to && grammar.infinitives.hasIn(ids[next + 1], langs);
}
