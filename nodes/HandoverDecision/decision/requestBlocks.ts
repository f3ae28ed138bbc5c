/**
 * What stops a frame the evaluator found from counting: a negation before it or just after it, a longer phrase
 * covering it, a request taken back, cancelled by its clause, deferred, reported, quoted, a customer's in a described
 * case or not sought (FrameEvaluator).
 */
import { botAskedToTransferUser } from './botHandovers';
import { askedByCustomerInCase } from './customerCases';
import { contactAskedOfSomeoneClose } from './closeErrands';
import { cancelIsTopic, conjoinedAfterCancel, freshStartAfterCancel, goesOnCancelled, laterQuestion, wishWithParticiple } from './clauseChecks';
import { tripGoesOn } from './plannedTrips';
import { futureCondition } from './futureConditions';
import type { Grammar } from './grammar';
import { WIDE_NEGATION as wide_negation } from './hitKinds';
import type { WordMarks } from './marks';
import { personObligedInAlternative } from './obligedPersons';
import { requestOfSomeoneClose } from './othersRequests';
import { othersTalkedTo } from './othersTalkedTo';
import { askedBeforeByOther } from './othersPastAsks';
import { passedOnSetAside } from './passedOnAsks';
import { meetingInPast } from './pastMeetings';
import { reportedInPast } from './pastReports';
import { toldInPerfect } from './perfectReports';
import { personOfProduct } from './productPersons';
import type { PromiseReader } from './promises';
import { quotedRequest } from './quotes';
import { reportedAfterThat } from './reports';
import type { Hits } from './scratch';
import { COMMA_BOUNDARY as comma_boundary, SENTENCE_BOUNDARY as sentence_boundary, type Tokens, UNKNOWN as unknown } from './text';
import { someoneNotSought } from './unsoughtSomeones';
// Read once: an imported const compiles to a property read at every use.
const COMMA_BOUNDARY = comma_boundary, SENTENCE_BOUNDARY = sentence_boundary, UNKNOWN = unknown, WIDE_NEGATION = wide_negation;

/** How many words may stand between a negation and the request it cancels ("don't [really] need [to talk to] an agent"). */
export const NEGATION_REACH = 5;
/** "an agent [is] not necessary". */
const NEGATION_AFTER_REACH = 2;

export class RequestBlocks {
	constructor(
		private readonly tokens: Tokens,
		private readonly hits: Hits,
		private readonly marks: WordMarks,
		private readonly grammar: Grammar,
		private readonly promises: PromiseReader,
	) {}

	/** Whether hit `cue` reaches forward to the word at `start`: same sentence, close enough, nothing in between ending it. */
	private reaches(cue: number, start: number, reach: number): boolean {
		const { start: hitStart, end: hitEnd } = this.hits;
		if (cue < 0 || hitStart[cue] >= start || start - hitEnd[cue] > reach) return false;
		const wide = this.hits.kind[cue] === WIDE_NEGATION;
		const breaks = this.marks.breaks;
		const ids = this.tokens.id;
		for (let k = hitEnd[cue]; k < start; k++) {
			const id = ids[k];
			if (id === SENTENCE_BOUNDARY) return false;
			// a wide negation crosses a comma only standing alone before it: "no thanks, | I don't need an agent", not
			// "nej tak til nyhedsbrevet, | ring mig op" (what it declines follows it)
			if (id === COMMA_BOUNDARY && (!wide || k > hitEnd[cue])) return false;
			if (this.marks.anyBreaks && breaks[k] === 1) return false;
		}
		return true;
	}

	/** A refusal must come before the bot word it refuses, not contain it ("je n'ai pas" is no refusal of an "ai"). */
	refuses(cue: number, start: number, reach: number): boolean {
		return cue >= 0 && this.hits.end[cue] <= start && this.reaches(cue, start, reach);
	}

	/** "an agent [is] not necessary". */
	private negatedAfter(end: number): boolean {
		if (!this.marks.anyNegatedAfter) return false;
		const ids = this.tokens.id;
		for (let k = end; k < this.tokens.count && k <= end + NEGATION_AFTER_REACH; k++) {
			if (ids[k] < UNKNOWN) return false; // a boundary
			if (this.marks.negatedFromAfter[k] === 1) return true;
		}
		return false;
	}

	/**
	 * With `topic` (where a talk request's target ends, else the request's own end: "anipigie | kuhusu …"), a cancel after
	 * a topic word there and by `until` does not block it; with
	 * `verb` (the request starts with its verb), nor does one before an "and" just before it; with `errand`, nor the want of someone close (contactRequests.ts).
	 */
	blocked(start: number, end: number, cue: number, topic = end, until = this.tokens.count, verb = false, errand = false): boolean {
		const { cancelled, clause, anyCancelled } = this.marks;
		const ids = this.tokens.id;
		// the cheap checks first: on negation-heavy text most candidates stop at the negation
		return (
			this.reaches(cue, start, NEGATION_REACH) ||
			this.negatedAfter(end) ||
			this.marks.coveredIn(start, end) ||
			this.marks.takenBack(start) ||
			(anyCancelled && !errand &&
				(cancelled[clause[start]] === 1 || cancelled[clause[end - 1]] === 1 || goesOnCancelled(ids, this.marks, this.grammar, start)) &&
				!(topic >= 0 && cancelIsTopic(ids, this.marks, this.grammar, start, end, topic, until)) &&
				!wishWithParticiple(ids, this.marks, this.grammar, clause[start]) &&
				!botAskedToTransferUser(ids, this.tokens.count, this.marks, this.grammar, start, end) &&
				!(verb && (conjoinedAfterCancel(ids, this.marks, this.grammar, start) || freshStartAfterCancel(this.tokens, this.marks, this.grammar, start)))) ||
			// a cancel in the clause before, so no topic of this one: "besok saya ke kantor, | ngobrol sama manajernya"
			(anyCancelled && !errand && tripGoesOn(this.tokens, this.marks, this.grammar, start)) ||
			laterQuestion(this.tokens, this.marks, this.grammar, start) ||
			futureCondition(ids, this.marks, this.grammar, start) ||
			this.promises.stated(start) || reportedAfterThat(this.tokens, this.marks, this.grammar, start) || reportedInPast(this.tokens, this.marks, this.grammar, start, end) || toldInPerfect(ids, this.tokens.count, this.marks, this.grammar, start, end) ||
			meetingInPast(this.tokens, this.marks, this.grammar, start, end) || requestOfSomeoneClose(this.tokens, this.marks, this.grammar, start) ||
			askedBeforeByOther(this.tokens, this.marks, this.grammar, start, end) || passedOnSetAside(this.tokens, this.marks, this.grammar, start, end) ||
			contactAskedOfSomeoneClose(this.tokens, this.marks, this.grammar, start, end) ||
			askedByCustomerInCase(this.tokens, this.marks, this.grammar, start, end) ||
			quotedRequest(this.tokens, this.marks, this.grammar, start, end) || personOfProduct(this.tokens, this.marks, this.grammar, start, end) ||
			someoneNotSought(this.tokens, this.marks, this.grammar, start, end) || personObligedInAlternative(this.tokens, this.marks, this.grammar, start, end) ||
			othersTalkedTo(this.tokens, this.marks, this.grammar, start, end)
		);
	}
}
