/**
 * A person asked to be given, got or passed to the user: "get me Gary at the quarry office", "geben Sie mir bitte den
 * Jugendleiter vom Verein", "donnez-moi le responsable du magasin", "me passa o Sr. Almeida", "giv mig Hr. Jensen",
 * "kasih saya Pak Budi dari gudang", "nipe Bwana Juma". A give or get verb (`handOverVerbs`) with the user as its
 * indirect object (`handOverUsers`, beside it or held in it) opens a slot read as a talk verb's is (roleTargets.ts):
 * a name, a title and a name, or a role. Things stay things ("get me a refund", "geben Sie mir die Rechnung"), a
 * person's detail is asked for, no person ("give me the manager's email"), a past report has no such imperative
 * ("Gary got me a quote"), and someone else's words ("my boss said get me Martin") are no request now.
 */
import { spokenOfElsewhere } from './contactRequests';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import type { NameReader } from './names';
import { PERSON } from './hitKinds';
import { hasRoleForm, personInSlot } from './roleTargets';
import { quotedRequest } from './quotes';
import type { Tokens } from './text';
/** Words between the verb and the user: "geben | Sie | mir". */
const OBJECT_REACH = 2;
/** Words after the person where a detail of theirs may stand: "the manager | s | email". */
const DETAIL_REACH = 2;

/**
 * The span (verb to person) of a person given or passed to the user, or null: "get me | Dave at the depot", "dame |
 * al Sr. Medina", "passez-moi | Madame Lefèvre"; not "get me | a refund", "give me | the manager's email".
 */
export function handedOverPerson(tokens: Tokens, marks: WordMarks, grammar: Grammar, names: NameReader): { start: number; end: number } | null {
	if (!marks.lists.has(grammar.handOverVerbs) || !marks.lists.has(grammar.handOverUsers)) return null;
	const { id: ids, count } = tokens;
	const langs = marks.langs;
	for (let verb = 0; verb < count; verb++) {
		if (!grammar.handOverVerbs.hasIn(ids[verb], langs)) continue;
		let slot = slotAfterUser(ids, count, grammar, langs, verb);
		if (slot < 0) continue;
		// an urger between the user and the person: "geben Sie mir | bitte | den Jugendleiter"
		if (marks.anyUrged && slot < count && marks.urged[slot] !== 0) slot++;
		const person = personInSlot(tokens, grammar, names, marks, Math.max(0, slot - 2), slot);
		if (person < 0 || !namedOrRole(tokens, marks, grammar, names, slot, person) || detailAfter(ids, count, grammar, langs, person)) continue;
		if (!spokenOfElsewhere(ids, marks, grammar, verb, person) && !quotedRequest(tokens, marks, grammar, verb, person)) return { start: verb, end: person };
	}
	return null;
}

/**
 * Whether the person read in the slot slot…end is a person word, a name or an agent noun, not any word no pack lists
 * (a talk verb's partner); a name in lower case with its place after it ("get me | dave from the depot"); no capitalised noun after an
 * article ("geben Sie mir die | Rechnung"): "get me | Dave", "geben Sie mir | den Jugendleiter", "nipe | meneja"; not "donnez-moi |
 * juste le lien".
 */
function namedOrRole(tokens: Tokens, marks: WordMarks, grammar: Grammar, names: NameReader, slot: number, end: number): boolean {
	for (let k = slot; k < end; k++) {
		if ((marks.targetEnd[k] > 0 && marks.targetKind[k] === PERSON) || (names.isName(k, true) && !(k > 0 && (grammar.determiners.hasIn(tokens.id[k - 1], marks.langs) || grammar.indefiniteArticles.hasIn(tokens.id[k - 1], marks.langs))) && (tokens.capitalised(k) || (k + 1 < tokens.count && grammar.memberLinks.hasIn(tokens.id[k + 1], marks.langs))))) return true;
	}
	return hasRoleForm(tokens, end - 1, marks.langs);
}

/** Where the slot after the verb at `verb` and its user starts, or -1: "get me |", "geben Sie mir |", "me passa |", "dame |". */
function slotAfterUser(ids: Int32Array, count: number, grammar: Grammar, langs: number, verb: number): number {
	if (grammar.handOverUsers.hasIn(ids[verb], langs)) return verb + 1;
	if (verb > 0 && grammar.handOverUsers.hasIn(ids[verb - 1], langs)) return verb + 1;
	for (let k = verb + 1; k < count && k <= verb + OBJECT_REACH; k++) if (grammar.handOverUsers.hasIn(ids[k], langs)) return k + 1;
	return -1;
}

/** Whether a contact detail follows the person ending at `end`: "the manager's | email". */
function detailAfter(ids: Int32Array, count: number, grammar: Grammar, langs: number, end: number): boolean {
	for (let k = end; k < count && k < end + DETAIL_REACH; k++) if (grammar.details.hasIn(ids[k], langs)) return true;
	return false;
}
