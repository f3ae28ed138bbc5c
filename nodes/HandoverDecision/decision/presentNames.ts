/**
 * A person asked for by name, asked whether they are there and free now: "is Maria available?", "Est-ce que Sophie
 * est dispo ?", "a Juliana tá disponível?", "is Daniel Okafor available?". A capitalised name the
 * grammar does not know (names.ts), of one or two words, stands among the first words of a sentence, and a word
 * of `presences` follows it as for a person word (presentPersons.ts). A role has its own reading ("is the technician
 * available?"); "is the service available?" names nobody, "Tom said the parcel is there" does not ask. Only a title
 * or words of the pack's `nameOpeners` come before the name: a capital opening a sentence is no name ("¿Sigue
 * disponible?"), nor is a German noun ("Kann ich meinen Prüfbericht online runterladen?", "Ist Express verfügbar?").
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import type { NameReader } from './names';
import { presentNow } from './presentPersons';
import { packSpellings, spelled } from './spellings';
import { SENTENCE_BOUNDARY as sentence_boundary, type Tokens } from './text';
// Read once: an imported const compiles to a property read at every use.
const SENTENCE_BOUNDARY = sentence_boundary;
const TITLES = packSpellings('titles');
/** How many words may open the sentence before the name: "est ce que | Sophie", "a | Juliana", "is | Maria". */
const NAME_OPENING = 3;

/** The span of the first name asked whether there and free now, or null. */
export function presentName(tokens: Tokens, marks: WordMarks, grammar: Grammar, names: NameReader): { start: number; end: number } | null {
	if (!marks.lists.has(grammar.presences)) return null;
	const { id: ids, count } = tokens;
	let sentenceStart = 0;
	for (let k = 0; k < count; k++) {
		if (ids[k] === SENTENCE_BOUNDARY) {
			sentenceStart = k + 1;
			continue;
		}
		if (k === sentenceStart || k - sentenceStart > NAME_OPENING || !names.isName(k, false) || !tokens.capitalised(k) || !openedAsQuestion(tokens, marks, grammar, sentenceStart, k)) continue;
		const end = k + 1 < count && names.isName(k + 1, false) && tokens.capitalised(k + 1) ? k + 2 : k + 1;
		if (presentNow(tokens, marks, grammar, end)) return { start: k, end };
	}
	return null;
}

/** Whether the name at `name` follows a title, or only words of `nameOpeners` open its sentence before it: "is | Maria", "a | Juliana". */
function openedAsQuestion(tokens: Tokens, marks: WordMarks, grammar: Grammar, from: number, name: number): boolean {
	if (spelled(tokens, name - 1, TITLES, marks.langs)) return true;
	for (let k = from; k < name; k++) if (!grammar.nameOpeners.hasIn(tokens.id[k], marks.langs)) return false;
	return true;
}

/** Whether a message with no phrase hit has a presence word, so may ask whether a named person is there. */
export function mayAskPresentName(tokens: Tokens, grammar: Grammar): boolean {
	const { id: ids, count } = tokens;
	for (let k = 0; k < count; k++) if (grammar.presences.has(ids[k])) return true;
	return false;
}
