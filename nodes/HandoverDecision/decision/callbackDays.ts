/**
 * A weekday cancel ("on saturday", there for the days a business opens: "are agents available on sunday?") after a
 * request in its clause that asks for a call or message to the user ("call me back | on Saturday", "can she call me
 * today about the viewing | on Saturday") says when to call, and cancels nothing. A request with no user in it ("is
 * there someone from lost property working | on Sundays") is still asked about.
 */
import type { Grammar } from './grammar';
import { REQUEST as request } from './hitKinds';
import type { WordMarks } from './marks';
import type { Hits } from './scratch';
// Read once: an imported const compiles to a property read at every use.
const REQUEST = request;

/** Whether the cancel hit h names the weekday of a call to the user asked for before it in its clause. */
export function dayOfCallback(ids: Int32Array, hits: Hits, h: number, marks: WordMarks, grammar: Grammar): boolean {
	if (!marks.lists.has(grammar.aheadDays) || !marks.lists.has(grammar.userObjects)) return false;
	const { start, end, kind } = hits;
	const { clause, langs } = marks;
	if (!grammar.aheadDays.anyIn(ids, start[h], end[h], langs)) return false;
	const c = clause[start[h]];
	for (let r = h - 1; r >= 0 && clause[start[r]] === c; r--) {
		if (kind[r] === REQUEST && end[r] <= start[h] && grammar.userObjects.anyIn(ids, start[r], end[r], langs)) return true;
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
