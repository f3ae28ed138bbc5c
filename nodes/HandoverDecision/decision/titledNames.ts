/**
 * A title and a name urged on alone, opening the message or a sentence: "Frau Albrecht bitte, sie kennt meinen
 * Vertrag", "Herrn Brandstätter bitte", "Sr. Medina por favor", "Bu Ratna tolong", "Bi. Amina tafadhali", "Hr. Jensen
 * tak". The urger right after the name ends its clause, so it asks for the person: "Mr Smith, please send me the
 * invoice" addresses them, "Herr Krüger hat mir ein Angebot gegeben" reports, "Hallo Frau Albrecht bitte …" greets.
 */
import type { WordMarks } from './marks';
import type { NameReader } from './names';
import { packSpellings, spelled } from './spellings';
import { COMMA_BOUNDARY as comma_boundary, SENTENCE_BOUNDARY as sentence_boundary, UNKNOWN as unknown, type Tokens } from './text';
// Read once: an imported const compiles to a property read at every use.
const COMMA_BOUNDARY = comma_boundary;
const SENTENCE_BOUNDARY = sentence_boundary;
const UNKNOWN = unknown;
const TITLES = packSpellings('titles');
/** Words of a name after its title: "Frau | Anna Albrecht". */
const NAME_WORDS = 2;
/** Words of an urger: "por favor", "s il vous plait". */
const URGER_WORDS = 4;
/** The longest word of an urger's tail: "il vous | plait". */
const SHORT_WORD = 5;

/**
 * The span (title to urger) of a titled name urged on alone: "Frau Albrecht bitte", "Sra. Ortega por favor", "Pak
 * Budi tolong", "Bwana Juma tafadhali"; or null. Not "Mr Smith, please send …" (the urger after a comma opens a
 * request to them) nor "Pak Budi tolong cek pesanan saya" (the urger opens a request of its own).
 */
export function urgedTitledName(tokens: Tokens, marks: WordMarks, names: NameReader): { start: number; end: number } | null {
	if (!marks.anyUrged) return null;
	const { id: ids, count } = tokens;
	for (let urger = 2; urger < count; urger++) {
		if ((marks.urged[urger] & marks.langs) === 0) continue;
		const title = titleBefore(tokens, names, marks.langs, urger);
		if (title < 0 || !(title === 0 || ids[title - 1] === SENTENCE_BOUNDARY)) continue;
		if (endsClause(tokens, urger)) return { start: title, end: urger + 1 };
	}
	return null;
}

/** The title opening the name (of one or two words) right before `urger`, or -1: "Frau | Albrecht | bitte". */
function titleBefore(tokens: Tokens, names: NameReader, langs: number, urger: number): number {
	const ids = tokens.id;
	let k = urger - 1;
	let words = 0;
	while (k > 0 && words < NAME_WORDS && names.isName(k, false) && tokens.capitalised(k)) {
		k--;
		words++;
	}
	if (words === 0) return -1;
	// an abbreviated title's full stop: "Sr. | Medina"
	if (ids[k] === SENTENCE_BOUNDARY && k > 0 && tokens.end[k - 1] - tokens.start[k - 1] <= 3) k--;
	return spelled(tokens, k, TITLES, langs) ? k : -1;
}

/**
 * Whether the clause ends right after the urger at `urger`, whose words are short: "bitte, sie kennt …", "por favor",
 * "s il vous plait"; not "tolong cek pesanan saya" (a request of its own follows).
 */
function endsClause(tokens: Tokens, urger: number): boolean {
	const { id: ids, count } = tokens;
	for (let k = urger + 1; k <= urger + URGER_WORDS; k++) {
		if (k === count || ids[k] === SENTENCE_BOUNDARY || ids[k] === COMMA_BOUNDARY) return true;
		if (ids[k] === UNKNOWN || tokens.end[k] - tokens.start[k] > SHORT_WORD) return false;
	}
	return false;
}
