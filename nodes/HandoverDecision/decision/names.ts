/** Whether a word after a talk verb is a name (frames.ts), read from the case of the message as written. */
import type { WordSet } from './grammar';
import type { Tokens } from './text';
import { UNKNOWN as unknown } from './text';
import { CAPITALS, SENTENCE_CAPITALS, writtenInBothCases } from './wordChecks';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
const UNREAD = -1;
/** How far a callback may follow its clause's start: "would | Daniel from the leasing office be able to | get back to me". */
const CALLBACK_REACH = 10;
/** How many words may open the clause before its subject's name: "est-ce que | M. Leroy", "could | Priya". */
const SUBJECT_OPENING = 5;

export class NameReader {
	/** Whether the message is written in both cases (see writtenInBothCases), read once a message when needed. */
	private writtenInCase = UNREAD;

	constructor(
		private readonly tokens: Tokens,
		private readonly fillers: WordSet,
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
	 * Whether word k, a word the grammar knows, is capitalised right after a name in a message with capitals beyond
	 * sentence starts, so a surname: "Bi. Halima | Said wa mapambo anipigie" (not English "said"), "can Mrs. | Price call me".
	 */
	isSurname(k: number): boolean {
		// the capital first: it spares most words the reading of the whole message's case
		if (k === 0 || !this.tokens.capitalised(k) || !this.isName(k - 1, false)) return false;
		return this.writtenInCase === CAPITALS;
	}

	/** A name among the first words of the clause a callback at `verbStart` ends, so its subject; or -1. */
	subjectBefore(verbStart: number): number {
		const ids = this.tokens.id;
		let clauseStart = verbStart;
		while (clauseStart > 0 && ids[clauseStart - 1] >= UNKNOWN) clauseStart--;
		if (verbStart - clauseStart > CALLBACK_REACH) return -1;
		for (let k = clauseStart; k < verbStart && k < clauseStart + SUBJECT_OPENING; k++) if (this.isName(k, false)) return k;
		return -1;
	}

	/**
	 * Whether word k is a filler (an article: "com a | Inês", "con el | Julián") and the word after it a name capitalised
	 * in a message with capitals beyond sentence starts; not "talk to the bank".
	 */
	isNameAfterArticle(k: number, count: number): boolean {
		if (k + 1 >= count || !this.fillers.has(this.tokens.id[k]) || !this.tokens.capitalised(k + 1)) return false;
		return this.isName(k + 1, false) && this.writtenInCase === CAPITALS;
	}
}
