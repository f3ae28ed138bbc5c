/**
 * The word lists of the checks that read what a message is about: services done on the user's matter, things,
 * machines and devices, questions, presence, calls and teams. Each is optional. See the checks named on each list.
 */
export interface TopicLists {
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
	/** Units of measure written after a number that are also a chat spelling of a word of an identity phrase (Indonesian "km", kilometres and "kamu"): right after a number, the identity phrase it opens is a measure ("jaraknya 2 km manusia biasa bisa jalan"), no question ("km manusia?"). See ../marks.ts. */
	measureUnits?: string[];
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
	/** Words of going somewhere right after the user ("ke" of "besok saya ke kantor", "mampir", "datang"): a clause cancelled as the user's own trip, whose cancel has one of them right after a first-person word, goes on into the next clause when that clause opens with a talk verb and has no subject of its own ("besok saya mampir ke kantor cabang, | ketemu sama petugasnya langsung"): what the user will do there, a plan. See ../plannedTrips.ts. */
	trips?: string[];
	/** Present verbs of coming that open a cancel of an announced visit (Danish "kommer" of "kommer forbi"): right after a person a want with "that" asks for, the cancel is the visit wished and cancels nothing ("jeg vil gerne have at en af jeres montører kommer forbi"). See ../wishedVisits.ts. */
	wishedComings?: string[];
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
	/** The pronoun "it" as a copula's subject, opening its clause or after an "and" or "but" ("det", "dette"): a lone person word after the copula is what something is ("det er et menneske der skal godkende det", "og det var tydeligvis fra et menneske"), no one asked for. See ../predicates.ts. */
	itSubjects?: string[];
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
}
