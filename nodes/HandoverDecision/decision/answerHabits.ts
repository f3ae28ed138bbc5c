/**
 * A person asked about, not asked for: whether anyone answers at all, how often, or that someone did. "does anyone
 * from support ever reply to emails?", "¿alguien de soporte contesta los correos?", "est-ce que quelqu'un du service
 * client répond parfois aux mails ?", "antwortet bei euch überhaupt jemand auf Mails?", "svarer nogen nogensinde på
 * mails?", "alguém do suporte chegou a responder?", "emang ada orang dari CS yang pernah bales email?", "kuna mtu wa
 * huduma kwa wateja anayejibu barua pepe kweli?"; a past report ("Mbak Rina dari CS kemarin sudah bales chat saya",
 * "Tom from billing wrote to me yesterday") and a condition ("kalau ada orang dari bank yang chat minta OTP, …", "if
 * someone from the bank writes to you …"). A verb of answering or writing (`writeBacks`, `replies`,
 * `reportedReplies`) stands in the person's clause, and it is a habitual or past form (`reportedReplies`) with no
 * user as its object ("¿me contesta un humano?" asks for an answer now), or a word
 * of `replyCues` ("ever", "pernah", "kweli") or of `pastTimes` dates or questions it, or a conditional opens the
 * clause before the person. Nothing before the verb may ask: an asker ("can", "bisa", "anaweza"), an urging or want
 * word, an imperative, or a "that" of a wish in a clause that asks no question ("que alguien del soporte me
 * escriba", "ich möchte, dass mir jemand vom Support antwortet"); those are requests (writeBacks.ts).
 */
import { endsWithQuestion } from './clauseChecks';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import type { Tokens } from './text';
import { SENTENCE_BOUNDARY as sentence_boundary, UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const SENTENCE_BOUNDARY = sentence_boundary;
const UNKNOWN = unknown;
/** How far after the person its verb may stand: "quelqu'un du service client | répond", "ada orang dari CS yang pernah | bales". */
const VERB_AFTER = 8;

/**
 * Whether the person at start…end is the subject of an answer asked about, reported or set as a condition. `askedFrom`:
 * where askers start to count, after the "there is" that found the person ("ada | orang dari CS yang pernah bales").
 */
export function answerAskedAbout(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number, askedFrom = 0): boolean {
	const lists = marks.lists;
	if (!lists.has(grammar.writeBacks) && !lists.has(grammar.replies) && !lists.has(grammar.reportedReplies)) return false;
	const ids = tokens.id;
	const langs = marks.langs;
	const clause = marks.clause[start];
	const from = marks.clauseStart[clause] + 1;
	const to = Math.min(marks.clauseStart[clause + 1], end + VERB_AFTER);
	let verb = -1;
	let reported = false;
	for (let k = from; k < to; k++) {
		const id = ids[k];
		if (id < UNKNOWN || (k >= start && k < end)) continue;
		if (grammar.reportedReplies.hasIn(id, langs)) {
			verb = k;
			reported = true;
			break;
		}
		if (verb < 0 && (grammar.writeBacks.hasIn(id, langs) || grammar.replies.hasIn(id, langs))) verb = k;
	}
	if (verb < 0 || askedBeforeVerb(tokens, marks, grammar, Math.max(from, askedFrom), Math.max(verb, end))) return false;
	// "¿me contesta un humano?", "dass mir jemand eine Mail schreibt?" ask for an answer now, unless a cue dates it
	const user = grammar.userObjects.anyIn(ids, from, to, marks.langs);
	return (reported && !user) || cuedOrConditional(ids, marks, grammar, from, start, end, to, user);
}

/** Whether an asker, urging or want word, imperative or a wish's "that" stands between the clause start and `last` (the later of verb and person). */
function askedBeforeVerb(tokens: Tokens, marks: WordMarks, grammar: Grammar, from: number, last: number): boolean {
	const ids = tokens.id;
	const langs = marks.langs;
	let wishThat = false;
	for (let k = from; k < last; k++) {
		const id = ids[k];
		if (grammar.contactAskers.hasIn(id, langs) || grammar.imperatives.hasIn(id, langs)) return true;
		if ((marks.anyUrged && marks.urged[k] !== 0) || (marks.anyAsks && marks.asks[k] !== 0)) return true;
		wishThat ||= grammar.complementisers.hasIn(id, langs);
	}
	// "est-ce que quelqu'un répond ?" asks a question; "que alguien me conteste" wishes
	return wishThat && !endsWithQuestion(tokens, marks.clauseStart[marks.clause[from] + 1]);
}

/**
 * Whether a word of `replyCues` or a past time stands in the clause outside the person, or a conditional before it. A condition
 * after a main clause, with the user as the one answered, is a wish: "Saya akan senang sekali kalau ada petugas yang
 * menghubungi saya", "Jeg ville sætte pris på, hvis en fra butikken kontaktede mig"; one that opens its sentence is
 * not ("si alguien del banco me escribe pidiendo la clave, ¿es fraude?").
 */
function cuedOrConditional(ids: Int32Array, marks: WordMarks, grammar: Grammar, from: number, start: number, end: number, to: number, user: boolean): boolean {
	const langs = marks.langs;
	for (let k = from; k < to; k++) {
		const id = ids[k];
		// the person's own words are no cue: "mtu wa kweli" is a real person
		if (k >= start && k < end) continue;
		if (grammar.replyCues.hasIn(id, langs) || grammar.pastTimes.hasIn(id, langs)) return true;
		if (k < start && grammar.conditionals.hasIn(id, langs) && (!user || k === 0 || ids[k - 1] === SENTENCE_BOUNDARY)) return true;
	}
	return false;
}
