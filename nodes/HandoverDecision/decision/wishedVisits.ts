/**
 * A cancel that opens with a verb of `wishedComings` (Danish "kommer" of the announced visits "kommer forbi", "kommer
 * ud og", "kommer og": "en medarbejder kommer forbi i morgen og henter kassen") right after a person asked for by a want
 * that ends with "that" is the visit wished, and cancels nothing: "jeg vil gerne have at | en af jeres montører |
 * kommer forbi i morgen", "vi vil gerne ha at | en fra jer | kommer ud og ser på det". Only fillers stand between the
 * "that" and the person, and at most a word of the person's place after it ("en fra | jer"). A visit announced ("en fra
 * jeres team kommer forbi på tirsdag") or passed on after a report's "that" ("udlejeren skrev, at en medarbejder kommer
 * og måler op") has no want before it and stays cancelled. A language lists no such verb where its want with "that" is
 * read otherwise ("necesito que alguien venga").
 */
import type { Grammar } from './grammar';
import { PERSON as person, REQUEST as request, WANT as want } from './hitKinds';
import type { WordMarks } from './marks';
import type { Hits } from './scratch';
// Read once: an imported const compiles to a property read at every use.
const PERSON = person, REQUEST = request, WANT = want;
/** How many words may stand between the person and the coming verb: the person's place, "en fra | jer | kommer". */
const PLACE_AFTER = 1;

/** Whether the cancel hit h opens with a coming verb whose subject a want with "that" asks for. */
export function visitWished(ids: Int32Array, hits: Hits, h: number, marks: WordMarks, grammar: Grammar): boolean {
	const { start, end, kind } = hits;
	const langs = marks.langs;
	const verb = start[h];
	if (!grammar.wishedComings.hasIn(ids[verb], langs)) return false;
	const clause = marks.clause[verb];
	for (let p = 0; p < hits.count; p++) {
		if ((kind[p] !== PERSON && kind[p] !== REQUEST) || end[p] > verb || end[p] < verb - PLACE_AFTER || marks.clause[start[p]] !== clause) continue;
		let k = start[p] - 1;
		while (k >= 0 && grammar.fillers.hasIn(ids[k], langs)) k--;
		if (k < 0 || !grammar.complementisers.hasIn(ids[k], langs)) continue;
		for (let w = 0; w < hits.count; w++) if (kind[w] === WANT && marks.clause[start[w]] === clause && (end[w] === k + 1 || end[w] === k)) return true;
	}
	return false;
}
