/**
 * A handover asked about or described, not asked for: "does your chatbot | escalate | to a human agent", "how yours
 * | hands | over to a live agent", "tem | transbordo | para um atendente humano?", "Wie klappt die | Übergabe | an
 * einen Mitarbeiter?", "roboti yenu | inahamisha | kwa mhudumu". A word of the pack's `handoffs` names a handover
 * the business's side does, as a third-person verb or a noun, and the lone person word a few words after it is
 * where that handover goes. The user then asks how the handover works, often as someone who builds a bot. The same
 * clause with a first-person word before the person, a want or talk verb with one, or an urging word asks for it:
 * "quero a transferência para um atendente", "handover to a human agent please".
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
/** How far before the person its handover word may stand: "hands | over to a human | agent", "Übergabe | an einen | Mitarbeiter". */
const HANDOFF_REACH = 5;

/** Whether the fixed request at `start` is where a handover named just before it goes, with nothing in its clause asking for it. */
export function handoverAskedAbout(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number): boolean {
	const { langs, clause, clauseStart } = marks;
	const opening = clauseStart[clause[start]];
	// a handover word opening its clause is itself the request: "transfert vers un agent stp"
	for (let k = start - 1; k > opening + 1 && k >= start - HANDOFF_REACH; k--) {
		if (grammar.firstPersons.hasIn(ids[k], langs)) return false;
		if (grammar.handoffs.hasIn(ids[k], langs)) return !askedInClause(ids, marks, grammar, clause[start]);
	}
	return false;
}

/**
 * Whether an urging word stands in the clause, or a want or talk verb with a first-person word: "vocês têm
 * transbordo …" asks what the business has and "le chat propose un transfert …" names the chat window, while
 * "quero a transferência …" (the verb says its subject) asks for it.
 */
function askedInClause(ids: Int32Array, marks: WordMarks, grammar: Grammar, index: number): boolean {
	const first = marks.clauseStart[index] + 1;
	const last = marks.clauseStart[index + 1];
	let userSpeaks = false;
	for (let k = first; k < last && !userSpeaks; k++) userSpeaks = grammar.firstPersons.hasIn(ids[k], marks.langs);
	for (let k = first; k < last; k++) {
		if (userSpeaks && marks.anyAsks && marks.asks[k] !== 0) return true;
		if (marks.anyUrged && marks.urged[k] !== 0) return true;
	}
	return false;
}
