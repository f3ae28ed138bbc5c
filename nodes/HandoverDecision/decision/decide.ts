import { OpeningHours, readTime } from './businessHours';
import { formatPercent, readConfidence } from './confidence';
import { DecisionInputError } from './errors';
import { PhraseMatcher } from './matcher';
import { plainConstructor } from './plainObjects';
import type { Strength } from './matcher';
import type { LanguageCode } from './packs';
import { frustrationSignal } from './signals';

export interface DecisionSettings {
	/** Rule 1: hand over when the confidence is below the threshold. Default true. */
	lowConfidence?: boolean;
	/** The threshold, as 0–1, 0–100 or "60%". Default 60%. */
	threshold?: unknown;
	/** Rule 2: hand over when the user asks for a person. Default true. */
	userRequest?: boolean;
	language?: 'auto' | LanguageCode;
	includeEnglish?: boolean;
	/** The user's own request phrases and exclusions: a list, or one text separated by commas or lines. */
	extraPhrases?: string[] | string;
	extraExclusions?: string[] | string;
	/** Whether the learned scorer may veto or promote a request (see MatcherOptions.learnedScorer). */
	learnedScorer?: boolean;
	/** Rule 3: hand over when the last `failureTurns` turns of the history were all below the threshold. Default false. */
	repeatedFailure?: boolean;
	failureTurns?: number;
	/** Rule 4: hand over on frustration (phrases, shouting, "!!!"). Default false. */
	frustration?: boolean;
	/** Rule 5: mark items outside these opening hours `afterHours: true`. Default false. */
	businessHours?: boolean;
	timezone?: string;
	openingHours?: string;
	holidays?: string;
	/** A confidence that is not a number: `error` (default) or treat it as `missing`. */
	invalidConfidence?: 'error' | 'missing';
	/** The clock, for tests. */
	now?: () => number;
}

export interface DecisionInput {
	/** The user's message. Numbers and booleans are read as text; objects and arrays are refused. */
	text?: unknown;
	confidence?: unknown;
	/** Earlier turns, oldest first: `[{text, confidence}]` or bare confidences. */
	history?: unknown;
	/** When the message arrived; now when missing. */
	time?: unknown;
}

export interface HandoverDecision {
	decision: boolean;
	/** All reasons joined with "; ", or null when the item stays with the bot. */
	reason: string | null;
	reasons: string[];
	/** The confidence as a fraction 0–1, or null when missing. */
	confidence: number | null;
	matchedPhrase: string | null;
	/**
	 * explicit: hand over now (decision true); ambiguous: no rule fired but the user may be asking for a person
	 * ("customer service?", "how do I contact support?"), so offer one; none: stay with the bot.
	 */
	strength: Strength;
	/** The phrase that may be asking for a person when strength is ambiguous, else null. */
	offerPhrase: string | null;
	/** The user asks whether they are talking to a bot ("are you a real person?"): not a request; answer it. */
	identityQuestion: boolean;
	language: LanguageCode | null;
	afterHours: boolean;
}

function list(value: string[] | string | undefined): string[] {
	const items = typeof value === 'string' ? value.split(/[,\n]+/) : (value ?? []);
	return items.map((item) => item.trim()).filter((item) => item !== '');
}

/** A history typed into the field as JSON text; the text itself when it is not a JSON array. */
function jsonArray(text: string): unknown {
	if (!text.trim().startsWith('[')) return text;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}

function messageText(raw: unknown): string {
	if (raw === undefined || raw === null) return '';
	if (typeof raw === 'string') return raw;
	if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'bigint') return String(raw);
	const kind = Array.isArray(raw) ? 'an array' : typeof raw === 'object' ? 'an object' : `a ${typeof raw}`;
	throw new DecisionInputError('Message', `must be text, not ${kind}`);
}

/** How many distinct reason texts of each kind a rules object keeps to share between messages. */
const SHARED_TEXTS = 1024;

/**
 * The text of a reason, made once per distinct key (a confidence, a matched phrase) and then shared: n8n keeps every
 * item's output, and items that give the same reason hold one string instead of one each.
 */
class ReasonTexts<Key> {
	private readonly texts = new Map<Key, string>();

	constructor(private readonly make: (key: Key) => string) {}

	get(key: Key): string {
		let text = this.texts.get(key);
		if (text === undefined) {
			text = this.make(key);
			if (this.texts.size < SHARED_TEXTS) this.texts.set(key, text);
		}
		return text;
	}
}

/**
 * The rules, compiled once (phrase packs, opening hours) and then applied to any number of messages.
 * Throws DecisionInputError for a setting or an input it cannot use, naming the field.
 */
/** Every item's output keeps its decision: see plainConstructor. */
const PlainDecision = plainConstructor(function (
	this: HandoverDecision,
	decision: boolean,
	reason: string | null,
	reasons: string[],
	confidence: number | null,
	matchedPhrase: string | null,
	strength: Strength,
	offerPhrase: string | null,
	identityQuestion: boolean,
	language: LanguageCode | null,
	afterHours: boolean,
) {
	this.decision = decision;
	this.reason = reason;
	this.reasons = reasons;
	this.confidence = confidence;
	this.matchedPhrase = matchedPhrase;
	this.strength = strength;
	this.offerPhrase = offerPhrase;
	this.identityQuestion = identityQuestion;
	this.language = language;
	this.afterHours = afterHours;
});

export class HandoverRules {
	private readonly settings: DecisionSettings;
	private readonly threshold: number;
	private readonly matcher: PhraseMatcher;
	private readonly openingHours: OpeningHours | null;
	private readonly failureTurns: number;
	/** The same for every message of these settings. */
	private readonly repeatedFailureReason: string;
	private readonly lowConfidenceReasons = new ReasonTexts((confidence: number) => `Low Confidence - ${formatPercent(confidence)}`);
	private readonly requestReasons = new ReasonTexts((phrase: string) => `User requested a human: "${phrase}"`);
	/** A message's reasons are collected here and copied out at their count: an array grown by push keeps room for 17. */
	private readonly found: string[] = [];

	constructor(settings: DecisionSettings = {}) {
		this.settings = settings;
		const threshold = readConfidence(settings.threshold ?? 60);
		if (!threshold.ok || threshold.value === null) {
			throw new DecisionInputError('Confidence Threshold (%)', threshold.ok ? 'is required' : threshold.problem);
		}
		this.threshold = threshold.value;
		this.matcher = new PhraseMatcher({
			language: settings.language,
			includeEnglish: settings.includeEnglish,
			extraPhrases: list(settings.extraPhrases),
			extraExclusions: list(settings.extraExclusions),
			learnedScorer: settings.learnedScorer,
		});
		this.failureTurns = settings.failureTurns ?? 3;
		if (settings.repeatedFailure && !(Number.isInteger(this.failureTurns) && this.failureTurns >= 1)) {
			throw new DecisionInputError('Turns', `must be a whole number of at least 1 (got ${String(settings.failureTurns)})`);
		}
		this.repeatedFailureReason = `Repeated failure - last ${this.failureTurns} turns below ${formatPercent(this.threshold)}`;
		this.openingHours = settings.businessHours
			? new OpeningHours({
					timezone: settings.timezone || 'UTC',
					hours: settings.openingHours ?? 'Mon-Fri 09:00-17:00',
					holidays: settings.holidays,
				})
			: null;
	}

	private confidence(raw: unknown, field: string): number | null {
		const reading = readConfidence(raw);
		if (reading.ok) return reading.value;
		if (this.settings.invalidConfidence === 'missing') return null;
		throw new DecisionInputError(field, reading.problem);
	}

	private repeatedFailure(given: unknown): boolean {
		if (given === undefined || given === null || given === '') return false;
		const history = typeof given === 'string' ? jsonArray(given) : given;
		if (!Array.isArray(history)) {
			throw new DecisionInputError('History', `must be an array of turns like [{"text": "…", "confidence": 0.4}] (got ${typeof history === 'string' ? 'text' : typeof history})`);
		}
		if (history.length < this.failureTurns) return false;
		for (let index = history.length - this.failureTurns; index < history.length; index++) {
			const turn: unknown = history[index];
			let raw: unknown = turn;
			if (turn !== null && typeof turn === 'object') {
				if (Array.isArray(turn)) throw new DecisionInputError(`History[${index}]`, 'must be a turn like {"text": "…", "confidence": 0.4}, not an array');
				raw = (turn as { confidence?: unknown }).confidence;
			} else if (typeof turn === 'boolean') {
				throw new DecisionInputError(`History[${index}]`, 'must be a turn like {"text": "…", "confidence": 0.4}');
			}
			const confidence = this.confidence(raw, `History[${index}].confidence`);
			if (confidence === null || confidence >= this.threshold) return false;
		}
		return true;
	}

	decide(input: DecisionInput): HandoverDecision {
		const text = messageText(input.text);
		const confidence = this.confidence(input.confidence, 'Confidence');
		const analysis = this.matcher.analyse(text);
		const { settings, found } = this;
		found.length = 0;
		if (settings.lowConfidence !== false && confidence !== null && confidence < this.threshold) {
			found.push(this.lowConfidenceReasons.get(confidence));
		}
		if (settings.userRequest !== false && analysis.request !== null) {
			found.push(this.requestReasons.get(analysis.request));
		}
		if (settings.repeatedFailure && this.repeatedFailure(input.history)) {
			found.push(this.repeatedFailureReason);
		}
		if (settings.frustration) {
			const signal = analysis.frustration !== null ? `"${analysis.frustration}"` : frustrationSignal(text);
			if (signal !== null) found.push(`User is frustrated: ${signal}`);
		}
		let afterHours = false;
		if (this.openingHours !== null) {
			const time = readTime(input.time, this.settings.now ?? Date.now);
			if (time === undefined) {
				const got = typeof input.time === 'string' ? `"${input.time}"` : typeof input.time;
				throw new DecisionInputError('Message Time', `must be a date like 2026-05-04T09:30:00Z or a timestamp (got ${got})`);
			}
			afterHours = !this.openingHours.isOpen(time);
		}
		const reasons = found.slice();
		const asking = settings.userRequest !== false;
		const offerPhrase = reasons.length === 0 && asking ? analysis.offer : null;
		return new PlainDecision(
			reasons.length > 0,
			reasons.length === 0 ? null : reasons.length === 1 ? reasons[0] : reasons.join('; '),
			reasons,
			confidence,
			asking ? analysis.request : null,
			reasons.length > 0 ? 'explicit' : offerPhrase !== null ? 'ambiguous' : 'none',
			offerPhrase,
			asking && analysis.identityQuestion,
			analysis.language,
			afterHours,
		);
	}
}
