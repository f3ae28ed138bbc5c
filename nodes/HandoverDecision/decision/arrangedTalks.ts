/**
 * A cancel that ends with an indefinite article ("set up a", there for building a bot: "how do I set up a bot that
 * passes chats to my team?") whose noun is a talk frame ("set up a | call with", "set up a | meeting with") arranges
 * that talk with the person after it, and cancels nothing: "set up a call with your onboarding team", "could you set
 * up a meeting with a pensions adviser". A bot or a widget as its noun ("set up a chatbot", "set up a chat widget")
 * is no talk frame; a question how to set one up ("how do I set up a chat with a human agent on my website?") and a
 * subject before the cancel, a talk had or set up by someone ("Ich hatte heute ein | kurzes Telefonat mit …", "we set
 * up a | call with your team last week"), stay cancelled.
 */
import type { Grammar } from './grammar';
import { TALK as talk } from './hitKinds';
import type { WordMarks } from './marks';
import type { Hits } from './scratch';
import { SENTENCE_BOUNDARY as sentence_boundary } from './text';
// Read once: an imported const compiles to a property read at every use.
const TALK = talk, SENTENCE_BOUNDARY = sentence_boundary;

/** Whether the cancel hit h ends with an article that a talk frame's noun follows (or opens with it: "a call with"). */
export function talkArranged(ids: Int32Array, hits: Hits, h: number, marks: WordMarks, grammar: Grammar): boolean {
	const { start, end, kind } = hits;
	const article = end[h] - 1;
	if (article <= start[h] || !grammar.indefiniteArticles.hasIn(ids[article], marks.langs) || askedHow(ids, grammar, marks.langs, start[h]) || subjectBefore(ids, grammar, marks.langs, start[h])) return false;
	for (let r = h + 1; r < hits.count && start[r] <= end[h]; r++) if (kind[r] === TALK && start[r] >= article) return true;
	return false;
}

/** Whether a word of `hows` opens the sentence before the cancel at `from`: "how do I | set up a". */
function askedHow(ids: Int32Array, grammar: Grammar, langs: number, from: number): boolean {
	for (let k = from - 1; k >= 0 && ids[k] !== SENTENCE_BOUNDARY; k--) if (grammar.hows.hasIn(ids[k], langs)) return true;
	return false;
}

/** Whether a subject stands right before the cancel at `from`: "I | had a", "ich | hatte heute ein", "we | set up a". */
function subjectBefore(ids: Int32Array, grammar: Grammar, langs: number, from: number): boolean {
	return from > 0 && (grammar.firstPersons.hasIn(ids[from - 1], langs) || grammar.subjects.hasIn(ids[from - 1], langs));
}
