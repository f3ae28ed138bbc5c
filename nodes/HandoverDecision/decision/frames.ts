/**
 * The grammar that turns phrase hits into a decision. A clause (text between commas or sentence ends) asks for a
 * person when it holds a request frame:
 * - a talk verb and a target: "put me through to | sales", "speak with | your manager", "a word with | Maria";
 * - a want verb and a target: "I need | a real person", "quiero | un agente";
 * - a reach verb and a person: "get in touch with | a person" (with a department, ambiguous unless urged: "please contact | support");
 * - a target the clause ends by talking to: "is there anybody | I could talk to";
 * - one of the pack's fixed requests ("get me a human") or a refusal of the bot ("I don't like talking to machines").
 * - a target urged on: "customer service please", "Kundenservice bitte", "help desk for me".
 * A department alone ("customer service?") is ambiguous. A cancel frame (a question about a feature, building a bot) or an identity question
 * ("are you a real person?") in the clause cancels both, unless the cancel is the topic of a talk request ("talk to someone | about | the opening hours"); a negation as before.
 */
import { APOSTROPHE, KIND } from './characters';
import { appositiveAfterReport, declined, describesSelf, oneAfter, oneBeforeRelative, subjectOfExclusion } from './clauseChecks';
import { askedWithoutVerb } from './askedPersons';
import { askedHowToContactTeam } from './contactQuestions';
import { appositiveInSlot } from './appositives';
import { headOfCancelledRelative } from './relativeHeads';
import { errandForSomeoneClose } from './contactRequests';
import { askedPresentOnDay, negatedExistential } from './presentPersons';
import { NameReader } from './names';
import { machineOtherWayOfWork } from './productPersons';
import { NEGATION_REACH, RequestBlocks } from './requestBlocks';
import { PromiseReader } from './promises';
import { participleAfterAuxiliary } from './perfectReports';
import { personNotAskedFor } from './referents';
import { personCounted } from './countedPersons';
import { messageRequest } from './messageRequests';
import { answerAskedAbout } from './answerHabits';
import { personInSlot } from './roleTargets';
import { personHeldOnPhone, phonedPerson } from './phoneHolds';
import { callbackWishedAfter } from './wishedCallers';
import { roleAfterPlaceInWantSlot } from './wantedRoles';
import { urgedTeamInSlot } from './teamTargets';
import { shoutedCall } from './shoutedCalls';
import { urgedAfter, urgedBefore } from './urgers';
import { detailAfter, targetBefore } from './wordChecks';
import type { Grammar } from './grammar';
import type { WordSet } from './wordSets';
import type { WordMarks } from './marks';
import { ownTeam } from './ownTeams';
import { judgedTeam } from './judgedTeams';
import type { Hits } from './scratch';
import {
	REQUEST as request, NEGATION as negation, WIDE_NEGATION as wide_negation, BOT as bot, ANTI_BOT as anti_bot, FRUSTRATION as frustration,
	TALK as talk, REACH as reach, PERSON as person, DEPARTMENT as department, WANT as want,
} from './hitKinds';
import { type Tokens, UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use, in loops run per word and per hit.
const UNKNOWN = unknown, REQUEST = request, NEGATION = negation, WIDE_NEGATION = wide_negation, BOT = bot;
const ANTI_BOT = anti_bot, FRUSTRATION = frustration, TALK = talk, REACH = reach, PERSON = person, DEPARTMENT = department, WANT = want;

/** Refusals of the bot reach less far: "no [more] bot", but not "no idea whether you are a bot". */
const ANTI_BOT_REACH = 3;
/** Filler words between a verb and its target: "talk to [one of your] staff". */
const FILLER_REACH = 4;
export interface Span {
	start: number;
	end: number;
	langs: number;
}

export interface Found {
	request: Span | null;
	offer: Span | null;
	frustration: Span | null;
	identityQuestion: boolean;
}

const span = (start: number, end: number, langs: number): Span => ({ start, end, langs });
const longer = (start: number, end: number, best: Span | null): boolean => best === null || end - start > best.end - best.start;

/**
 * Turns the raw hits of a message into at most one request, one offer and one frustration phrase. One belongs to
 * each matcher and reads its tokens and hits; its fields hold the message being evaluated.
 */
export class FrameEvaluator {
	private ids: Int32Array;
	private count = 0;
	private readonly fillers: WordSet;
	private readonly topics: WordSet;
	private readonly names: NameReader;
	private readonly promises: PromiseReader;
	private readonly blocks: RequestBlocks;

	constructor(
		private readonly tokens: Tokens,
		private readonly hits: Hits,
		private readonly marks: WordMarks,
		private readonly grammar: Grammar,
		/** By entry of the grammar's trie: the languages of its phrase. */
		private readonly entryLangs: Int32Array,
	) {
		this.ids = tokens.id;
		this.fillers = grammar.fillers;
		this.topics = grammar.topics;
		this.names = new NameReader(tokens, grammar.fillers, grammar.wordLangs);
		this.promises = new PromiseReader(tokens, marks, grammar, this.names);
		this.blocks = new RequestBlocks(tokens, hits, marks, grammar, this.promises);
	}

	/** Whether word k is a surname, not the cancel it spells (see NameReader.isSurname). */
	private readonly surname = (k: number): boolean => this.names.isSurname(k);

	/** Hits come ordered by start; `langs`: see WordMarks.langs. */
	evaluate(langs: number): Found {
		this.promises.reset(); // and the names
		this.marks.langs = langs;
		const ids = (this.ids = this.tokens.id);
		const count = (this.count = this.tokens.count);
		const { hits, marks } = this;
		marks.mark(this.tokens, hits, this.entryLangs, this.grammar, this.surname);
		const { clause, targetEnd, targetKind, cancelled, urged, anyUrged } = marks;
		const { start: hitStart, end: hitEnd, kind: kinds } = hits;
		/** The pack's fixed phrases and the user's own win over frames, so matchedPhrase stays what the user wrote. */
		let fixed: Span | null = null;
		let request: Span | null = null;
		/** A refusal of the bot counts only when nothing else asks: "I don't need the bot, get me an agent" → "agent". */
		let refusal: Span | null = null;
		let offer: Span | null = null;
		let frustration = -1;
		let negation = -1, antiBot = -1;
		/** "saya orang beneran, bukan bot": a user who says they are a person refuses no bot. */
		let describedSelf = false;
		for (let h = 0; h < hits.count; h++) {
			const kind = kinds[h];
			const start = hitStart[h];
			const end = hitEnd[h];
			if (kind === NEGATION || kind === WIDE_NEGATION) negation = h;
			else if (kind === ANTI_BOT) antiBot = h;
			else if (kind === FRUSTRATION) {
				if (frustration < 0 && !marks.coveredIn(start, end)) frustration = h;
			} else if (kind === REQUEST) {
				if ((fixed !== null && !longer(start, end, fixed)) || this.blocks.blocked(start, end, negation, targetEnd[start] > 0 ? -1 : end) || declined(this.tokens, marks, this.grammar, start, end) || subjectOfExclusion(ids, count, marks, start, end) || appositiveAfterReport(ids, count, marks, this.grammar, start) || headOfCancelledRelative(ids, count, marks, this.grammar, end) || personNotAskedFor(this.tokens, marks, this.grammar, start, end, negation < 0 ? -1 : hitStart[negation])) continue;
				// only a fixed request that opens with a person describes the user ("saya | orang beneran"), not one with a verb ("saya | minta ditelepon")
				if (targetEnd[start] > 0 && describesSelf(ids, marks, this.grammar, start)) {
					describedSelf = true;
					continue;
				}
				if (longer(start, end, fixed)) fixed = span(start, end, this.langsOf(h));
			} else if (fixed !== null) {
				// the pack's phrase is the request now: no frame, offer or refusal after it can change what is returned
				continue;
			} else if (kind === WANT) {
				const target = this.targetAfter(end);
				let to = target >= 0 ? targetEnd[target] : oneAfter(this.tokens, marks, this.grammar, start, end);
				if (to < 0) to = Math.max(oneBeforeRelative(ids, count, this.grammar, marks.langs, end), personHeldOnPhone(this.tokens, marks, this.grammar, this.names, start, end), callbackWishedAfter(ids, count, marks, this.grammar, end), roleAfterPlaceInWantSlot(this.tokens, marks, this.grammar, end));
				// with a request found, only a longer one counts (an offer no longer does)
				if (to < 0 || (request !== null && !longer(start, to, request))) continue;
				if (target >= 0 && detailAfter(this.tokens, this.grammar.details, to, targetKind[target] === PERSON)) {
					// "I need the customer service | phone number": a contact detail asked for, as "how do I contact support?"
					if (!this.blocks.blocked(start, to, negation)) offer ??= span(start, to, this.langsOf(h));
					continue;
				}
				if (!this.blocks.blocked(start, to, negation, to, count, true) && longer(start, to, request) && !declined(this.tokens, marks, this.grammar, start, to)) request = span(start, to, this.langsOf(h));
			} else if (kind === TALK || kind === REACH) {
				const target = this.targetAfter(end);
				const relative = kind === TALK && target < 0 ? oneBeforeRelative(ids, count, this.grammar, marks.langs, end) : -1;
				let to = -1;
				let explicit = false;
				if (target >= 0) {
					to = targetEnd[target];
					if (request !== null && !longer(start, to, request)) continue;
					explicit = (kind === TALK || targetKind[target] === PERSON || (anyUrged && urgedBefore(ids, urged, this.grammar.reports, start, this.langsOf(h)))) && !askedHowToContactTeam(this.tokens, marks, this.grammar, start, end, to);
				} else if ((to = kind === TALK ? Math.max(personInSlot(this.tokens, this.grammar, this.names, marks, start, end), appositiveInSlot(this.tokens, marks, this.grammar, this.names, end)) : urgedTeamInSlot(this.tokens, this.grammar, marks, start, end, this.langsOf(h))) >= 0) {
					explicit = true;
				} else if (relative >= 0) {
					to = relative;
					explicit = true;
				} else {
					if (kind === TALK && participleAfterAuxiliary(ids, marks, this.grammar, start)) continue;
					const before = targetBefore(this.tokens, start, end, targetEnd, this.topics, this.grammar.notAlone, kind === TALK ? this.names : null, this.grammar.callbacks, marks, this.grammar);
					// where the person found before the verb ends: its target phrase, or its one word
					const beforeEnd = before >= 0 && targetEnd[before] > 0 ? targetEnd[before] : before + 1;
					if (before >= 0 && (request === null || longer(before, end, request)) && !this.blocks.blocked(before, end, negation, kind === TALK && targetEnd[before] > 0 ? targetEnd[before] : -1, start) && !answerAskedAbout(this.tokens, marks, this.grammar, before, beforeEnd) && !personCounted(this.tokens, marks, this.grammar, before, beforeEnd)) {
						if (kind === TALK || targetKind[before] === PERSON) {
							// "Kann ich mit jemandem sprechen? ach nee, …": taken back like a verb before its target
							if (longer(before, end, request) && !declined(this.tokens, marks, this.grammar, before, end)) request = span(before, end, this.langsOf(h));
						} else offer ??= span(before, end, this.langsOf(h));
					}
					continue;
				}
				if ((request !== null && !longer(start, to, request)) || this.blocks.blocked(start, to, negation, kind === TALK ? to : -1, count, true)) continue;
				// "is there anyone from support who ever replies?", "ada petugas hari Sabtu?": the person is asked about
				if (kind === REACH && target >= 0 && targetKind[target] === PERSON && this.grammar.existentials.hasIn(ids[start], marks.langs) && (answerAskedAbout(this.tokens, marks, this.grammar, target, to, end) || askedPresentOnDay(this.tokens, marks, this.grammar, target, to))) continue;
				if (explicit) {
					if (longer(start, to, request) && !declined(this.tokens, marks, this.grammar, start, to)) request = span(start, to, this.langsOf(h));
				} else offer ??= span(start, to, this.langsOf(h));
			} else if (kind === DEPARTMENT || kind === PERSON) {
				if (request !== null && !longer(start, end, request)) continue;
				// "customer service please", "MITARBEITER. SOFORT."; "it would be great if | an adviser | called me", "this needs | a person", "is it possible to be called by | a person"
				const isAsked = (anyUrged && urgedAfter(ids, count, urged, this.fillers, kind === PERSON ? this.grammar.purposes : null, start, end, this.langsOf(h))) || (askedWithoutVerb(this.tokens, marks, this.grammar, kind, start, end) && !answerAskedAbout(this.tokens, marks, this.grammar, start, end));
				// a person alone is the whole message ("MENSCH", "Medarbejder!"), as "human" is in English, or shouted beside another call ("SUPPORT!!! MENSCH!!! …"); "billing" alone is an offer
				const alone = kind === PERSON && ((start === 0 && end === count) || shoutedCall(this.tokens, marks, start, end));
				const asks = alone && !this.grammar.notAlone.has(ids[end - 1]);
				const errand = isAsked && kind === PERSON && errandForSomeoneClose(this.tokens, marks, this.grammar, start, end);
				if ((!isAsked && !alone && kind === PERSON) || this.blocks.blocked(start, end, isAsked && negation >= 0 && negatedExistential(this.tokens, marks, this.grammar, this.hits.start[negation], start, end) ? -1 : negation, -1, 0, false, errand)) continue;
				if (describesSelf(ids, marks, this.grammar, start)) {
					describedSelf = true;
					continue;
				}
				if (isAsked || asks) {
					if (longer(start, end, request) && !declined(this.tokens, marks, this.grammar, start, end)) request = span(start, end, this.langsOf(h));
				} else offer ??= span(start, end, this.langsOf(h));
			} else if (kind === BOT) {
				// Refusing the bot ("I don't want a bot", "not a robot") is asking for a person, when nothing else does.
				if (request !== null || marks.coveredIn(start, end) || cancelled[clause[start]] === 1 || this.afterElidedSubject(start)) continue;
				const cue =
					this.blocks.refuses(negation, start, NEGATION_REACH) && clause[negation < 0 ? 0 : hitStart[negation]] === clause[start]
						? negation
						: this.blocks.refuses(antiBot, start, ANTI_BOT_REACH)
							? antiBot
							: -1;
				if (cue < 0 || machineOtherWayOfWork(ids, marks, this.grammar, hitStart[cue])) continue;
				refusal ??= span(hitStart[cue], end, this.langsOf(h));
			}
		}
		// "we have our own support team, can your app …", "thanks to your support team", "your customer service is terrible": a team offered to no one
		if (offer !== null && (ownTeam(this.tokens, marks, this.grammar, offer.start, offer.end) || judgedTeam(this.tokens, marks, this.grammar, offer.start, offer.end))) offer = null;
		// read before the targets are cleared, as a message-level request: "get the duty manager at the Leeds store on the line"
		const phoned = fixed === null && request === null ? phonedPerson(this.tokens, marks, this.grammar, this.names, hits) : null;
		marks.clearTargets();
		request = fixed ?? request ?? (describedSelf ? null : refusal);
		if (request === null) {
			const call = phoned ?? messageRequest(this.tokens, marks, this.grammar, this.names, hits);
			if (call !== null) request = span(call.start, call.end, marks.langs);
		}
		return {
			request,
			offer: request === null ? offer : null,
			frustration: frustration < 0 ? null : span(hitStart[frustration], hitEnd[frustration], this.langsOf(frustration)),
			identityQuestion: marks.identityQuestion,
		};
	}

	private langsOf(h: number): number {
		return this.entryLangs[this.hits.entry[h]];
	}

	/** Whether word k follows an elided subject pronoun ("j'ai"): then it is a verb. */
	private afterElidedSubject(k: number): boolean {
		if (k === 0 || !this.grammar.elidedSubjects.hasIn(this.ids[k - 1], this.marks.langs)) return false;
		const before = this.tokens.end[k - 1];
		return this.tokens.start[k] === before + 1 && KIND[this.tokens.text.charCodeAt(before)] === APOSTROPHE;
	}

	/**
	 * The first target after a verb, past at most a few filler words, in the same clause; or -1. A verb's "with" pushed
	 * past a filler is one too ("discuter maintenant | avec un technicien", "tale i dag | med en tekniker"), but not one
	 * right after the verb, where the verb may be a noun: "en chat med support", "un chat avec le support". The day the
	 * person is wanted on may stand between them too, with the word before the day: "ich brauche morgen | einen
	 * Techniker", "ich bräuchte am Dienstag | einen Monteur".
	 */
	private targetAfter(from: number): number {
		const targetEnd = this.marks.targetEnd;
		const langs = this.marks.langs;
		for (let k = from; k < this.count && k <= from + FILLER_REACH; k++) {
			if (targetEnd[k] > 0) return k;
			const id = this.ids[k];
			if (id < UNKNOWN) return -1; // a boundary
			if (this.fillers.has(id) || this.grammar.determiners.hasIn(id, langs) || (k > from && this.grammar.companions.hasIn(id, langs))) continue;
			if (!this.isWantedDay(k, langs)) return -1;
		}
		return -1;
	}

	/** Whether word k is a day or time ahead ("morgen", "Dienstag"), or the word right before one ("am | Dienstag"). */
	private isWantedDay(k: number, langs: number): boolean {
		const aheadDays = this.grammar.aheadDays;
		return aheadDays.hasIn(this.ids[k], langs) || (k + 1 < this.count && aheadDays.hasIn(this.ids[k + 1], langs));
	}
}
