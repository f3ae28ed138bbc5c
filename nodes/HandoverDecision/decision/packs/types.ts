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
export interface LanguagePack {
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
	/** Subject pronouns that elide before a verb ("j'"): the word after one is a verb, never a bot ("j'ai" is not "AI"). */
	elidedSubjects?: string[];
	/** Words that open an infinitive clause ("to", "um", "para"): after a comma it goes on the clause before it. */
	infinitives?: string[];
	/** Words of `people` that, as the whole message, only name a department or address someone ("billing", "señora"): an offer, not a request. */
	notAlone?: string[];
	/** Two-word wishes whose verb is a participle at the clause's end ("ich hätte gern | einen Mitarbeiter gesprochen"): that participle, a past-report cancel elsewhere, does not cancel the wish. */
	wishes?: string[];
	/** "and": a request after one, a few words on, is not cancelled by a report before it ("the call dropped and I want an agent"). */
	conjunctions?: string[];
	/** "one": right after a want verb, ending its clause, it stands for a person asked about before ("is there a human? I need one"). */
	ones?: string[];
	/** "if": a clause opening its sentence with one, then after its comma a question with a word of `later`, asks how things would go ("if the bot can't do it, would I be able to talk to someone?"), not for a person. */
	conditionals?: string[];
	/** Words (or two-word phrases) of such a question: "would I", "later", "podría", "nanti". */
	later?: string[];
	/** Words that put such a conditional clause ahead in time ("tomorrow", "again"): a request in the clause right after it is a threat or a plan ("if it breaks again tomorrow, I want a human"), not asked now. */
	futures?: string[];
	/** Words that open a condition only when they open a clause set ahead by a word of `futures` or `aheadDays`, read nowhere else, as they mean something else too: Spanish "como" with the subjunctive ("como el paquete no llegue el viernes, …"), Portuguese "caso" ("caso o reembolso não caia até sexta, …"), Danish verb-first "skulle" ("Skulle pakken ikke komme på fredag, …"). See ../futureConditions.ts. */
	aheadConditionals?: string[];
	/** Days and deadlines that put a conditional clause ahead in time, read only there (a weekday in a past report dates it: see ../pastReports.ts): "if it isn't here by Friday, …", "Sollte das Paket bis Montag nicht da sein, …", "si le colis n'est pas là vendredi, …", "kalau sampai hari jumat …", "kama pesa haitarudi kufikia ijumaa …". See ../futureConditions.ts. */
	aheadDays?: string[];
	/** Words (or two-word phrases) of such a conditional clause that only ask whether the addressee has time ("have time", "are free", "du kan"): then it is a courtesy, and the request after it is asked now ("if you have time tomorrow, please call me back"). */
	courtesies?: string[];
	/** Contact details (one word each: "number", "phone", "email", "hotline"): a department right before one, or a person and "'s", after a want verb asks for that detail ("I need the customer service phone number", "the manager's email"), an offer, not a request. */
	details?: string[];
	/** Subject pronouns of a language without a copula: a person phrase right after one that opens its clause describes the user ("saya orang beneran"). */
	selves?: string[];
	/** Relative pronouns: "one", a comma and one of them after a verb is a person ("tale med en, | der kan …"; Danish puts a comma there). */
	relatives?: string[];
	/** Words outside a request in double quotes that take it back: someone else typed it, or the bot is told to ignore it ("my son typed "get me a human", ignore it"). */
	disowns?: string[];
	/** Phrases that take back a request in an earlier clause when they end their own clause near its start ("can I talk to an agent? oh wait, never mind"). */
	takeBacks?: string[];
	/** "but": after a take-back, then a want or talk verb in the same sentence, the user goes on asking and the take-back takes nothing back ("found it, but I still need help with …"). */
	contrasts?: string[];
	/** First-person subjects, and verbs whose form says the user is their subject ("i", "je", "jeg", "quiero", "naomba"): one just before a request verb well after a report's cancel starts the user's own clause ("the nurse said … can i please talk to someone"). */
	firstPersons?: string[];
	/** Words that open a reported clause ("that", "que", "dass"): a first-person word right after one is still the report's ("told me that I should ask to speak to …"). */
	complementisers?: string[];
	/** Titles and short forms written with a period inside a sentence ("Sr.", "Mme.", "Bw.", Danish chat "m." for "med"): that period ends no sentence. Read in every language (the scan comes before the language is known), so only words that never end a sentence anywhere. */
	abbreviations?: string[];
	/** The last words of talk verbs that ask to be called back ("get back to | me", "revenir vers | moi"): a name opening the clause such a verb ends is who is asked ("could Priya in accounts email me back"). */
	callbacks?: string[];
	/** Words, after a person, a role or a name opening a clause, that state what they will do or have agreed to do ("will", "va", "vai", "ficou", "wird", "nanti", "akan", Swahili future verbs "atanipigia"): a request in that clause is a report of a promise ("the manager will get back to me", "Camille doit me rappeler"), unless asked (a question mark, an urger, a want or talk verb before the subject) or the user's own (a first-person word just before it). See ../promises.ts. */
	promises?: string[];
	/** Past forms of what a person opening the clause did ("var", "gav", "har", "sendte"): as after a promise word, the clause reports, it asks for nothing ("en medarbejder i banken gav mig et forkert kontonummer", "nogen fra kommunen var her og målte op"); not right after a relative, whose verb is the person's description ("ham der var her i går må gerne ringe"). See ../promises.ts. */
	pastDeeds?: string[];
	/** Endings of past forms of regular verbs (Danish "*ede": "leverede", "afleverede"): a word no pack lists with one, right after its subject, counts as a word of `pastDeeds`. See ../promises.ts. */
	pastDeedForms?: string[];
	/** Contact verbs in a form that states and does not ask (Indonesian meN- "menelepon", "menghubungi"): right after the person opening the clause, with no `userObjects` word after it, a word of `pastDeeds` ("teknisinya menelepon atasannya"); not opening the clause, where they start the user's own fragment ("menghubungi atasan"). See ../promises.ts. */
	contactDeeds?: string[];
	/** Words that open an imperative transfer or connect frame ("put" me through, "pásame", "passez"-moi, "verbinden" Sie mich, "stil" mig om, "niunganishe"): one a word or more after a report's cancel or a stated promise, not after "to", "that", a first-person word, a promise word or a person, starts the user's own request in a run-on message ("the guy hung up on me put me through to someone else"). See ../clauseChecks.ts. */
	imperatives?: string[];
	/** Subject pronouns and modal verbs ("he", "would", "il", "wird"… as the pack lists them): a word of `imperatives` right after one is no imperative ("he would put me through", "bot kalian bisa oper"). */
	subjects?: string[];
	/** Definite articles and possessives ("the", "your", "el", "votre", "eurem", "jeres"): a one-word person request right after one is a person talked about ("the agent at the window told me …"), asked for only by a talk or want verb or an urging word. See ../referents.ts. */
	determiners?: string[];
	/** Articles that are also a preposition or another language's indefinite article (Portuguese "a", "as"): a determiner as `determiners` only where they open the clause ("A atendente da loja comentou …", not "transferir a agente", "talk to a human"). See ../referents.ts. */
	openingDeterminers?: string[];
	/** Days a business may be shut ("sábado", "domingo", "feriado"): after a person asked for with an existential in a question, they ask about opening days ("tem atendente no domingo?"). See ../presentPersons.ts. */
	openingDays?: string[];
	/** Words that pass on what someone said, wrote or promised ("said", "disant", "versprochen", "sms"): a few words before a "that" with a person after it, the request after that person is reported ("a message saying that someone would call me"). See ../reports.ts. */
	reports?: string[];
	/** Words besides `reports` that give quoted words as someone's or something's: a verb of typing or showing, or where the words stand ("sign", "tertulis", "mandou", "steht", "iseme", "marqué"). A request in quotes with one just before or after them asks nothing now. See ../quotes.ts. */
	quoteSources?: string[];
	/** The same for languages whose associative and possessives follow the noun (Swahili "wa", "wenu": "mhudumu wa mnada", "wakala wenu"). */
	determinersAfter?: string[];
	/** Degree words ("very", "so", "très", "plus", "muito"): a one-word person request right after one is a quality ("vraiment très humain"), no request by itself. See ../referents.ts. */
	degrees?: string[];
	/** Endings (and Swahili class prefixes, "m*aji") of agent nouns ("*ator", "*erin", "*leder"): a word no pack lists with one, in a talk verb's slot, is a person asked for. See ../roleTargets.ts. */
	roleForms?: string[];
	/** Things with an agent noun's form that are talked to or transferred to ("contestador", "répondeur"): no person. */
	roleLookalikes?: string[];
	/** Titles before a name in a talk verb's slot ("Frau", "Bwana", "Madame"). */
	titles?: string[];
	/** Conditional and wondering words that open a polite wish ("would", "vendría", "wäre", "ville", "serait", "ningeshukuru"): before an "if" or "that", a person and a word of `wishedContacts`, the person is asked to contact the user ("it would be great if an adviser called me"). See ../wishes.ts. */
	wishMoods?: string[];
	/** The contact verbs such a wish takes, in its subjunctive, past or infinitive forms ("called", "llamara", "meldet", "ringede", "angenipigia"). */
	wishedContacts?: string[];
	/** Verbs of writing to, answering, getting back to or reaching out to the user, and their forms that hold the user ("write", "reply", "answer", "escríbame", "responda", "anschreiben", "skrive", "bales", "kuniandikia"): asked of a person or of someone of a team, the person is asked to contact the user ("can someone from billing write to me again?"). See ../writeBacks.ts. */
	writeBacks?: string[];
	/** Words of "again" right after a word of `writeBacks` that stand for the user as its object ("reach out | again", "kunicheki | tena", "réécrire"): the contact resumed is the user's. See ../writeBacks.ts. */
	writeBackAgains?: string[];
	/** Words that ask how often or whether at all someone answers, or date the answer ("ever", "usually", "parfois", "überhaupt", "nogensinde", "pernah", "sudah", "kweli", "huwa"): with a verb of answering or writing after a person in a clause that asks nothing, the person is asked about, not asked for ("does anyone from support ever reply?", "ada orang dari CS yang pernah bales?"). See ../answerHabits.ts. */
	replyCues?: string[];
	/** Habitual-present and past forms of the verbs of answering and writing, third person ("replies", "wrote", "contesta", "respondió", "répond", "schrieb", "svarede", "respondeu", "alinijibu"): after a person, with nothing asking, they report or ask about the person's answers ("Tom from billing wrote to me", "¿alguien de soporte contesta los correos?"). See ../answerHabits.ts. */
	reportedReplies?: string[];
	/** Imperatives of giving, getting, fetching or passing someone to the user, written apart from the user ("get", "give", "geben", "donnez", "giv", "kasih", "passa"), and their forms that hold the user ("dame", "pásame", "nipe"): with a word of `handOverUsers` beside them, the person after is asked for ("get me | Gary at the quarry office", "geben Sie mir | den Jugendleiter", "me passa | o Sr. Almeida"). See ../handOvers.ts. */
	handOverVerbs?: string[];
	/** The user as the one a person is given to ("me", "mir", "moi", "mig", "saya", "mim"), and the forms of `handOverVerbs` that hold the user ("dame", "nipe"). */
	handOverUsers?: string[];
	/** Words that link a named person to the team they work in ("Jenna | from | creator support", "Lucía | de | soporte", "lisa | vom | Support", "Mette | fra | regnskab", "Juma | wa | timu ya creators"): a name before one, opening a write-back's clause, is its subject even written in lower case. See ../namedWriteBacks.ts. */
	memberLinks?: string[];
	/** Words other than "that" that link a want or request verb to a clause whose subject is to contact the user ("arrange | for | our consultant to call me", "peça | para | o gerente me ligar", "minta | agar"): see ../wishedCallers.ts. */
	wishLinks?: string[];
	/** Modal and plea words that ask a person now to do what follows ("can", "could", "soll", "pourrait", "mohon", "anaweza"): before a person's contact verb whose object is the user, the person is asked to contact the user. See ../contactRequests.ts. */
	contactAskers?: string[];
	/** The user as the object of a contact verb ("me", "mich", "mig", "saya"), or a contact verb that holds it ("llamarme", "anipigie", "kunicall"). */
	userObjects?: string[];
	/** Verbs that send a person of the company to the user, have one come, or book their visit ("send", "come", "schedule", "mándenme", "venha", "envoyer", "vorbeikommen", "vereinbaren", "komme", "dikirimkan", "jadwalin", "tumeni", "aje"): near a person asked now ("can you send a technician", "un réparateur peut venir ?", "naomba fundi aje"), or before a visit noun ("agendem uma visita técnica"), a person is asked for now. See ../visitRequests.ts. */
	visitVerbs?: string[];
	/** Want verbs and pleas that ask for such a visit beside `contactAskers` and urgers ("need", "necesito que venga", "pouvez", "möchte", "venligst", "minta", "nataka"). See ../visitRequests.ts. */
	visitAskers?: string[];
	/** Nouns of a visit or appointment ("visit", "visita", "visite", "Termin", "besøg", "kunjungan", "ziara"), and compounds that are a technical visit themselves ("Technikerbesuch", "teknikerbesøg"). See ../visitRequests.ts. */
	visits?: string[];
	/** Words that make a visit a technical one when they stand next to it ("service", "técnica", "technique", "teknisi", "fundi"), and the compounds of `visits` that are one by themselves. See ../visitRequests.ts. */
	visitQualifiers?: string[];
	/** Prepositions of the one a thing is sent to ("to", "til", "an", "pra", "à", "ke", "kwa"): between a send verb and a person, the person receives a thing, no one is sent ("send the parcel | to | another person", "kirim paket | ke | orang lain"). See ../visitRequests.ts. */
	visitRecipients?: string[];
	/** Recipients that, right after a send verb, mark the person sent ("mandar | al | fontanero", "manden | a | alguien"), and after something sent its recipient ("mandar la factura | al | fontanero"). See ../visitRequests.ts. */
	visitPersonMarkers?: string[];
	/** Visit verbs of `visitVerbs` in a jussive mood that ask by themselves ("aje", "waje": let them come): right after a person opening its clause, with no asker, the person is asked now ("fundi wa wifi | aje | nyumbani", "Mtu | aje | anifungulie"). See ../visitRequests.ts. */
	visitJussives?: string[];
	/** Verbs of a service a person does on the user's matter ("look", "advise", "anschauen", "regarder", "revisar", "kigge", "cek"): asked by a contact asker, with the user or their thing as object, a person is asked for now. See ../serviceRequests.ts. */
	userServices?: string[];
	/** Indefinite articles ("a", "un", "uma"): right after a contact verb and the user, a thing is sent, no contact asked ("could someone email me a copy"). */
	indefiniteArticles?: string[];
	/** Words of a perfect ("been", "sido", "gewesen", "været"): the wish or the contact before or with one is past ("it would have been nice if someone had called"). */
	perfects?: string[];
	/** Auxiliaries of a perfect that stand between the user as object and a participle ("a", "ont", "avez" of "m'a transféré"): a participle read as an imperative there reports. See ../perfectReports.ts. */
	perfectAuxiliaries?: string[];
	/** A past "had" of the user's meeting or call ("had", "hatte", "tuve", "nilikuwa"): the appointment with a person after it is told, not asked. See ../pastMeetings.ts. */
	pastHaves?: string[];
	/** Verbs that make an "if" ask whether ("know", "saber", "savoir", "kujua"): "I'd like to know if someone called me" asks nothing of the person. */
	indirectQuestions?: string[];
	/** Words that stand for the matter in hand ("this", "esto", "lo", "her" of "det her", "ini"): right before a word of `needs` and a person, the matter needs the person ("I think this needs a person"). See ../needs.ts. */
	matters?: string[];
	/** Verbs of needing said of a matter ("needs", "requires", "tiene" que, "kræver", "braucht", "precisa", "harus", "inahitaji"). */
	needs?: string[];
	/** Plain negation words ("don't", "ikke", "pas", "gak"): one earlier in the clause denies the matter's need ("I don't think this needs a person"). */
	denials?: string[];
	/** Auxiliaries that open a question about the past ("did", "was"): a callback phrase in a clause one opens asks whether someone called, nothing now ("did someone ring me yesterday?"). See ../idleContactPhrases.ts. Before an existential, the existence is past ("was there anybody I could talk to?"): see ../existentialRequests.ts. */
	pastQuestions?: string[];
	/** Words that make the subject of a contact nobody ("nobody", "kein", "nadie", "ninguém", "ingen", "aucun"): before a contact verb in its clause the user asks no one to call ("nobody needs to ring me"). See ../nobodyContacts.ts. */
	nobodies?: string[];
	/** Verbs of seeming ("sounds", "suena", "klingt", "lyder"): a person word a few words after one, with no first-person word or request verb between, is how something seems ("sounds like a human"). See ../qualities.ts. */
	seemings?: string[];
	/** Words that ask for something as a possibility or a hope ("possible", "chance", "hope", "möglich", "bisa", "inawezekana"): a few words before a person with a contact next to it, the person is asked for ("would it be possible to be contacted by a person?"). See ../possibilities.ts. */
	possibilities?: string[];
	/** The word for "or" ("or", "oder", "atau"): a person and a machine as its two alternatives ask who answers ("a person or a bot?"). See ../identityAlternatives.ts. */
	alternatives?: string[];
	/** A handover done by the business's side, as a third-person verb or a noun ("hands", "escalates", "transbordo", "Übergabe", "transfert", "pengalihan"): a lone person word a few words after one is where that handover goes, asked about or described, unless the clause asks for it ("quero a transferência para um atendente"). See ../handoffs.ts. */
	handoffs?: string[];
	/** Machine words that are not a bot on their own ("automatic", "script", "otomatis"): only as the other alternative of a person in one "or" do they ask who answers ("a person typing or a script?"); "langganannya bukan otomatis kan?" refuses no bot. See ../identityAlternatives.ts. */
	machines?: string[];
	/** A product or system that acts on its own ("system", "IVR", "CRM", "tool", "chatbot", "værktøj", "logiciel", "Telefonanlage", "sistem", "mfumo"): a person it routes a word of `routedThings` to is no one the user asks for. See ../routedPersons.ts. */
	systems?: string[];
	/** What a system routes, assigns or is licensed for other than the user: callers, customers, leads, calls, licences, "them" ("callers", "leads", "dem", "licens", "o cliente", "les appels", "Anrufer", "pelanggan", "wateja"): "the CRM assigns | leads | to an agent". See ../routedPersons.ts. */
	routedThings?: string[];
	/** Devices that carry a call or a voice of their own ("speaker", "doorbell", "camera", "hearing aid"'s "høreapparat", "enceinte", "altavoz", "Lautsprecher", "kamera", "spika", "kifaa"): one as the subject of a transfer or talk verb asks what it can do ("can the speaker transfer a call to a human agent?"). See ../deviceFeatures.ts. */
	devices?: string[];
	/** Things a connect or transfer verb joins to another thing rather than a user to a person: apps, phones, watches, TVs, accounts, calls, mail ("app", "watch", "account", "appen", "opkald", "Konto", "conta", "cuenta", "compte", "akun", "laptop", "simu"). One right after the request, or just before it as its subject, is what is connected ("can you connect my watch to the app?", "kan jeg viderestille opkald til min mobil?"). See ../connectedThings.ts. */
	connectedThings?: string[];
	/** Words of being able ("can", "able", "puede", "poder", "pode", "consegue", "peut", "kann", "kan", "kunne", "bisa", "inaweza", "kuweza"): with a device or a bot of `devices` or `systems` before a person, its feature is asked about. See ../deviceFeatures.ts. */
	abilities?: string[];
	/** Of `abilities`, the infinitives that follow a want ("able" of "be able to", "poder", "pouvoir", "kunne", "kuweza"): "I'd like to | be able to | talk to the delivery driver" after a question about a device wishes for a feature. See ../deviceFeatures.ts. */
	abilityInfinitives?: string[];
	/** Relative words opening a clause about a thing ("that", "which", "que", "qui", "der", "som", "yang", Swahili "inayoweza"): "a bot | that | passes questions to my moderators" describes a bot the user wants, not a handover. See ../deviceFeatures.ts. */
	thingRelatives?: string[];
	/** Verbs of building a bot of one's own ("build", "building", "montar", "montando", "criar", "créer", "bauen", "bygge", "bikin", "kutengeneza"): with a word of `systems` a few words after, a handover asked about next is the feature of the user's bot ("tô montando meu bot, como transfiro pra atendente?"). See ../deviceFeatures.ts. */
	botBuilds?: string[];
	/** Verbs of understanding someone ("understand", "entender", "comprendre", "verstehen", "forstå", "paham", "kuelewa"; not of hearing: "I just want to hear a human" asks): a person right after one, or right before a German one, is understood, not asked for ("I can't understand a person when it's windy"). See ../deviceFeatures.ts. */
	perceptions?: string[];
	/** Nouns and adjectives that make a person or team word right after them the name or the kind of a thing in a game, an app or a product, not someone of the company ("cleaning", "descaling"; "modo", "carta", "mode", "carte", "kartu", "kadi"): "which descaling agent", "el modo humano", "kartu agen". See ../gamePersons.ts. */
	thingsBeforePerson?: string[];
	/** The same words standing after the person word ("skin", "mode", "card", "status"; "limpiador", "détartrant", "Modus", "Vorlage", "tilstanden", "pembersih"): "my agent skin", "agente descalcificante", "Mensch Modus", "agen pembersih". See ../gamePersons.ts. */
	thingsAfterPerson?: string[];
	/** Short words linking a thing noun of `thingsBeforePerson` to the person or team word it names ("de", "do", "da", "du", "ya", "za"): "la carta | de | soporte", "qual meme | de | atendimento", "kadi | ya | agent". See ../gamePersons.ts. */
	thingLinks?: string[];
	/** Words setting two sides against each other ("vs", "versus", "contra", "contre", "gegen", "mod", "lawan", "dhidi"): a person word a word or two before one is a side in a game or a contest ("humano vs máquina", "Mensch gegen Maschine"). See ../gamePersons.ts. */
	versusWords?: string[];
	/** Words that ask which one to choose or play in a game ("which", "best", "play", "pick", "welcher", "besten", "spielen", "qual", "melhor", "jogar", "quel", "meilleur", "hvilken", "bedst", "apa", "terbaik", "main", "gani", "bora"): one next to a person word and another in its clause choose a character ("which agent is best to main", "welcher Agent ist am besten"). See ../gamePersons.ts. */
	gameChoices?: string[];
	/** A piece of work a person or a machine can do for a product ("translation", "transcription", "subtitles", "cleaning", "Führung", "traducción", "oversættelse", "terjemahan", "tafsiri"): a person a few words after one in its clause does that work ("la traducción la hace un humano"). See ../workDoers.ts. */
	works?: string[];
	/** Verbs of answering, writing, reading or typing in a form said of someone doing it now ("answering", "contestando", "schreibt", "svarer", "bales", "anajibu"; no infinitives or subjunctives, which ask for it: "can a person answer", "que me conteste"; Spanish and Portuguese only their progressive forms, since their plain present asks too: "¿me contesta un humano?"): in a question with a person phrase near one, the question asks who answers ("schreibt hier ein echter Mensch?"). See ../replyQuestions.ts. */
	replies?: string[];
	/** Who-words ("who", "quién", "wer", "hvem", "qui", "siapa", Indonesian "yang" of "yang bales"): one a few words before a verb of `replies` (or of `repliesAfterWho`) asks who answers, and a person phrase later in the sentence, in its clause or as a clause of its own, names who they ask about ("who is answering me, a real person?"). See ../replyQuestions.ts. */
	whos?: string[];
	/** How-words ("how", "cómo", "hvordan", "comment", "wie", "bagaimana", Swahili "inafanyaje" of "inafanyaje kazi"): one a few words before a word of `workings` asks how something works. See ../featureQuestions.ts. */
	hows?: string[];
	/** Words of curiosity ("curious", "wondering", "curiosidad", "curiosité", "savoir", "penasaran", "nauliza"): one in a short sentence right after a question says the question was asked only to know ("…? just curious"). See ../closingCuriosities.ts. */
	curiosities?: string[];
	/** Verbs of working ("work", "funciona", "virker", "marche", "funktioniert", "kerja", "kazi"): after a how-word, the clause asks how what it names works, a handover to a person included ("how does the transfer to an agent work?"). */
	workings?: string[];
	/** Words saying a handover happens by itself ("automatically", "automatisch", "automatisk", "otomatis", "sozinho", Swahili "yenyewe"): one in a question with no first-person word asks how the feature works ("will the bot transfer me automatically if it doesn't know?"), not for a person now. See ../featureQuestions.ts. */
	handoverModes?: string[];
	/** Words for the cases or situations something happens in ("cases", "casos", "cas", "Fällen", "tilfælde", "kasus"): after a word of `whiches` (Indonesian: before it), in such a question, they ask in which cases a handover happens. See ../featureQuestions.ts. */
	cases?: string[];
	/** Which-words ("which", "what", "qué", "quais", "quels", "welchen", "hvilke", Indonesian "apa"): see `cases`. */
	whiches?: string[];
	/** Words for "only" ("only", "solo", "seulement", "nur", "kun", "cuma"): a few words after a word of `alternatives`, in such a question, they weigh what a service offers ("a trainer by video or only chat?"). See ../featureQuestions.ts. */
	onlies?: string[];
	/** Words opening what a person is wanted for ("for", "pour", "para", "wegen", "untuk"): after a person or team, an urger a few words on asks for them ("un plombier pour la fuite svp"). See ../urgers.ts. */
	purposes?: string[];
	/** Words for a business's customers ("customer", "shopper", "guest", "cliente", "Kunde", "kunde", "pelanggan", "mteja"): one next to a conditional or a word of `whens` sets up a case, and the request after it is the customer's. See ../customerCases.ts. */
	customers?: string[];
	/** When-words that open a case ("when", "once", "cuando", "lorsque", "sobald", "når", "ketika"; Swahili verbs in their "when" form, "akiomba"): see `customers`. */
	whens?: string[];
	/** Plain present forms of answering verbs that ask who answers only after a who-word ("quién me contesta …"; alone, "¿me contesta un humano?" asks one to). */
	repliesAfterWho?: string[];
	/** The user's possessive before a noun ("my", "mi", "meine", "ma"): a clause opening with it and a noun has someone close to the user as its subject ("my wife wants to talk to a manager but I…"). See ../othersRequests.ts. */
	ownPossessives?: string[];
	/** The user's possessive after a noun ("saya", "yangu"): "ibu saya mau…", "rafiki yangu alisema…". See ../othersRequests.ts. */
	ownPossessivesAfter?: string[];
	/** The present "there is" of a question ("hay", "gibt", "tem", "ada", "kuna", "there", the "y" of "y a", the "der" of "er der"; not the past "había"), and words that open such a question without it ("any", "algún", "is", "ist", "har" of "har I"): a few words before a person with a word of `presences` after it, the person is asked for now ("¿hay asesores libres?", "ist gerade ein Techniker erreichbar?"). See ../presentPersons.ts. Before a person whom a relative clause has the user talk with, too: see ../existentialRequests.ts. */
	existentials?: string[];
	/** Words that say a person is there and free, online or on duty ("disponible", "libre", "verfügbar", "tersedia", "yupo", "online", "duty" of "on duty", "guardia" of "de guardia", "astreinte", "vagt" of "på vagt", "plantão", "zamu"). See ../presentPersons.ts. */
	presences?: string[];
	/** Words for "now" that may follow a presence word without making the question one about opening times ("now", "right now", "ahora mismo", "agora", "maintenant", "jetzt", "lige nu", "sekarang", "sasa hivi"): "kuna fundi yeyote online sasa hivi?". See ../presentPersons.ts. */
	presentNows?: string[];
	/** Words that may open a question whose subject is a name, with a word of `presences` after it ("is", "est ce que", the article of "a Juliana", "er", "apakah"): "is Maria available?". A language that capitalises its nouns has none, so its names are read after a title only ("ist Frau Berger heute da?"). See ../presentNames.ts. */
	nameOpeners?: string[];
	/** One-word turns to the present that open a later clause, alone or after a contrast ("now", "jetzt", "erstmal", "là", "nu", "ahora", "agora", "enquanto", "sekarang", "sasa"): "if it breaks again I'll demand a manager, | but for now just tell me …", "…, mais là il veut juste savoir …". A request on a condition or in the user's own plan before one is for later. See ../deferredRequests.ts. */
	nowTurns?: string[];
	/** Two-word phrases of the next time something happens ("next time", "la próxima vez", "la prochaine fois", "nächstes Mal", "næste gang", "lain kali", "wakati ujao"): a request in a clause they open, or after a condition they open, waits for then. See ../futureConditions.ts. */
	nextTimes?: string[];
	/** Report verbs said by a person ("told", "said", "gesagt", "dit", "sagde", "dijo", "disse", "bilang", "alisema"): right after a person phrase, or before `speakerAgents` and one, the person is the speaker of what is passed on, not asked for ("the operator told my husband …"). See ../reportSpeakers.ts. */
	speakerReports?: string[];
	/** Words that give a passive report its speaker ("by", "von", "par", "af", "por", "pelo", "oleh", "na"): "I was told by an agent …", "fik at vide af en medarbejder …". See ../reportSpeakers.ts. */
	speakerAgents?: string[];
	/** "Myself" words after a contact the user will make ("myself", "selbst", "(moi-)même", "selv", "mismo", "mesmo", "sendiri", "mwenyewe"): with the user's own future before it, the contact is the user's plan, not a request ("I'll ring someone at the swim school myself on Monday", "nanti saya coba telepon balik sendiri"). See ../deferredRequests.ts. */
	selfDoers?: string[];
	/** Contact verbs in the active, as the user says them of their own plan right after "I" (or with "I" right after them) where no auxiliary marks the future ("nanti saya | chat admin lagi", "nanti saya yang | telepon CS", "amanhã eu | ligo pro atendimento", "mañana llamo | yo al soporte"): with a future word before them in the clause, the contact is the user's plan, not a request; a passive ("nanti saya ditelepon admin") asks. See ../deferredRequests.ts. */
	plannedContacts?: string[];
	/** Words of having to ("must", "have to", "tiene que", "muss", "skal", "harus", "lazima"): in the part of an either-or question that names a person, with the system, a machine or the user doing it in another part, the user asks whether a person must do something, not for one ("¿lo aprueba el sistema o tiene que revisarlo un empleado?"). See ../obligedPersons.ts. */
	obligations?: string[];
	/** Needs said with the user as their unspoken subject ("need", "skal", "tengo", "perlu", "lazima"): opening a sentence just before a talk verb whose pronoun stands for a person named before, the user asks for them ("is Tom in today? need to talk to him"). See ../antecedents.ts. */
	openingNeeds?: string[];
	/** Words that open a correction of what the user just said ("wait", "actually", "attendez", "espera", "eh", "subiri"): next to a negation they take back a request before them. See ../corrections.ts. */
	selfCorrections?: string[];
	/** Numbers above one and words that share out ("per", "each", "hver", "kila"): a lone person word after one (in Swahili, where numbers follow the noun, also before one) is staff counted as a unit of a product ("a desk with 25 agents", "per agent"), not someone asked for. See ../countedPersons.ts. */
	counters?: string[];
	/** The word that joins a noun to a bare noun qualifying it ("de"): a lone person word after a noun and one qualifies that thing ("app de atendente", "informe de agentes"), no one asked for. See ../qualities.ts. */
	associatives?: string[];
	/** Present and past forms of "to be" ("is", "ist", "er", "es", "est", "é", "ni"): a lone person word a few words after one whose subject is a noun or the user is what that subject is ("Mein Nachbar ist so ein Mensch"), no one asked for. See ../predicates.ts. */
	copulas?: string[];
	/** The copulas of `copulas` that say "I am" by themselves ("soy", "sou", "suis", "bin"): the user is their subject even where no pronoun comes first ("Soy asesor de viajes y …", "Sou atendente de loja"). See ../predicates.ts. */
	selfCopulas?: string[];
	/** Contact forms the user gets from a person: passive participles and nouns ("contacted", "called", "dihubungi", "rappelée", "ringet", "tel"), and subjunctives that come before their subject ("contactara"). */
	contactForms?: string[];
	/** Nouns for a written message as a medium ("email", "Nachricht", "mensaje", "besked", "msg"): one after the user object or an indefinite article is what a person sends when asked to write to the user ("m'envoyer un mail", "eine Nachricht schreibt"). See ../writtenContacts.ts. */
	contactMedia?: string[];
	/** Words for a team or department that a name follows or goes before ("équipe", "tim", "timu", "Team"): in a talk verb's slot, one with a name no pack lists is a team asked for ("mettez-moi en contact avec l'équipe maraîchage", "oper ke tim kolam renang", "talk to the escape room team"). See ../teamTargets.ts. */
	teams?: string[];
	/** Modal words that open a question asking the business to let the user reach someone ("can", "could", "dá", "pourriez", "können", "bisa", "mnaweza"): opening the clause of a talk verb, with only frequent words between ("can you put me through to", "dá pra falar com", "bisa hubungkan saya dengan"), the team in its slot is asked for by the user. See ../teamTargets.ts. */
	slotAskers?: string[];
	/** Prepositions that link a team word to what it handles, where no filler does ("for", "für", "pour", "untuk"): "tale med afdelingen for | reservedele", "talk to the team for | exhibitors". See ../teamTargets.ts. */
	teamLinks?: string[];
	/** The "one" of one member of a group ("one", "uno", "um", "einen", "en", "salah satu", "mmoja"): with a word of `groupOwners` before or after the group's word, in a talk verb's slot, a person of the business is asked for ("talk to one of your devs", "falar com um dos seus desenvolvedores"). See ../groupMembers.ts. */
	groupOnes?: string[];
	/** The business as the owner of a group of people ("your", "sus", "vos", "seus", "eurer", "jeres", "kalian", "wenu"): see `groupOnes`. */
	groupOwners?: string[];
	/** Words and two-word phrases of a time before now ("yesterday", "last time", "kemarin", "i går"): a person or request words in a clause with one are reported; see ../pastReports.ts. */
	pastTimes?: string[];
	/** The "with" of talking with someone ("with", "mit", "con"): a talk verb of `conversations` ending with one has a person in its slot. See ../conversationPartners.ts. */
	companions?: string[];
	/** The "to" of talking to someone ("to", "à"), read as `companions` after a talk verb when an article follows: "talk to | a plumber", "parler à | un menuisier". See ../conversationPartners.ts. */
	addressees?: string[];
	/** Words of talking with someone ("speak", "sprechen", "hablar"; not "connect", "verbinden"). See ../conversationPartners.ts. */
	conversations?: string[];
	/** Third-person singular pronouns that stand for a person, as the object of a talk verb ("her", "ella", "hende", "beliau"): in a put-through slot, one stands for a person named or described before it. See ../antecedents.ts. */
	personPronouns?: string[];
	/** A third person as the object of a contact verb: a clitic or pronoun before it ("le", "lo", "lhe", "ihn", "her"), or the verb with that object in it (Swahili "ampigie"). See ../behalfObjects.ts. */
	othersObjects?: string[];
	/** A third person's want whose object is a clause or a person to act ("wants", "voudrait", "quiere", "quer", "möchte", "ønsker", "ingin", "anataka"): with someone close the user named as the contact's object, it asks the person now. See ../behalfObjects.ts. */
	othersWants?: string[];
	/** Third-person subject pronouns ("he", "she", "they", "han", "hun", "de"): after someone else's want, one with a "himself" word past it says that person will make the contact ("my husband wants to speak to someone, but he'll ring you himself"). See ../deferredRequests.ts. */
	thirdSubjects?: string[];
	/** Past forms of asking ("asked", "demandé", "pidió", "bad", "aliomba"): after a subject other than the user in its clause, a request reports what that person asked ("my neighbour asked to speak to the manager"). See ../othersPastAsks.ts. */
	othersPastAsks?: string[];
	/** Another's offer, suggestion, order or typing, past ("offered", "ofreció", "mandou", "getippt"): a request after it, set aside by a contrast, is passed on, not asked. See ../passedOnAsks.ts. */
	passedOnAsks?: string[];
	/** The user's asking or telling someone to act ("asked", "told", "pedí", "pedi", "demandé", "bedt", "minta", "nimemwomba"): someone close named right after it makes the contact that follows ("I've asked my brother to ring your sales team"). See ../closeErrands.ts. */
	errandAsks?: string[];
	/** Report words whose speech may follow a comma without "that" ("versprochen", "meinte", "gesagt"), and contacts tried, offered or forgotten ("versucht", "vergessen"): "er hat versprochen, mich zurückzurufen" passes on a contact the reporter promised. See ../reports.ts. */
	commaReports?: string[];
	/** Service verbs of `userServices` whose object, the matter in hand, is part of the verb ("draufschauen": look at it): "kann mal jemand aus der Gärtnerei draufschauen?". See ../serviceRequests.ts. */
	matterServices?: string[];
	/** The phone or call a person is had or got on ("phone", "call", "Telefon", "téléphone", "chamada", "simu"): a person after a want verb, then one of these closing "on the phone", is put through ("can I get the receptionist at the clinic on the phone", "need one of your devs on a call"). See ../phoneHolds.ts. */
	phoneLines?: string[];
	/** Verbs of getting or putting someone on the phone, in the forms that ask it now (imperatives, infinitives; no past forms): "get", "put", "poner", "ponme", "pôr", "coloca", "holen", "bekommen", "få", "niweke": with a person and then a word of `phoneLines` closing the clause, or the user, a phone and a "with" and a person, the person is asked for ("get the duty manager at the Leeds store on the line", "ponme al teléfono con alguien"). See ../phoneHolds.ts. */
	phoneVerbs?: string[];
	/** The user's possessives before a noun besides `ownPossessives`, plural ones mostly ("our", "nuestra", "notre", "unsere", "vores"): with `ownPossessives` and a noun after a contact verb, someone of the user's is its object ("can someone call | our | host family"). See ../relationObjects.ts. */
	relationOwners?: string[];
	/** The user's possessives after a noun besides `ownPossessivesAfter` ("sy", "kami", "yetu"): "telpon ayah mertua | sy". See ../relationObjects.ts. */
	relationOwnersAfter?: string[];
	/** Imperatives of a contact verb said to the company ("call", "ring", "liguem", "llamen", "appelez", "ruft", "telponin", "mpigieni"): opening a clause, with someone of the user's as the object and a phone number after it, the user asks for that person to be called ("ring my dad on 22 33 44 55"). See ../relativeCalls.ts. */
	contactImperatives?: string[];
	/** A call verb whose particle splits off to its clause's end ("ruf", "rufen": "Rufen Sie mich bitte morgen an"): put first in its clause with the user as its object, it asks for a call now. See ../splitCalls.ts. */
	splitCallVerbs?: string[];
	/** The particles of those verbs ("an", "zurück"). */
	callParticles?: string[];
	/** Words that open a time of day ("gegen", "so", "zwischen"): after a split call's particle, the time of the call ("ruf mich an | so gegen sieben"), which a preposition "an" never governs. */
	callTimes?: string[];
	/** Words for someone or no one that also determine a noun, as "any" and "no" do (Danish "nogen", "ingen", "nogle"): before a word of `determinedThings` they name no one ("er der nogen mulighed for …"). See ../unsoughtSomeones.ts. */
	someones?: string[];
	/** Things such a word determines in a question or a report ("mulighed", "plan", "regel", "dækning", "chance"): "er der nogen plan for hvornår …", "ingen dækning i kælderen". See ../unsoughtSomeones.ts. */
	determinedThings?: string[];
	/** The user's own chat, stream, group or channel ("chat", "stream", "gruppe", "grupo", "kanal", "kikundi"): with the user's possessive a few words after a person word, the person is one of the user's audience ("der er nogen der spammer min chat", "watu kwa chat yangu"). See ../unsoughtSomeones.ts. */
	ownCommunities?: string[];
	/** Articles, and prepositions joined with one, that make a talk word after them a noun ('the', 'del', 'do', 'no', 'pelo', 'du', 'au'): "the chat", "del chat", "do chat" later in the clause of a person talked about does not ask that person to talk ("el agente del chat ayudó mucho"). See ../referents.ts. */
	channelArticles?: string[];
	/** "Own" beside a team the user runs ("own", "propio", "próprio", "propre", "eigenen", "egen", "sendiri", "wenyewe"): "we have our own support team", "tim CS sendiri". See ../ownTeams.ts. */
	ownTeamWords?: string[];
	/** Words of thanks ("thanks", "gracias", "obrigado", "merci", "danke", "tak", "makasih", "asante"): a few words before a team offered by itself, the team is thanked, not asked for ("thanks to your support team for …"). See ../judgedTeams.ts. */
	thanks?: string[];
	/** Words of a thing breaking or broken ("broke", "cracked", "roto", "quebrou", "cassé", "kaputt", "knækket", "patah", "imevunjika"): after a team word opening its clause, the word names a thing, a stand or a mount ("the support snapped", "el soporte del portátil se rompió"). See ../judgedTeams.ts. */
	breakages?: string[];
	/** "As" before a role the user holds ("as", "als", "som", "como", "comme", "sebagai", "kama"): "Bekomme ich als Agent eine Provision", "kama wakala". See ../unsoughtSomeones.ts. */
	roleAs?: string[];
	/** Verbs that ask what the business offers ("offer", "tilbyder", "bietet", "ofrecen", "proposez", "oferecem", "menyediakan", "mnatoa"): opening a clause, the person after them is asked about as a service ("tilbyder I en personlig rådgiver, hvis …"). See ../unsoughtSomeones.ts. */
	offerVerbs?: string[];
	/** Words that say a person is not who they claim to be ("fake", "supuesto", "tal", "soi-disant", "angeblichen", "såkaldt", "palsu", "feki"): right before the person word or right after it, a scam's sender is described, no one asked for ("un SMS de um tal agente de entregas", "SMS kutoka kwa wakala feki"). See ../unsoughtSomeones.ts. */
	pretenders?: string[];
	/** "New" said of a person ("new", "nueva", "nouvelle", "neue", "ny", "baru", "mpya"): right before or after the person word of a "there is" request, a newcomer is reported, no one asked for ("ada orang baru di divisi saya", "there is a new person in my team"). See ../unsoughtSomeones.ts. */
	newcomers?: string[];
	/** Verbs of transferring or connecting someone to a person, in the forms that ask it now (imperatives, infinitives after a modal; no past forms): "put" my dad through to someone, "verbinden" Sie meine Mutter mit einem Berater, "stil" min mor om til, "comuniquen" a mi madre con, "transferir" o meu pai para, "mettez" ma grand-mère en relation avec, "sambungkan" ibu saya ke, "muunganishe" mama yangu na. With someone of the user's as the object and a person or team after it, the user asks for that person to be put through. See ../transferredRelations.ts. */
	transferVerbs?: string[];
	/** A transfer or connect verb with the user inside it, written as one word ("pasarme", "transferirme", "comunicarme", Swahili "kuniunganisha", "kunihamisha"): after a bot with a word of being able ("¿tu bot puede pasarme con un agente?", "bot yenu inaweza kuniunganisha na wakala?") it asks the bot for the transfer, as `userObjects` beside a word of `transferVerbs` do. See ../botHandovers.ts. */
	userTransfers?: string[];
	/** Frequent words, for detecting the language. */
	stopwords: string[];
	verbSense?: VerbSense;
}

/** The grammar part of a pack, kept in its own file per language. */
export type Grammar = Required<Pick<LanguagePack, 'talkVerbs' | 'wantVerbs' | 'reachVerbs' | 'people' | 'departments' | 'fillers' | 'topics' | 'declines' | 'urgers' | 'cancels' | 'identity'>> &
	Pick<
		LanguagePack,
		'elidedSubjects' | 'infinitives' | 'notAlone' | 'wishes' | 'conjunctions' | 'ones' | 'conditionals'
		| 'aheadConditionals' | 'aheadDays' | 'later' | 'futures' | 'courtesies' | 'details' | 'selves' | 'disowns'
		| 'takeBacks' | 'relatives' | 'contrasts' | 'abbreviations' | 'firstPersons' | 'complementisers' | 'callbacks'
		| 'promises' | 'pastDeeds' | 'pastDeedForms' | 'contactDeeds' | 'imperatives' | 'subjects' | 'determiners' | 'determinersAfter' | 'degrees' | 'reports'
		| 'quoteSources' | 'roleForms' | 'roleLookalikes' | 'titles' | 'teams' | 'wishMoods' | 'wishedContacts' | 'perfects' | 'perfectAuxiliaries' | 'pastHaves'
		| 'indirectQuestions' | 'matters' | 'needs' | 'denials' | 'seemings' | 'possibilities' | 'contactForms'
		| 'pastTimes' | 'alternatives' | 'handoffs' | 'machines' | 'systems' | 'routedThings' | 'thingsBeforePerson'
		| 'thingsAfterPerson' | 'thingLinks' | 'versusWords' | 'gameChoices' | 'works' | 'ownPossessives'
		| 'ownPossessivesAfter' | 'existentials' | 'presences' | 'selfCorrections' | 'contactAskers' | 'userObjects'
		| 'indefiniteArticles' | 'companions' | 'conversations' | 'counters' | 'associatives' | 'replies' | 'whos'
		| 'repliesAfterWho' | 'userServices' | 'copulas' | 'selfCopulas' | 'pastQuestions' | 'hows' | 'workings' | 'contactMedia' | 'handoverModes' | 'cases' | 'whiches' | 'onlies' | 'purposes' | 'customers' | 'whens'
		| 'addressees' | 'nobodies' | 'personPronouns' | 'othersObjects' | 'phoneLines' | 'phoneVerbs' | 'curiosities' | 'wishLinks'
		| 'othersWants' | 'thirdSubjects' | 'othersPastAsks' | 'passedOnAsks' | 'errandAsks' | 'commaReports' | 'matterServices' | 'slotAskers' | 'teamLinks' | 'groupOnes' | 'groupOwners' | 'relationOwners'
		| 'relationOwnersAfter' | 'contactImperatives' | 'splitCallVerbs' | 'callParticles' | 'callTimes' | 'presentNows' | 'nameOpeners' | 'nowTurns' | 'nextTimes' | 'speakerReports' | 'speakerAgents'
		| 'openingDeterminers' | 'clauseEndUrgers' | 'openingDays' | 'plannedContacts'
		| 'selfDoers' | 'someones' | 'determinedThings' | 'ownCommunities' | 'channelArticles' | 'ownTeamWords' | 'thanks' | 'breakages' | 'roleAs' | 'offerVerbs' | 'writeBacks' | 'pretenders' | 'newcomers' | 'obligations' | 'openingNeeds'
		| 'writeBackAgains' | 'memberLinks' | 'visitVerbs' | 'visitAskers' | 'visits' | 'visitQualifiers'
		| 'visitRecipients' | 'visitPersonMarkers' | 'visitJussives' | 'transferVerbs' | 'userTransfers' | 'replyCues' | 'reportedReplies' | 'devices' | 'connectedThings' | 'abilities'
		| 'abilityInfinitives' | 'handOverVerbs' | 'handOverUsers' | 'thingRelatives' | 'perceptions' | 'botBuilds'
	>;
