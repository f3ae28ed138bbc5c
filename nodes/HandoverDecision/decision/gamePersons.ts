/**
 * A person or team word that names a thing in a game, an app or a product, not someone of the company: the modifier
 * or the name of a thing noun ("my | agent | skin", "el modo | humano", "which descaling | agent", "kartu | agen"), a
 * side set against another ("humano | vs máquina", "Mensch | gegen Maschine", "manusia | vs mesin"), a character
 * chosen to play ("which | agent | is best to main", "welcher | Agent | ist am besten", "qual o melhor | agente | pra
 * jogar", "agent | gani ni bora"), or a word inside a short quote that holds more than the request, the name of a
 * card, a status or a template ("„Agente Duplo“", "\"Agent offline\"", "\"Agent Mara Mbili\""). Gamer chat that asks
 * still asks: "support pls my acc got hacked", "i need a real human not a bot", "agent!!! my skins are gone".
 */
import { DEPARTMENT, PERSON } from './hitKinds';
import type { Grammar } from './grammar';
import type { WordMarks } from './marks';
import { UNKNOWN as unknown, type Tokens } from './text';
// Read once: an imported const compiles to a property read at every use.
const UNKNOWN = unknown;
/** How many words before the person word, and after it, a choice word may stand: "qual o melhor | agente", "agente | es mejor". */
const CHOICE_NEAR = 2;
/** How far in its clause the second choice word may stand: "welchen Agent soll ich auf der neuen Map im Angriff | spielen". */
const CHOICE_REACH = 9;
/** The most words a quote naming a thing holds: "„Agent Mara Mbili“"; a longer one is a sentence (quotes.ts). */
const NAME_WORDS = 4;

/**
 * Whether the request at start…end ends in a person or team word that names a thing of a game, an app or a product:
 * "how do i swap my agent skin", "el modo humano vs máquina", "welcher Agent ist am besten für solo ranked", "a carta
 * \"Agente Duplo\""; not "quero falar com um humano do suporte" nor "agent!!! my skins are gone" (a boundary between).
 */
export function personOfGame(tokens: Tokens, marks: WordMarks, grammar: Grammar, start: number, end: number): boolean {
	const person = targetEndingAt(marks, start, end);
	if (person < 0) return false;
	const ids = tokens.id;
	const langs = marks.langs;
	if (marks.lists.has(grammar.thingsBeforePerson) && thingBefore(ids, tokens.count, grammar, langs, person)) return true;
	if (marks.lists.has(grammar.thingsAfterPerson) && grammar.thingsAfterPerson.hasIn(wordAt(ids, tokens.count, end), langs)) return true;
	if (marks.lists.has(grammar.versusWords) && setAgainst(ids, tokens.count, grammar, langs, end)) return true;
	if (marks.lists.has(grammar.gameChoices) && chosenToPlay(ids, tokens.count, marks, grammar, person, end)) return true;
	return namedInQuote(tokens, marks, person, end);
}

/** The first word of the person or team target that ends at `end`, no earlier than `start`, or -1. */
function targetEndingAt(marks: WordMarks, start: number, end: number): number {
	for (let k = end - 1; k >= start && k >= end - 3; k--) {
		if (marks.targetEnd[k] === end && (marks.targetKind[k] === PERSON || marks.targetKind[k] === DEPARTMENT)) return k;
	}
	return -1;
}

/** The word at k, or UNKNOWN outside the message. */
function wordAt(ids: Int32Array, count: number, k: number): number {
	return k >= 0 && k < count ? ids[k] : UNKNOWN;
}

/** Whether a thing noun stands right before the person word, or before a link to it: "modo | humano", "carta | de | soporte", "kadi | ya | agent". */
function thingBefore(ids: Int32Array, count: number, grammar: Grammar, langs: number, person: number): boolean {
	const before = wordAt(ids, count, person - 1);
	if (grammar.thingsBeforePerson.hasIn(before, langs)) return true;
	return grammar.thingLinks.hasIn(before, langs) && grammar.thingsBeforePerson.hasIn(wordAt(ids, count, person - 2), langs);
}

/** Whether a versus word stands right after the person word, or one word later: "humano | vs", "humain moyen | vs", "Mensch | gegen". */
function setAgainst(ids: Int32Array, count: number, grammar: Grammar, langs: number, end: number): boolean {
	for (let k = end; k < count && k <= end + 1; k++) {
		if (ids[k] < UNKNOWN) return false; // a boundary
		if (grammar.versusWords.hasIn(ids[k], langs)) return true;
	}
	return false;
}

/**
 * Whether a choice word stands next to the person word (two words before it or after it) and another one in its clause:
 * "which | agent | should i | pick", "welcher | Agent | ist am | besten", "qual o | melhor | agente pra | jogar",
 * "hvilken | agent | er | bedst", "agen | apa | yang paling | bagus"; "which agent handles refunds?" asks.
 */
function chosenToPlay(ids: Int32Array, count: number, marks: WordMarks, grammar: Grammar, person: number, end: number): boolean {
	const choices = grammar.gameChoices;
	const langs = marks.langs;
	let near = -1;
	for (let k = person - 1; k >= 0 && k >= person - CHOICE_NEAR && ids[k] >= UNKNOWN; k--) {
		if (choices.hasIn(ids[k], langs)) near = k;
	}
	for (let k = end; near < 0 && k < count && k < end + CHOICE_NEAR && ids[k] >= UNKNOWN; k++) {
		if (choices.hasIn(ids[k], langs)) near = k;
	}
	if (near < 0) return false;
	for (let k = Math.max(0, person - CHOICE_REACH); k < count && k < end + CHOICE_REACH; k++) {
		if (k === near || (k >= person && k < end)) continue;
		if (marks.clause[k] === marks.clause[person] && ids[k] >= UNKNOWN && choices.hasIn(ids[k], langs)) return true;
	}
	return false;
}

/**
 * Whether the person word (from `start`) stands inside a quote of two to four words that holds more than it and opens
 * with a capital, the name of a thing, wherever the request's verb stands: "i want the \"Agent Zero\" card", "la carta
 * „Agente Duplo“", "da steht \"Agent offline\"", "kadi ya \"Agent Mara Mbili\""; a quoted "agent" alone and a quoted
 * chat line ("\"mau ngobrol sama admin\" dong") are read as written, a quoted sentence is quotes.ts's.
 */
function namedInQuote(tokens: Tokens, marks: WordMarks, start: number, end: number): boolean {
	const quotes = marks.quotes;
	quotes.read(tokens.text);
	if (quotes.count === 0) return false;
	const from = tokens.start[start];
	const to = tokens.end[end - 1];
	for (let p = 0; p < quotes.count; p++) {
		const opening = quotes.pairs[2 * p];
		const closing = quotes.pairs[2 * p + 1];
		if (opening >= from || closing < to) continue;
		let words = 0;
		for (let k = start; k >= 0 && tokens.start[k] > opening && words <= NAME_WORDS; k--) words += tokens.id[k] >= UNKNOWN ? 1 : 0;
		for (let k = start + 1; k < tokens.count && tokens.start[k] < closing && words <= NAME_WORDS; k++) words += tokens.id[k] >= UNKNOWN ? 1 : 0;
		return words > end - start && words <= NAME_WORDS && tokens.capitalised(firstQuoted(tokens, start, opening));
	}
	return false;
}

/** The first word after the opening mark, at or before `start`. */
function firstQuoted(tokens: Tokens, start: number, opening: number): number {
	let k = start;
	while (k > 0 && tokens.start[k - 1] > opening) k--;
	return k;
}
