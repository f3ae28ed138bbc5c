import { normalise } from './characters';
import { LANGUAGE_CODES, PACKS } from './packs';
import type { LanguageCode, LanguagePack, VerbSense } from './packs';
import {
	ANTI_BOT, BOT, BREAKER, CANCEL, DEPARTMENT, DISOWN, EXCLUSION, FRUSTRATION, IDENTITY, NEGATION, NEGATION_AFTER, PERSON, REACH,
	REQUEST, TAKE_BACK, TALK, URGE, WANT, WIDE_NEGATION,
} from './hitKinds';
import { phraseTokens } from './text';
import { WordTable } from './wordTable';
import { FlatTrie, emptyNode } from './trie';
import type { TrieNode } from './trie';
import { TypoIndex } from './typos';
import { ListLayout } from './presence';
import { WordSet } from './wordSets';

const CUSTOM = 1 << LANGUAGE_CODES.length;
/** In Grammar.stopwordLanguageOf: the word is no language's frequent word, or it is several languages'. */
export const NOT_A_STOPWORD = -1;
export const SEVERAL_LANGUAGES = -2;

/**
 * The pack's lists read one word at a time, and which words of an entry count: every word; the entry as one word ("j'", read as the "j" of "j'ai"); its last word; or its first and second words
 * apart ("hätte gern": "wishes" and "wishes 2"). A one-word entry of `later` or `courtesies` is a word of its own; a longer one gives "later pairs" and "later pairs 2".
 */
type WordList =
	| 'fillers' | 'topics' | 'elidedSubjects' | 'infinitives' | 'notAlone' | 'conditionals' | 'aheadConditionals' | 'aheadDays' | 'later' | 'futures' | 'courtesies' | 'details'
	| 'selves' | 'ones' | 'conjunctions' | 'wishes' | 'declines' | 'relatives' | 'contrasts'
	| 'firstPersons' | 'complementisers' | 'callbacks' | 'promises' | 'pastDeeds' | 'contactDeeds' | 'imperatives' | 'subjects' | 'determiners' | 'determinersAfter' | 'degrees' | 'reports' | 'wishMoods' | 'wishedContacts' | 'perfects' | 'indirectQuestions' | 'matters' | 'needs' | 'denials' | 'seemings' | 'possibilities' | 'contactForms' | 'pastTimes' | 'alternatives' | 'handoffs' | 'machines' | 'ownPossessives' | 'ownPossessivesAfter' | 'existentials' | 'presences' | 'presentNows' | 'nameOpeners' | 'selfCorrections' | 'contactAskers' | 'userObjects' | 'indefiniteArticles' | 'quoteSources' | 'quoteLabels' | 'companions' | 'conversations' | 'counters' | 'associatives' | 'replies' | 'whos' | 'repliesAfterWho' | 'userServices' | 'copulas' | 'pastQuestions' | 'hows' | 'workings' | 'contactMedia' | 'addressees' | 'nobodies' | 'personPronouns' | 'othersObjects' | 'phoneLines' | 'curiosities' | 'relationOwners' | 'relationOwnersAfter' | 'contactImperatives' | 'splitCallVerbs' | 'callParticles' | 'callTimes' | 'slotAskers' | 'teamLinks' | 'groupOnes' | 'groupOwners' | 'systems' | 'routedThings' | 'works' | 'wishLinks' | 'othersWants' | 'thirdSubjects' | 'othersPastAsks' | 'passedOnAsks' | 'errandAsks' | 'nowTurns' | 'nextTimes' | 'speakerReports' | 'speakerAgents' | 'selfDoers' | 'visitVerbs' | 'visitAskers' | 'visits' | 'visitQualifiers' | 'visitRecipients' | 'visitModals' | 'visitPersonMarkers' | 'visitJussives' | 'sendOutArticles' | 'sendOutParticles' | 'sendOutDeeds' | 'writeBacks' | 'writeBackAgains' | 'memberLinks' | 'handOverVerbs' | 'handOverUsers' | 'someones' | 'determinedThings' | 'ownCommunities' | 'ownTeamWords' | 'thanks' | 'breakages' | 'roleAs' | 'offerVerbs' | 'thingsBeforePerson' | 'thingsAfterPerson' | 'thingLinks' | 'versusWords' | 'gameChoices' | 'devices' | 'connectedThings' | 'abilities' | 'abilityInfinitives' | 'thingRelatives' | 'perceptions' | 'botBuilds' | 'replyCues' | 'reportedReplies' | 'transferVerbs' | 'userTransfers' | 'selfCopulas' | 'itSubjects' | 'pretenders' | 'newcomers' | 'handoverModes' | 'cases' | 'whiches' | 'onlies' | 'purposes' | 'customers' | 'whens' | 'obligations' | 'openingNeeds' | 'phoneVerbs' | 'perfectAuxiliaries' | 'pastHaves' | 'openingDeterminers' | 'clauseEndUrgers' | 'openingDays' | 'plannedContacts' | 'channelArticles' | 'commaReports' | 'matterServices' | 'trips' | 'wishedComings' | 'measureUnits';
const WORD_LISTS: Array<[WordList, 'every' | 'whole' | 'last' | 'pair']> = [
	['fillers', 'every'], ['topics', 'every'], ['elidedSubjects', 'whole'], ['infinitives', 'whole'], ['notAlone', 'last'],
	['conditionals', 'whole'], ['later', 'pair'], ['futures', 'last'], ['aheadConditionals', 'whole'], ['aheadDays', 'whole'], ['courtesies', 'pair'], ['details', 'whole'], ['selves', 'whole'],
	['ones', 'whole'], ['conjunctions', 'whole'], ['wishes', 'pair'], ['declines', 'pair'], ['relatives', 'whole'], ['contrasts', 'whole'],
	['firstPersons', 'whole'], ['complementisers', 'whole'], ['callbacks', 'last'], ['promises', 'every'], ['pastDeeds', 'whole'], ['contactDeeds', 'whole'], ['imperatives', 'every'], ['subjects', 'every'], ['determiners', 'every'], ['determinersAfter', 'every'], ['degrees', 'every'], ['reports', 'whole'], ['wishMoods', 'every'], ['wishedContacts', 'every'], ['perfects', 'every'], ['indirectQuestions', 'every'], ['matters', 'every'], ['needs', 'every'], ['denials', 'every'], ['seemings', 'whole'], ['possibilities', 'every'], ['contactForms', 'every'], ['pastTimes', 'pair'], ['alternatives', 'whole'], ['handoffs', 'every'], ['machines', 'whole'], ['ownPossessives', 'whole'], ['ownPossessivesAfter', 'whole'], ['existentials', 'every'], ['presences', 'every'], ['presentNows', 'every'], ['nameOpeners', 'every'], ['selfCorrections', 'whole'], ['contactAskers', 'every'], ['userObjects', 'every'], ['indefiniteArticles', 'whole'], ['quoteSources', 'whole'], ['quoteLabels', 'whole'], ['companions', 'whole'], ['conversations', 'whole'], ['counters', 'whole'], ['associatives', 'whole'], ['replies', 'whole'], ['whos', 'whole'], ['repliesAfterWho', 'whole'], ['userServices', 'every'], ['copulas', 'whole'], ['pastQuestions', 'whole'], ['hows', 'whole'], ['workings', 'whole'], ['contactMedia', 'whole'], ['addressees', 'whole'], ['nobodies', 'whole'], ['personPronouns', 'whole'], ['othersObjects', 'whole'], ['phoneLines', 'whole'], ['curiosities', 'whole'], ['relationOwners', 'whole'], ['relationOwnersAfter', 'whole'], ['contactImperatives', 'whole'], ['splitCallVerbs', 'whole'], ['callParticles', 'whole'], ['callTimes', 'whole'], ['slotAskers', 'whole'], ['teamLinks', 'whole'], ['groupOnes', 'every'], ['groupOwners', 'whole'], ['systems', 'whole'], ['routedThings', 'whole'], ['works', 'whole'], ['wishLinks', 'whole'], ['othersWants', 'whole'], ['thirdSubjects', 'whole'], ['othersPastAsks', 'whole'], ['passedOnAsks', 'whole'], ['errandAsks', 'whole'], ['nowTurns', 'whole'], ['nextTimes', 'pair'], ['speakerReports', 'whole'], ['speakerAgents', 'whole'], ['selfDoers', 'whole'], ['visitVerbs', 'whole'], ['visitAskers', 'whole'], ['visits', 'whole'], ['visitQualifiers', 'whole'], ['visitRecipients', 'whole'], ['visitModals', 'whole'], ['visitPersonMarkers', 'whole'], ['visitJussives', 'whole'], ['sendOutArticles', 'whole'], ['sendOutParticles', 'whole'], ['sendOutDeeds', 'whole'], ['writeBacks', 'every'], ['writeBackAgains', 'every'], ['memberLinks', 'every'], ['handOverVerbs', 'whole'], ['handOverUsers', 'whole'], ['someones', 'whole'], ['determinedThings', 'whole'], ['ownCommunities', 'whole'], ['ownTeamWords', 'whole'], ['thanks', 'whole'], ['breakages', 'whole'], ['roleAs', 'whole'], ['offerVerbs', 'whole'], ['thingsBeforePerson', 'whole'], ['thingsAfterPerson', 'whole'], ['thingLinks', 'whole'], ['versusWords', 'whole'], ['gameChoices', 'whole'], ['devices', 'whole'], ['connectedThings', 'whole'], ['abilities', 'whole'], ['abilityInfinitives', 'whole'], ['thingRelatives', 'whole'], ['perceptions', 'whole'], ['botBuilds', 'whole'], ['replyCues', 'whole'], ['reportedReplies', 'whole'], ['transferVerbs', 'whole'], ['userTransfers', 'whole'], ['selfCopulas', 'whole'], ['itSubjects', 'whole'], ['pretenders', 'whole'], ['newcomers', 'whole'], ['handoverModes', 'whole'], ['cases', 'whole'], ['whiches', 'whole'], ['onlies', 'whole'], ['purposes', 'every'], ['customers', 'whole'], ['whens', 'whole'], ['obligations', 'whole'], ['openingNeeds', 'whole'], ['phoneVerbs', 'whole'], ['perfectAuxiliaries', 'whole'], ['pastHaves', 'whole'], ['openingDeterminers', 'whole'], ['clauseEndUrgers', 'whole'], ['openingDays', 'whole'], ['plannedContacts', 'whole'], ['channelArticles', 'whole'], ['commaReports', 'whole'], ['matterServices', 'whole'], ['trips', 'whole'], ['wishedComings', 'whole'], ['measureUnits', 'whole'],
];
/** Pair lists whose one-word entries are words of their own, their two-word ones kept apart as "<list> pairs". */
const WORDS_OR_PAIRS = new Set<WordList>(['later', 'courtesies', 'pastTimes']);

/** The verb-or-noun word lists, as word numbers. */
export interface CompiledVerbSense {
	verbBefore: WordSet;
	nounBefore: WordSet;
	auxiliaries: WordSet;
	nounMarkers: WordSet;
}

function compileVerbSense(sense: VerbSense, table: WordTable): CompiledVerbSense {
	const words = (list: string[]) => new WordSet(list.flatMap((word) => phraseTokens(word).map((token) => table.add(token))));
	return { verbBefore: words(sense.verbBefore), nounBefore: words(sense.nounBefore), auxiliaries: words(sense.auxiliaries), nounMarkers: words(sense.nounMarkers) };
}

/** Each word list of WORD_LISTS as a field of the same name (`grammar.reports`, `grammar.futures`; packs/types.ts says what each holds), set by Grammar's constructor. */
const WithListedWords = class {} as new () => { readonly [list in WordList]: WordSet };

/**
 * The phrase packs of the chosen languages, and the user's own phrases, compiled into one trie of word numbers,
 * with the word table, stopwords and typo index that go with it. Nothing changes it once it is built.
 */
export class Grammar extends WithListedWords {
	readonly table = new WordTable();
	/** The phrases, flattened for matching once compiled. */
	readonly trie: FlatTrie;
	/** By word number: the languages (indices in LANGUAGE_CODES) the word is a frequent word of, once per listing. */
	readonly stopwordFrom: Int32Array;
	readonly stopwordLanguage: Uint8Array;
	/** By word number: the one language it is a frequent word of (most are), NOT_A_STOPWORD or SEVERAL_LANGUAGES. */
	readonly stopwordLanguageOf: Int8Array;
	/** While compiling, by word number: the trie node of the phrases the word starts; and the stopwords' languages. */
	private readonly roots: Array<TrieNode | null> = [];
	private readonly stopwordLists: number[][] = [];
	/** The second words of the declines and the wishes ("no | thanks", "hätte | gern"): their first words are `declines` and `wishes`. */
	readonly declineEnds: WordSet;
	readonly wishEnds: WordSet;
	/** The second words of `nextTimes` ("next | time", "nächstes | Mal"). */
	readonly nextTimeEnds: WordSet;
	/** Titles a period follows within a sentence ("Sr.", Danish chat "m."), read before the language is known; in the main table a title would be a known word, no name. */
	readonly abbreviations = new WordTable();
	/** The first and second words of the two-word phrases of `later`, `courtesies` and `pastTimes`, whose one-word phrases are those lists. */
	readonly laterPairs: WordSet;
	readonly laterPairEnds: WordSet;
	readonly courtesyPairs: WordSet;
	readonly courtesyPairEnds: WordSet;
	readonly pastTimePairs: WordSet;
	readonly pastTimePairEnds: WordSet;
	/** While compiling: the word numbers of each word list and their languages, by the names `wordSet` reads. */
	private readonly wordLists = new Map<string, Map<number, number>>();
	readonly typos: TypoIndex;
	private readonly lexicon: string[] = [];
	/** By word number: the languages whose grammar has the word (what a typo may be corrected into), or 0. */
	readonly grammarLangs: Int32Array;
	/** Every word list's bit, for the per-message question which lists a message has a word of (presence.ts). */
	readonly listLayout: ListLayout;
	private readonly grammarLangIds = new Map<number, number>();
	/** By word number: the languages of every pack phrase, word list and stopword that has the word (all for the user's own). */
	readonly wordLangs: Int32Array;
	private readonly wordLangIds = new Map<number, number>();

	constructor(languages: readonly LanguageCode[], extraPhrases: string[], extraExclusions: string[]) {
		super();
		LANGUAGE_CODES.forEach((code, index) => {
			for (const stopword of PACKS[code].stopwords) {
				for (const token of phraseTokens(stopword)) {
					this.word(token).stopwordOf.push(index);
					this.noteLangs(this.table.lookup(token), 1 << index);
				}
			}
		});
		for (const code of languages) this.addPack(PACKS[code], 1 << LANGUAGE_CODES.indexOf(code));
		for (const phrase of extraPhrases) this.add(phrase, REQUEST, CUSTOM);
		for (const phrase of extraExclusions) this.add(phrase, EXCLUSION, CUSTOM);
		this.fillWordLists();
		this.trie = new FlatTrie(this.roots);
		this.stopwordFrom = new Int32Array(this.stopwordLists.length + 1);
		this.stopwordLists.forEach((languages, id) => (this.stopwordFrom[id + 1] = this.stopwordFrom[id] + languages.length));
		this.stopwordLanguage = Uint8Array.from(this.stopwordLists.flat());
		this.stopwordLanguageOf = Int8Array.from(this.stopwordLists, (languages) =>
			languages.length === 0 ? NOT_A_STOPWORD : languages.length === 1 ? languages[0] : SEVERAL_LANGUAGES,
		);
		// Defined, not assigned: past a dozen properties added by a computed name, V8 turns an object into a dictionary, and
		// every check's read of a list (`grammar.fillers`) became a lookup by name, about a fifth of the time of a message.
		for (const [list] of WORD_LISTS) Object.defineProperty(this, list, { value: this.wordSet(list), enumerable: true, writable: true, configurable: true });
		this.declineEnds = this.wordSet('declines 2');
		this.wishEnds = this.wordSet('wishes 2');
		this.nextTimeEnds = this.wordSet('nextTimes 2');
		this.laterPairs = this.wordSet('later pairs');
		this.laterPairEnds = this.wordSet('later pairs 2');
		this.courtesyPairs = this.wordSet('courtesies pairs');
		this.courtesyPairEnds = this.wordSet('courtesies pairs 2');
		this.pastTimePairs = this.wordSet('pastTimes pairs');
		this.pastTimePairEnds = this.wordSet('pastTimes pairs 2');
		this.typos = new TypoIndex(this.table, this.lexicon);
		this.grammarLangs = new Int32Array(this.table.size);
		for (const [id, langs] of this.grammarLangIds) this.grammarLangs[id] = langs;
		this.wordLangs = new Int32Array(this.table.size);
		for (const [id, langs] of this.wordLangIds) this.wordLangs[id] = langs;
		this.listLayout = new ListLayout(Object.values(this).filter((value): value is WordSet => value instanceof WordSet), this.table.size);
	}

	/** Gives every word in the table an entry in the by-number lists, including words only the verb tests use. */
	private fillWordLists() {
		while (this.roots.length < this.table.size) {
			this.roots.push(null);
			this.stopwordLists.push([]);
		}
	}

	private word(token: string): { id: number; stopwordOf: number[] } {
		const id = this.table.add(token);
		this.fillWordLists();
		return { id, stopwordOf: this.stopwordLists[id] };
	}

	private addToList(name: string, token: string, langs: number) {
		let ids = this.wordLists.get(name);
		if (!ids) this.wordLists.set(name, (ids = new Map()));
		const id = this.word(token).id;
		ids.set(id, (ids.get(id) ?? 0) | langs);
		this.noteLangs(id, langs);
	}

	/** Notes a word's languages for `wordLangs`; a word of the user's own phrases is every language's. */
	private noteLangs(id: number, langs: number) {
		this.wordLangIds.set(id, (this.wordLangIds.get(id) ?? 0) | (langs === CUSTOM ? -1 : langs));
	}

	private wordSet(name: string): WordSet {
		return new WordSet(this.wordLists.get(name) ?? []);
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
				for (const token of phraseTokens(phrase)) {
					this.lexicon.push(token);
					const id = this.table.lookup(token);
					this.grammarLangIds.set(id, (this.grammarLangIds.get(id) ?? 0) | langs);
				}
			}
		}
		for (const abbreviation of pack.abbreviations ?? []) this.abbreviations.add(normalise(abbreviation));
		for (const [list, read] of WORD_LISTS) {
			for (const entry of pack[list] ?? []) {
				// Normalised as message words are: "prometió" is read as the "prometio" of a message, "j'" as the "j" of "j'ai".
				const tokens = phraseTokens(entry);
				if (read === 'whole' && tokens.length !== 1) throw new Error(`The ${list} entry "${entry}" is not one word of a message`);
				if (read === 'every') tokens.forEach((token) => this.addToList(list, token, langs));
				else if (read !== 'pair' || (WORDS_OR_PAIRS.has(list) && tokens.length === 1)) this.addToList(list, tokens[tokens.length - 1], langs);
				else {
					const name = WORDS_OR_PAIRS.has(list) ? `${list} pairs` : list;
					tokens.slice(0, 2).forEach((token, index) => this.addToList(index === 0 ? name : `${name} 2`, token, langs));
				}
			}
		}
		const lists: Array<[string[], number]> = [
			[pack.exclusions, EXCLUSION],
			[pack.negations, NEGATION],
			[pack.wideNegations, WIDE_NEGATION],
			[pack.negationsAfter, NEGATION_AFTER],
			[pack.breakers, BREAKER],
			[pack.cancels ?? [], CANCEL],
			[pack.identity ?? [], IDENTITY],
			[pack.disowns ?? [], DISOWN],
			[pack.takeBacks ?? [], TAKE_BACK],
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
		this.noteLangs(first, langs);
		let node = (this.roots[first] ??= emptyNode());
		for (const token of tokens.slice(1)) {
			if (token === '*') {
				node = node.any ??= emptyNode();
			} else {
				node.next ??= new Map();
				const id = this.word(token).id;
				this.noteLangs(id, langs);
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
}

/** The packs alone, per choice of languages: they come from the code only, so one compiled copy serves every matcher. */
const PACKS_ONLY = new Map<string, Grammar>();

/** The compiled grammar for these languages; with the user's own phrases, a new one (those are never kept). */
export function grammarFor(languages: readonly LanguageCode[], extraPhrases: string[], extraExclusions: string[]): Grammar {
	if (extraPhrases.length > 0 || extraExclusions.length > 0) return new Grammar(languages, extraPhrases, extraExclusions);
	const key = languages.join(' ');
	let grammar = PACKS_ONLY.get(key);
	if (grammar === undefined) PACKS_ONLY.set(key, (grammar = new Grammar(languages, [], [])));
	return grammar;
}
