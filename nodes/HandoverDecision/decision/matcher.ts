import { LANGUAGE_CODES, PACKS } from './packs';
import type { LanguageCode, LanguagePack, VerbSense } from './packs';
import {
	ANTI_BOT, BOT, BREAKER, CANCEL, DEPARTMENT, EXCLUSION, FRUSTRATION, IDENTITY, NEGATION, NEGATION_AFTER, PERSON, REACH,
	REQUEST, TALK, URGE, WANT, WIDE_NEGATION, evaluate,
} from './frames';
import type { Words } from './frames';
import { Hits, WordMarks } from './scratch';
import type { Entry } from './scratch';
import { COMMA_BOUNDARY, SENTENCE_BOUNDARY, Tokens, UNKNOWN, WordTable, normalise, phraseTokens, scan } from './text';
import { MIN_TYPO_LENGTH, TypoIndex } from './typos';

/** How far back an auxiliary makes "support" a verb: "does [the new mobile app] support". */
const AUXILIARY_REACH = 6;

const CUSTOM = 1 << LANGUAGE_CODES.length;
/** Typo lookups per message are bounded, so a message made of near-misses costs no more than ordinary text. */
const MAX_TYPOS_PER_MESSAGE = 16;

/** The verb-or-noun word lists, as word numbers. */
interface CompiledVerbSense {
	verbBefore: Set<number>;
	nounBefore: Set<number>;
	auxiliaries: Set<number>;
	nounMarkers: Set<number>;
}


/** Words are numbered once at compile time, so walking the trie compares numbers, not strings. */
interface TrieNode {
	next: Map<number, TrieNode> | null;
	any: TrieNode | null;
	entries: Entry[] | null;
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

export type Strength = 'explicit' | 'ambiguous' | 'none';

export interface TextAnalysis {
	/** The phrase that asks for a person, normalised as it appears in the message ("talk to a human"), or null. */
	request: string | null;
	/** Without a request: the phrase that may be asking for one ("customer service?", "contact support"), or null. */
	offer: string | null;
	/** explicit: a request; ambiguous: an offer; none: neither. */
	strength: Strength;
	/** The user asks whether they talk to a bot or a person ("are you a real person?"). */
	identityQuestion: boolean;
	/** A frustration phrase found in the message, or null. */
	frustration: string | null;
	/** The language detected (auto) or chosen; null when it cannot be told. */
	language: LanguageCode | null;
}

const NOTHING = { request: null, offer: null, strength: 'none', identityQuestion: false, frustration: null } as const;

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
	private readonly fillers = new Set<number>();
	private readonly lexicon: string[] = [];
	private readonly typos: TypoIndex;
	private english = true;
	private readonly words: Words;
	private readonly hits = new Hits();
	private readonly marks = new WordMarks();
	private readonly keepNoun = (entry: Entry, start: number) =>
		entry.verbSense === null || !(this.english && isVerb(this.tokens.id, start, entry.verbSense as CompiledVerbSense));

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
		this.typos = new TypoIndex(this.table, this.lexicon);
		const tokens = this.tokens;
		this.words = {
			ids: tokens.id,
			count: 0,
			isFiller: (id) => this.fillers.has(id),
			isName: (k) => tokens.id[k] === UNKNOWN && tokens.end[k] - tokens.start[k] >= 2 && tokens.text.charCodeAt(tokens.start[k]) > 57,
		};
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
		const grammar: Array<[string[] | undefined, number]> = [
			[pack.requests, REQUEST],
			[pack.talkVerbs, TALK],
			[pack.wantVerbs, WANT],
			[pack.reachVerbs, REACH],
			[pack.people, PERSON],
			[pack.departments, DEPARTMENT],
			[pack.bots, BOT],
		];
		for (const [phrases, kind] of grammar) {
			for (const phrase of phrases ?? []) {
				this.add(phrase, kind, langs, verbWords.has(phrase) ? verbSense : null);
				this.lexicon.push(...phraseTokens(phrase));
			}
		}
		for (const filler of pack.fillers ?? []) for (const token of phraseTokens(filler)) this.fillers.add(this.word(token).id);
		const lists: Array<[string[], number]> = [
			[pack.exclusions, EXCLUSION],
			[pack.negations, NEGATION],
			[pack.wideNegations, WIDE_NEGATION],
			[pack.negationsAfter, NEGATION_AFTER],
			[pack.breakers, BREAKER],
			[pack.cancels ?? [], CANCEL],
			[pack.identity ?? [], IDENTITY],
			[pack.urgers ?? [], URGE],
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
		let corrections = 0;
		for (let i = 0; i < count && corrections < MAX_TYPOS_PER_MESSAGE; i++) {
			const start = tokens.start[i];
			const end = tokens.end[i];
			if (ids[i] === UNKNOWN && end - start >= MIN_TYPO_LENGTH && this.typos.mightBe(tokens.text, start, end)) {
				ids[i] = this.typos.correct(tokens.word(i));
				corrections++;
			}
		}
		const scores = this.scores.fill(0);
		const hits = this.hits;
		hits.count = 0;
		let verbSenses = false;
		for (let i = 0; i < count; i++) {
			const id = ids[i];
			if (id < 0) continue;
			const languages = this.stopwordOf[id];
			for (let k = 0; k < languages.length; k++) scores[languages[k]]++;
			const root = this.roots[id];
			if (root !== null) verbSenses = collect(root, ids, count, i, i + 1, hits) || verbSenses;
		}
		const detected = detectLanguage(scores, 0);
		if (hits.count === 0) return { ...NOTHING, language: this.chosen ?? detected };
		// The verb-or-noun test is English grammar: skip it when the message is in another language.
		this.english = (this.chosen ?? detected ?? 'en') === 'en';
		if (verbSenses) hits.retain(this.keepNoun);
		this.words.ids = ids;
		this.words.count = count;
		const found = evaluate(this.words, hits, this.marks);
		return {
			request: found.request ? tokens.phrase(found.request.start, found.request.end) : null,
			offer: found.offer ? tokens.phrase(found.offer.start, found.offer.end) : null,
			strength: found.request ? 'explicit' : found.offer ? 'ambiguous' : 'none',
			identityQuestion: found.identityQuestion,
			frustration: found.frustration ? tokens.phrase(found.frustration.start, found.frustration.end) : null,
			language: this.chosen ?? (found.request ? detectLanguage(scores, found.request.langs) : detected),
		};
	}
}

/** Adds the phrases of `node` and of its descendants that match from `end` on; true when one has a verb sense. */
function collect(node: TrieNode, ids: Int32Array, length: number, start: number, end: number, hits: Hits): boolean {
	let verbSense = false;
	if (node.entries !== null) {
		for (const entry of node.entries) {
			hits.push(start, end, entry);
			if (entry.verbSense !== null) verbSense = true;
		}
	}
	if (end < length) {
		const id = ids[end];
		if (id !== SENTENCE_BOUNDARY && id !== COMMA_BOUNDARY) {
			const child = id >= 0 && node.next !== null ? node.next.get(id) : undefined;
			if (child !== undefined && collect(child, ids, length, start, end + 1, hits)) verbSense = true;
			if (node.any !== null && collect(node.any, ids, length, start, end + 1, hits)) verbSense = true;
		}
	}
	return verbSense;
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
