/**
 * A weekday cancel ("on saturday", there for the days a business opens: "are agents available on sunday?") after a
 * request in its clause that asks for a call or message to the user ("call me back | on Saturday", "can she call me
 * today about the viewing | on Saturday") says when to call, and cancels nothing. A request with no user in it ("is
 * there someone from lost property working | on Sundays") is still asked about. So is a visit: "kan I sende en
 * tagdækker | i weekenden?" asks for the visit, as its verb says.
 */
import type { Grammar } from './grammar';
import { REQUEST as request } from './hitKinds';
import type { WordMarks } from './marks';
import type { Hits } from './scratch';
// Read once: an imported const compiles to a property read at every use.
const REQUEST = request;
/** How far from a visit verb its person may stand: "sende en | tagdækker", "en tekniker der kan | komme". */
const VISIT_PERSON_REACH = 3;

/** Whether the cancel hit h names the weekday of a call to the user, or of a visit, asked for before it in its clause. */
export function dayOfCallback(ids: Int32Array, hits: Hits, h: number, marks: WordMarks, grammar: Grammar): boolean {
	if (!marks.lists.has(grammar.aheadDays)) return false;
	const { start, end, kind } = hits;
	const { clause, langs } = marks;
	if (!grammar.aheadDays.anyIn(ids, start[h], end[h], langs)) return false;
	const c = clause[start[h]];
	if (visitBefore(ids, marks, grammar, marks.clauseStart[c] + 1, start[h])) return true;
	if (!marks.lists.has(grammar.userObjects)) return false;
	for (let r = h - 1; r >= 0 && clause[start[r]] === c; r--) {
		if (kind[r] === REQUEST && end[r] <= start[h] && grammar.userObjects.anyIn(ids, start[r], end[r], langs)) return true;
	}
	return false;
}

/**
 * Whether a verb of `visitVerbs` stands in from…to within a few words of a person or team there: "kan I sende en
 * tagdækker | i weekenden?"; not "a locksmith so I'll have him come over | at the weekend" (the user's own).
 */
function visitBefore(ids: Int32Array, marks: WordMarks, grammar: Grammar, from: number, to: number): boolean {
	if (!marks.lists.has(grammar.visitVerbs)) return false;
	for (let k = from; k < to; k++) {
		if (!grammar.visitVerbs.hasIn(ids[k], marks.langs)) continue;
		for (let t = Math.max(from, k - VISIT_PERSON_REACH); t < to && t <= k + VISIT_PERSON_REACH; t++) if (marks.targetEnd[t] > 0) return true;
	}
	return false;
}

/**
 * Whether the take-back at word `start` ("passt") follows a day or time of day: it says when a call suits the user
 * ("Könnt ihr mich bitte zurückrufen, heute Nachmittag passt gut") and takes nothing back.
 */
export function timeThatSuits(ids: Int32Array, start: number, marks: WordMarks, grammar: Grammar): boolean {
	if (!marks.lists.has(grammar.aheadDays)) return false;
	return start > 0 && grammar.aheadDays.hasIn(ids[start - 1], marks.langs);
}
