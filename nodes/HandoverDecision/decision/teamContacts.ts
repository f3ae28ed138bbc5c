/**
 * A team of its own name asked now to contact the user, as the subject of a contact verb whose object is the user:
 * "please have the installation team | get in touch with me", "que el equipo de instalación | me llame", "kann mich
 * bitte das Team Montage | anrufen?", "naomba kitengo cha dhamana | kiwasiliane nami". The team is a team word of the
 * message's language with a name the grammar does not know (teamTargets.ts), and it is read as contactRequests.ts
 * reads a person: a modal, a plea or an urger asks it, a report or a condition passes it on. "the sales team
 * contacted me yesterday" has no asker, "how do I contact the sales team?" has no user next to the verb. A negation
 * or a cancel before the team in its clause takes it back ("don't have the installation team call me").
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import type { Hits } from './scratch';
import type { Tokens } from './text';
import { askedToContactUser } from './contactRequests';
import { negatedOrCancelledBefore } from './relativeCalls';
import { packSpellings, spelled } from './spellings';
import { namedTeamEnd, isNameWord } from './teamTargets';

const TEAMS = packSpellings('teams');
const ALL_LANGUAGES = -1;

/** Whether the message may hold such a request: a team word and a contact verb, read before the frames run on a message with no hit. */
export function mayAskTeamToContact(tokens: Tokens, grammar: Grammar): boolean {
	const { id: ids, count } = tokens;
	let verb = false;
	for (let k = 0; k < count && !verb; k++) verb = grammar.wishedContacts.has(ids[k]);
	if (!verb) return false;
	for (let k = 0; k < count; k++) if (spelled(tokens, k, TEAMS, ALL_LANGUAGES)) return true;
	return false;
}

/** The span of the first named team asked to contact the user, or null. */
export function teamAskedToContact(tokens: Tokens, marks: WordMarks, grammar: Grammar, hits: Hits): { start: number; end: number } | null {
	if (!marks.lists.has(grammar.wishedContacts)) return null;
	const ids = tokens.id;
	for (let k = 0; k < tokens.count; k++) {
		if (!spelled(tokens, k, TEAMS, marks.langs)) continue;
		// a name before its team word ("the installation team"), else a team word and its name ("das Team Montage", "equipo de ventas")
		const start = k > 0 && isNameWord(grammar, ids[k - 1]) ? k - 1 : k;
		const end = start < k ? k + 1 : namedTeamEnd(tokens, grammar, marks, k);
		if (end < 0 || negatedOrCancelledBefore(hits, marks.clauseStart[marks.clause[start]] + 1, start)) continue;
		if (askedToContactUser(tokens, marks, grammar, start, end)) return { start, end };
	}
	return null;
}
