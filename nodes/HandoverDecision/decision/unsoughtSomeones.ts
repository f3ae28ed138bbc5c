/**
 * A word for someone or a person that names no one the user asks for:
 * - a Danish "nogen"/"ingen" that determines a thing: "er der nogen mulighed for …", "er der nogen plan for hvornår …"
 *   ("er der nogen jeg kan tale med?" and "er der nogen her?" still ask);
 * - someone in the user's own chat, group, channel or team: "der er nogen der spammer min chat", "there is someone who keeps
 *   spamming my stream chat", "tem alguém no meu chat", "ada orang yang spam di chat live aku", "watu kwa chat yangu",
 *   "orang di tim saya belum dapat laptop";
 * - a person the user is, after "as": "Bekomme ich als Reisebüro-Agent eine Provision", "kushirikiana na nyinyi kama
 *   wakala", "do I get a commission as an agent";
 * - "there is someone who" with a verb the user does not ask of them, in a clause that asks nothing: "karena ada orang
 *   yang sakit di penerbangan, …", "Di kampung saya ada orang yang jual jam tua, …" ("ada orang yang bisa saya ajak
 *   bicara?" and "is there someone who can help" ask), or with a wish of the person's own: "ada orang vendor mau presentasi
 *   minggu depan, …";
 * - a person asked about as an offer of the business: "tilbyder I en personlig rådgiver, hvis …", "do you offer a
 *   personal adviser if …", "¿ofrecen un asesor personal …?" ("can you offer me a call with an adviser" asks);
 * - a person the user calls fake or so-called, a scam's sender: "um SMS de um tal agente de entregas", "a text from a
 *   fake agent", "en sms fra en såkaldt rådgiver", "SMS kutoka kwa wakala feki" ("I want a real agent" asks);
 * - a newcomer reported after "there is": "ada orang baru di divisi saya, …", "there is a new person in my team who …".
 */
import { endsWithQuestion } from './clauseChecks';
import type { Grammar } from './grammar';
import type { WordSet } from './wordSets';
import type { WordMarks } from './marks';
import { existentialBefore } from './presentPersons';
import { isNoun } from './qualities';
import { UNKNOWN as unknown, type Tokens } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
/** How many words after the request the user's chat may stand: "il y a quelqu'un | qui spamme mon chat", "ada orang | yang spam terus di chat". */
const COMMUNITY_REACH = 5;
/** How many words may open the clause before the offer verb: "do you | offer", "tilbyder". */
const OFFER_REACH = 3;
const HYPHEN = 45;

/** Whether the request at start…end is a someone word of a thing, someone of the user's own chat, the user's own role, a person offered, a pretender, or a newcomer. */
export function someoneNotSought(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	// a target before its verb ("er der nogen … tilbage") ends where the target does
	const someoneEnd = marks.targetEnd[start] > 0 ? marks.targetEnd[start] : end;
	return someoneDeterminesThing(tokens.id, tokens.count, marks, grammar, someoneEnd) || someoneOfOwnCommunity(tokens.id, tokens.count, marks, grammar, start, end) || roleOfUser(tokens, marks, grammar, start) || someoneDescribed(tokens, marks, grammar, start, someoneEnd) || personOffered(tokens.id, marks, grammar, start) || personPretended(tokens, marks, grammar, start, end) || newcomerReported(tokens, marks, grammar, start, end);
}

/** "um tal | agente", "a fake | agent", "wakala | feki": a word of `pretenders` right before the request's person word or right after it. */
function personPretended(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	return marks.lists.has(grammar.pretenders) && nextToPerson(tokens, marks, grammar.pretenders, start, end);
}

/** "ada orang | baru", "there is a | new | person": a word of `newcomers` next to the person word of a request that opens with, or follows, "there is". */
function newcomerReported(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	if (!marks.lists.has(grammar.newcomers) || !marks.lists.has(grammar.existentials)) return false;
	const opened = grammar.existentials.hasIn(tokens.id[start], marks.langs) || existentialBefore(tokens.id, marks, grammar, start) >= 0;
	return opened && nextToPerson(tokens, marks, grammar.newcomers, start, end);
}

/** Whether a word of `words` stands right before the first person word of start…end or right after its target. */
function nextToPerson(tokens: Tokens, marks: WordMarks, words: WordSet, start: number, end: number): boolean {
	const ids = tokens.id;
	for (let k = start; k < end; k++) {
		const targetEnd = marks.targetEnd[k];
		if (targetEnd === 0) continue;
		return (k > 0 && words.hasIn(ids[k - 1], marks.langs)) || (targetEnd < tokens.count && words.hasIn(ids[targetEnd], marks.langs));
	}
	return false;
}

/**
 * "er der nogen | mulighed", "ingen | dækning", "er der nogen | ventetid": the request ends with a word of `someones`
 * and a word of `determinedThings` follows, or a known content word of no pack's grammar (qualities.ts), which no
 * person word is ("er der nogen | medarbejdere", "nogen | der kan", "kan nogen | skrive til mig" still ask).
 */
function someoneDeterminesThing(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, end: number): boolean {
	// in any language: a short Danish question may be read as English ("for", "at"), and no other language has these words
	if (end >= count || !marks.lists.has(grammar.someones) || !grammar.someones.has(ids[end - 1])) return false;
	const id = ids[end];
	if (grammar.determinedThings.has(id)) return true;
	// a word the grammar does not know may be a verb or a name: "kan nogen fixe det"
	return id > UNKNOWN && isNoun(id, end, marks, grammar);
}

/**
 * "nogen der spammer min chat", "alguien en mi chat", "chat live aku", "chat yangu": a word of `ownCommunities`
 * with the user's possessive before it (or, where possessives follow the noun, one of the next two words), a few
 * words from the request's start in its clause and with no topic word between: "I want to talk to someone about my
 * chat" asks.
 */
function someoneOfOwnCommunity(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	if (!marks.lists.has(grammar.ownCommunities)) return false;
	const { langs } = marks;
	const last = Math.min(count, end + COMMUNITY_REACH);
	for (let k = start; k < last; k++) {
		const id = ids[k];
		if (id < UNKNOWN) {
			if (k >= end) return false; // the clause ends
			continue;
		}
		// "talk to someone about my chat", "can someone help me with my group booking"
		if (grammar.topics.hasIn(id, langs) || (k >= end && grammar.userObjects.hasIn(id, langs))) return false;
		if (!grammar.ownCommunities.hasIn(id, langs)) continue;
		if ((k > 0 && grammar.ownPossessives.hasIn(ids[k - 1], langs)) || possessiveAfter(ids, count, langs, grammar, k)) return !targetAfter(ids, count, marks, k + 1);
	}
	return false;
}

/**
 * Whether one of the two words after the community word k is the user's possessive: "chat yangu", "chat live aku",
 * "tim saya"; not an object pronoun right after a community word that is also a talk verb, "chat aku" (chat me).
 */
function possessiveAfter(ids: Int32Array, count: number, langs: number, grammar: Grammar, k: number): boolean {
	for (let a = k + 1; a < count && a <= k + 2 && ids[a] >= UNKNOWN; a++) {
		if (grammar.ownPossessivesAfter.hasIn(ids[a], langs)) return a > k + 1 || !grammar.userObjects.hasIn(ids[a], langs) || !grammar.conversations.hasIn(ids[k], langs);
	}
	return false;
}

/** Whether a person or team stands after word k in its clause: "transfer my chat | to a person" asks. */
function targetAfter(ids: Int32Array, count: number, marks: WordMarks, k: number): boolean {
	for (let a = k; a < count && ids[a] >= UNKNOWN; a++) if (marks.targetEnd[a] > 0) return true;
	return false;
}

/**
 * "als Reisebüro-Agent", "as an agent", "kama wakala", "sebagai agen": a word of `roleAs` before the person that opens
 * the request, past an indefinite article or the first part of a hyphenated compound; not opening its clause, where
 * "kama" and "como" mean "if" and "since".
 */
function roleOfUser(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number): boolean {
	if (marks.targetEnd[start] === 0 || !marks.lists.has(grammar.roleAs)) return false;
	const ids = tokens.id;
	let k = start - 1;
	if (k > 0 && (grammar.indefiniteArticles.hasIn(ids[k], marks.langs) || (ids[k] >= UNKNOWN && tokens.end[k] + 1 === tokens.start[start] && tokens.text.charCodeAt(tokens.end[k]) === HYPHEN))) k--;
	if (k < 1 || ids[k - 1] < UNKNOWN || !grammar.roleAs.hasIn(ids[k], marks.langs)) return false;
	// "tem como alguém me retornar?" (is it possible), "Ningefurahi kama mtu … angewasiliana nami" (glad if)
	return !grammar.existentials.hasIn(ids[k - 1], marks.langs) && !grammar.wishMoods.hasIn(ids[k - 1], marks.langs);
}

/** "tilbyder I en personlig rådgiver", "do you offer a personal adviser": a word of `offerVerbs` among the first words of the clause, before the request, with no user object after it. */
function personOffered(ids: Int32Array, marks: WordMarks, grammar: Grammar, start: number): boolean {
	if (!marks.lists.has(grammar.offerVerbs)) return false;
	const first = marks.clauseStart[marks.clause[start]] + 1;
	for (let k = first; k < start && k < first + OFFER_REACH; k++) {
		if (grammar.offerVerbs.hasIn(ids[k], marks.langs)) return !grammar.userObjects.hasIn(ids[k + 1], marks.langs);
	}
	return false;
}

/**
 * "ada orang | yang sakit …,", "there is someone | who sells …,", "ada orang vendor | mau presentasi …,": an existential
 * request followed by a relative, or by a wish of the person's own at most one word on (`othersWants`, with no first
 * person after it in the clause), whose next word neither asks (`contactAskers`: "bisa", "can"), nor is the user, nor
 * says the person is there now (`presences`), nor starts a talk or want verb; and its clause does not end with a
 * question mark. An asker before the existential asks for the person the clause describes: "tolong ada petugas yg
 * dateng cek".
 */
function someoneDescribed(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	const ids = tokens.id;
	const { langs } = marks;
	if (end + 1 >= tokens.count || !grammar.existentials.hasIn(ids[start], langs)) return false;
	if (start > 0 && grammar.contactAskers.hasIn(ids[start - 1], langs)) return false; // "tolong | ada petugas yang datang cek"
	const clauseEnd = marks.clauseStart[marks.clause[start] + 1];
	const verb = grammar.relatives.hasIn(ids[end], langs) ? end + 1 : ownWishVerb(ids, marks, grammar, end, clauseEnd);
	if (verb < 0) return false;
	const next = ids[verb];
	if (next < UNKNOWN || grammar.contactAskers.hasIn(next, langs) || grammar.firstPersons.hasIn(next, langs) || grammar.userObjects.hasIn(next, langs) || grammar.presences.hasIn(next, langs)) return false;
	if (marks.anyAsks && marks.asks[verb] !== 0) return false;
	return !endsWithQuestion(tokens, clauseEnd);
}

/** The word after a wish of the person's own at the request's end or one word on ("ada orang | vendor | mau | presentasi"), with no first person or user object after it in the clause; or -1. */
function ownWishVerb(ids: Int32Array, marks: WordMarks, grammar: Grammar, end: number, clauseEnd: number): number {
	if (!marks.lists.has(grammar.othersWants) || ids[end] < UNKNOWN) return -1;
	const { langs } = marks;
	let wish = end;
	if (!grammar.othersWants.hasIn(ids[wish], langs)) wish++;
	if (wish + 1 >= clauseEnd || !grammar.othersWants.hasIn(ids[wish], langs)) return -1;
	for (let k = wish + 1; k < clauseEnd; k++) if (grammar.firstPersons.hasIn(ids[k], langs) || grammar.userObjects.hasIn(ids[k], langs)) return -1;
	return wish + 1;
}
