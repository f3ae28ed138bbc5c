// From packs/types, not packs: packs re-exports it through a getter, read on every message (see text.ts).
import { LANGUAGE_CODES } from './packs/types';
import type { LanguageCode } from './packs/types';
import { FrameEvaluator } from './frames';
import type { Found } from './frames';
import { NOT_A_STOPWORD as not_a_stopword, grammarFor } from './grammar';
import type { CompiledVerbSense, Grammar } from './grammar';
import { WordMarks } from './marks';
import { Hits } from './scratch';
import { normalise } from './characters';
import { COMMA_BOUNDARY as comma_boundary, SENTENCE_BOUNDARY as sentence_boundary, Tokens, UNKNOWN as unknown, scan } from './text';
import { DISOWN, NEGATION, NEGATION_AFTER, TAKE_BACK, WIDE_NEGATION } from './hitKinds';
import { mayAskWithoutHit } from './messageRequests';
import { MessageScorer } from './messageScorer';
import { MIN_TYPO_LENGTH as min_typo_length, unstretched } from './typos';
import type { TypoIndex } from './typos';

// Read once: an imported const compiles to a property read at every use, in the loop run per word.
const NOT_A_STOPWORD = not_a_stopword;
const UNKNOWN = unknown;
const COMMA_BOUNDARY = comma_boundary;
const SENTENCE_BOUNDARY = sentence_boundary;
const MIN_TYPO_LENGTH = min_typo_length;
const ENGLISH_INDEX = LANGUAGE_CODES.indexOf('en');
const ENGLISH = 1 << ENGLISH_INDEX;

/** How far back an auxiliary makes "support" a verb: "does [the new mobile app] support". */
const AUXILIARY_REACH = 6;

/**
 * Cues a bag of words cannot read, so the learned scorer promotes no message that has one: a negation ("I do not need to
 * talk to a human"), a take-back ("… never mind") or a request disowned as someone else's words. Backtests: 0.973 ->
 * 0.972 and 0.977 -> 0.976 F1 (DEVELOPERS.md, the Handover Decision corpus).
 */
const UNREAD_BY_SCORER = (1 << NEGATION) | (1 << WIDE_NEGATION) | (1 << NEGATION_AFTER) | (1 << TAKE_BACK) | (1 << DISOWN);

/** Typo lookups per message are bounded, so a message made of near-misses costs no more than ordinary text. */
const MAX_TYPOS_PER_MESSAGE = 16;

export interface MatcherOptions {
	/** `auto` (default): every pack, language detected. A code: that pack only (plus English, see includeEnglish). */
	language?: 'auto' | LanguageCode;
	/** With a chosen language, also match the English pack (English loanwords like "agent" are used everywhere). Default true. */
	includeEnglish?: boolean;
	/** The user's own phrases that ask for a person. */
	extraPhrases?: string[];
	/** The user's own phrases that are not a request, even though they contain one. */
	extraExclusions?: string[];
	/**
	 * Whether the learned scorer (messageScorer.ts) may veto a request or promote one. Default: on with language `auto`
	 * and no extra phrases or exclusions, the setting it was measured in; off otherwise (a user's phrases are theirs).
	 */
	learnedScorer?: boolean;
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

/**
 * Reads messages against a compiled grammar (see grammar.ts). `analyse` normalises a message once and scans it once,
 * numbering its words as it reads them; then at each word it follows the trie as far as the longest phrase. The cost
 * is linear in the length of the message.
 */
export class PhraseMatcher {
	private readonly grammar: Grammar;
	private readonly chosen: LanguageCode | null;
	/** The chosen language's index in LANGUAGE_CODES, or -1 (auto): languages are numbers while a message is read. */
	private readonly chosenIndex: number;
	private readonly scores = new Int32Array(LANGUAGE_CODES.length);
	private readonly tokens = new Tokens();
	private readonly hits = new Hits();
	private readonly frames: FrameEvaluator;
	/** The words of the message read as typos, by index. */
	private readonly corrected = new Int32Array(MAX_TYPOS_PER_MESSAGE);
	/** The learned second opinion (messageScorer.ts), or null: vetoes a request it finds very unlikely, promotes one it finds very likely. */
	private readonly scorer: MessageScorer | null;

	constructor(options: MatcherOptions = {}) {
		const language = options.language ?? 'auto';
		if (language !== 'auto' && !LANGUAGE_CODES.includes(language)) throw new Error(`Unknown language "${String(language)}"`);
		this.chosen = language === 'auto' ? null : language;
		this.chosenIndex = this.chosen === null ? -1 : LANGUAGE_CODES.indexOf(this.chosen);
		const selected: readonly LanguageCode[] =
			language === 'auto' ? LANGUAGE_CODES : options.includeEnglish === false || language === 'en' ? [language] : [language, 'en'];
		this.grammar = grammarFor(selected, options.extraPhrases ?? [], options.extraExclusions ?? []);
		const ownWords = (options.extraPhrases?.length ?? 0) + (options.extraExclusions?.length ?? 0) > 0;
		this.scorer = (options.learnedScorer ?? (language === 'auto' && !ownWords)) ? new MessageScorer() : null;
		this.frames = new FrameEvaluator(this.tokens, this.hits, new WordMarks(), this.grammar, this.grammar.trie.langs);
	}

	/** The number of a word of the grammar (not a stopword only), or UNKNOWN: what a drawn-out word may be read as. */
	private readonly grammarWord = (word: string): number => {
		const id = this.grammar.table.lookup(word);
		return id !== UNKNOWN && this.grammar.grammarLangs[id] !== 0 ? id : UNKNOWN;
	};

	/** Drops the hits of words that are also verbs ("support") where they are used as one. */
	private dropVerbs() {
		const { verbal, verbalCount, start, entry } = this.hits;
		const senses = this.grammar.trie.verbSense;
		let used = 0;
		for (let k = 0; k < verbalCount; k++) {
			const hit = verbal[k];
			if (isVerb(this.tokens.id, start[hit], senses[entry[hit]] as CompiledVerbSense)) verbal[used++] = hit;
		}
		if (used > 0) this.hits.removeVerbal(used);
	}

	/**
	 * A word read as a typo of another language's grammar word is left unknown, so a name stays a name ("tale med
	 * Mette" is no French "mettre"); English words are everyone's. Whether any correction was undone.
	 */
	private undoForeignCorrections(corrections: number, detected: number): boolean {
		const ids = this.tokens.id;
		const grammarLangs = this.grammar.grammarLangs;
		const own = (1 << detected) | ENGLISH;
		let undone = false;
		for (let c = 0; c < corrections; c++) {
			const i = this.corrected[c];
			if ((grammarLangs[ids[i]] & own) === 0) {
				ids[i] = UNKNOWN;
				undone = true;
			}
		}
		return undone;
	}

	/**
	 * Reads the message's unknown words as the grammar words they draw out or misspell, at most MAX_TYPOS_PER_MESSAGE
	 * lookups; the number of words corrected (their indices in `corrected`). A method of its own so that `analyse`
	 * stays small enough for V8 to inline the trie walk run per word (with the typo loop inside, it no longer did).
	 */
	private correctUnknownWords(tokens: Tokens, typos: TypoIndex): number {
		const ids = tokens.id;
		let lookups = 0;
		let corrections = 0;
		for (let u = 0; u < tokens.unknownCount && lookups < MAX_TYPOS_PER_MESSAGE; u++) {
			const i = tokens.unknown[u];
			const start = tokens.start[i];
			const end = tokens.end[i];
			const plain = tokens.isPlain(i);
			if (plain) {
				const id = unstretched(tokens.text, start, end, this.grammarWord);
				if (id !== UNKNOWN) {
					ids[i] = id;
					this.corrected[corrections++] = i;
					lookups++;
					continue;
				}
			}
			if (end - start >= MIN_TYPO_LENGTH && typos.mightBe(tokens.text, start, end)) {
				ids[i] = plain ? typos.correctAt(tokens.text, start, end) : typos.correct(tokens.word(i));
				if (ids[i] !== UNKNOWN) this.corrected[corrections++] = i;
				lookups++;
			}
		}
		return corrections;
	}

	analyse(text: string): TextAnalysis {
		const { table, typos, trie, stopwordFrom, stopwordLanguage, stopwordLanguageOf, abbreviations } = this.grammar;
		const normalised = normalise(text);
		const tokens = scan(normalised, table, this.tokens, abbreviations);
		tokens.setOriginal(text);
		const ids = tokens.id;
		const count = tokens.count;
		const corrections = this.correctUnknownWords(tokens, typos);
		const scores = this.scores;
		for (let k = 0; k < scores.length; k++) scores[k] = 0;
		const hits = this.hits;
		hits.clear();
		const rootOf = trie.rootOf;
		for (let i = 0; i < count; i++) {
			const id = ids[i];
			if (id < 0) continue;
			const language = stopwordLanguageOf[id];
			if (language >= 0) scores[language]++;
			else if (language !== NOT_A_STOPWORD) {
				for (let k = stopwordFrom[id], last = stopwordFrom[id + 1]; k < last; k++) scores[stopwordLanguage[k]]++;
			}
			const root = rootOf[id];
			if (root >= 0) trie.collect(root, ids, count, i, i + 1, hits);
		}
		const detected = detectLanguage(scores, 0);
		const own = this.chosenIndex >= 0 ? this.chosenIndex : detected;
		if (corrections > 0 && own >= 0 && this.undoForeignCorrections(corrections, own)) {
			hits.clear();
			for (let i = 0; i < count; i++) {
				const root = ids[i] < 0 ? -1 : rootOf[ids[i]];
				if (root >= 0) trie.collect(root, ids, count, i, i + 1, hits);
			}
		}
		// No candidate for the grammar, none for the scorer either: promoting such messages gained nothing on the backtests.
		if (hits.count === 0 && !mayAskWithoutHit(tokens, this.grammar)) {
			return { request: null, offer: null, strength: 'none', identityQuestion: false, frustration: null, language: this.chosen ?? languageCode(detected) };
		}
		// The verb-or-noun test is English grammar: skip it when the message is in another language.
		if ((own < 0 || own === ENGLISH_INDEX) && hits.verbalCount > 0) this.dropVerbs();
		const found = this.frames.evaluate(own < 0 ? -1 : (1 << own) | ENGLISH);
		const language = this.chosenIndex >= 0 ? this.chosenIndex : found.request ? detectLanguage(scores, found.request.langs) : detected;
		return this.reading(found, normalised, language);
	}

	/**
	 * What the frames found, as the analysis, with the learned scorer's two moves: a vetoed request is offered instead;
	 * a promoted offer (or message) is the request. A method of its own, as correctUnknownWords is (see there).
	 */
	private reading(found: Found, normalised: string, language: number): TextAnalysis {
		const tokens = this.tokens;
		let request = found.request ? tokens.phrase(found.request.start, found.request.end) : null;
		let offer = found.offer ? tokens.phrase(found.offer.start, found.offer.end) : null;
		if (this.scorer !== null && request !== null && this.scorer.vetoes(normalised, language)) {
			offer = request;
			request = null;
		} else if (this.scorer !== null && request === null && !hasKind(this.hits, UNREAD_BY_SCORER) && this.scorer.promotes(normalised, language)) {
			request = offer ?? normalised.trim();
			offer = null;
		}
		return {
			request,
			offer,
			strength: request !== null ? 'explicit' : offer !== null ? 'ambiguous' : 'none',
			identityQuestion: found.identityQuestion,
			frustration: found.frustration ? tokens.phrase(found.frustration.start, found.frustration.end) : null,
			language: languageCode(language),
		};
	}
}

/** Whether a hit of the message has one of these kinds (a bit per kind). */
function hasKind(hits: Hits, kinds: number): boolean {
	for (let h = 0; h < hits.count; h++) if (((1 << hits.kind[h]) & kinds) !== 0) return true;
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

/** The index in LANGUAGE_CODES of the language with the best score, or -1 when none scores. */
function detectLanguage(scores: Int32Array, requestLangs: number): number {
	// Doubled, so that the half point for the request's languages stays a whole number.
	let best = -1;
	let bestScore = 0;
	for (let index = 0; index < scores.length; index++) {
		const score = 2 * scores[index] + ((requestLangs >> index) & 1);
		if (score > bestScore) {
			best = index;
			bestScore = score;
		}
	}
	return best;
}

function languageCode(index: number): LanguageCode | null {
	return index < 0 ? null : LANGUAGE_CODES[index];
}
