/**
 * A person asked for as a possibility or a hope: "would it be possible to be contacted by | a person |", "is there
 * any chance | someone from the office | could email me", "kira-kira bisa saya dihubungi | petugas |", "j'espère être
 * rappelée par | une conseillère |", "Besteht die Möglichkeit, von | einem Mitarbeiter | zurückgerufen zu werden?". A
 * word of the pack's `possibilities` ("possible", "chance", "hope", "möglich", "bisa", "inawezekana", and the plea
 * "mohon") stands a few words before the person in its sentence, and a contact stands next to the person: before
 * it, the passive or noun form the user gets, or a subjunctive put before its subject (`contactForms`: "contacted",
 * "dihubungi", "rappelée", "ringet", "tel", "que me contactara | alguien"); after it, in its clause, a contact verb
 * of `wishedContacts` or such a form ("someone … to ring me", "jemand … anruft"), or a written message sent to
 * the user ("dass mir jemand … eine Nachricht schreibt"; see writtenContacts.ts). The same openers about a thing name
 * no person; a denial just before the opener ("tidak bisa"), a report or an asking verb before it ("I asked whether
 * it was possible …", "hat gefragt, ob es möglich ist") and a perfect between opener and person say nothing is asked now.
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { SENTENCE_BOUNDARY as sentence_boundary, UNKNOWN as unknown } from './text';
import { writtenToUser } from './writtenContacts';
// Read once: an imported const compiles to a property read at every use.
const SENTENCE_BOUNDARY = sentence_boundary;
const UNKNOWN = unknown;
/** How far before the person the opener may stand: "would it be possible | to be called back by an | adviser". */
const OPENER_REACH = 8;
/** How far before the opener a denial says it is not possible: "tidak | bisa", "not [really] | possible". */
const DENIAL_REACH = 2;
/** How far before the opener a report or an asking verb makes the question someone else's or past. */
const SPEAKER_REACH = 12;
/** How far before the person its passive contact may stand: "called | back by an | adviser", "ringet | op af en | medarbejder". */
const CONTACT_BEFORE = 4;
/** How far after the person its contact verb may stand: "someone | from the lettings office could | email". */
const CONTACT_AFTER = 6;
/** How far after a contact verb an article says it sends a thing: "email | me the", "mandar | a". */
const THING_REACH = 2;

/** Whether the person at start…end is asked, as a possibility or a hope, to contact or serve the user. */
export function askedAsPossible(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	if (!marks.lists.has(grammar.possibilities)) return false;
	const opener = openerBefore(ids, marks, grammar, start);
	return opener >= 0 && (contactBefore(ids, marks, grammar, opener, start) || contactAfter(ids, count, marks, grammar, end));
}

/**
 * The opener a few words before the person in its sentence, with no perfect between, no denial just before it
 * ("saya tidak bisa dihubungi petugas", said of the past) and no report or asking verb before it; or -1.
 */
function openerBefore(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number): number {
	const langs = marks.langs;
	let opener = -1;
	for (let k = start - 1; k >= 0 && k >= start - OPENER_REACH - SPEAKER_REACH && ids[k] !== SENTENCE_BOUNDARY; k--) {
		const id = ids[k];
		if (opener < 0) {
			if (k < start - OPENER_REACH) return -1;
			if (grammar.perfects.hasIn(id, langs)) return -1;
			if (grammar.possibilities.hasIn(id, langs)) opener = k;
		} else if (k < opener - SPEAKER_REACH) break;
		else if (grammar.reports.hasIn(id, langs) || grammar.indirectQuestions.hasIn(id, langs) || (k >= opener - DENIAL_REACH && grammar.denials.hasIn(id, langs))) return -1;
	}
	return opener;
}

/** Whether a passive, noun or inverted contact stands just before the person, after the opener. */
function contactBefore(ids: Int32Array, marks: WordMarks, grammar: Grammar, opener: number, start: number): boolean {
	const langs = marks.langs;
	for (let k = start - 1; k > opener && k >= start - CONTACT_BEFORE; k--) {
		const id = ids[k];
		if (id < UNKNOWN) return false; // a boundary
		if (grammar.contactForms.hasIn(id, langs)) return true;
	}
	return false;
}

/**
 * Whether a contact form or verb follows the person in its clause, not after a perfect, nor a verb that only sends
 * the user a thing: an article or possessive right after it or its object ("could email me | the | receipt").
 */
function contactAfter(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, end: number): boolean {
	const langs = marks.langs;
	for (let k = end; k < count && k < end + CONTACT_AFTER; k++) {
		const id = ids[k];
		if (id < UNKNOWN || grammar.perfects.hasIn(id, langs)) return false;
		if (grammar.contactForms.hasIn(id, langs) || writtenToUser(ids, marks, grammar, k)) return true;
		if (grammar.wishedContacts.hasIn(id, langs)) return !sendsThing(ids, count, grammar, langs, k);
	}
	return false;
}

/** Whether a determiner right after the contact verb or its object, in its clause, says it sends the user a thing: "email me | the | receipt". */
export function sendsThing(ids: Int32Array, count: number, grammar: Grammar, langs: number, contact: number): boolean {
	for (let k = contact + 1; k < count && k <= contact + THING_REACH && ids[k] >= UNKNOWN; k++) if (grammar.determiners.hasIn(ids[k], langs)) return true;
	return false;
}
