/** Whether a word after a talk verb is a name (frames.ts), read from the case of the message as written. */
import type { WordSet } from './wordSets';
import type { Tokens } from './text';
import { SENTENCE_BOUNDARY as sentence_boundary, UNKNOWN as unknown } from './text';
import { CAPITALS, SENTENCE_CAPITALS, writtenInBothCases } from './wordChecks';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
const SENTENCE_BOUNDARY = sentence_boundary;
const UNREAD = -1;
/** How far a callback may follow its clause's start: "would | Daniel from the leasing office be able to | get back to me". */
const CALLBACK_REACH = 10;
/** How many words may open the clause before its subject's name: "est-ce que | M. Leroy", "could | Priya". */
export const SUBJECT_OPENING = 5;

export class NameReader {
	/** Whether the message is written in both cases (see writtenInBothCases), read once a message when needed. */
	private writtenInCase = UNREAD;

	constructor(
		private readonly tokens: Tokens,
		private readonly fillers: WordSet,
		/** By word number: the languages of the packs that have the word (Grammar.wordLangs). */
		private readonly wordLangs: Int32Array,
	) {}

	/** Forgets the message read before. */
	reset() {
		this.writtenInCase = UNREAD;
	}

	/**
	 * Whether token k could be a name: a word the grammar does not know, of a few letters, capitalised where the
	 * message is written in both cases ("Can we talk privately?" has no name; "can i talk to tom" may), or after a
	 * talk verb's preposition where only sentence starts are ("I want to talk to tom"; not "¿Podemos hablar tranquilamente?").
	 */
	isName(k: number, afterPreposition: boolean): boolean {
		const tokens = this.tokens;
		const start = tokens.start[k];
		if (tokens.id[k] !== UNKNOWN || tokens.end[k] - start < 2 || tokens.text.charCodeAt(start) <= 57) return false;
		if (this.writtenInCase === UNREAD) this.writtenInCase = writtenInBothCases(tokens.original);
		const inCase = this.writtenInCase;
		return inCase === 0 || tokens.capitalised(k) || (inCase === SENTENCE_CAPITALS && afterPreposition);
	}

	/**
	 * Whether word k in a talk verb's slot is a name: as isName reads it, or a word the pack of one language other than
	 * the message's (`langs`) knows, capitalised past a sentence's start: "mit | Jana | sprechen" (Swahili "yesterday"),
	 * "hablar con | Mati" (Indonesian "dead"); not "mit Karte", "tale med Dem" (words of the message's own language),
	 * nor a word of several languages, which is more often a word borrowed than a name ("mit Mama sprechen").
	 */
	isNameInSlot(k: number, afterPreposition: boolean, langs: number): boolean {
		if (this.isName(k, afterPreposition)) return true;
		const id = this.tokens.id[k];
		if (id < 0 || k === 0 || this.tokens.id[k - 1] === SENTENCE_BOUNDARY) return false;
		const wordLangs = this.wordLangs[id];
		if (wordLangs === 0 || (wordLangs & langs) !== 0 || (wordLangs & (wordLangs - 1)) !== 0) return false;
		if (!this.tokens.capitalised(k)) return false;
		if (this.writtenInCase === UNREAD) this.writtenInCase = writtenInBothCases(this.tokens.original);
		return this.writtenInCase === CAPITALS;
	}

	/**
	 * Whether word k, a word the grammar knows, is capitalised right after a name in a message with capitals beyond
	 * sentence starts, so a surname: "Bi. Halima | Said wa mapambo anipigie" (not English "said"), "can Mrs. | Price call me".
	 */
	isSurname(k: number): boolean {
		// the capital first: it spares most words the reading of the whole message's case
		if (k === 0 || !this.tokens.capitalised(k) || !this.isName(k - 1, false)) return false;
		return this.writtenInCase === CAPITALS;
	}

	/** The first word of the clause a callback at `verbStart` ends, or -1 when the callback stands too far into it. */
	callbackClauseStart(verbStart: number): number {
		const ids = this.tokens.id;
		let clauseStart = verbStart;
		while (clauseStart > 0 && ids[clauseStart - 1] >= UNKNOWN) clauseStart--;
		return verbStart - clauseStart > CALLBACK_REACH ? -1 : clauseStart;
	}

	/** A name among the first words of the clause a callback at `verbStart` ends, so its subject; or -1. */
	subjectBefore(verbStart: number): number {
		const clauseStart = this.callbackClauseStart(verbStart);
		if (clauseStart < 0) return -1;
		for (let k = clauseStart; k < verbStart && k < clauseStart + SUBJECT_OPENING; k++) if (this.isName(k, false)) return k;
		return -1;
	}

	/**
	 * Whether word k is a filler (an article: "com a | Inês", "con el | Julián") and the word after it a name capitalised
	 * in a message with capitals beyond sentence starts; not "talk to the bank".
	 */
	isNameAfterArticle(k: number, count: number, langs: number): boolean {
		if (k + 1 >= count || !this.fillers.has(this.tokens.id[k]) || !this.tokens.capitalised(k + 1)) return false;
		return this.isNameInSlot(k + 1, false, langs) && this.writtenInCase === CAPITALS;
	}
}
