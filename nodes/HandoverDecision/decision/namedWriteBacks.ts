/**
 * A named person, often of a team, asked now to write to, answer or reach out to the user: "can Jenna from creator
 * support reach out again?", "kann mich lisa vom creator support nochmal anschreiben?", "Amina wa huduma kwa wateja
 * anaweza kunijibu leo?", "est-ce que Julien du service facturation peut me répondre ?". A name no pack lists opens
 * the clause of a write-back verb whose object is the user (writeBacks.ts); it is capitalised, or a word of
 * `memberLinks` follows it ("lisa | vom"), and an asker or an urger asks it (as in contactRequests.ts). A past report
 * ("Jenna from support wrote to me yesterday") has no asker; a condition or a report before it ("if Lisa can write
 * to me …", "she said Lisa could answer me") asks nothing now.
 */
import { askedBetween, spokenOfElsewhere } from './contactRequests';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import type { NameReader } from './names';
import type { Tokens } from './text';
import { writesBackToUser } from './writeBacks';

/** The span (name to verb) of a named person asked to write back to the user, or null. */
export function namedWriteBack(tokens: Tokens, marks: WordMarks, grammar: Grammar, names: NameReader): { start: number; end: number } | null {
	if (!marks.lists.has(grammar.writeBacks)) return null;
	const { id: ids, count } = tokens;
	for (let verb = 1; verb < count; verb++) {
		// the verb and its object first: a few list lookups, where reading a name reads the message's case
		if (!writesBackToUser(ids, count, marks, grammar, verb)) continue;
		const name = names.subjectBefore(verb);
		if (name < 0 || !(tokens.capitalised(name) || (name + 1 < verb && grammar.memberLinks.hasIn(ids[name + 1], marks.langs)))) continue;
		if (askedBetween(ids, marks, grammar, name, verb) && !spokenOfElsewhere(ids, marks, grammar, name, verb)) return { start: name, end: verb + 1 };
	}
	return null;
}
