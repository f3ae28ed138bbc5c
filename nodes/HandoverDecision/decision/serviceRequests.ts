/**
 * A person asked now to do a service on the user's matter: "could | someone from the tile shop | look at my photos",
 * "könnte vielleicht | jemand aus der Praxis | die Werte mit mir durchgehen", "Kann mich | jemand von euch | beraten?",
 * "quelqu'un de la pépinière pourrait me répondre", "kunne en fra værkstedet kigge på mine billeder". A verb of the
 * pack's `userServices` ("look", "advise", "answer", "anschauen", "regarder", "revisar", "kigge", "cek") stands a few
 * words after the person in its clause, the user (`userObjects`), the user's possessive (`ownPossessives`, "my
 * photos") or the matter in hand (`matters`, "look at this"; in the verb, `matterServices`: "draufschauen") is its object, and a contact asker or an urger asks it of the person, as a contact verb is asked in
 * contactRequests.ts, or a present "is there" opens it ("tem como alguém da equipe dar uma olhada comigo?"). A perfect or a condition before the verb ("someone already looked at my photos"), a report
 * before it ("my neighbour says someone could answer her") and a thing as the subject ("can the app look at my
 * photos", no person hit) ask nothing now; "help" is no such verb, since the bot helps too.
 */
import { askedBetween, spokenOfElsewhere, userNear } from './contactRequests';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { existentialBefore } from './presentPersons';
import { type Tokens, UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
/** How far after the person its service verb may stand: "jemand | aus der Praxis mal kurz die Laborwerte von Mimi mit mir | durchgehen". */
const VERB_AFTER = 12;
/** How far after the verb the user's possessive may stand: "look | at my", "kigge | på mine", "kuangalia | picha za ng'ombe wangu". */
const POSSESSIVE_AFTER = 4;
/** How far before the person the user may stand as the object put first: "Kann | mich | vielleicht jemand … beraten". */
const USER_BEFORE = 3;

/** Whether the person at start…end is asked, now, to look at, go through, advise or answer the user's matter. */
export function askedToServeUser(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	if (!marks.lists.has(grammar.userServices)) return false;
	const { id: ids, count } = tokens;
	const verb = serviceVerbAfter(ids, count, marks, grammar, end);
	if (verb < 0) return false;
	const matter = grammar.matterServices.hasIn(ids[verb], marks.langs) || userNear(ids, count, marks, grammar, verb) || userBefore(ids, marks, grammar, start, end, verb) || possessiveAfter(ids, count, marks, grammar, verb);
	if (!matter) return false;
	const asked = askedBetween(ids, marks, grammar, start, verb) || existentialBefore(ids, marks, grammar, start) >= 0;
	return asked && !spokenOfElsewhere(ids, marks, grammar, start, verb);
}

/** The service verb after the person in its clause; -1 when none, or a perfect or a condition comes first. */
function serviceVerbAfter(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, end: number): number {
	const langs = marks.langs;
	for (let k = end; k < count && k < end + VERB_AFTER; k++) {
		const id = ids[k];
		if (id < UNKNOWN || grammar.perfects.hasIn(id, langs) || grammar.conditionals.hasIn(id, langs)) break;
		if (grammar.userServices.hasIn(id, langs)) return k;
	}
	return -1;
}

/**
 * Whether the user stands between the person and the verb ("jemand aus der Praxis … | mit mir | durchgehen") or just
 * before the person in its clause, or the user's possessive or the matter in hand between them, as a verb last puts its
 * object ("jemand … | meine | Fotos … anschauen", "kann sich jemand | das | mal anschauen?").
 */
function userBefore(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number, end: number, verb: number): boolean {
	const langs = marks.langs;
	for (let k = verb - 1; k >= 0 && k >= start - USER_BEFORE && ids[k] >= UNKNOWN; k--) {
		if (grammar.userObjects.hasIn(ids[k], langs) || (k >= end && (grammar.ownPossessives.hasIn(ids[k], langs) || grammar.matters.hasIn(ids[k], langs)))) return true;
	}
	return false;
}

/**
 * Whether the user's possessive follows the verb in its clause ("look at | my | photos", "cek foto motor | saya"), or
 * the matter in hand (`matters`): "have a look at | this", "kigge på | det", "revisar | esto".
 */
function possessiveAfter(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, verb: number): boolean {
	const langs = marks.langs;
	for (let k = verb + 1; k < count && k <= verb + POSSESSIVE_AFTER && ids[k] >= UNKNOWN; k++) {
		if (grammar.ownPossessives.hasIn(ids[k], langs) || grammar.ownPossessivesAfter.hasIn(ids[k], langs) || grammar.matters.hasIn(ids[k], langs)) return true;
	}
	return false;
}
