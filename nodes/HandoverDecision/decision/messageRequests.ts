/**
 * Requests read from the message as a whole, when no phrase hit made one: a contact asked for someone of the user's
 * ("pf liguem ao meu pai, 912 345 678", relativeCalls.ts), a named person asked to call someone close ("kan Lars
 * ringe til min far?", namedRelationCallers.ts), a named person of a team asked to write back ("can Jenna from
 * creator support reach out again?", namedWriteBacks.ts) and a technical visit booked ("agendem uma visita técnica",
 * visitRequests.ts), a trade asked to come ("le poseur peut repasser demain ?", visitRequests.ts), a person sent out ("kan I sende en vagt ud", sentOutPersons.ts) and a title and a name urged on alone ("Frau Albrecht bitte", titledNames.ts) and a person given to the user ("get me Gary at the depot", handOvers.ts) and a team of its own name asked to contact
 * the user ("que el equipo de instalación me llame", teamContacts.ts) and a call verb put first, its particle at the
 * clause's end ("Rufen Sie mich bitte heute Nachmittag … an", splitCalls.ts) and a named person asked whether there
 * and free ("is Maria available?", presentNames.ts).
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import type { NameReader } from './names';
import type { Hits } from './scratch';
import type { Tokens } from './text';
import { namedCallerForRelation } from './namedRelationCallers';
import { namedWriteBack } from './namedWriteBacks';
import { callForSomeoneOfUser, mayCallSomeoneOfUser } from './relativeCalls';
import { handedOverPerson } from './handOvers';
import { mayAskTeamToContact, teamAskedToContact } from './teamContacts';
import { urgedTitledName } from './titledNames';
import { bookedVisit, mayBookVisit, roleAskedToVisit } from './visitRequests';
import { mayPutOnPhone } from './phoneHolds';
import { maySendOut, sentOutPerson } from './sentOutPersons';
import { mayCallSplit, splitCall } from './splitCalls';
import { mayAskPresentName, presentName } from './presentNames';

/** The words of the first such request, or null. */
export function messageRequest(tokens: Tokens, marks: WordMarks, grammar: Grammar, names: NameReader, hits: Hits): { start: number; end: number } | null {
	return (
		callForSomeoneOfUser(tokens, marks, grammar, hits) ??
		namedCallerForRelation(tokens, marks, grammar, names) ??
		namedWriteBack(tokens, marks, grammar, names) ??
		bookedVisit(tokens, marks, grammar, hits) ??
		roleAskedToVisit(tokens, marks, grammar, hits) ??
		sentOutPerson(tokens, marks, grammar, hits) ??
		urgedTitledName(tokens, marks, names) ??
		handedOverPerson(tokens, marks, grammar, names) ??
		teamAskedToContact(tokens, marks, grammar, hits) ??
		splitCall(tokens, marks, grammar, hits) ??
		presentName(tokens, marks, grammar, names)
	);
}

/**
 * Whether a message with no phrase hit may still hold one of the requests read without a hit (a contact asked for
 * someone of the user's, a visit, a team asked to contact the user, a person put on the phone, a split call, a named person asked whether there), so its frames are read.
 */
export function mayAskWithoutHit(tokens: Tokens, grammar: Grammar): boolean {
	return mayCallSomeoneOfUser(tokens, grammar) || mayBookVisit(tokens, grammar) || maySendOut(tokens, grammar) || mayAskTeamToContact(tokens, grammar) || mayPutOnPhone(tokens, grammar) || mayCallSplit(tokens, grammar) || mayAskPresentName(tokens, grammar);
}
