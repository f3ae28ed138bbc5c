/**
 * What a message's hits say about its words, marked in one pass over the hits before the frames are read (see
 * frames.ts): each word's clause, the target phrase that starts at it, and whether an exclusion covers it, it breaks
 * a negation's reach, it negates what comes before, or it urges. Reused from message to message, like the hits.
 */
import {
	BREAKER as breaker, CANCEL as cancel, DEPARTMENT as department, DISOWN as disown, EXCLUSION as exclusion, FRUSTRATION as frustration,
	IDENTITY as identity, NEGATION_AFTER as negation_after, PERSON as person, REQUEST as request, TAKE_BACK as take_back, TALK as talk, URGE as urge,
	WANT as want, ASKS_TALK as asks_talk, ASKS_WANT as asks_want,
} from './hitKinds';
import type { Grammar } from './grammar';
import type { WordSet } from './wordSets';
import type { Hits } from './scratch';
import { grown } from './scratch';
import { COMMA_BOUNDARY as comma_boundary, SENTENCE_BOUNDARY as sentence_boundary, type Tokens } from './text';
import { opensLaterSentence } from './interjections';
import { endsItsClause, runOnTakeBackFrom } from './runOnTakeBacks';
import { correctionFrom } from './corrections';
import { markIdentityAlternatives } from './identityAlternatives';
import { machineDoesWork } from './workDoers';
import { QuotePairs } from './quotes';
import { markReplyQuestions } from './replyQuestions';
import { markFeatureQuestions, markModeQuestions } from './featureQuestions';
import { ListPresence } from './presence';
import { calledRelation, personsOwner } from './relationObjects';
import { tradeWantedToCome } from './visitRequests';
import { visitWished } from './wishedVisits';
import { cancelOpensUrger, urgerBeforeMore } from './urgers';
import { dayOfCallback, timeThatSuits } from './callbackDays';
import { talkArranged } from './arrangedTalks';
// Read once: an imported const compiles to a property read at every use, in loops run per word and per hit.
const BREAKER = breaker, CANCEL = cancel, DEPARTMENT = department, DISOWN = disown, EXCLUSION = exclusion, FRUSTRATION = frustration, IDENTITY = identity, NEGATION_AFTER = negation_after, PERSON = person;
const REQUEST = request, TAKE_BACK = take_back, URGE = urge, TALK = talk, WANT = want, ASKS_TALK = asks_talk, ASKS_WANT = asks_want, COMMA_BOUNDARY = comma_boundary, SENTENCE_BOUNDARY = sentence_boundary;
/** How many words may open a take-back's clause before it: "oh wait | never mind", "men jeg | fandt ud af det". */
const TAKE_BACK_OPENING = 2;

/**
 * Sets array[from..to) to `value`. A loop, not TypedArray.prototype.fill: a message has a few words, and the call
 * into the builtin cost more than the loop (about 4% of evaluating a message's frames, with one fill per kind of mark).
 */
function fillRange(array: Uint8Array | Int32Array, value: number, from: number, to: number) {
	for (let k = from; k < to; k++) array[k] = value;
}

/** Whether a hit of this kind after a take-back in its clause asks again (or gives a frustration as the reason): "never mind the bot get me an agent". */
function goesOnRequesting(kind: number): boolean {
	return kind === REQUEST || kind === WANT || kind === TALK || kind === PERSON || kind === DEPARTMENT || kind === FRUSTRATION;
}

export class WordMarks {
	/** The quote pairs of the message's text, read when a request needs them (quotes.ts). */
	readonly quotes = new QuotePairs();
	/** Which word lists the message has a word of (presence.ts). */
	readonly lists = new ListPresence();
	/** By word: the number of its clause (text between commas or sentence ends); a boundary opens its clause. */
	clause = new Int32Array(64);
	/** By clause: the boundary that opens it (-1 for the first), and after the last clause the word count. */
	clauseStart = new Int32Array(66);
	/** How many clauses the message has. */
	clauseCount = 0;
	/**
	 * By word: the end of the longest person or department phrase starting there, or 0. Kept all 0 between messages:
	 * `clearTargets` clears the few words `mark` set, so a long message is not cleared word by word.
	 */
	targetEnd = new Int32Array(64);
	targetKind = new Int8Array(64);
	/** The words targetEnd is set for. */
	private targets = new Int32Array(16);
	private targetCount = 0;
	/** By clause: whether a cancel or identity frame is in it (`anyCancelled`: in any clause). */
	cancelled = new Uint8Array(64);
	anyCancelled = false;
	/** By cancelled clause: where its first cancel starts (-1 with an identity question) and its last ends; -1 and 0 in a clause with none. */
	cancelFrom = new Int32Array(64);
	cancelTo = new Int32Array(64);
	/** These five by word, each cleared only when a message first uses it (then its `any…` is true). */
	covered = new Uint8Array(64);
	breaks = new Uint8Array(64);
	negatedFromAfter = new Uint8Array(64);
	/** Where a frustration phrase starts: "human? no, this is useless" takes nothing back. */
	frustrated = new Uint8Array(64);
	/** By word: ASKS_TALK or ASKS_WANT where a talk or want verb starts there, else 0 (cleared like `covered`; `anyAsks`). */
	asks = new Uint8Array(64);
	anyAsks = false;
	/** By word: the languages of the urger starting there, or 0. */
	urged = new Int32Array(64);
	anyCovered = false;
	anyBreaks = false;
	anyNegatedAfter = false;
	anyFrustrated = false;
	anyUrged = false;
	/** Where the first and the last disown hit start (see quotes.ts), when `anyDisowned`. */
	firstDisown = 0;
	lastDisown = 0;
	anyDisowned = false;
	/**
	 * Where the last take-back that ends its clause near its start begins (or, opening a later sentence, goes on with no
	 * request or frustration after it in its clause), or else where a correction after every request begins (see
	 * corrections.ts), or -1: requests in clauses before it are taken back.
	 */
	takenBackFrom = -1;
	/** Where a take-back run on after a request in its clause begins, or -1: requests before it there are taken back (see runOnTakeBacks.ts). */
	runOnTakenBackFrom = -1;
	/** The first clause the run-on take-back takes back: its own, or after a "but" opening its clause the one before. */
	runOnTakenBackClause = 0;
	/** Whether the message has a team word (teamTargets.ts): -1 until a talk verb first asks, then 0 or 1. */
	teamWords = -1;
	/** Whether the message asks if it talks to a bot or a person. */
	identityQuestion = false;
	/** The languages the message's words are read in (its own and English; all when it cannot be told), for the word lists. */
	langs = -1;

	/** Marks the words of the message in `tokens` from its hits (ordered by start); `entryLangs` as in frames.ts. */
	mark(tokens: Tokens, hits: Hits, entryLangs: Int32Array, grammar: Grammar, surname: (k: number) => boolean) {
		const { id: ids, count } = tokens;
		const { contrasts, fillers } = grammar;
		this.prepare(ids, count, grammar);
		this.quotes.forget();
		const { clause, targetEnd, targetKind, cancelled, cancelFrom, covered, breaks, negatedFromAfter, frustrated, urged, asks } = this;
		const { start: hitStart, end: hitEnd, kind: kinds } = hits;
		let anyCovered = false;
		let anyBreaks = false;
		let anyNegatedAfter = false;
		let anyFrustrated = false;
		let anyUrged = false;
		let anyCancelled = false;
		let anyDisowned = false;
		let takenBackFrom = -1;
		let takeBackEnd = 0;
		/** A take-back near its clause's start that the clause goes on past, until a request or a frustration follows it there. */
		let runOnFrom = -1;
		let runOnEnd = 0;
		let anyAsks = false;
		let identityQuestion = false;
		/**
		 * Where the fixed request phrases and the urgers so far end: an exclusion inside a request is named by it on purpose
		 * ("speak to the letting agent"), a cancel inside an urger is a word of it ("ligue-me o quanto antes" is no "quanto custa").
		 */
		let requestTo = 0;
		let urgeTo = 0;
		/** Where the last person word so far ends: a relation of the user's after it owns that person ("a cuidadora | da minha mãe"). */
		let personTo = -1;
		for (let h = 0; h < hits.count; h++) {
			const kind = kinds[h];
			const start = hitStart[h];
			if (runOnFrom >= 0 && start >= runOnEnd && clause[start] === clause[runOnFrom] && goesOnRequesting(kind)) runOnFrom = -1;
			if (kind === REQUEST) requestTo = Math.max(requestTo, hitEnd[h]);
			else if (kind === URGE) urgeTo = Math.max(urgeTo, hitEnd[h]);
			else if (kind === PERSON) personTo = hitEnd[h];
			if (kind === EXCLUSION) {
				if (hitEnd[h] <= requestTo || tradeWantedToCome(ids, count, this, grammar, hitEnd[h])) continue;
				if (!anyCovered) fillRange(covered, 0, 0, count);
				anyCovered = true;
				fillRange(covered, 1, start, hitEnd[h]);
			} else if (kind === BREAKER) {
				if (!anyBreaks) fillRange(breaks, 0, 0, count);
				anyBreaks = true;
				breaks[start] = 1;
			} else if (kind === NEGATION_AFTER) {
				if (!anyNegatedAfter) fillRange(negatedFromAfter, 0, 0, count);
				anyNegatedAfter = true;
				negatedFromAfter[start] = 1;
			} else if (kind === FRUSTRATION) {
				if (!anyFrustrated) fillRange(frustrated, 0, 0, count);
				anyFrustrated = true;
				frustrated[start] = 1;
			} else if (kind === CANCEL) {
				// a one-word cancel that is a surname cancels nothing: "Bi. Halima Said … anipigie"
				if (hitEnd[h] <= urgeTo || cancelOpensUrger(hits, h) || (hitEnd[h] - start === 1 && surname(start)) || calledRelation(ids, grammar, this.langs, start, hitEnd[h]) || personsOwner(ids, grammar, this.langs, start, personTo) || dayOfCallback(ids, hits, h, this, grammar) || talkArranged(ids, hits, h, this, grammar) || visitWished(ids, hits, h, this, grammar)) continue;
				this.markCancel(start, hitEnd[h]);
				anyCancelled = true;
			} else if (kind === URGE) {
				if (urgerBeforeMore(ids, count, hits, h, grammar, this.langs)) continue;
				if (!anyUrged) fillRange(urged, 0, 0, count);
				anyUrged = true;
				urged[start] |= entryLangs[hits.entry[h]];
			} else if (kind === IDENTITY) {
				// a unit right after a number opens no identity question: "jaraknya 2 km manusia biasa bisa jalan" (kilometres, not 'kamu')
				if (start > 0 && tokens.startsWithDigit(start - 1) && grammar.measureUnits.hasIn(ids[start], this.langs)) continue;
				cancelFrom[clause[start]] = -1;
				cancelled[clause[start]] = 1;
				anyCancelled = true;
				// a machine doing a piece of work named before it asks who does that work: "o lembrete é escrito por alguém ou é automático?"
				if (!machineDoesWork(ids, this, grammar, start, hitEnd[h])) identityQuestion = true;
			} else if (kind === DISOWN) {
				if (!anyDisowned) this.firstDisown = start;
				this.lastDisown = start;
				anyDisowned = true;
			} else if (kind === TAKE_BACK) {
				const end = hitEnd[h];
				if (start - this.clauseStart[clause[start]] - 1 > TAKE_BACK_OPENING || timeThatSuits(ids, start, this, grammar)) continue;
				if (endsItsClause(ids, count, end, grammar, this.langs)) {
					takenBackFrom = start;
					takeBackEnd = end;
				} else if (opensLaterSentence(ids, this.clauseStart, clause[start]) && !fillers.hasIn(ids[end], this.langs)) {
					// "… bus.. | eh gak jadi deh | udh ada di email": opening a later sentence, it ends a run-on's part unless the clause
					// goes on to ask, or its object follows ("never mind | the refund")
					runOnFrom = start;
					runOnEnd = end;
				}
			} else if (kind === WANT || kind === TALK) {
				if (!anyAsks) fillRange(asks, 0, 0, count);
				anyAsks = true;
				asks[start] = kind === WANT ? ASKS_WANT : ASKS_TALK;
			} else if ((kind === PERSON || kind === DEPARTMENT) && hitEnd[h] > targetEnd[start]) {
				if (targetEnd[start] === 0) this.addTarget(start);
				targetEnd[start] = hitEnd[h];
				targetKind[start] = kind;
			}
		}
		this.anyCovered = anyCovered;
		this.anyBreaks = anyBreaks;
		this.anyNegatedAfter = anyNegatedAfter;
		this.anyFrustrated = anyFrustrated;
		this.anyUrged = anyUrged;
		this.anyCancelled = anyCancelled;
		this.anyDisowned = anyDisowned;
		this.anyAsks = anyAsks;
		if (markIdentityAlternatives(ids, count, hits, this, grammar)) this.anyCancelled = identityQuestion = true;
		if (markReplyQuestions(tokens, hits, this, grammar)) this.anyCancelled = identityQuestion = true;
		if (markFeatureQuestions(ids, count, hits, this, grammar)) this.anyCancelled = true;
		if (markModeQuestions(tokens, hits, this, grammar)) this.anyCancelled = true;
		if (runOnFrom > takenBackFrom) {
			takenBackFrom = runOnFrom;
			takeBackEnd = runOnEnd;
		}
		this.takenBackFrom = takenBackFrom >= 0 && this.goesOnAsking(ids, count, takeBackEnd, contrasts) ? -1 : takenBackFrom;
		if (this.takenBackFrom < 0) this.takenBackFrom = correctionFrom(tokens, hits, this, grammar);
		this.identityQuestion = identityQuestion;
		this.runOnTakenBackFrom = runOnTakeBackFrom(ids, count, hits, this, grammar);
		this.teamWords = -1;
	}

	/** Marks the clause of words start…end-1 as holding a cancel frame there. */
	markCancel(start: number, end: number) {
		const { clause, cancelled, cancelFrom, cancelTo } = this;
		const c = clause[start];
		if (cancelled[c] === 0 || start < cancelFrom[c]) cancelFrom[c] = start;
		if (cancelled[c] === 0 || end > cancelTo[c]) cancelTo[c] = end;
		cancelled[c] = 1;
	}

	/** Whether an exclusion or a longer phrase of another kind covers a word of start…end. */
	coveredIn(start: number, end: number): boolean {
		if (this.anyCovered) for (let k = start; k < end; k++) if (this.covered[k] === 1) return true;
		return false;
	}

	/** Whether a take-back later in the message takes back the request at word `start`. */
	takenBack(start: number): boolean {
		const { takenBackFrom, runOnTakenBackFrom } = this;
		return (
			(takenBackFrom >= 0 && this.clause[start] < this.clause[takenBackFrom]) ||
			(start < runOnTakenBackFrom && this.clause[start] >= this.runOnTakenBackClause)
		);
	}

	/**
	 * Whether the sentence goes on from word `from` (the end of a take-back or decline) with a "but" and then a want or
	 * talk verb: "found it, | but I still need help with …". Then the user goes on asking and nothing is taken back.
	 */
	goesOnAsking(ids: Int32Array, count: number, from: number, contrasts: WordSet): boolean {
		if (!this.anyAsks) return false;
		let contrast = false;
		for (let k = from; k < count && ids[k] !== SENTENCE_BOUNDARY; k++) {
			if (contrast && this.asks[k] !== 0) return true;
			if (contrasts.hasIn(ids[k], this.langs)) contrast = true;
		}
		return false;
	}

	/** Whether a person phrase starts before word k. */
	personBefore(k: number): boolean {
		for (let t = 0; t < this.targetCount; t++) if (this.targets[t] < k && this.targetKind[this.targets[t]] === PERSON) return true;
		return false;
	}

	/** Clears the targets of the message just read. */
	clearTargets() {
		const { targets, targetEnd, targetKind } = this;
		for (let k = 0; k < this.targetCount; k++) targetEnd[targets[k]] = targetKind[targets[k]] = 0;
		this.targetCount = 0;
	}

	private addTarget(word: number) {
		if (this.targetCount === this.targets.length) this.targets = grown(this.targets, this.targetCount + 1);
		this.targets[this.targetCount++] = word;
	}

	/** Sizes the marks for a message of `count` words, reads which word lists it has a word of, numbers its clauses and clears their cancels. */
	private prepare(ids: Int32Array, count: number, grammar: Grammar) {
		if (this.clause.length < count) {
			this.clause = grown(this.clause, count);
			this.clauseStart = grown(this.clauseStart, count + 2);
			this.targetEnd = grown(this.targetEnd, count);
			this.targetKind = grown(this.targetKind, count);
			this.cancelled = grown(this.cancelled, count + 1);
			this.cancelFrom = grown(this.cancelFrom, count + 1);
			this.cancelTo = grown(this.cancelTo, count + 1);
			this.covered = grown(this.covered, count);
			this.breaks = grown(this.breaks, count);
			this.negatedFromAfter = grown(this.negatedFromAfter, count);
			this.frustrated = grown(this.frustrated, count);
			this.urged = grown(this.urged, count);
			this.asks = grown(this.asks, count);
		}
		this.lists.reset(ids, count, grammar.listLayout);
		let index = 0;
		const { clause, clauseStart, cancelled, cancelFrom, cancelTo } = this;
		clauseStart[0] = -1;
		for (let k = 0; k < count; k++) {
			const id = ids[k];
			if (id === SENTENCE_BOUNDARY || id === COMMA_BOUNDARY) clauseStart[++index] = k;
			clause[k] = index;
		}
		clauseStart[index + 1] = count;
		this.clauseCount = index + 1;
		// cancelFrom and cancelTo too: a check that reads them for a clause with no cancel must not see an earlier message's
		for (let k = 0; k <= index; k++) {
			cancelled[k] = 0;
			cancelFrom[k] = -1;
			cancelTo[k] = 0;
		}
	}
}
