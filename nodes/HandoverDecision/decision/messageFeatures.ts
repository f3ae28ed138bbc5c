/**
 * The features the learned message scorer (messageScorer.ts) reads: hashed word unigrams and bigrams of the normalised
 * message and the unigrams again prefixed with the language. Nothing the grammar found is a feature: trained on the
 * tuning split, which the grammar was tuned on, the scorer then learned to repeat the grammar (backtests, DEVELOPERS.md).
 * Each feature is a slot in a table of 2^FEATURE_BITS weights. Pure: the trainer (scripts/train-message-scorer.js) and
 * the matcher read the same slots.
 */
import { KIND as kind_table, SENTENCE as sentence, WORD as word } from './characters';

// Read once: an imported const compiles to a property read at every use, in the loop run per character.
const KIND = kind_table;
const SENTENCE = sentence;
const WORD = word;

export const FEATURE_BITS = 16;
const SLOT_MASK = (1 << FEATURE_BITS) - 1;
/** Slots per message at most; the words past it are not read (a chat message has far fewer). */
export const MAX_FEATURES = 512;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** The word before the first word of a sentence. */
const SENTENCE_START = 0x5bd1e995;
const DIGIT_ZERO = 48;

/** A 32-bit mix of two numbers (murmur3's finaliser over their combination), so features spread over the table. */
function mix(a: number, b: number): number {
	let h = (Math.imul(a, 0xcc9e2d51) ^ b) | 0;
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	return (h ^ (h >>> 16)) | 0;
}

/** Kinds of feature, mixed into each hash so that a unigram, a bigram and a constant never share a slot by design. */
const UNIGRAM = 1;
const BIGRAM = 2;
const LANGUAGE_UNIGRAM = 3;
const CONSTANT = 4;

/**
 * Writes the slots of a message's features into `slots` and returns how many: a bias, a bias per language, and per word
 * its unigram, its bigram with the word before (or the sentence start) and its unigram for the language. `text` is
 * normalised (see characters.ts), `language` its index in LANGUAGE_CODES or -1. No allocation.
 */
export function messageFeatures(text: string, language: number, slots: Int32Array): number {
	let count = 0;
	slots[count++] = mix(CONSTANT, 0) & SLOT_MASK;
	slots[count++] = mix(CONSTANT, language + 2) & SLOT_MASK;
	const languageSeed = mix(LANGUAGE_UNIGRAM, language + 2);
	const limit = MAX_FEATURES - 2;
	let previous = SENTENCE_START;
	let hash = FNV_OFFSET;
	let inWord = false;
	for (let i = 0, n = text.length; i <= n && count < limit; i++) {
		const c = i < n ? text.charCodeAt(i) : 32;
		const kind = KIND[c];
		if (kind === WORD) {
			// every digit is read as 0: "call 112" and "call 911" are one feature
			hash = Math.imul(hash ^ (c >= DIGIT_ZERO && c <= DIGIT_ZERO + 9 ? DIGIT_ZERO : c), FNV_PRIME);
			inWord = true;
			continue;
		}
		if (inWord) {
			slots[count++] = mix(UNIGRAM, hash) & SLOT_MASK;
			slots[count++] = mix(mix(BIGRAM, previous), hash) & SLOT_MASK;
			slots[count++] = mix(languageSeed, hash) & SLOT_MASK;
			previous = hash;
			hash = FNV_OFFSET;
			inWord = false;
		}
		if (kind === SENTENCE) previous = SENTENCE_START;
	}
	return count;
}
