/**
 * A connect or transfer asked of a thing, not of the user: the verbs that put a user through also connect watches,
 * speakers, accounts, calls and apps. A thing of the pack's `connectedThings` (or a device of `devices`) as what the
 * request connects, right after it ("tolong sambungin | speaker | ke TV", "kan I viderestille | opkald | til min
 * mobil"), or where it connects to ("dá pra transferir para | outra conta?", "bisa hubungkan ke | akun google?"), or
 * standing just before it as its subject ("jam tangan saya bisa | disambungkan ke aplikasi?"), makes no request, as
 * long as no person or team follows in the clause ("viderestil mit opkald til en medarbejder", "can you connect me with
 * someone about my watch?" still ask). With the user inside the request only a thing after it counts: "verbinde mich
 * mit dem WLAN" is no request, "stil mig videre" still is.
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { COMMA_BOUNDARY as comma_boundary, SENTENCE_BOUNDARY as sentence_boundary, UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
const COMMA_BOUNDARY = comma_boundary;
const SENTENCE_BOUNDARY = sentence_boundary;
/** How many words after the request the thing may stand, determiners and possessives not counted: "transferir para outra | conta"; not "disambungkan ke bagian servis | hp". */
const THING_AFTER = 2;
/** How far after the request a person or team keeps it: "viderestille mit opkald til en | medarbejder". */
const PERSON_REACH = 6;
/** How far before a modal opening a bare connect its subject thing may stand: "speaker pintar nya | bisa disambungin". */
const SUBJECT_BEFORE = 4;

/** Whether the request at start…end connects a thing rather than the user: "printer bisa disambungkan dengan laptop?"; not "bisa disambungkan ke petugas?". */
export function thingConnected(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	const { lists, langs } = marks;
	if (modalAfterSubject(ids, count, marks, grammar, start, end)) return true;
	if (!lists.has(grammar.connectedThings) && !lists.has(grammar.devices)) return false;
	const userTransfer = grammar.userTransfers.anyIn(ids, start, end, langs);
	if ((!userTransfer && !grammar.transferVerbs.anyIn(ids, start, end, langs)) || personWithin(marks, start, end) || personFollows(ids, count, marks, end)) return false;
	const userInside = userTransfer || grammar.userObjects.anyIn(ids, start, end, langs);
	// the user put through to a thing ("kan I sende mig videre til appen?") is read after the request only: "my watch, connect me" asks
	return thingAfter(ids, count, marks, grammar, end) || (!userInside && thingBefore(ids, marks, grammar, start));
}

/**
 * Whether a bare connect asked with a modal ("bisa disambungin?") has a word no pack lists right before the modal, its
 * subject, and no person in or after it: "kabelnya | bisa disambungin gak?" joins a thing; opening its clause after a
 * person named before it ("Bu Wati yang urus pendaftaran saya. | bisa disambungkan?") it asks for that person.
 */
function modalAfterSubject(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	const { langs } = marks;
	if (start === 0 || !grammar.abilities.hasIn(ids[start], langs) || !grammar.transferVerbs.anyIn(ids, start, end, langs)) return false;
	if (ids[start - 1] !== UNKNOWN && !thingInClauseBefore(ids, grammar, langs, start)) return false;
	return !personWithin(marks, start, end) && !personFollows(ids, count, marks, end);
}

/** Whether a thing stands a few words before the modal in its clause: "speaker pintar nya | bisa disambungin ke spotify?". */
function thingInClauseBefore(ids: Int32Array, grammar: Grammar, langs: number, start: number): boolean {
	for (let k = start - 1; k >= 0 && k >= start - SUBJECT_BEFORE && ids[k] >= UNKNOWN; k--) if (isThing(ids[k], grammar, langs)) return true;
	return false;
}

function isThing(id: number, grammar: Grammar, langs: number): boolean {
	return grammar.connectedThings.hasIn(id, langs) || grammar.devices.hasIn(id, langs);
}

/** Whether a person or team phrase starts inside the request: "transferir para | o suporte", not the bare "transferir para". */
function personWithin(marks: WordMarks, start: number, end: number): boolean {
	for (let k = start; k < end; k++) if (marks.targetEnd[k] > 0) return true;
	return false;
}

/** Whether a person or team phrase starts in the request's clause a few words after it: "sambungkan ke | admin", "til en | medarbejder". */
function personFollows(ids: Int32Array, count: number, marks: WordMarks, end: number): boolean {
	for (let k = end; k < count && k < end + PERSON_REACH; k++) {
		if (ids[k] === COMMA_BOUNDARY || ids[k] === SENTENCE_BOUNDARY) return false;
		if (marks.targetEnd[k] > 0) return true;
	}
	return false;
}

/** Whether a thing stands among the first words after the request, determiners and possessives not counted: "para o | app", "mit dem | WLAN". */
function thingAfter(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, end: number): boolean {
	const { langs } = marks;
	let words = 0;
	for (let k = end; k < count && k < end + PERSON_REACH && words < THING_AFTER; k++) {
		const id = ids[k];
		if (id === COMMA_BOUNDARY || id === SENTENCE_BOUNDARY) return false;
		if (isThing(id, grammar, langs)) return true;
		if (!skippable(id, grammar, langs)) words++;
	}
	return false;
}

/** Whether a thing stands just before the request, a possessive or a word of being able between: "jam tangan saya bisa | disambungkan", "printer bisa | disambungkan". */
function thingBefore(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number): boolean {
	const { langs } = marks;
	let k = start - 1;
	if (k >= 0 && grammar.abilities.hasIn(ids[k], langs)) k--;
	if (k >= 0 && (grammar.ownPossessivesAfter.hasIn(ids[k], langs) || grammar.determiners.hasIn(ids[k], langs))) k--;
	return k >= 0 && isThing(ids[k], grammar, langs);
}

function skippable(id: number, grammar: Grammar, langs: number): boolean {
	return grammar.determiners.hasIn(id, langs) || grammar.indefiniteArticles.hasIn(id, langs) || grammar.ownPossessives.hasIn(id, langs);
}
