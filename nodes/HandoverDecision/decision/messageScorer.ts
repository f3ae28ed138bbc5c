/**
 * A learned second opinion beside the grammar: a logistic regression over the words of a message (messageFeatures.ts),
 * trained on the tuning split of the corpus and on the grammar tests' texts as the grammar reads them
 * (scripts/train-message-scorer.js, scripts/grammar-examples.js). The matcher consults it for two moves
 * only: a request the grammar found is read as an offer when the scorer finds it very unlikely (VETO_BELOW), and an
 * offer, or a possible request the grammar did not take, is read as a request when the scorer finds one very likely
 * (PROMOTE_ABOVE; the matcher's guards say which messages it may promote). Both thresholds were
 * chosen on backtests (grammars of earlier commits on batches they had never seen), never on held-out messages.
 */
import { FEATURE_BITS, MAX_FEATURES, messageFeatures } from './messageFeatures';
import { MESSAGE_SCORER_SCALE, MESSAGE_SCORER_WEIGHTS } from './messageScorerWeights';

/** Below this probability a request the grammar found becomes an offer. */
export const VETO_BELOW = 0.12;
/** Above this probability an offer, or a message with grammar hits but no request, becomes a request. */
export const PROMOTE_ABOVE = 0.8;

function logit(probability: number): number {
	return Math.log(probability / (1 - probability));
}

/** The Int8 weights of the committed table, one per slot. */
export function decodeWeights(base64: string): Int8Array {
	const bytes = Buffer.from(base64, 'base64');
	if (bytes.length !== 1 << FEATURE_BITS) throw new Error(`The message scorer's weights hold ${bytes.length} slots, not ${1 << FEATURE_BITS}`);
	return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

const COMMITTED_WEIGHTS = decodeWeights(MESSAGE_SCORER_WEIGHTS);
/** A message that fills this many slots may have words the features did not read (see messageFeatures). */
const FEATURE_WINDOW = MAX_FEATURES - 2;

export class MessageScorer {
	private readonly slots = new Int32Array(MAX_FEATURES);
	/** The thresholds as sums of Int8 weights, so a message is judged without a multiplication or an exponential. */
	private readonly vetoSum: number;
	private readonly promoteSum: number;

	constructor(
		private readonly weights: Int8Array = COMMITTED_WEIGHTS,
		private readonly scale: number = MESSAGE_SCORER_SCALE,
	) {
		this.vetoSum = logit(VETO_BELOW) / scale;
		this.promoteSum = logit(PROMOTE_ABOVE) / scale;
	}

	/**
	 * The sum of the weights of a message's features: `text` normalised, `language` its index in LANGUAGE_CODES or -1.
	 * NaN, which neither vetoes nor promotes, when the message is longer than the features read: the scorer would judge
	 * a text it read only the start of ("don't need " 5,000 times, then "talk to a human").
	 */
	private sum(text: string, language: number): number {
		const { slots, weights } = this;
		const count = messageFeatures(text, language, slots);
		if (count >= FEATURE_WINDOW) return Number.NaN;
		let sum = 0;
		for (let k = 0; k < count; k++) sum += weights[slots[k]];
		return sum;
	}

	/** The probability that the message asks for a person. */
	probability(text: string, language: number): number {
		return 1 / (1 + Math.exp(-this.sum(text, language) * this.scale));
	}

	/** Whether a request the grammar found is very unlikely by the words of the message. */
	vetoes(text: string, language: number): boolean {
		return this.sum(text, language) < this.vetoSum;
	}

	/** Whether the words of a message very likely ask for a person, though the grammar found no request. */
	promotes(text: string, language: number): boolean {
		return this.sum(text, language) > this.promoteSum;
	}
}
