/**
 * A person inside a question about a product, a system or a piece of work, not one the user asks for: where a system
 * routes others' traffic or a licence goes ("the IVR lets callers press 0 for an operator", "en CRM-licens til en
 * medarbejder", routedPersons.ts), who does a piece of work sold with it ("la traducción la hace un humano",
 * "oversættelsen laves af et menneske", workDoers.ts), or a person word opening a compound ("Agenten-Missionen",
 * "agent-tema", compoundPersons.ts), or one naming a thing of a game or an app ("my agent skin", "el modo humano vs
 * máquina", "welcher Agent ist am besten", gamePersons.ts), or one a device or a described bot would reach, or one
 * understood ("can the speaker transfer a call to an agent?", "un bot que pase las dudas a mis moderadores",
 * deviceFeatures.ts), or a thing a connect verb joins ("jam tangan saya bisa disambungkan ke aplikasi?", connectedThings.ts).
 * "Can your system pass me to a human agent?" and "I need a
 * human, not the machine" still ask.
 */
import { personInCompound } from './compoundPersons';
import { thingConnected } from './connectedThings';
import { personOfDeviceFeature } from './deviceFeatures';
import { personOfGame } from './gamePersons';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { routedBySystem } from './routedPersons';
import type { Tokens } from './text';
import { personDoesWork } from './workDoers';
export { machineOtherWayOfWork } from './workDoers';

/** Whether the request at start…end ends in a person a product routes to, who does its work, or who opens a compound: "le logiciel attribue les appels à un conseiller", "tafsiri inafanywa na binadamu", "Agenten-Missionen". */
export function personOfProduct(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	return routedBySystem(tokens.id, marks, grammar, start, end) || personDoesWork(tokens, marks, grammar, end) || personInCompound(tokens, marks, end) || personOfGame(tokens, marks, grammar, start, end) || personOfDeviceFeature(tokens, marks, grammar, start, end) ||
		thingConnected(tokens.id, tokens.count, marks, grammar, start, end);
}
