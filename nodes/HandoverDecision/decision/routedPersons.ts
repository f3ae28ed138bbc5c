/**
 * A person a system routes others' traffic to, or is given a product for, not one the user asks for: "does the IVR let
 * | callers | press 0 for an | operator", "kan jeres CRM … tildele | dem | til en | medarbejder", "um sistema …, ele
 * também passa | o cliente | pro | atendente", "le logiciel attribue | les appels | à un | conseiller", "kann das System
 * | Anrufer | an einen | Mitarbeiter weiterleiten", "kan man få en CRM- | licens | til en | medarbejder", "mfumo
 * unawapa | wateja | kwa | wakala". A word of the pack's `routedThings` (callers, customers, leads, calls, licences,
 * "them") stands a few words before the person, and a word of `systems` (system, IVR, CRM, tool, bot, "mfumo") before
 * it in the same sentence: the person is where the product sends what is not the user, a question about a product
 * the user runs or buys. A first-person word or a user object between the system and the person ("can your system
 * pass | me | to a human agent", "can the bot send | my | calls to an agent") and an urging word in the clause keep
 * the request.
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { SENTENCE_BOUNDARY as sentence_boundary } from './text';
// Read once: an imported const compiles to a property read at every use.
const SENTENCE_BOUNDARY = sentence_boundary;
/** How far before the person's end the routed thing may stand: "| Anrufer | nach drei Minuten an einen Mitarbeiter | weiterleiten". */
const ROUTED_REACH = 8;
/** How far before the routed thing its system may stand: "um | sistema | parecido com esse de vocês, ele também passa | o cliente". */
const SYSTEM_REACH = 12;

/**
 * Whether the request at start…end ends in a person that a product routes others' traffic to or is licensed for:
 * "the CRM assigns leads to an agent", "el sistema pasa las llamadas a un agente", "sistemnya bagi tiket pelanggan ke
 * agen"; not "can your system pass me to a human agent?" nor "bot gak bisa, tolong sambungkan saya ke agen".
 */
export function routedBySystem(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	if (!marks.lists.has(grammar.routedThings) || !marks.lists.has(grammar.systems)) return false;
	const { langs, clause, clauseStart } = marks;
	const opening = clauseStart[clause[end - 1]];
	const from = Math.max(opening, end - 1 - ROUTED_REACH);
	let routed = -1;
	for (let k = end - 2; k > from; k--) {
		if (userNamed(ids[k], grammar, langs)) return false;
		if (grammar.routedThings.hasIn(ids[k], langs)) {
			routed = k;
			break;
		}
	}
	if (routed < 0 || urgedInClause(marks, clause[end - 1]) || (start < routed && urgedInClause(marks, clause[start]))) return false;
	for (let k = routed - 1; k >= 0 && k >= routed - SYSTEM_REACH; k--) {
		const id = ids[k];
		if (id === SENTENCE_BOUNDARY || userNamed(id, grammar, langs)) return false;
		if (grammar.systems.hasIn(id, langs)) return true;
	}
	return false;
}

/** Whether a word is the user: "I", "me", "mig", "saya", "nos". */
function userNamed(id: number, grammar: Grammar, langs: number): boolean {
	return grammar.firstPersons.hasIn(id, langs) || grammar.userObjects.hasIn(id, langs) || grammar.ownPossessives.hasIn(id, langs) || grammar.ownPossessivesAfter.hasIn(id, langs);
}

/** Whether an urging word stands in clause `index`: "please", "bitte", "tafadhali". */
function urgedInClause(marks: WordMarks, index: number): boolean {
	if (!marks.anyUrged) return false;
	for (let k = marks.clauseStart[index] + 1; k < marks.clauseStart[index + 1]; k++) if (marks.urged[k] !== 0) return true;
	return false;
}
