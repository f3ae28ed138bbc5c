/**
 * The word lists of the checks that read who speaks, to whom and when: conditions and plans, reports and promises,
 * wishes, roles and visits. Each is optional; a pack lists the words its language needs. See ../clauseChecks.ts and
 * the checks named on each list.
 */
export interface ClauseLists {
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
	/** Names of a label and verbs of pressing one ("knappen", "artiklen", "menupunktet", "trykker", "klikker"): a quote just after one is the label's text, a button or a title, whoever pressed or read it ("jeg trykker på knappen "ring mig op" men intet sker"). See ../quotes.ts. */
	quoteLabels?: string[];
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
	/** Modals that, right before a word of `visitRecipients` after a technician word, stand for coming with the verb left out ("teknisinya | bisa | ke kantor besok?"). See ../visitRequests.ts. */
	visitModals?: string[];
	/** Visit verbs of `visitVerbs` in a jussive mood that ask by themselves ("aje", "waje": let them come): right after a person opening its clause, with no asker, the person is asked now ("fundi wa wifi | aje | nyumbani", "Mtu | aje | anifungulie"). See ../visitRequests.ts. */
	visitJussives?: string[];
	/** The article and the particles of a person sent out ("sende | en | vagt | ud"): one word no pack lists between them is the person sent, whatever its form. See ../sentOutPersons.ts. */
	sendOutArticles?: string[];
	sendOutParticles?: string[];
	/** Deeds done on the spot after a person sent out and a link ("ud og | se"): see ../sentOutPersons.ts. */
	sendOutDeeds?: string[];
}
