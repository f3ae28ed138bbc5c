/**
 * Whether an urging word asks for the person or team just named: right after it ("customer service please"), after
 * its comma ("le service client, vite !"), opening the short sentence after it when it is a sentence of its own
 * ("MITARBEITER. SOFORT."), or after where the person is from ("quelqu'un de la capitainerie svp", "someone from the
 * boatyard please"): a filler opens the place, and the urger follows within a few words of the same clause. So after what
 * a person is wanted for, opened by a word of `purposes` (`null` for a team: "le mail du support pour les panneaux
 * solaires svp" asks for an address): "un plombier pour la fuite svp", "a technician for the leak please",
 * "un técnico para lo de la caldera por favor"; "the technician for the leak came yesterday" has no urger. Before a
 * reach verb, an urger makes contacting a team a request ("please contact support", "tolong hubungi CS", "svp
 * contactez le SAV"), as a talk verb is: "how do I contact support?" and "I'll contact support" have none.
 */
import type { Grammar } from './grammar';
import type { WordSet } from './wordSets';
import { URGE } from './hitKinds';
import type { Hits } from './scratch';
import { COMMA_BOUNDARY as comma_boundary, SENTENCE_BOUNDARY as sentence_boundary, UNKNOWN } from './text';
import { sameLanguage, wholeSentenceBeforeShort } from './wordChecks';
// Read once: an imported const compiles to a property read at every use.
const COMMA_BOUNDARY = comma_boundary;
const SENTENCE_BOUNDARY = sentence_boundary;
/** How many words may follow the target's "from" before the urger: "alguien de | la portería | por favor". */
const PLACE_REACH = 3;
/** How many words may follow a purpose word before the urger: "un técnico para | lo de la caldera | por favor". */
const PURPOSE_REACH = 5;
/** The longest urger read after a place: "svp", "por favor". */
const URGER_WORDS = 2;

/** Whether an urger of the target's languages (`urged`, read only when the message has one) urges the target at start…end. */
export function urgedAfter(ids: Int32Array, count: number, urged: Int32Array, fillers: WordSet, purposes: WordSet | null, start: number, end: number, langs: number): boolean {
	const urge = ids[end] === COMMA_BOUNDARY || (ids[end] === SENTENCE_BOUNDARY && wholeSentenceBeforeShort(ids, count, start, end, fillers)) ? end + 1 : end;
	if (urge < count && sameLanguage(urged[urge], langs)) return true;
	if (end >= count) return false;
	const reach = purposes?.hasIn(ids[end], langs) ? PURPOSE_REACH : fillers.has(ids[end]) ? PLACE_REACH : 0;
	for (let k = end + 1; k < count && k <= end + reach; k++) {
		if (ids[k] === SENTENCE_BOUNDARY || ids[k] === COMMA_BOUNDARY) return false;
		if (sameLanguage(urged[k], langs)) return endsClause(ids, count, k);
	}
	return false;
}

/**
 * Whether an urger of the verb's languages (`urged`, read only when the message has one) opens the verb at `start`
 * right before it, in its clause, and is no instruction passed on ("the site just says please contact support").
 */
export function urgedBefore(ids: Int32Array, urged: Int32Array, reports: WordSet, start: number, langs: number): boolean {
	for (let k = start - 1; k >= 0 && k >= start - URGER_WORDS; k--) {
		if (ids[k] === SENTENCE_BOUNDARY || ids[k] === COMMA_BOUNDARY) return false;
		if (sameLanguage(urged[k], langs)) return k === 0 || !reports.has(ids[k - 1]);
	}
	return false;
}

/** Whether the urger at k (of one or two words) ends its clause: "… la capitainerie svp !", not "… die Schuhe für mich | abholen?". */
function endsClause(ids: Int32Array, count: number, k: number): boolean {
	for (let next = k + 1; next < count && next <= k + URGER_WORDS; next++) if (ids[next] === SENTENCE_BOUNDARY || ids[next] === COMMA_BOUNDARY) return true;
	return k + URGER_WORDS >= count;
}

/**
 * Whether the one-word urger hit h is a time adverb of `clauseEndUrgers` that more of its clause follows, and no other
 * urger: it dates what follows ("a gerente já | me respondeu", "um humano agora | há pouco"), it urges nothing. Ending
 * its clause, before another urger or as part of a longer one it urges: "o gerente já!", "atendente agora por favor",
 * "alguém do agendamento agora mesmo".
 */
export function urgerBeforeMore(ids: Int32Array, count: number, hits: Hits, h: number, grammar: Grammar, langs: number): boolean {
	const start = hits.start[h];
	const end = hits.end[h];
	if (end - start !== 1 || !grammar.clauseEndUrgers.hasIn(ids[start], langs) || end >= count || ids[end] < UNKNOWN) return false;
	// hits come ordered by start: a longer urger from the same word ("agora mesmo") may stand on either side of h
	for (let j = h - 1; j >= 0 && hits.start[j] === start; j--) if (hits.kind[j] === URGE && hits.end[j] > end) return false;
	for (let j = h + 1; j < hits.count && hits.start[j] <= end; j++) if (hits.kind[j] === URGE && (hits.start[j] === end || hits.end[j] > end)) return false;
	return true;
}

/**
 * Whether the cancel hit h opens a longer urger from the same word: "me liguem | quanto antes", "necesito hablar con un
 * asesor | cuanto antes" urge, the cancel's "quanto"/"cuánto" asks no price. A cancel inside an urger that starts
 * before it ("o quanto antes") the marks skip already.
 */
export function cancelOpensUrger(hits: Hits, h: number): boolean {
	const start = hits.start[h];
	const end = hits.end[h];
	// hits come ordered by start: a longer urger from the same word may stand on either side of h
	for (let j = h - 1; j >= 0 && hits.start[j] === start; j--) if (hits.kind[j] === URGE && hits.end[j] > end) return true;
	for (let j = h + 1; j < hits.count && hits.start[j] === start; j++) if (hits.kind[j] === URGE && hits.end[j] > end) return true;
	return false;
}
