/**
 * A request stated as what someone else will do: "the manager will get back to me once he has checked", "el gerente
 * me devolverá la llamada", "o gerente ficou de me retornar", "Camille doit me rappeler demain", "manajernya nanti
 * hubungi saya". A person, a role or a name opens the clause, then a word of the pack's `promises`: the clause
 * reports a promise, it asks for nothing. The same callback asked for now keeps its request: a question mark ends the
 * sentence ("can the manager get back to me today?"; not past the clause's comma when a report word stands before the
 * subject: "got a text saying an agent will call me, | is that about the install?"), an urger is in the clause
 * ("tolong", "por favor"), a want or talk verb stands before the subject ("please have Priya call me back", "pede pro
 * gerente me retornar"), or the promise word opens the clause ("will Priya call me back"). A request just after a
 * first-person word is the user's own ("the manager will call later but i want to talk to someone now"). Read once per
 * clause, when a request in it is checked.
 */
import { FIRST_PERSON_REACH as first_person_reach, endsWithQuestion, imperativeStart } from './clauseChecks';
import { normalise } from './characters';
import type { Grammar } from './grammar';
import { ASKS_WANT as asks_want, PERSON } from './hitKinds';
import { LANGUAGE_CODES, PACKS } from './packs';
import type { WordMarks } from './marks';
import type { NameReader } from './names';
import { grown } from './scratch';
import { wishedSubject } from './wishes';
import type { Tokens } from './text';
import { SENTENCE_BOUNDARY as sentence_boundary, UNKNOWN as unknown } from './text';
// Read once: an imported const compiles to a property read at every use.
const SENTENCE_BOUNDARY = sentence_boundary;
const UNKNOWN = unknown;
const FIRST_PERSON_REACH = first_person_reach;
const ASKS_WANT = asks_want;
/** How far into its clause the promise word may stand: "ok la asesora del seguro dental | va". */
const PROMISE_OPENING = 8;
const NONE = -1;
/** Letters a past form has besides its ending: "lever|ede", not "rede" or "bede". */
const PAST_STEM = 3;

interface PastForm {
	suffix: string;
	langs: number;
}

const PAST_FORMS: PastForm[] = [];
LANGUAGE_CODES.forEach((code, index) => {
	for (const form of PACKS[code].pastDeedForms ?? []) PAST_FORMS.push({ suffix: normalise(form.replace('*', '')).trim(), langs: 1 << index });
});

export class PromiseReader {
	/** By clause: the message it was read for, and where its promise word stands (or NONE). */
	private readFor = new Int32Array(64);
	private promiseAt = new Int32Array(64);
	private message = 0;

	constructor(
		private readonly tokens: Tokens,
		private readonly marks: WordMarks,
		private readonly grammar: Grammar,
		private readonly names: NameReader,
	) {}

	/** Forgets the clauses of the message read before, and the name reader's reading of it. */
	reset() {
		this.names.reset();
		this.message++;
	}

	/** Whether the request at word `start` is in a clause that states what someone else will do, and is not the user's own. */
	stated(start: number): boolean {
		const c = this.marks.clause[start];
		if (c >= this.readFor.length) {
			this.readFor = grown(this.readFor, c + 1);
			this.promiseAt = grown(this.promiseAt, c + 1);
		}
		if (this.readFor[c] !== this.message) {
			this.readFor[c] = this.message;
			this.promiseAt[c] = this.promise(c);
		}
		const p = this.promiseAt[c];
		return p !== NONE && (start < p || !this.ownRequest(start, p));
	}

	/** Where the promise of clause c stands, when the clause states one; else NONE. */
	private promise(c: number): number {
		const { marks, grammar } = this;
		const ids = this.tokens.id;
		const langs = marks.langs;
		const first = marks.clauseStart[c] + 1;
		const last = marks.clauseStart[c + 1];
		if (this.deedAskedAbout(first, last)) return first;
		let p = NONE;
		let deed = false;
		for (let k = first + 1; k < last && k <= first + PROMISE_OPENING; k++) {
			if (grammar.promises.has(ids[k]) || (deed = this.pastDeedAt(first, k))) {
				p = k;
				break;
			}
		}
		// "jeg vil have, | at chefen ringer til mig": a clause that opens with "that" says what the user wants
		if (p === NONE || grammar.complementisers.hasIn(ids[first], langs)) return NONE;
		let subject = NONE;
		let reported = false;
		for (let k = first; k < p; k++) {
			// Danish "i" (in) after the subject is where they work, not English "I": "en medarbejder | i | banken gav mig …"
			const firstPerson = grammar.firstPersons.hasIn(ids[k], langs) && !(subject !== NONE && grammar.memberLinks.hasIn(ids[k], langs));
			if (firstPerson || (marks.anyAsks && marks.asks[k] !== 0)) return NONE;
			if ((marks.targetEnd[k] > 0 || this.names.isName(k, false)) && subject === NONE) subject = k;
			else if (subject === NONE && grammar.reports.hasIn(ids[k], langs)) reported = true;
		}
		// "me vendría bien que | alguien me llamara": wished, not promised
		if (subject === NONE || wishedSubject(ids, marks, grammar, subject)) return NONE;
		const count = this.tokens.count;
		// a deed's part ends at "and" or "but": "the agent parked the van across our drive | and now she's furious"
		const partEnd = deed ? this.partEnd(p, last) : count;
		let end = first;
		for (; end < count && ids[end] !== SENTENCE_BOUNDARY; end++) if (marks.anyUrged && marks.urged[end] !== 0 && end < partEnd) return NONE;
		// a deed told, or a promise passed on from a message, in a clause the question after its comma does not reach:
		// "en medarbejder har lovet mig en rabat, | gælder den også online?", "got a text saying an agent will call me, | is that about the install?"
		if ((deed || reported) && last < end) return p;
		return endsWithQuestion(this.tokens, end) ? NONE : p;
	}

	/**
	 * Whether word k is a past deed of the subject before it in the clause opening at `first`: "en medarbejder | gav".
	 * Not after a relative, a modal or an imperative in the clause, whose verb the deed is not ("ham der var her i går
	 * må gerne ringe", "kan en medarbejder ringe mig op har ventet hele dagen", "send en tekniker ud han var her
	 * sidst"), nor "has" with time or a chance after it, which says what the person can do now ("nogen fra jer | har
	 * tid til at ringe mig i dag").
	 */
	private pastDeedAt(first: number, k: number): boolean {
		const { marks, grammar } = this;
		const ids = this.tokens.id;
		const langs = marks.langs;
		if (!(marks.lists.has(grammar.pastDeeds) && grammar.pastDeeds.hasIn(ids[k], langs)) && !(ids[k] === UNKNOWN && this.hasPastForm(k, langs)) && !this.contactDeedAt(k)) return false;
		for (let i = first; i < k; i++) {
			const id = ids[i];
			if (grammar.relatives.hasIn(id, langs) || grammar.contactAskers.hasIn(id, langs) || grammar.imperatives.hasIn(id, langs)) return false;
		}
		const next = k + 1 < this.tokens.count ? ids[k + 1] : -1;
		return !(grammar.presences.hasIn(next, langs) || grammar.determinedThings.hasIn(next, langs));
	}

	/** Where the part of the clause that a deed at p tells ends: at the first "and" or "but" after it, or at the clause's end. */
	private partEnd(p: number, last: number): number {
		const ids = this.tokens.id;
		const { grammar } = this;
		const langs = this.marks.langs;
		for (let k = p + 1; k < last; k++) if (grammar.conjunctions.hasIn(ids[k], langs) || grammar.contrasts.hasIn(ids[k], langs)) return k;
		return last;
	}

	/** Whether word k is a contact verb of `contactDeeds` whose object is not the user: "teknisinya | menelepon atasannya". */
	private contactDeedAt(k: number): boolean {
		const { marks, grammar } = this;
		const ids = this.tokens.id;
		if (!marks.lists.has(grammar.contactDeeds) || !grammar.contactDeeds.hasIn(ids[k], marks.langs)) return false;
		return !(k + 1 < this.tokens.count && grammar.userObjects.hasIn(ids[k + 1], marks.langs));
	}

	/**
	 * Whether the clause first…last opens with a past deed asked about before its subject: "Har | en medarbejder
	 * godkendt min refusion?", "var teknikeren her i går?". Not "has" with time or a chance or a relative after the person
	 * ("har en tekniker tid i dag?"), nor with an urger in the clause.
	 */
	private deedAskedAbout(first: number, last: number): boolean {
		const { marks, grammar } = this;
		if (!marks.lists.has(grammar.pastDeeds)) return false;
		const ids = this.tokens.id;
		const langs = marks.langs;
		if (first + 1 >= last || !grammar.pastDeeds.hasIn(ids[first], langs)) return false;
		const person = grammar.ones.hasIn(ids[first + 1], langs) || grammar.determiners.hasIn(ids[first + 1], langs) ? first + 2 : first + 1;
		if (person >= last || marks.targetEnd[person] <= 0 || marks.targetKind[person] !== PERSON) return false;
		const after = marks.targetEnd[person];
		// "har | en medarbejder der kan ringe mig op?": the elided "har I" of a person asked for, described by a relative
		if (after < last && (grammar.presences.hasIn(ids[after], langs) || grammar.determinedThings.hasIn(ids[after], langs) || grammar.relatives.hasIn(ids[after], langs))) return false;
		for (let k = first; k < last; k++) if (marks.anyUrged && marks.urged[k] !== 0) return false;
		return true;
	}

	/** Whether word k, one no pack lists, has a past form's ending in one of `langs`: "en medarbejder fra jer | leverede …". */
	private hasPastForm(k: number, langs: number): boolean {
		const { text } = this.tokens;
		const end = this.tokens.end[k];
		const length = end - this.tokens.start[k];
		for (let f = 0; f < PAST_FORMS.length; f++) {
			const form = PAST_FORMS[f];
			if ((form.langs & langs) !== 0 && length >= form.suffix.length + PAST_STEM && text.endsWith(form.suffix, end)) return true;
		}
		return false;
	}

	/** Whether a first-person word stands at `start` or just before it, after the promise: the user's own request. */
	private ownRequest(start: number, p: number): boolean {
		const ids = this.tokens.id;
		if (imperativeStart(this.tokens, this.marks, this.grammar, start, p + 1)) return true; // "… kommen | verbinden Sie mich"
		for (let k = start; k > p && k >= start - FIRST_PERSON_REACH; k--) {
			if (ids[k] < UNKNOWN) return false;
			if (this.grammar.firstPersons.hasIn(ids[k], this.marks.langs)) return true;
		}
		// a want verb after the deed or promise: "the installer cancelled again today i really | want to talk to his boss"
		if (this.marks.anyAsks) for (let k = p + 1; k < start; k++) if (this.marks.asks[k] === ASKS_WANT) return true;
		return false;
	}
}
