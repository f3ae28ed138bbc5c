/**
 * A person or team named with no talk or want verb before it that is still asked for: wished to contact the user
 * (wishes.ts), needed by the matter in hand (needs.ts), asked for as a possibility or a hope (possibilities.ts), asked
 * whether they are there and free now (presentPersons.ts; a team only with a word for now), asked to contact the user or someone of the user's (contactRequests.ts; a team, someone of the user's only: "Mohon customer service menghubungi ayah saya"), or asked to
 * look at, go through, advise or answer the user's matter (serviceRequests.ts), or to come or be sent to the user (visitRequests.ts), or to take someone of the user's put through to them (transferredRelations.ts); never when its contact's subject is nobody (nobodyContacts.ts).
 */
import type { Grammar } from './grammar';
import { DEPARTMENT, PERSON } from './hitKinds';
import type { WordMarks } from './marks';
import { neededByMatter } from './needs';
import { askedAsPossible } from './possibilities';
import { askedAsPresent } from './presentPersons';
import { askedToContactUser } from './contactRequests';
import { askedToServeUser } from './serviceRequests';
import { askedToVisit } from './visitRequests';
import { transferredRelationTo } from './transferredRelations';
import { contactOfNobody } from './nobodyContacts';
import type { Tokens } from './text';
import { wishedToContact } from './wishes';

/** Whether the person or team hit of `kind` at start…end is asked for by the clause around it. */
export function askedWithoutVerb(tokens: Tokens, marks: WordMarks, grammar: Grammar, kind: number, start: number, end: number): boolean {
	const { id: ids, count } = tokens;
	if (contactOfNobody(tokens, marks, grammar, start)) return false;
	if (wishedToContact(ids, count, marks, grammar, start, end) || transferredRelationTo(tokens, marks, grammar, start, end)) return true;
	// a team asked whether it is there now: "ada tim support yang online sekarang?" (see presentPersons.ts)
	if (kind === DEPARTMENT) return askedToContactUser(tokens, marks, grammar, start, end, true) || askedAsPresent(tokens, marks, grammar, start, end, true);
	return kind === PERSON && (neededByMatter(tokens, marks, grammar, start) || askedAsPossible(ids, count, marks, grammar, start, end) || askedAsPresent(tokens, marks, grammar, start, end) || askedToContactUser(tokens, marks, grammar, start, end) || askedToServeUser(tokens, marks, grammar, start, end) || askedToVisit(tokens, marks, grammar, start, end));
}
