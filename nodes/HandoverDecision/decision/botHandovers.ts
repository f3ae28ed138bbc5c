/**
 * The company's bot, chat or app asked with a modal to transfer or connect the user to a person now: "can your bot
 * transfer me to a human?", "o bot pode me transferir pra um atendente?", "votre bot peut-il me transférer à un
 * conseiller ?", "kann mich dein Bot an einen Menschen weiterleiten?", "kan jeres bot stille mig om til en
 * medarbejder?", "botnya bisa sambungin saya ke agen?", "bot yenu inaweza kuniunganisha na wakala?". The cancel frames
 * of a feature question ("can your bot", "dein Bot", "o bot pode") read these as questions about what the bot can do;
 * with the user as the object of a transfer verb (`userObjects` beside a word of `transferVerbs` or right after a talk
 * phrase's verb, "pass | me to"; or one word of `userTransfers`: "kuniunganisha", "pasarme") the question asks for the
 * transfer. Customers, calls or conversations
 * as the object ("can your bot transfer customers to a human agent?", "kann euer Bot Gespräche an Mitarbeiter
 * übergeben?"), a question with no word of being able ("does your bot support transfer to a human?") and a bot the
 * user or their business owns ("our chatbot can transfer me …"), and a transfer under a condition ("will the bot
 * transfer me automatically if it doesn't know?") stay questions about the feature.
 */
import type { Grammar } from './grammar';
import { ASKS_TALK as asks_talk } from './hitKinds';
import type { WordMarks } from './marks';
import { SENTENCE_BOUNDARY as sentence_boundary, UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
const ASKS_TALK = asks_talk;
const SENTENCE_BOUNDARY = sentence_boundary;
/** How far from the bot its word of being able may stand: "can | your | bot", "bot | yenu | inaweza", "kann | mich dein | Bot". */
const ABILITY_GAP = 3;
/** How far from the user object its transfer verb may stand: "transfer | me", "me | transferir", "mich an einen Menschen | weiterleiten", and in German with the bot between them: "mich Ihr Chatbot bitte an einen Berater | durchstellen". */
const VERB_GAP = 7;
/** How far after the request a condition may stand: "transfer me | automatically | if". */
const CONDITION_REACH = 4;

/**
 * Whether the cancelled clause of the request at start…end asks the company's bot, with a modal, to transfer the user:
 * "can the bot pass me to a human?", "pode o bot me transferir pra alguém do financeiro?", "könnte mich der Bot an
 * einen Berater durchstellen?", "bot hii inaweza kuniunganisha na mtu?"; not "can the bot transfer calls to my sales
 * team?" nor "kan jeres bot stille kunder om til en medarbejder?".
 */
export function botAskedToTransferUser(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	const { lists, langs, clause, clauseStart, cancelFrom, cancelTo } = marks;
	if (!lists.has(grammar.systems) || !lists.has(grammar.abilities)) return false;
	const c = clause[start];
	// cancelFrom is -1 after an identity question in the clause: then the cancel is no question about a feature
	if (clause[end - 1] !== c || cancelFrom[c] < 0) return false;
	let bot = -1;
	for (let k = Math.max(clauseStart[c], cancelFrom[c]); k < cancelTo[c] && k < end; k++) {
		if (grammar.systems.hasIn(ids[k], langs)) {
			bot = k;
			break;
		}
	}
	if (bot < 0 || ownedBot(ids, count, marks, grammar, bot) || conditionAfter(ids, count, marks, grammar, end) || !ableNear(ids, marks, grammar, Math.max(clauseStart[c], bot - ABILITY_GAP), bot, end)) return false;
	for (let k = Math.max(clauseStart[c], bot - ABILITY_GAP); k < end; k++) {
		const id = ids[k];
		if (id < UNKNOWN) continue;
		if (grammar.userTransfers.hasIn(id, langs)) return true;
		if (grammar.userObjects.hasIn(id, langs) && (transferNear(ids, count, marks, grammar, k, end) || talkVerbJustBefore(marks, k))) return true;
	}
	return false;
}

/** Whether a word of being able stands a few words from the bot, in its clause: "can | your bot", "bot yenu | inaweza". */
function ableNear(ids: Int32Array, marks: WordMarks, grammar: Grammar, from: number, bot: number, end: number): boolean {
	for (let k = from; k < end && k <= bot + ABILITY_GAP; k++) {
		if (ids[k] < UNKNOWN && k > bot) return false;
		if (grammar.abilities.hasIn(ids[k], marks.langs)) return true;
	}
	return false;
}

/** Whether a transfer verb stands a few words either side of the user object at k, before the request ends: "transfer | me", "me | passer", "mig | om" after "stille". */
function transferNear(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, object: number, end: number): boolean {
	const from = Math.max(0, object - 2);
	const to = Math.min(end + 1, object + VERB_GAP + 1, count);
	return grammar.transferVerbs.anyIn(ids, from, to, marks.langs);
}

/** Whether a talk phrase opens right before the user object at k, its verb: "pass | me to", "hand | me over to". */
function talkVerbJustBefore(marks: WordMarks, object: number): boolean {
	return marks.anyAsks && object > 0 && marks.asks[object - 1] === ASKS_TALK;
}

/** Whether the user or their business owns the bot: "my | bot", "our | chatbot", "unser | Bot", "bot | saya", "bot | kami". */
function ownedBot(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, bot: number): boolean {
	const { langs } = marks;
	const before = bot > 0 ? ids[bot - 1] : -1;
	const after = bot + 1 < count ? ids[bot + 1] : -1;
	return grammar.ownPossessives.hasIn(before, langs) || grammar.relationOwners.hasIn(before, langs) || grammar.ownPossessivesAfter.hasIn(after, langs) || grammar.relationOwnersAfter.hasIn(after, langs);
}

/** Whether a condition follows the request in its sentence, a question about how the bot behaves: "can the bot transfer me automatically | if | it doesn't know?", "o bot me transfere sozinho | se | não souber?". */
function conditionAfter(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, end: number): boolean {
	for (let k = end; k < count && k < end + CONDITION_REACH && ids[k] !== SENTENCE_BOUNDARY; k++) if (grammar.conditionals.hasIn(ids[k], marks.langs)) return true;
	return false;
}
