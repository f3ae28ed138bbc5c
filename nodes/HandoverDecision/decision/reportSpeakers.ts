/**
 * A person who is the speaker of a report, not asked for: "the marina operator told my husband we could …", "teknisi
 * nya bilang bahwa …", "en medarbejder sagde at …", "min søster fik at vide af en medarbejder at …", "I was told by an
 * agent that …". A word of the pack's `speakerReports` follows the person closely in its clause, or stands just before
 * `speakerAgents` ("by", "af", "par", "oleh") and the person: what the person said is passed on, nothing is asked now.
 * A want or talk verb before the person in its clause keeps the request ("can I talk to the agent, told you twice"),
 * and so does a relative word between them ("I want the agent who told me …": that person is asked for).
 */
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
/** How many words after the person its report word may stand: "operator | told", "medarbejder | har | sagt", "conseiller | m' | a | dit". */
const AFTER_REACH = 4;
/** How many words before the agent word its report word may stand: "told | by", "fik at vide | af", "été dit | par". */
const AGENT_REACH = 2;

/** Whether the person starting at `start` speaks a report: "the operator told …", "fik at vide af en medarbejder …". */
export function speakerOfReport(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number): boolean {
	if (!marks.lists.has(grammar.speakerReports)) return false;
	const { clause, clauseStart, langs } = marks;
	const end = marks.targetEnd[start] > 0 ? marks.targetEnd[start] : articleBefore(ids, marks, grammar, start) ? marks.targetEnd[start + 1] : 0;
	if (end <= 0) return false;
	const c = clause[start];
	if (marks.anyAsks) for (let k = clauseStart[c] + 1; k < start; k++) if (marks.asks[k] !== 0) return false;
	const clauseEnd = clauseStart[c + 1];
	for (let j = end; j < clauseEnd && j < end + AFTER_REACH; j++) {
		const id = ids[j];
		if (grammar.relatives.hasIn(id, langs) || (marks.anyAsks && marks.asks[j] !== 0)) return false;
		if (grammar.speakerReports.hasIn(id, langs)) return true;
	}
	return toldByPerson(ids, marks, grammar, start);
}

/** Whether a report word and an agent word stand right before the person, past one article: "told by | an agent", "vide af | en medarbejder", "dit par | un conseiller". */
function toldByPerson(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number): boolean {
	const { langs, clauseStart, clause } = marks;
	const from = clauseStart[clause[start]] + 1;
	let agent = start - 1;
	if (agent > from && articleBefore(ids, marks, grammar, agent)) agent--;
	if (agent < from || !grammar.speakerAgents.hasIn(ids[agent], langs)) return false;
	for (let k = agent - 1; k >= from && k >= agent - AGENT_REACH; k--) if (grammar.speakerReports.hasIn(ids[k], langs)) return true;
	return false;
}

/** Whether word k is an article before a person: the request "en medarbejder" starts at its article. */
function articleBefore(ids: Int32Array, marks: WordMarks, grammar: Grammar, k: number): boolean {
	return marks.targetEnd[k + 1] > 0 && (grammar.fillers.has(ids[k]) || grammar.determiners.hasIn(ids[k], marks.langs));
}
