import { LANGUAGE_CODES, PACKS } from './packs';
import type { LanguageCode, LanguagePack, VerbSense } from './packs';
import { COMMA_BOUNDARY, SENTENCE_BOUNDARY, Tokens, WordTable, normalise, phraseTokens, scan } from './text';

const REQUEST = 0;
const EXCLUSION = 1;
const NEGATION = 2;
const WIDE_NEGATION = 3;
const NEGATION_AFTER = 4;
const BREAKER = 5;
const BOT = 6;
const ANTI_BOT = 7;
const FRUSTRATION = 8;

/** How many words may stand between a negation and the request it cancels ("don't [really] need [to talk to] an agent"). */
const NEGATION_REACH = 5;
/** Refusals of the bot reach less far: "no [more] bot", but not "no idea whether you are a bot". */
const ANTI_BOT_REACH = 2;
/** "an agent [is] not necessary". */
const NEGATION_AFTER_REACH = 2;
/** How far back an auxiliary makes "support" a verb: "does [the new mobile app] support". */
const AUXILIARY_REACH = 6;

const CUSTOM = 1 << LANGUAGE_CODES.length;

/** The verb-or-noun word lists, as word numbers. */
interface CompiledVerbSense {
	verbBefore: Set<number>;
	nounBefore: Set<number>;
	auxiliaries: Set<number>;
	nounMarkers: Set<number>;
}

interface Entry {
	kind: number;
	langs: number;
	verbSense: CompiledVerbSense | null;
}

/** Words are numbered once at compile time, so walking the trie compares numbers, not strings. */
interface TrieNode {
	next: Map<number, TrieNode> | null;
	any: TrieNode | null;
	entries: Entry[] | null;
}


interface Hit {
	start: number;
	end: number;
	entry: Entry;
}

export interface MatcherOptions {
	/** `auto` (default): every pack, language detected. A code: that pack only (plus English, see includeEnglish). */
	language?: 'auto' | LanguageCode;
	/** With a chosen language, also match the English pack (English loanwords like "agent" are used everywhere). Default true. */
	includeEnglish?: boolean;
	/** The user's own phrases that ask for a person. */
	extraPhrases?: string[];
	/** The user's own phrases that are not a request, even though they contain one. */
	extraExclusions?: string[];
}

export interface TextAnalysis {
	/** The phrase that asks for a person, normalised as it appears in the message ("talk to a human"), or null. */
	request: string | null;
	/** A frustration phrase found in the message, or null. */
	frustration: string | null;
	/** The language detected (auto) or chosen; null when it cannot be told. */
	language: LanguageCode | null;
}

function emptyNode(): TrieNode {
	return { next: null, any: null, entries: null };
}

function compileVerbSense(sense: VerbSense, table: WordTable): CompiledVerbSense {
	const words = (list: string[]) => new Set(list.flatMap((word) => phraseTokens(word).map((token) => table.add(token))));
	return {
		verbBefore: words(sense.verbBefore),
		nounBefore: words(sense.nounBefore),
		auxiliaries: words(sense.auxiliaries),
		nounMarkers: words(sense.nounMarkers),
	};
}

/**
 * The phrase packs compiled into one trie of word numbers. `analyse` normalises a message once and scans it once,
 * numbering its words as it reads them; then at each word it follows the trie as far as the longest phrase. The cost
 * is linear in the length of the message.
 */
export class PhraseMatcher {
	private readonly table = new WordTable();
	/** By word number: the trie node of the phrases the word starts. */
	private readonly roots: Array<TrieNode | null> = [];
	/** By word number: the languages the word is a frequent word of. */
	private readonly stopwordOf: number[][] = [];
	private readonly chosen: LanguageCode | null;
	private readonly scores = new Int32Array(LANGUAGE_CODES.length);
	private readonly tokens = new Tokens();

	constructor(options: MatcherOptions = {}) {
		const language = options.language ?? 'auto';
		if (language !== 'auto' && !LANGUAGE_CODES.includes(language)) throw new Error(`Unknown language "${String(language)}"`);
		this.chosen = language === 'auto' ? null : language;
		LANGUAGE_CODES.forEach((code, index) => {
			for (const stopword of PACKS[code].stopwords) {
				for (const token of phraseTokens(stopword)) this.word(token).stopwordOf.push(index);
			}
		});
		const selected: LanguageCode[] =
			language === 'auto' ? [...LANGUAGE_CODES] : options.includeEnglish === false || language === 'en' ? [language] : [language, 'en'];
		for (const code of selected) this.addPack(PACKS[code], 1 << LANGUAGE_CODES.indexOf(code));
		for (const phrase of options.extraPhrases ?? []) this.add(phrase, REQUEST, CUSTOM);
		for (const phrase of options.extraExclusions ?? []) this.add(phrase, EXCLUSION, CUSTOM);
		this.fillWordLists();
	}

	/** Gives every word in the table an entry in the by-number lists, including words only the verb tests use. */
	private fillWordLists() {
		while (this.roots.length < this.table.size) {
			this.roots.push(null);
			this.stopwordOf.push([]);
		}
	}

	private word(token: string): { id: number; stopwordOf: number[] } {
		const id = this.table.add(token);
		this.fillWordLists();
		return { id, stopwordOf: this.stopwordOf[id] };
	}

	private addPack(pack: LanguagePack, langs: number) {
		const verbSense = pack.verbSense ? compileVerbSense(pack.verbSense, this.table) : null;
		const verbWords = new Set(pack.verbSense?.words ?? []);
		for (const phrase of pack.requests) this.add(phrase, REQUEST, langs, verbWords.has(phrase) ? verbSense : null);
		const lists: Array<[string[], number]> = [
			[pack.exclusions, EXCLUSION],
			[pack.negations, NEGATION],
			[pack.wideNegations, WIDE_NEGATION],
			[pack.negationsAfter, NEGATION_AFTER],
			[pack.breakers, BREAKER],
			[pack.bots, BOT],
			[pack.antiBot, ANTI_BOT],
			[pack.frustration, FRUSTRATION],
		];
		for (const [phrases, kind] of lists) for (const phrase of phrases) this.add(phrase, kind, langs);
	}

	private add(phrase: string, kind: number, langs: number, verbSense: CompiledVerbSense | null = null) {
		const tokens = phraseTokens(phrase);
		if (tokens.length === 0) return;
		const first = this.word(tokens[0]).id;
		let node = (this.roots[first] ??= emptyNode());
		for (const token of tokens.slice(1)) {
			if (token === '*') {
				node = node.any ??= emptyNode();
			} else {
				node.next ??= new Map();
				const id = this.word(token).id;
				let child = node.next.get(id);
				if (!child) {
					child = emptyNode();
					node.next.set(id, child);
				}
				node = child;
			}
		}
		node.entries ??= [];
		const same = node.entries.find((entry) => entry.kind === kind);
		if (same) {
			same.langs |= langs;
			same.verbSense ??= verbSense;
		} else {
			node.entries.push({ kind, langs, verbSense });
		}
	}

	analyse(text: string): TextAnalysis {
		const tokens = scan(normalise(text), this.table, this.tokens);
		const ids = tokens.id;
		const count = tokens.count;
		const scores = this.scores.fill(0);
		let hits: Hit[] | null = null;
		for (let i = 0; i < count; i++) {
			const id = ids[i];
			if (id < 0) continue;
			const languages = this.stopwordOf[id];
			for (let k = 0; k < languages.length; k++) scores[languages[k]]++;
			const root = this.roots[id];
			if (root !== null) hits = collect(root, ids, count, i, i + 1, hits);
		}
		if (hits === null) return { request: null, frustration: null, language: this.chosen ?? detectLanguage(scores, 0) };
		// The verb-or-noun test is English grammar: skip it when the message is in another language.
		const detected = detectLanguage(scores, 0);
		const found = evaluate(ids, count, hits, (this.chosen ?? detected ?? 'en') === 'en');
		return {
			request: found.request ? tokens.phrase(found.request.start, found.request.end) : null,
			frustration: found.frustration ? tokens.phrase(found.frustration.start, found.frustration.end) : null,
			language: this.chosen ?? (found.request ? detectLanguage(scores, found.request.langs) : detected),
		};
	}
}

function collect(node: TrieNode, ids: Int32Array, length: number, start: number, end: number, hits: Hit[] | null): Hit[] | null {
	if (node.entries !== null) {
		hits ??= [];
		for (const entry of node.entries) hits.push({ start, end, entry });
	}
	if (end < length) {
		const id = ids[end];
		if (id !== SENTENCE_BOUNDARY && id !== COMMA_BOUNDARY) {
			const child = id >= 0 && node.next !== null ? node.next.get(id) : undefined;
			if (child !== undefined) hits = collect(child, ids, length, start, end + 1, hits);
			if (node.any !== null) hits = collect(node.any, ids, length, start, end + 1, hits);
		}
	}
	return hits;
}

interface Span {
	start: number;
	end: number;
	langs: number;
	explicit: boolean;
}

function better(candidate: Span, best: Span | null): boolean {
	if (best === null) return true;
	if (candidate.explicit !== best.explicit) return candidate.explicit;
	return candidate.end - candidate.start > best.end - best.start;
}

/** Turns the raw phrase hits into at most one request and one frustration phrase. Hits come ordered by start. */
function evaluate(ids: Int32Array, count: number, hits: Hit[], english: boolean): { request: Span | null; frustration: Hit | null } {
	let covered: Uint8Array | null = null;
	let breaks: Uint8Array | null = null;
	let negatedFromAfter: Uint8Array | null = null;
	for (const hit of hits) {
		const kind = hit.entry.kind;
		if (kind === EXCLUSION) (covered ??= new Uint8Array(count)).fill(1, hit.start, hit.end);
		else if (kind === BREAKER) (breaks ??= new Uint8Array(count))[hit.start] = 1;
		else if (kind === NEGATION_AFTER) (negatedFromAfter ??= new Uint8Array(count))[hit.start] = 1;
	}
	let request: Span | null = null;
	let frustration: Hit | null = null;
	let negation: Hit | null = null;
	let antiBot: Hit | null = null;
	for (const hit of hits) {
		const { kind } = hit.entry;
		if (kind === NEGATION || kind === WIDE_NEGATION) negation = hit;
		else if (kind === ANTI_BOT) antiBot = hit;
		else if (kind === FRUSTRATION) {
			if (frustration === null && !overlaps(covered, hit)) frustration = hit;
		} else if (kind === REQUEST) {
			if (overlaps(covered, hit)) continue;
			if (english && hit.entry.verbSense !== null && isVerb(ids, hit.start, hit.entry.verbSense)) continue;
			if (reaches(ids, negation, hit.start, NEGATION_REACH, breaks)) continue;
			if (negatedAfter(ids, count, hit.end, negatedFromAfter)) continue;
			const span = { start: hit.start, end: hit.end, langs: hit.entry.langs, explicit: true };
			if (better(span, request)) request = span;
		} else if (kind === BOT) {
			// Refusing the bot ("I don't want a bot", "not a robot") is asking for a person.
			if (overlaps(covered, hit)) continue;
			const cue = refuses(ids, negation, hit.start, NEGATION_REACH, breaks)
				? negation
				: refuses(ids, antiBot, hit.start, ANTI_BOT_REACH, breaks)
					? antiBot
					: null;
			if (cue === null) continue;
			const span = { start: cue.start, end: hit.end, langs: hit.entry.langs, explicit: false };
			if (better(span, request)) request = span;
		}
	}
	return { request, frustration };
}

function overlaps(covered: Uint8Array | null, hit: Hit): boolean {
	if (covered === null) return false;
	for (let k = hit.start; k < hit.end; k++) if (covered[k] === 1) return true;
	return false;
}

/** Whether a cue reaches forward to the word at `start`: same sentence, close enough, nothing in between ending it. */
function reaches(ids: Int32Array, cue: Hit | null, start: number, reach: number, breaks: Uint8Array | null): boolean {
	if (cue === null || cue.start >= start || start - cue.end > reach) return false;
	for (let k = cue.end; k < start; k++) {
		const id = ids[k];
		if (id === SENTENCE_BOUNDARY) return false;
		if (id === COMMA_BOUNDARY && cue.entry.kind !== WIDE_NEGATION) return false;
		if (breaks !== null && breaks[k] === 1) return false;
	}
	return true;
}

/** A refusal must come before the bot word it refuses, not contain it ("je n'ai pas" is no refusal of an "ai"). */
function refuses(ids: Int32Array, cue: Hit | null, start: number, reach: number, breaks: Uint8Array | null): boolean {
	return cue !== null && cue.end <= start && reaches(ids, cue, start, reach, breaks);
}

function negatedAfter(ids: Int32Array, count: number, end: number, negatedFromAfter: Uint8Array | null): boolean {
	if (negatedFromAfter === null) return false;
	for (let k = end; k < count && k <= end + NEGATION_AFTER_REACH; k++) {
		if (ids[k] === SENTENCE_BOUNDARY || ids[k] === COMMA_BOUNDARY) return false;
		if (negatedFromAfter[k] === 1) return true;
	}
	return false;
}

/** "does it support X", "you should support X": the keyword is a verb there, not a request for support. */
function isVerb(ids: Int32Array, start: number, sense: CompiledVerbSense): boolean {
	if (start === 0) return false;
	const before = ids[start - 1];
	if (before === SENTENCE_BOUNDARY || before === COMMA_BOUNDARY || sense.nounBefore.has(before)) return false;
	if (sense.verbBefore.has(before)) return true;
	for (let k = start - 1; k >= 0 && k >= start - AUXILIARY_REACH; k--) {
		const id = ids[k];
		if (id === SENTENCE_BOUNDARY || id === COMMA_BOUNDARY || sense.nounMarkers.has(id)) return false;
		// at least one word between: "can support help me?" asks support for help
		if (k < start - 1 && sense.auxiliaries.has(id)) return true;
	}
	return false;
}

function detectLanguage(scores: Int32Array, requestLangs: number): LanguageCode | null {
	let best = -1;
	for (let index = 0; index < scores.length; index++) {
		const score = scores[index] + ((requestLangs >> index) & 1) * 0.5;
		if (score > 0 && (best < 0 || score > scores[best] + ((requestLangs >> best) & 1) * 0.5)) best = index;
	}
	return best < 0 ? null : LANGUAGE_CODES[best];
}
