/** Words of a pack's list read by their spelling in the message (titles, things, team words), not through the word table. */
import { normalise } from './characters';
import { LANGUAGE_CODES, PACKS } from './packs';
import type { LanguagePack } from './packs';
import type { Tokens } from './text';

export interface Spelling {
	text: string;
	langs: number;
}

/** Every pack's words of one list, normalised, with the language each is listed for. */
export function packSpellings(list: 'titles' | 'roleLookalikes' | 'teams'): Spelling[] {
	const spellings: Spelling[] = [];
	LANGUAGE_CODES.forEach((code, index) => {
		const pack: LanguagePack = PACKS[code];
		for (const word of pack[list] ?? []) spellings.push({ text: normalise(word).trim(), langs: 1 << index });
	});
	return spellings;
}

/** Whether word k is spelled as one of `spellings` of one of `langs`. */
export function spelled(tokens: Tokens, k: number, spellings: Spelling[], langs: number): boolean {
	const start = tokens.start[k];
	const length = tokens.end[k] - start;
	for (let s = 0; s < spellings.length; s++) {
		const spelling = spellings[s];
		if ((spelling.langs & langs) !== 0 && spelling.text.length === length && tokens.text.startsWith(spelling.text, start)) return true;
	}
	return false;
}
