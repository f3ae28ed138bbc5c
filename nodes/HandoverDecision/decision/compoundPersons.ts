/**
 * A person word that is the first part of a hyphenated compound names a kind of thing, not someone to talk to:
 * "neue | Agenten | -Missionen", "et escape room med | agent | -tema", "the | agent | -based pricing", "un modo |
 * humano | -máquina", "fitur | agen | -assist". The person word ends its request and a word follows its hyphen with no
 * space; a person word after the hyphen is still asked for ("Kundenservice-Mitarbeiter", "a human-agent").
 */
import { PERSON } from './hitKinds';
import type { WordMarks } from './marks';
import type { Tokens } from './text';
const HYPHEN = 45;

/**
 * Whether the request at start…end ends in a person word that a hyphen joins to the word after it: "Agenten-Missionen",
 * "agent-tema", "agent-based"; not "support-team" (a team, asked for) nor "Mitarbeiter - bitte" (spaced).
 */
export function personInCompound(tokens: Tokens, marks: WordMarks, end: number): boolean {
	if (end >= tokens.count || end === 0) return false;
	const last = tokens.end[end - 1];
	if (tokens.text.charCodeAt(last) !== HYPHEN || tokens.start[end] !== last + 1) return false;
	const person = end - 1;
	return marks.targetEnd[person] === end && marks.targetKind[person] === PERSON && marks.targetEnd[end] === 0;
}
