/** Words of a pack's list read by their spelling in the message (titles, things, team words), not through the word table. */
import { normalise } from './characters';
import { LANGUAGE_CODES, PACKS } from './packs';
import type { LanguagePack } from './packs';
import type { Tokens } from './text';

export interface Spelling {
	text: string;
	langs: number;
}
/** A list's spellings by their length, so that a word is compared only with those as long as it. */
export type Spellings = Spelling[][];

/** Every pack's words of one list, normalised, with the language each is listed for. */
export function packSpellings(list: 'titles' | 'roleLookalikes' | 'teams'): Spellings {
	const byLength: Spellings = [];
	LANGUAGE_CODES.forEach((code, index) => {
		const pack: LanguagePack = PACKS[code];
		for (const word of pack[list] ?? []) {
			const text = normalise(word).trim();
			while (byLength.length <= text.length) byLength.push([]);
			byLength[text.length].push({ text, langs: 1 << index });
		}
	});
	return byLength;
}

/** Whether word k is spelled as one of `spellings` of one of `langs`. */
export function spelled(tokens: Tokens, k: number, spellings: Spellings, langs: number): boolean {
	const start = tokens.start[k];
	const length = tokens.end[k] - start;
	if (length >= spellings.length) return false;
	const candidates = spellings[length];
	for (let s = 0; s < candidates.length; s++) {
		const spelling = candidates[s];
		// the first letter first: most candidates differ there, and the builtin call costs more than the read
		if ((spelling.langs & langs) !== 0 && tokens.text.charCodeAt(start) === spelling.text.charCodeAt(0) && tokens.text.startsWith(spelling.text, start)) return true;
	}
	return false;
}
