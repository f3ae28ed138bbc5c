/**
 * Identity questions put without an "or": a question whose verb answers, writes, reads or types now, with a person
 * phrase that is a fixed request as its subject or complement ("¿me está contestando un humano?", "quem tá
 * respondendo aqui é uma pessoa de verdade?", "schreibt hier gerade ein echter Mensch?", "svarer der et rigtigt
 * menneske?"). It asks who answers, as an identity phrase does, not for a person. A talk or want verb in the clause
 * before the person asks for one all the same ("I want a real person replying", "quero que uma pessoa de verdade me
 * responda"), so does a modal a word or two before the verb ("bisa bales orang beneran?", "pode me responder"); with no question mark it is a statement
 * ("hier schreibt ein echter Mensch"), and a request in another clause stands ("is a live person answering? if not
 * connect me to one"). The verbs are the pack list `replies`, in forms said of someone doing it now. A who-word a few
 * words before the verb lets the person stand later in the sentence, or in a clause of its own after a comma ("who is
 * answering my messages right now, a real person?").
 */
import { ASKS_WANT as asks_want, PERSON, REQUEST } from './hitKinds';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import type { Hits } from './scratch';
import { endsWithQuestion } from './clauseChecks';
import { COMMA_BOUNDARY as comma_boundary, SENTENCE_BOUNDARY as sentence_boundary, type Tokens } from './text';
// Read once: an imported const compiles to a property read at every use.
const ASKS_WANT = asks_want;
const COMMA_BOUNDARY = comma_boundary;
const SENTENCE_BOUNDARY = sentence_boundary;
/** How many words may stand between the verb and the person phrase, either way round ("respondendo [aqui é uma] pessoa de verdade"). */
const VERB_REACH = 3;
/** How far after a who-word its verb may stand ("hvem [er det der] skriver", "who [is] answering"). */
const WHO_REACH = 4;
/** How far before a person a talk verb takes it in its slot ("talk [to a real] person"). */
const TALK_SLOT = 4;

/**
 * Marks the clause of each such question as an identity question (see WordMarks.mark); returns whether it found one.
 * Called after the hits are marked, so `asks` and the targets are set.
 */
export function markReplyQuestions(tokens: Tokens, hits: Hits, marks: WordMarks, grammar: Grammar): boolean {
	if (!marks.lists.has(grammar.replies) && !marks.lists.has(grammar.repliesAfterWho)) return false;
	const { start: hitStart, end: hitEnd, kind: kinds } = hits;
	let found = false;
	for (let h = 0; h < hits.count; h++) {
		if (kinds[h] !== REQUEST) continue;
		const start = hitStart[h];
		const end = hitEnd[h];
		const c = marks.clause[start];
		if (marks.cancelled[c] !== 0 || !isPersonPhrase(tokens.id, marks, grammar, start, end)) continue;
		let verb = replyVerbNear(tokens.id, marks, grammar, c, start, end);
		if (verb < 0) verb = whoReplyBefore(tokens.id, marks, grammar, c, start);
		if (verb < 0 || asksBefore(marks, verb < start ? verb + 1 : marks.clauseStart[c] + 1, start)) continue;
		if (endsWithQuestion(tokens, sentenceEnd(tokens, end))) {
			markIdentity(marks, c);
			markIdentity(marks, marks.clause[verb]);
			found = true;
		}
	}
	return found;
}

/**
 * Whether the fixed request at start…end is a person phrase: a person and fillers around it ("un humano", "ein echter
 * Mensch", "manusia asli"), with no determiner before it: "wenn der Agent nicht antwortet" talks about one (referents.ts).
 */
function isPersonPhrase(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	const { fillers, determiners } = grammar;
	const langs = marks.langs;
	let person = false;
	for (let k = start > 0 ? start - 1 : start; k < end; k++) {
		if (determiners.hasIn(ids[k], langs)) return false;
		if (k < start) continue;
		if (marks.targetKind[k] === PERSON && marks.targetEnd[k] <= end) {
			person = true;
			k = marks.targetEnd[k] - 1;
		} else if (!fillers.hasIn(ids[k], langs)) return false;
	}
	return person;
}

/**
 * Whether a want verb starts in from…to, or a talk verb close enough to take the person at `to` in its slot: before
 * the person, and after a reply verb before it, one asks for the person ("I want a real person replying"); "chat" as
 * a noun farther off asks for no one ("yang ngebales chat soal sewa kostum … itu orang beneran?").
 */
function asksBefore(marks: WordMarks, from: number, to: number): boolean {
	if (!marks.anyAsks) return false;
	for (let k = from; k < to; k++) if (marks.asks[k] === ASKS_WANT || (marks.asks[k] !== 0 && to - k <= TALK_SLOT)) return true;
	return false;
}

/** Where a word of `replies` stands near start…end in clause `c`, the last before it or else the first after it, not a word or two after a modal or subject of the pack's `subjects` ("pode me responder"); or -1. */
function replyVerbNear(ids: Int32Array, marks: WordMarks, grammar: Grammar, c: number, start: number, end: number): number {
	const { replies, subjects } = grammar;
	const langs = marks.langs;
	const first = Math.max(marks.clauseStart[c] + 1, start - VERB_REACH - 1);
	const last = Math.min(marks.clauseStart[c + 1], end + VERB_REACH + 1);
	const opening = marks.clauseStart[c];
	let verb = -1;
	for (let k = first; k < last; k++) {
		if (k >= start && k < end) continue;
		if (verb >= 0 && k >= end) break;
		if (!replies.hasIn(ids[k], langs)) continue;
		if ((k - 1 > opening && subjects.hasIn(ids[k - 1], langs)) || (k - 2 > opening && subjects.hasIn(ids[k - 2], langs))) continue;
		verb = k;
	}
	return verb;
}

/**
 * Where a verb of `replies` or `repliesAfterWho` stands a few words after a who-word, before the person phrase at
 * `start` in clause `c`, or in the clause before it when the person phrase opens `c` after a comma ("who is answering
 * me right now, a real person?", "quem responde as mensagens … é uma pessoa de verdade?"); or -1.
 */
function whoReplyBefore(ids: Int32Array, marks: WordMarks, grammar: Grammar, c: number, start: number): number {
	const { replies, repliesAfterWho, whos } = grammar;
	const langs = marks.langs;
	const opening = marks.clauseStart[c];
	// the person phrase opens its clause, maybe after an article the fixed request leaves out ("…, ein | echter Mensch?")
	const opensClause = c > 0 && ids[opening] === COMMA_BOUNDARY && (start === opening + 1 || (start === opening + 2 && grammar.fillers.hasIn(ids[opening + 1], langs)));
	const first = opensClause ? marks.clauseStart[c - 1] + 1 : opening + 1;
	let who = -1;
	for (let k = first; k < start; k++) {
		const id = ids[k];
		if (whos.hasIn(id, langs)) who = k;
		else if (who >= 0 && k - who <= WHO_REACH && (replies.hasIn(id, langs) || repliesAfterWho.hasIn(id, langs))) return k;
	}
	return -1;
}

function markIdentity(marks: WordMarks, c: number) {
	marks.cancelled[c] = 1;
	marks.cancelFrom[c] = -1;
}

function sentenceEnd(tokens: Tokens, from: number): number {
	let k = from;
	while (k < tokens.count && tokens.id[k] !== SENTENCE_BOUNDARY) k++;
	return k;
}
