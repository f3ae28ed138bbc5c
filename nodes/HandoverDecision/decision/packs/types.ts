import type { ClauseLists } from './clauseLists';
import type { TopicLists } from './topicLists';

export const LANGUAGE_CODES = ['en', 'sw', 'id', 'de', 'es', 'fr', 'pt', 'da'] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

/** How to tell a verb from a noun for a keyword that is both, like English "support" ("does it support X?"). */
export interface VerbSense {
	/** The keywords this applies to, e.g. ["support"]. */
	words: string[];
	/** A word right before the keyword that makes it a verb: "should support", "doesn't support", "they support". */
	verbBefore: string[];
	/** An auxiliary opening a question a few words before: "does [the app] support", "do [you] support". */
	auxiliaries: string[];
	/** A word right before the keyword that makes it a noun: "your support", "customer support", "IT support". */
	nounBefore: string[];
	/** Words between the auxiliary and the keyword that make it a noun: "can I get support", "will someone from support". */
	nounMarkers: string[];
}

/**
 * One language's phrases. Phrases are written naturally (accents, apostrophes, hyphens); they are normalised
 * the same way as messages. `*` stands for any one word.
 */
export interface LanguagePack extends ClauseLists, TopicLists {
	code: LanguageCode;
	name: string;
	/** Ways to ask for a person, from one word ("agent") to a sentence ("talk to a human"). */
	requests: string[];
	/** Uses of a request word that are not a request ("user agent", "human error", "support article"). */
	exclusions: string[];
	/** Cues that cancel a request after them in the same clause ("don't need", "no quiero"). */
	negations: string[];
	/** Negations that also reach past a comma ("No need, …", "Nicht nötig, …"). */
	wideNegations: string[];
	/** Cues that cancel a request before them ("… is not necessary"). */
	negationsAfter: string[];
	/** Words that end a negation's reach ("but", "I want"). */
	breakers: string[];
	/** Words for the bot itself; refusing one ("I don't want a bot", "not a robot") asks for a person. */
	bots: string[];
	/** Refusals that apply to a bot word only, right before it ("no more", "not a", "keinen"). */
	antiBot: string[];
	/** Signs of frustration ("this is useless"). */
	frustration: string[];
	/** The grammar (see ../frames.ts). Verbs of talking, transferring or connecting, with their preposition: "talk to", "put me through to". */
	talkVerbs?: string[];
	/** Wanting and asking: "I need", "quiero", "ich möchte". With a person or department they are a request. */
	wantVerbs?: string[];
	/** Verbs of reaching or contacting: "reach", "get in touch with". With a department they are only ambiguous. */
	reachVerbs?: string[];
	/** People and roles a user asks for: "person", "manager", "someone", "staff". */
	people?: string[];
	/** Teams and departments: alone ("support", "customer service?") they are ambiguous; after a talk verb explicit. */
	departments?: string[];
	/** Words that may stand between a verb and its target: "a", "your", "real", "one of". */
	fillers?: string[];
	/** Words that open the topic of a talk request: "about", "über". A cancel after one ("talk to someone about the opening hours") is what the request is about, not a cancel of it. */
	topics?: string[];
	/** A sentence of one or two words that takes back a bare request before it: "human? nah", "Mensch? vergiss es". */
	declines?: string[];
	/** Words that turn a target alone into a request: "customer service please", "Kundenservice bitte". */
	urgers?: string[];
	/** Urgers that are also time adverbs ("já", "agora"): they urge only where they end their clause or stand before another urger ("o gerente já!"); before more words they date what follows ("a gerente já me respondeu", "um humano agora há pouco"). See ../marks.ts. */
	clauseEndUrgers?: string[];
	/** Frames that make a clause something other than a request: a question about a feature, building a bot. */
	cancels?: string[];
	/** Questions whether the user talks to a bot: they cancel the clause and set identityQuestion. */
	identity?: string[];
	/** Frequent words, for detecting the language. */
	stopwords: string[];
	verbSense?: VerbSense;
}

/** The grammar part of a pack, kept in its own files per language (grammar-, cancels- and lists-<lang>.ts). */
export type Grammar = Required<Pick<LanguagePack, 'talkVerbs' | 'wantVerbs' | 'reachVerbs' | 'people' | 'departments' | 'fillers' | 'topics' | 'declines' | 'urgers' | 'cancels' | 'identity'>> &
	Pick<LanguagePack, 'clauseEndUrgers'> &
	ClauseLists &
	TopicLists;
