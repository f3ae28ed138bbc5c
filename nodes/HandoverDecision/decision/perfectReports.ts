/**
 * A request told in the perfect with the user as its object: "le bot m'a transféré à un conseiller", "ils m'ont passé
 * un responsable", and the person who did it as its subject: "ma conseillère m'a mis en relation avec le service
 * sinistres". Read without accents, "transféré" and "passé" are the imperatives "transfère" and "passe"; right after
 * an auxiliary ("a", "ont", "avez") and the user as object ("m'", "me") they are participles, and the clause reports
 * what was done. The user as a new subject between asks anew ("personne ne m'a répondu je veux parler à
 * quelqu'un"), and so does an imperative that is not the participle ("il m'a raccroché au nez passez-moi un
 * conseiller"); a denial between keeps the request ("vous ne m'avez toujours pas passé de conseiller" complains that
 * it is still not done).
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;

/** How many words may stand between the auxiliary and the request: "m'a | transféré à un | conseiller". */
const PARTICIPLE_REACH = 3;

/**
 * Whether the request at start…end follows, in its clause, the user as object and an auxiliary of the perfect, or
 * holds them or is the subject right before them ("ma conseillère | m'a mis en relation", "un conseiller m'a rappelé").
 */
export function toldInPerfect(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	if (!marks.lists.has(grammar.perfectAuxiliaries)) return false;
	// the user and the auxiliary inside the request or right after it: "conseillère | m'a | mis en relation avec"
	for (let k = start + 1; k <= end + 1 && k < count; k++) if (perfectAt(ids, marks, grammar, k)) return true;
	const { langs } = marks;
	const first = marks.clauseStart[marks.clause[start]] + 1;
	for (let k = start; k > first && k >= start - PARTICIPLE_REACH - 1; k--) {
		const id = ids[k];
		if (k < start && perfectAt(ids, marks, grammar, k)) return true;
		if (id < UNKNOWN || grammar.denials.hasIn(id, langs) || grammar.firstPersons.hasIn(id, langs) || grammar.handOverUsers.hasIn(id, langs)) return false;
		// an imperative not right after the auxiliary is one: "m'a raccroché au nez | passez-moi un conseiller"
		if (grammar.imperatives.hasIn(id, langs) && !perfectAt(ids, marks, grammar, k - 1)) return false;
	}
	return false;
}

/** Whether word k is an auxiliary of the perfect with the user as object just before it: "m' | a", "m' | ont". */
function perfectAt(ids: Int32Array, marks: WordMarks, grammar: Grammar, k: number): boolean {
	const { langs } = marks;
	const object = ids[k - 1];
	return k > 0 && grammar.perfectAuxiliaries.hasIn(ids[k], langs) && grammar.userObjects.hasIn(object, langs) && !grammar.handOverUsers.hasIn(object, langs);
}

/**
 * Whether word k stands right after an auxiliary of the perfect: a participle that reports, whoever its subject ("la
 * conseillère nous a | parlé d'une plaque", "le technicien a | parlé du devis"); read without accents, "parlé" is "parle".
 */
export function participleAfterAuxiliary(ids: Int32Array, marks: WordMarks, grammar: Grammar, k: number): boolean {
	return k > 0 && marks.lists.has(grammar.perfectAuxiliaries) && grammar.perfectAuxiliaries.hasIn(ids[k - 1], marks.langs);
}
