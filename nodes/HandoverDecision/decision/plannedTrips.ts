/**
 * The user's own trip, cancelled as a plan ("besok saya mampir ke kantor cabang", "lusa aku ke loket"), goes on into
 * the next clause of its sentence when that clause opens with a talk verb and has no subject of its own: "besok saya
 * mampir ke kantor cabang, | ketemu sama petugasnya langsung", "lusa aku ke loket, | ngobrol sama pegawainya di sana".
 * The user says what they will do there, a plan, not a request. A clause that asks of its own, with an urger or a
 * question ("besok saya ke kantor, | tolong sambungin ke admin dulu", "…, | ketemu sama manajernya bisa?"), or with a
 * word before its verb ("…, | bisa ketemu sama manajernya"), stays a request.
 */
import type { Grammar } from './grammar';
import { ASKS_TALK as asks_talk } from './hitKinds';
import type { WordMarks } from './marks';
import { endsWithQuestion } from './clauseChecks';
import { COMMA_BOUNDARY as comma_boundary, type Tokens } from './text';
// Read once: an imported const compiles to a property read at every use.
const ASKS_TALK = asks_talk, COMMA_BOUNDARY = comma_boundary;

/**
 * Whether the request verb at word k opens a clause after a comma that goes on the user's trip cancelled in the clause
 * before: that clause's cancel has a first-person word with a word of `trips` right after it ("saya | ke", "saya |
 * mampir"), and k's clause has no urger and no question mark.
 */
export function tripGoesOn(tokens: Tokens, marks: WordMarks, grammar: Grammar, k: number): boolean {
	if (!marks.anyCancelled || !marks.anyAsks || !marks.lists.has(grammar.trips)) return false;
	const ids = tokens.id;
	const { clause, clauseStart, cancelled, cancelFrom, cancelTo, langs } = marks;
	const c = clause[k];
	if (c === 0 || cancelled[c - 1] !== 1 || cancelFrom[c - 1] < 0 || ids[clauseStart[c]] !== COMMA_BOUNDARY) return false;
	if (k !== clauseStart[c] + 1 || marks.asks[k] !== ASKS_TALK) return false;
	const end = clauseStart[c + 1];
	if (marks.anyUrged) for (let j = k; j < end; j++) if (marks.urged[j] !== 0) return false;
	if (endsWithQuestion(tokens, end)) return false;
	for (let j = cancelFrom[c - 1]; j + 1 < cancelTo[c - 1]; j++) if (grammar.firstPersons.hasIn(ids[j], langs) && grammar.trips.hasIn(ids[j + 1], langs)) return true;
	return false;
}
