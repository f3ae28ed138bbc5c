/**
 * A named person asked now to contact someone of the user's: "can Priya from the front desk call my husband back?",
 * "est-ce que Sandrine de la crèche peut rappeler ma belle-soeur ?", "pode a Fernanda ligar pro meu pai?", "Mwalimu
 * Halima wa daycare anaweza kumpigia wifi yangu?". A name no pack lists, written with a capital, opens the clause of a contact verb
 * (`wishedContacts`) whose object is someone of the user's (relationObjects.ts), and an asker or an urger asks it
 * (as in contactRequests.ts). A past report ("Priya called my husband yesterday") has no asker; a condition or a
 * report before it ("if Priya can call my husband …", "she said Priya could call my dad") asks nothing now. The name
 * may stand in apposition to a role, asked before the commas: "could the coordinator, Lena Vogt, contact our host
 * family?", "Bisa tolong Mbak Dewi, koordinator program, menghubungi host family anak saya?" (appositives.ts).
 */
import { appositiveSubjectStart } from './appositives';
import { askedBetween, spokenOfElsewhere } from './contactRequests';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import type { NameReader } from './names';
import { relationObjectEnd } from './relationObjects';
import { type Tokens, UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;

/** The span (name to object) of a named person asked to contact someone of the user's, or null. */
export function namedCallerForRelation(tokens: Tokens, marks: WordMarks, grammar: Grammar, names: NameReader): { start: number; end: number } | null {
	if (!marks.lists.has(grammar.wishedContacts)) return null;
	const { id: ids, count } = tokens;
	for (let verb = 1; verb < count; verb++) {
		// the object first: a few list lookups, where reading a name reads the message's case
		if (!grammar.wishedContacts.hasIn(ids[verb], marks.langs) || relationObjectEnd(ids, count, marks, grammar, 0, verb) < 0) continue;
		const name = names.subjectBefore(verb);
		if (name < 0 || !tokens.capitalised(name)) {
			// "could the coordinator, Lena Vogt, | contact our host family": a name set off by commas, asked before them
			const opening = appositiveSubjectStart(tokens, marks, grammar, names, verb);
			const object = opening < 0 ? -1 : relationObjectEnd(ids, count, marks, grammar, clauseOf(ids, verb), verb);
			if (object >= 0 && !spokenOfElsewhere(ids, marks, grammar, opening, verb)) return { start: opening, end: object + 1 };
			continue;
		}
		const object = relationObjectEnd(ids, count, marks, grammar, name + 1, verb);
		if (object >= 0 && askedBetween(ids, marks, grammar, name, verb) && !spokenOfElsewhere(ids, marks, grammar, name, verb)) return { start: name, end: object + 1 };
	}
	return null;
}

/** Where the clause of word k starts: "…, | meine Tochter heute anrufen". */
function clauseOf(ids: Int32Array, k: number): number {
	while (k > 0 && ids[k - 1] >= UNKNOWN) k--;
	return k;
}

