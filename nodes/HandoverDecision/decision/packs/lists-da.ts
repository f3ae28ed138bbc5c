import type { Grammar } from './types';

/** Danish word lists the clause checks read (see ../grammar.ts, `WORD_LISTS`, and the checks named in ../packs/types.ts). */
export const danishClauseLists = {
	callbacks: ['vende tilbage til mig', 'ringe tilbage'],
	imperatives: ['stil', 'sæt', 'kobl', 'forbind', 'overfør', 'viderestil', 'send'],
	subjects: ['han', 'hun', 'de', 'vi', 'den', 'det', 'vil', 'kan', 'skal', 'ville', 'kunne', 'skulle'],
	promises: ['ringer', 'vender', 'skriver', 'nok'],
	// what the person opening the clause did, a report: "en medarbejder i banken gav mig et forkert kontonummer"
	pastDeeds: ['var', 'blev', 'har', 'havde', 'gav', 'kom', 'tog', 'fik', 'gik', 'glemte', 'hjalp', 'sendte', 'satte', 'lagde', 'smed',
		'kørte', 'skiftede', 'anbefalede', 'parkerede', 'lavede', 'fandt', 'mistede', 'tabte', 'ødelagde', 'slettede', 'aflyste',
		'afviste', 'solgte', 'mødte', 'tjekkede', 'kiggede', 'svarede', 'skrev', 'ringede', 'fortalte', 'sagde', 'nægtede', 'installerede',
		'monterede', 'reparerede', 'fiksede', 'efterlod', 'bad', 'spurgte',
		// irregular and '-te' forms, which the ending in pastDeedForms does not read: "en medarbejder fra jer holdt et fint oplæg om det"
		'holdt', 'viste', 'gjorde', 'vidste', 'fulgte', 'købte', 'kendte', 'brugte', 'faldt', 'lod', 'forstod', 'begyndte', 'stod'],
	// and any regular past form no pack lists: "en medarbejder fra jer afleverede pakken hos naboen"
	pastDeedForms: ['*ede'],
	identity: [
		'snakker jeg med', 'er det et rigtigt menneske',
		'er du et', 'er du en', 'er du menneske', 'taler jeg med', 'skriver jeg med', 'chatter jeg med', 'bot eller',
		'eller et menneske', 'er det en bot', 'er det et menneske',
		'svarer der en', 'i den anden ende',
		'chatgpt eller', 'er du chatgpt',
		'sidder der et menneske', 'sidder der en person', 'sidder der en rigtig', 'sidder der et rigtigt',
		'læser med', 'er det hele automatisk', 'er det automatisk',
		'er jeg i kontakt med', 'eller en bot',
		// who writes the answers: "Er der et menneske bag de her svar? De lyder lidt for perfekte."
		'menneske bag', 'person bag',
		// whether this chat answers by itself: "er det her automatisk?", "min mor spørger om det er et menneske, eller er det et program?"
		'er det her automatisk', 'er denne chat en bot', 'er denne chat en robot', 'er denne chat en chatbot',
		'er denne chat automatisk', 'er chatten automatisk', 'er det et program', 'sidder nogen og læser',
		'sidder der nogen og læser', 'sidder nogen og svarer', 'sidder der nogen og svarer',
		'om det er et rigtigt menneske', 'om det er et menneske', 'om det er en bot', 'om det er en robot',
		// a name or a machine as the other side: "robot eller Lise fra Odense?"
		'robot eller * fra',
	],
	// a one-word person request after one is a person talked about: see ../referents.ts
	determiners: ['jeres', 'din', 'dit', 'vores', 'hans', 'hendes', 'min', 'mit'],
	// before a "that" and a person, what follows is passed on: see ../reports.ts
	reports: ['sige', 'fortælle', 'sagde', 'siger', 'sagt', 'skrev', 'skriver', 'lovede', 'lovet', 'fortalte', 'nævnte', 'sms', 'mail', 'besked', 'brev'],
	// a quote these stand next to is someone's or something's words, and another's typing or shouting of it: see ../quotes.ts
	quoteSources: ['skilt', 'skiltet', 'viser', 'knappen', 'sætningen', 'skrevet', 'råber', 'spammede'],
	// a label's or a title's text, whoever pressed or read it: "jeg klikker på "skriv til os" og så lukker appen", "artiklen "Ring til en rådgiver" er forældet"
	quoteLabels: ['knappen', 'knapperne', 'artikel', 'artiklen', 'overskrift', 'overskriften', 'titlen', 'linket', 'menupunkt', 'menupunktet', 'fanen', 'feltet',
		'trykker', 'trykke', 'trykkede', 'trykket', 'klikker', 'klikke', 'klikkede', 'klikket'],
	// a word of these forms, or a title and a name, in a talk verb's slot is a person: see ../roleTargets.ts; so is a team
	// named by what it handles: "Kan jeg blive stillet videre til jeres erhvervsafdeling?"
	roleForms: ['*afdeling', '*afdelingen', '*leder', '*lederen', '*rådgiver', '*rådgiveren', '*medarbejder', '*medarbejderen', '*ansvarlig', '*ansvarlige', '*konsulent', '*konsulenten', '*mester', '*mesteren', '*inde',
		'*rådgivere', '*rådgiverne', '*tekniker', '*teknikeren', '*chef', '*chefen', '*funktionær', '*funktionæren',
		// the trades' and the offices' own compounds: "kan jeg få fat i en museumsinspektør", "kan jeg tale med bilsælgeren?"
		'*tør', '*tøren', '*udlejer', '*udlejeren', '*lærer', '*læreren', '*behandler', '*behandleren', '*sælger', '*sælgeren'],
	titles: ['fru', 'hr', 'frk'],
	// before an "if" or "that", a person and a contact verb: the person is wished to contact the user; see ../wishes.ts
	wishMoods: ['ville'],
	wishedContacts: ['ringede', 'ringer', 'ringe', 'kontaktede', 'kontakter', 'kontakte', 'henvendte'],
	// a person asked to write to, answer or reach out to the user (`userObjects`); see ../writeBacks.ts
	writeBacks: ['skrive', 'skriver', 'svare', 'svarer'],
	writeBackAgains: ['igen'],
	// how often or whether at all someone answers, and the verb's habitual and past forms; see ../answerHabits.ts
	replyCues: ['nogensinde', 'overhovedet', 'sommetider', 'normalt', 'allerede', 'egentlig', 'virkelig', 'plejer'],
	reportedReplies: ['svarer', 'skriver', 'svarede', 'svaret', 'skrev', 'skrevet'],
	memberLinks: ['fra', 'hos', 'i'],
	// a person given to the user: "get me | Gary at the depot"; see ../handOvers.ts
	handOverVerbs: ['giv', 'hent', 'find'],
	handOverUsers: ['mig', 'os'],
	// a person asked by one of these to contact the user (`userObjects`): see ../contactRequests.ts
	contactAskers: ['kan', 'kunne', 'skal'],
	// "Send venligst en tekniker", "få en servicemontør herud", "kan der komme en tekniker ud"; see ../visitRequests.ts
	visitVerbs: ['send', 'sende', 'komme', 'bestille', 'booke', 'herud', 'derud', 'ud'],
	// 'sød' of the plea "vær sød at sende en tekniker"
	// 'bare', 'lige' of the polite "kan I ikke bare sende en mekaniker", whose 'kan' stands too far from the verb
	visitAskers: ['venligst', 'vil', 'gerne', 'behøver', 'brug', 'få', 'faa', 'sød', 'bare', 'lige'],
	visits: ['besøg', 'teknikerbesøg', 'servicebesøg'],
	visitQualifiers: ['dyrlæge', 'dyrlægen', 'tekniker', 'montør', 'servicemontør', 'teknikerbesøg', 'servicebesøg', 'mekaniker', 'kranvogn', 'autohjælp', 'elektriker', 'elektrikere', 'låsesmed', 'glarmester', 'blikkenslager',
		'teknikeren', 'teknikere', 'teknikerne', 'montøren', 'montører', 'servicemontøren', 'serviceteknikeren', 'elektrikeren', 'elektrikerne',
		'låsesmeden', 'glarmesteren', 'blikkenslageren', 'mekanikeren', 'manden', 'håndværker', 'håndværkeren', 'håndværkere'],
	visitRecipients: ['til'],
	// the verb of a visit announced (cancels-da.ts), wished after a want with 'at': "jeg vil gerne have at en af jeres montører kommer forbi"; see ../wishedVisits.ts
	wishedComings: ['kommer'],
	// "Kan I sende en vagt ud og se om alt er ok?": see ../sentOutPersons.ts
	sendOutArticles: ['en'],
	sendOutParticles: ['ud', 'herud', 'derud'],
	sendOutDeeds: ['se', 'kigge', 'kikke', 'give', 'tjekke', 'vurdere', 'hjælpe', 'ordne', 'reparere', 'fikse', 'hente', 'måle'],
	userObjects: ['mig', 'os'],
	// a person asked to do one of these on the user's matter: see ../serviceRequests.ts
	userServices: ['kigge', 'kikke', 'rådgive', 'svare', 'gennemgå'],
	indirectQuestions: ['vide', 'spørge', 'høre', 'spurgte'],
	perfects: ['været', 'havde'],
	// right before a need word and a person, the matter in hand needs the person: see ../needs.ts
	matters: ['det', 'dette', 'her'],
	needs: ['kræver', 'behøver', 'skal'],
	denials: ['ikke', 'aldrig'],
	// before a contact verb in its clause, the contact's subject is nobody: see ../nobodyContacts.ts
	nobodies: ['ingen'],
	// a person word a few words after one is how something seems, no one asked for: see ../qualities.ts
	seemings: ['lyder', 'virker', 'ligner', 'føles'],
	alternatives: ['eller'],
	onlies: ['kun'],
	purposes: ['til', 'for'],
	handoffs: ['overførsel', 'overdragelse'],
	machines: ['automatisk', 'automatiske', 'automatiseret', 'automatiserede', 'script'],
	// a person a system routes one of these to is no one the user asks for; see ../routedPersons.ts
	systems: ['system', 'systemet', 'bookingsystem', 'bookingsystemet', 'telefonsystem', 'telefonsystemet', 'ivr', 'crm', 'værktøj', 'værktøjet', 'software', 'platform', 'platformen', 'bot', 'botten', 'chatbot', 'chatbotten', 'app', 'appen',
		'chatbots', 'løsning', 'løsningen'],
	routedThings: ['kunder', 'kunderne', 'opkald', 'opkaldene', 'leads', 'henvendelser', 'henvendelserne', 'chats', 'chatten', 'samtaler', 'samtalen', 'dem', 'licens', 'licenser', 'licensen'],
	devices: ['højttaler', 'højttaleren', 'højttalere', 'kamera', 'kameraet', 'kameraer', 'dørklokke', 'dørklokken', 'høreapparat', 'høreapparatet', 'headset', 'hovedtelefoner', 'enhed', 'enheden'],
	// a thing a connect verb joins, not a person: see ../connectedThings.ts
	connectedThings: ['app', 'appen', 'telefon', 'telefonen', 'mobil', 'mobilen', 'tv', 'smartwatch', 'konto', 'kontoen', 'computer', 'computeren', 'printer', 'printeren', 'tablet', 'mail', 'mailen', 'opkald', 'opkaldene', 'linket', 'saldo'],
	abilities: ['kan', 'kunne'],
	abilityInfinitives: ['kunne'],
	thingRelatives: ['der', 'som'],
	perceptions: ['forstå', 'forstår'],
	botBuilds: ['bygge', 'bygger'],
	thingsBeforePerson: ['antivirus', 'vpn', 'rollen', 'rolle', 'brugerrollen', 'brugerrolle'],
	thingsAfterPerson: ['tilstand', 'tilstanden', 'kortet', 'skin', 'skabelon', 'skabelonen', 'status', 'main', 'klasse', 'meme', 'artikel', 'artiklen',
		// a game's rank, as its skin or class: "agent rank bugget efter patch"
		'rank'],
	versusWords: ['vs', 'versus', 'mod'],
	gameChoices: ['hvilken', 'hvilket', 'bedst', 'bedste', 'spille', 'vælge', 'maine'],
	transferVerbs: ['send', 'sende', 'stil', 'stille', 'sæt', 'sætte', 'forbind', 'forbinde', 'overfør', 'overføre', 'viderestil', 'viderestille'],
	// a person a few words after one of these does that work; see ../workDoers.ts
	works: ['oversættelse', 'oversættelsen', 'oversættelser', 'oversættelserne', 'rundvisning', 'rundvisningen', 'transskription', 'korrekturlæsning', 'moderering', 'undertekster', 'undertekstning', 'rengøring', 'rengøringen',
		// and what a person or a machine made or did outside this chat: the either/or after it asks who did that work, not this chat ("blev bekræftelsen på mail skrevet af en person eller sendt automatisk?"); see ../identityAlternatives.ts
		'bekræftelse', 'bekræftelsen', 'påmindelse', 'påmindelsen', 'bøde', 'bøden', 'møbler', 'møblerne'],
	// in a question with a person phrase near one: asks who answers; see ../replyQuestions.ts
	replies: ['svarer', 'skriver', 'læser', 'taster'],
	whos: ['hvem'],
	hows: ['hvordan'],
	workings: ['virker', 'fungerer', 'foregår'],
	handoverModes: ['automatisk'],
	cases: ['tilfælde', 'situationer'],
	whiches: ['hvilke'],
	customers: ['kunde', 'kunden', 'køber', 'gæst', 'besøgende', 'bruger', 'kunder', 'købere', 'gæster', 'brugere'],
	whens: ['når'],
	ownPossessives: ['min', 'mine'],
	// the 'der' of "er der" and the 'har' of "har I", and someone free, online or on duty: "har I en tekniker på vagt?", "er der en rådgiver ledig nu?"
	existentials: ['der', 'har'],
	// someone who has time: "er der en medarbejder der har tid nu?"
	presences: ['ledig', 'ledige', 'vagt', 'online', 'tilgængelig', 'tid'],
	presentNows: ['nu', 'lige nu'],
	// a question whose subject is a name: "er Mette ledig?"
	nameOpeners: ['er'],
	// a turn to the present after a request for later: "…, but for now just tell me …"
	nowTurns: ['nu'],
	nextTimes: ['næste gang'],
	// the speaker of a report: "the operator told my husband …", "I was told by an agent …"
	speakerReports: ['sagde', 'sagt', 'fortalte', 'fortalt', 'vide'],
	speakerAgents: ['af'],
	// the user's own contact, a plan: "I'll ring them myself"
	selfDoers: ['selv'],
	obligations: ['skal', 'må', 'behøver'],
	openingNeeds: ['skal', 'må', 'behøver'],
	possibilities: ['muligt', 'mulighed', 'håber'],
	contactForms: ['kontaktet', 'ringet', 'hjulpet', 'telefonen', 'betjent'],
	contactMedia: ['besked', 'mail', 'sms'],
	teams: ['team', 'teamet', 'afdeling', 'afdelingen'],
	// a modal opening the question of a talk verb with a team in its slot, 'vil' as English 'would': see ../teamTargets.ts
	slotAskers: ['kan', 'kunne', 'vil', 'ville'],
	// what a team handles after it, past one of these: see ../teamTargets.ts
	teamLinks: ['for'],
	// one of the business's people named by their group ("one of your devs"): see ../groupMembers.ts
	groupOnes: ['en', 'et', 'nogen'],
	groupOwners: ['jeres', 'dine'],
	// a time word before now: a person or request words in its clause are reported, not asked for; see ../pastReports.ts
	pastHaves: ['havde'],
	pastTimes: ['forleden', 'i går', 'i gaar', 'i forgårs', 'i forgaars', 'sidste uge', 'sidste gang', 'sidste måned', 'sidste år', 'sidste weekend', 'i morges', 'i formiddags', 'i eftermiddags', 'i aftes', 'tidligere'],
	// the "with" of a verb of talking with someone, and those verbs: a word no pack lists in their slot is a person (../conversationPartners.ts)
	companions: ['med'],
	conversations: ['tale', 'tal', 'snakke', 'snak', 'chatte', 'skrive'],
	personPronouns: ['hende', 'ham'],
	// a third person as a contact verb's object, said for someone close the user writes for; see ../behalfObjects.ts
	othersObjects: ['hende', 'ham', 'dem'],
	othersWants: ['vil', 'ønsker', 'beder'],
	// someone else's past ask, reported; see ../othersPastAsks.ts
	othersPastAsks: ['bad', 'spurgte', 'bedt'],
	// another's offer or order, passed on and set aside; see ../passedOnAsks.ts
	passedOnAsks: ['tilbød', 'tilbudt', 'foreslog', 'foreslået', 'skrev'],
	// the user's ask of someone close who makes the contact; see ../closeErrands.ts
	errandAsks: ['bedt', 'bad'],
	// that person's own contact after their want: "mine forældre vil gerne have fat i en person, men de ringer selv"
	thirdSubjects: ['han', 'hun', 'de'],
	phoneLines: ['telefonen', 'røret'],
	phoneVerbs: ['få', 'sæt', 'sætte'],
	// someone of the user's as a contact verb's object; see ../relationObjects.ts
	relationOwners: ['vores'],
	// a contact said to the company for someone of the user's, with a phone number; see ../relativeCalls.ts
	contactImperatives: ['ring', 'kontakt'],
	// see ../countedPersons.ts
	counters: ['per', 'hver', 'hvert', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ti'],
	copulas: ['er', 'var', 'være'],
	// 'it' as the subject of "to be": "det er et menneske der tjekker sagen?", "og det var helt sikkert fra et menneske"
	itSubjects: ['det', 'dette'],
	curiosities: ['nysgerrig', 'nysgerrighed'],
	// see ../unsoughtSomeones.ts
	someones: ['nogen', 'ingen', 'nogle'],
	determinedThings: ['mulighed', 'muligheder', 'plan', 'planer', 'regel', 'regler', 'chance', 'måde', 'grund', 'garanti', 'dækning', 'forbindelse', 'signal', 'løsning', 'opdatering', 'rabat', 'tidsplan', 'merpris', 'tillæg', 'frist', 'fordel'],
	ownCommunities: ['chat', 'stream', 'gruppe', 'kanal', 'kommentarer', 'kommentarfelt', 'server', 'livestream', 'team'],
	ownTeamWords: ['egen', 'eget', 'egne'],
	thanks: ['tak', 'takke', 'ros', 'kudos'],
	breakages: ['knækket', 'knækkede', 'stykker', 'bøjet', 'revnet', 'rustet'],
	roleAs: ['som'],
	offerVerbs: ['tilbyder', 'tilbyde'],
	pretenders: ['såkaldt', 'såkaldte', 'falsk', 'falske', 'påstået', 'påståede'],
	newcomers: ['ny', 'nye'],
} satisfies Partial<Grammar>;
