/**
 * A name set off by commas beside a role, read as one person phrase, so that the clause before the first comma and
 * the clause after the second are read as one: "could the exchange programme coordinator, | Lena Vogt, | contact our
 * host family", "Necesito hablar con mi contadora, | la Lic. Patricia Gómez, | sobre …", "Kan koordinatoren for
 * udvekslingsprogrammet, | Sofie Kjær, | kontakte vores søns værtsfamilie", "Bisa tolong Mbak Dewi Anggraini, |
 * koordinator program pertukaran pelajar, | menghubungi host family anak saya", "Naomba mratibu wa programu, | Bi.
 * Grace Wanjiru, | awasiliane na binti yangu". The name is written with a capital; a list of names ("Tom, Lena, and
 * Ana") or one going on with "and" ("the coordinator, Lena, and the driver") is no appositive.
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import type { NameReader } from './names';
import { packSpellings, spelled } from './spellings';
import { COMMA_BOUNDARY as comma_boundary, type Tokens, UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
const COMMA_BOUNDARY = comma_boundary;
const TITLES = packSpellings('titles');
/** Words of a name with its title and article: "la Lic. Patricia Gómez". */
const NAME_WORDS = 4;
/** Words of a role set off after a name: "koordinator program pertukaran pelajar". */
const ROLE_WORDS = 5;
/** Words of the clause before the first comma: "could the exchange programme coordinator". */
const OPENING_WORDS = 8;
/** Words between the second comma and the verb: "| awasiliane", "| meine Tochter heute | anrufen". */
const VERB_AFTER = 4;
/** Words between a talk verb and the first comma: "hablar con | mi contadora |,". */
const ROLE_IN_SLOT = 4;

/** Whether word k is a name written with a capital (names.ts), as in "Lena", "Gómez". */
function capitalName(tokens: Tokens, names: NameReader, k: number): boolean {
	return names.isName(k, false) && tokens.capitalised(k);
}

/**
 * Whether the words first…last are a name with its title or article: "Lena Vogt", "la Lic. Patricia Gómez", "Bi.
 * Grace Wanjiru", "Mme Nadia Benali"; at least one a name written with a capital.
 */
function isNamePhrase(tokens: Tokens, grammar: Grammar, names: NameReader, langs: number, first: number, last: number): boolean {
	if (last < first || last - first >= NAME_WORDS) return false;
	let named = false;
	for (let k = first; k <= last; k++) {
		if (capitalName(tokens, names, k)) named = true;
		else if (!(grammar.fillers.has(tokens.id[k]) || grammar.determiners.hasIn(tokens.id[k], langs) || spelled(tokens, k, TITLES, langs))) return false;
	}
	return named;
}

/**
 * Whether the words first…last are a role set off after a name: plain words, none a name, a conjunction or a contact
 * verb: "koordinator program pertukaran pelajar", "our coordinator" (not "and Ana", not "call me").
 */
function isRolePhrase(tokens: Tokens, grammar: Grammar, names: NameReader, langs: number, first: number, last: number): boolean {
	if (last < first || last - first >= ROLE_WORDS) return false;
	for (let k = first; k <= last; k++) {
		const id = tokens.id[k];
		if (capitalName(tokens, names, k) || grammar.conjunctions.hasIn(id, langs) || grammar.wishedContacts.hasIn(id, langs) || grammar.contactAskers.hasIn(id, langs) || grammar.reports.hasIn(id, langs)) return false;
	}
	return true;
}

/**
 * Whether the words from…to-1 before a first comma are names alone, so a list of names ("Tom, Lena, and Ana"), not
 * a role ("the coordinator", German "die Koordinatorin"); -1 as `from` (too long a clause) is a role.
 */
function namesOnly(tokens: Tokens, names: NameReader, from: number, to: number): boolean {
	if (from < 0) return false;
	for (let k = from; k < to; k++) if (!capitalName(tokens, names, k)) return false;
	return true;
}

/** Where the clause ending before word k starts, or -1 when it is longer than `reach` words. */
function clauseStart(ids: Int32Array, k: number, reach: number): number {
	let first = k;
	while (first > 0 && ids[first - 1] >= UNKNOWN) {
		if (k - --first > reach) return -1;
	}
	return first;
}

/**
 * The name of an appositive whose second comma is at `second`, or -1: "the coordinator, | Lena Vogt |," (a role, then
 * the name) or "| Mbak Dewi Anggraini |, koordinator program," (the name, then the role). The first comma must have a
 * word before it that is no name ("Tom, Lena," lists names).
 */
function appositiveName(tokens: Tokens, grammar: Grammar, names: NameReader, langs: number, second: number): number {
	const ids = tokens.id;
	const inner = clauseStart(ids, second, NAME_WORDS + ROLE_WORDS);
	if (inner < 2 || inner === second || ids[inner - 1] !== COMMA_BOUNDARY || ids[inner - 2] < UNKNOWN) return -1;
	const first = inner - 1;
	if (isNamePhrase(tokens, grammar, names, langs, inner, second - 1)) return namesOnly(tokens, names, clauseStart(ids, first, NAME_WORDS), first) ? -1 : inner;
	if (!isRolePhrase(tokens, grammar, names, langs, inner, second - 1) || !capitalName(tokens, names, first - 1)) return -1;
	let name = first - 1;
	while (name > 0 && first - name < NAME_WORDS && (capitalName(tokens, names, name - 1) || spelled(tokens, name - 1, TITLES, langs))) name--;
	return name;
}

/** Whether word k asks: an asker ("could", "kan", "bisa") or an urger ("please", "tolong"). */
function asks(marks: WordMarks, grammar: Grammar, ids: Int32Array, k: number): boolean {
	return grammar.contactAskers.hasIn(ids[k], marks.langs) || (marks.anyUrged && marks.urged[k] !== 0);
}

/**
 * The subject of the contact verb at `verb` when it is an appositive just before the verb's clause, asked in the
 * clause before the first comma: "could the coordinator, Lena Vogt, | contact", "Bisa tolong Mbak Dewi, koordinator
 * program, | menghubungi". Returns where the asking clause starts, or -1. An asker only after the second comma reads
 * a vocative ("Acme, Lena, could you call my mum") and is not taken, unless the role opens with its article and the
 * asker, with at most a third-person subject, stands right before the verb: "La coordinatrice, Mme Nadia Benali,
 * peut-elle appeler ma fille ?", "a diretora da escola, Dona Célia Prado, pode ligar pra minha mãe?" (not "the team,
 * Lena, could you call my mum?").
 */
export function appositiveSubjectStart(tokens: Tokens, marks: WordMarks, grammar: Grammar, names: NameReader, verb: number): number {
	const ids = tokens.id;
	const langs = marks.langs;
	const after = clauseStart(ids, verb, VERB_AFTER);
	if (after < 3 || ids[after - 1] !== COMMA_BOUNDARY) return -1;
	for (let k = after; k < verb; k++) if (grammar.conjunctions.hasIn(ids[k], langs)) return -1;
	const name = appositiveName(tokens, grammar, names, langs, after - 1);
	if (name < 0) return -1;
	// the clause of the role before the first comma ("could the coordinator |,"), or of the name ("Bisa tolong Mbak Dewi |,")
	const opening = clauseStart(ids, ids[name - 1] === COMMA_BOUNDARY ? name - 1 : name, OPENING_WORDS);
	if (opening < 0) return -1;
	for (let k = opening; k < name; k++) if (asks(marks, grammar, ids, k)) return opening;
	// a role with its article asked after the name: "La coordinatrice, Mme Benali, | peut-elle appeler ma fille ?"
	if (!(grammar.fillers.has(ids[opening]) || grammar.determiners.hasIn(ids[opening], langs))) return -1;
	// right after the second comma, with at most a third-person subject before the verb: not "…, could | you | call"
	if (!asks(marks, grammar, ids, after)) return -1;
	return after + 1 === verb || (after + 2 === verb && grammar.subjects.hasIn(ids[after + 1], langs)) ? opening : -1;
}

/**
 * Where the name ends that stands in apposition to the role in a talk verb's slot: "hablar con mi contadora, | la
 * Lic. Patricia Gómez |, sobre …", "talk to our coordinator, | Lena Vogt |, about …"; or -1. The clause after the
 * name may not go on with "and" ("the coordinator, Lena, and the driver").
 */
export function appositiveInSlot(tokens: Tokens, marks: WordMarks, grammar: Grammar, names: NameReader, end: number): number {
	const { id: ids, count } = tokens;
	const langs = marks.langs;
	let first = end;
	while (first < count && first <= end + ROLE_IN_SLOT && ids[first] >= UNKNOWN) first++;
	if (first === end || first > end + ROLE_IN_SLOT || first >= count || ids[first] !== COMMA_BOUNDARY || namesOnly(tokens, names, end, first)) return -1;
	let second = first + 1;
	while (second < count && second <= first + NAME_WORDS && ids[second] >= UNKNOWN) second++;
	if (second >= count || ids[second] !== COMMA_BOUNDARY || !isNamePhrase(tokens, grammar, names, langs, first + 1, second - 1)) return -1;
	if (second + 1 < count && grammar.conjunctions.hasIn(ids[second + 1], langs)) return -1;
	return second;
}
