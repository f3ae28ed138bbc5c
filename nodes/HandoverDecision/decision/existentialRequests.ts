/**
 * A person asked for by asking whether they exist, with a relative clause in which the user talks with them: "is
 * there anybody at the clinic | I could talk to | about the results?", "tem alguém da equipe de mudança | com quem eu
 * consiga conversar?", "kuna mtu wa timu yenu | naweza ongea naye kuhusu …?", "anyone on the harbour desk | I can
 * chat with?". The present "there is" of the pack's `existentials` stands just before the person (or the person opens
 * a sentence that asks with the user as the relative clause's subject, the "is there" left out), and the talk verb closing the relative clause reads the person as
 * the one the user talks with however far the place or team after the person ("at the clinic", "da equipe de
 * mudança") and the topic after the verb ("about luna's blood results") run. A perfect between person and verb ("is
 * there anybody I could have talked to?") is the past, and so is a "there" after a past question's auxiliary ("was there anybody I could talk to?").
 */
import { endsWithQuestion } from './clauseChecks';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { existentialBefore } from './presentPersons';
import { SENTENCE_BOUNDARY as sentence_boundary, type Tokens } from './text';
// Read once: an imported const compiles to a property read at every use.
const SENTENCE_BOUNDARY = sentence_boundary;

/** Whether the person starting at `person` is asked to exist as the one the talk verb at `verbStart` talks with. */
export function existentialPartner(tokens: Tokens, marks: WordMarks, grammar: Grammar, person: number, verbStart: number): boolean {
	const ids = tokens.id;
	for (let k = person + 1; k < verbStart; k++) if (grammar.perfects.hasIn(ids[k], marks.langs)) return false;
	const opener = existentialBefore(ids, marks, grammar, person);
	if (opener >= 0) return opener === 0 || !grammar.pastQuestions.hasIn(ids[opener - 1], marks.langs);
	if (person > 0 && ids[person - 1] !== SENTENCE_BOUNDARY) return false;
	let userSpeaks = false;
	for (let k = person + 1; k < verbStart && !userSpeaks; k++) userSpeaks = grammar.firstPersons.hasIn(ids[k], marks.langs);
	if (!userSpeaks) return false;
	let sentenceEnd = verbStart;
	while (sentenceEnd < tokens.count && ids[sentenceEnd] !== SENTENCE_BOUNDARY) sentenceEnd++;
	return endsWithQuestion(tokens, sentenceEnd);
}
