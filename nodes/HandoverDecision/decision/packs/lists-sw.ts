import type { Grammar } from './types';

/** Swahili word lists the clause checks read (see ../grammar.ts, `WORD_LISTS`, and the checks named in ../packs/types.ts). */
export const swahiliClauseLists = {
	callbacks: ['kunirudia'],
	// 'nipe' (give me; 'unipe', 'mnipe' to one or more) as well, a want verb in the imperative: "… wakasema nipige simu app inanipa tu maswali nipe mtu wa kuongea naye"
	imperatives: ['niunganishe', 'uniunganishe', 'mniunganishe', 'nikutanishe', 'unikutanishe', 'mnikutanishe', 'unganisha', 'nihamishie', 'nihamishe', 'nipeleke', 'unipeleke', 'mnipeleke', 'niconnect', 'niconnectie', 'uniconnectie', 'nitransfer', 'nipe', 'unipe', 'mnipe', 'nipatie'],
	promises: ['atanipigia', 'atanirudia', 'atanitumia', 'atanitafuta', 'atawasiliana'],
	identity: [
		// wakala anayeandika, au mtu halisi anamjibu mwingine: "hii ni AI ama ni agent anaandika?", "mama anauliza kama ni mtu halisi anamjibu"
		'ama ni agent anaandika', 'au ni agent anaandika', 'mtu halisi anamjibu', 'mtu halisi ananijibu', 'zinaandikwa na watu', 'zinaandikwa na mtu',
		'je naongea na', 'naongea na mtu', 'naongea na binadamu',
		// the full present 'ni-na-' and 'zungumza': "Je, ninaongea na binadamu halisi au ni mfumo unaojibu wenyewe?"
		'ninaongea na mtu', 'ninaongea na binadamu', 'ninaongea na bot', 'ninaongea na roboti', 'ninaongea na mashine',
		'nazungumza na mtu', 'nazungumza na binadamu', 'ninazungumza na mtu', 'ninazungumza na binadamu', 'au ni mfumo', 'ama ni mfumo',
		'wewe ni binadamu', 'wewe ni mtu', 'wewe ni roboti', 'wewe ni bot', 'wewe ni mashine', 'naongea na bot',
		'naongea na roboti', 'bot au mtu', 'bot au binadamu', 'mtu au bot', 'je wewe ni',
		'naongea na mashine', 'wewe ni ai', 'anayejibu hapa', 'nyuma ya chat',
		'kwa mashine au', 'mashine au mtu', 'mashine au binadamu',
		'roboti au mtu', 'anayenijibu', 'anayejibu ni', 'au ni mashine', 'au ni roboti',
		'chatgpt au', 'ni chatgpt',
		'naongea na robot', 'robot ama mtu', 'bot ama mtu', 'roboti ama mtu', 'mtu ama bot', 'mtu ama roboti',
		'automatic reply', 'ni automatic',
		'au ni ai', 'ama ni ai',
		// 'we' for 'wewe': "We ni binadamu kweli ama ni bot?"
		'we ni binadamu', 'we ni mtu', 'we ni bot', 'we ni roboti', 'ni binadamu kweli', 'ni mtu kweli', 'au ni bot', 'ama ni bot', 'ama ni roboti',
		'ama ni mashine',
		// a machine answering this chat: "ni roboti inanijibu?", "hii ni bot inajibu sasa?"
		'ni mashine inanijibu', 'ni mashine inajibu', 'ni roboti inajibu', 'ni robot inajibu', 'ni bot inajibu',
		'ni robot inanijibu', 'ni roboti inanijibu', 'ni bot inanijibu',
		// a name or a machine as the other side: "roboti au Neema wa Mwanza?"
		'roboti au * wa',
	],
	// before a "that" and a person, what follows is passed on: see ../reports.ts
	reports: ['alisema', 'walisema', 'aliahidi', 'waliahidi', 'aliandika', 'waliandika', 'ujumbe'],
	// a quote these stand next to is someone's or something's words, and another's typing or shouting of it: see ../quotes.ts
	quoteSources: ['iseme', 'aseme', 'ielewe', 'iandike', 'maneno', 'imeandikwa', 'kibao', 'kelele', 'alipayuka', 'alichapa', 'akisema', 'wakisema', 'akasema', 'akiandika'],
	// after a one-word person request, a person described or talked about: see ../referents.ts
	determinersAfter: ['wa', 'wako', 'wenu', 'yule'],
	// a word of these forms, or a title and a name, in a talk verb's slot is a person: see ../roleTargets.ts
	roleForms: ['m*aji', 'm*izi', 'm*ezi', 'm*ishi'],
	titles: ['bwana', 'mama', 'bi', 'dada', 'mzee'],
	// before an "if" or "that", a person and a contact verb: the person is wished to contact the user; see ../wishes.ts
	// the future as well as the conditional: "Nitafurahi kama Bw. Otieno angenipigia"
	wishMoods: ['ningefurahi', 'ningeshukuru', 'tungefurahi', 'ningependa', 'ingependeza', 'ningeomba', 'tungeomba', 'nitafurahi', 'tutafurahi', 'nitashukuru', 'tutashukuru'],
	wishedContacts: ['iwasiliane', 'kiwasiliane', 'wawasiliane', 'inipigie', 'kinipigie', 'wanipigie', 'angenipigia', 'ampigie', 'awapigie', 'anipigie', 'anipigia', 'angenitumia', 'anitumie', 'angewasiliana', 'awasiliane', 'angeniandikia', 'aniandikie', 'aniite', 'atupigie', 'kunipigia', 'kunicall', 'anicall', 'kumpigia', 'kuwasiliana', 'linipigie', 'wanitumie',
		// a visit or an explanation wished for: "ningeshukuru kama mtu wa ufundi angenitembelea kesho", "ningependa mwanasheria anieleze"
		'angenitembelea', 'anitembelee', 'wanitembelee', 'anieleze', 'wanieleze',
		// 'tafuta' (look for) for reaching the user: "mtu wa vitu vilivyopotea anaweza kunitafuta?"
		'kunitafuta', 'anitafute', 'wanitafute', 'angenitafuta'],
	// a person asked to write to, answer or reach out to the user (`userObjects`); see ../writeBacks.ts
	writeBacks: ['kuniandikia', 'aniandikie', 'aniandikia', 'kunijibu', 'anijibu', 'kunicheki', 'anicheki', 'niandikie', 'nijibu'],
	writeBackAgains: ['tena'],
	// how often or whether at all someone answers, and the verb's habitual and past forms; see ../answerHabits.ts
	replyCues: ['kweli', 'huwa', 'kawaida', 'tayari'],
	reportedReplies: ['anajibu', 'anayejibu', 'ananijibu', 'anayenijibu', 'alijibu', 'alinijibu', 'aliandika', 'aliniandikia', 'alinicheki', 'hujibu', 'huandika', 'wanajibu', 'walijibu', 'walinijibu'],
	memberLinks: ['wa', 'kutoka'],
	// a person given to the user: "get me | Gary at the depot"; see ../handOvers.ts
	handOverVerbs: ['nipe', 'tupe', 'nipatie', 'niletee'],
	handOverUsers: ['nipe', 'tupe', 'nipatie', 'niletee'],
	// a person asked by one of these to contact the user (`userObjects`): see ../contactRequests.ts
	contactAskers: ['anaweza', 'angeweza', 'naomba', 'tunaomba', 'ningeomba', 'tungeomba'],
	// "tumeni technician leo", "naomba fundi aje kesho", "naomba mpange ziara ya fundi"; see ../visitRequests.ts
	visitVerbs: ['tumeni', 'tuma', 'mtume', 'mtumeni', 'nitumie', 'nitumieni', 'mnitumie', 'mnitumieni', 'unitumie', 'aje', 'waje', 'kuja', 'mpange', 'panga', 'mpangie', 'kutuma', 'kunitumia', 'kumtuma', 'arudi'],
	visitAskers: ['mnaweza', 'tafadhali', 'nataka', 'nahitaji', 'ningependa', 'naomba', 'tunaomba', 'ningeomba'],
	// 'aje' (let them come) asks by itself after a person opening its clause: "fundi wa wifi aje nyumbani"
	visitJussives: ['aje', 'waje'],
	visits: ['ziara'],
	visitQualifiers: ['fundi', 'technician', 'ufundi', 'makanika', 'mekanika', 'kuvuta', 'mafundi'],
	visitRecipients: ['kwa'],
	userObjects: ['nami', 'aniite', 'waniite', 'inipigie', 'wanipigie', 'anipigie', 'atupigie', 'anipigia', 'kunipigia', 'kunicall', 'anicall', 'kumpigia', 'kuniandikia', 'aniandikie', 'aniandikia', 'kunijibu', 'anijibu', 'kunicheki', 'anicheki', 'niandikie', 'nijibu', 'kunitafuta', 'anitafute', 'wanitafute', 'angenitafuta'],
	// a person asked to do one of these on the user's matter: see ../serviceRequests.ts
	userServices: ['kuangalia', 'aangalie', 'angalie', 'kunishauri', 'anishauri', 'kunijibu', 'anijibu'],
	indirectQuestions: ['kujua', 'kuuliza', 'niliuliza', 'aliuliza'],
	// right before a need word and a person, the matter in hand needs the person: see ../needs.ts
	matters: ['hii', 'hili', 'huu', 'hiki'],
	needs: ['inahitaji', 'linahitaji', 'unahitaji', 'kinahitaji'],
	denials: ['sidhani', 'si', 'hai', 'haihitaji'],
	// before a contact verb in its clause, the contact's subject is nobody: see ../nobodyContacts.ts
	nobodies: ['hakuna'],
	// a person word a few words after one is how something seems, no one asked for: see ../qualities.ts
	seemings: ['inasikika', 'inaonekana', 'anaonekana', 'inafanana', 'anafanana'],
	alternatives: ['au', 'ama'],
	onlies: ['tu', 'pekee'],
	purposes: ['kwa'],
	handoffs: ['inahamisha', 'huhamisha', 'uhamisho', 'humpeleka', 'huwapeleka', 'humhamisha', 'huwahamisha'],
	machines: ['kiotomatiki', 'otomatiki', 'automatic'],
	// a person a system routes one of these to is no one the user asks for; see ../routedPersons.ts
	systems: ['mfumo', 'ivr', 'crm', 'programu', 'bot', 'chatbot', 'app', 'system'],
	routedThings: ['wateja', 'leads', 'tiketi', 'leseni'],
	devices: ['spika', 'kamera', 'kengele', 'kifaa', 'vifaa', 'headset'],
	// a thing a connect verb joins, not a person: see ../connectedThings.ts
	connectedThings: ['simu', 'app', 'programu', 'tv', 'televisheni', 'smartwatch', 'akaunti', 'kompyuta', 'laptop', 'printa', 'salio'],
	abilities: ['inaweza', 'zinaweza', 'kinaweza', 'kuweza'],
	abilityInfinitives: ['kuweza'],
	thingRelatives: ['inayoweza', 'inayopeleka', 'inayohamisha', 'inayounganisha'],
	perceptions: ['kuelewa', 'kumwelewa'],
	botBuilds: ['kutengeneza', 'ninatengeneza', 'natengeneza', 'kujenga'],
	thingsBeforePerson: ['mode', 'kadi', 'skin', 'meme', 'nywele', 'antivirus', 'makala'],
	thingLinks: ['ya', 'za'],
	versusWords: ['vs', 'dhidi'],
	gameChoices: ['gani', 'bora', 'kucheza', 'kuchagua'],
	userTransfers: ['kuniunganisha', 'kunihamisha', 'kunielekeza', 'kunipeleka'],
	transferVerbs: ['unganisha', 'muunganishe', 'mumuunganishe', 'muunganisheni', 'unganisheni', 'mhamishe', 'mumhamishe', 'mhamisheni'],
	// a person a few words after one of these does that work; see ../workDoers.ts
	works: ['tafsiri', 'unukuzi', 'manukuu', 'usafi', 'ziara',
		// and what a person or a machine made or did outside this chat: the either/or after it asks who did that work, not this chat ("samani zinaunganishwa na watu au roboti?"); see ../identityAlternatives.ts
		'confirmation', 'uthibitisho', 'faini', 'samani'],
	// in a question with a person phrase near one: asks who answers; see ../replyQuestions.ts
	replies: ['anajibu', 'ananijibu', 'anayejibu', 'anayenijibu', 'anaandika', 'ananiandikia', 'anayeandika', 'anasoma', 'anayesoma'],
	whos: ['nani'],
	hows: ['inafanyaje', 'hufanyaje'],
	workings: ['kazi'],
	handoverModes: ['kiotomatiki', 'yenyewe', 'wenyewe'],
	ownPossessivesAfter: ['wangu', 'yangu', 'langu', 'zangu'],
	existentials: ['kuna'],
	// there, online or on shift ("kwenye zamu"): "kuna fundi yeyote online sasa hivi?"
	// free now, or with time: "kuna mhudumu yeyote aliye huru sasa hivi?"
	presences: ['yupo', 'wapo', 'online', 'zamu', 'kazini', 'huru', 'muda'],
	presentNows: ['sasa', 'sasa hivi'],
	// a turn to the present after a request for later: "…, but for now just tell me …"
	nowTurns: ['sasa'],
	nextTimes: ['wakati ujao', 'mara ijayo'],
	// the speaker of a report: "the operator told my husband …", "I was told by an agent …"
	speakerReports: ['alisema', 'walisema', 'aliniambia', 'alimwambia'],
	speakerAgents: ['na'],
	// the user's own contact, a plan: "I'll ring them myself"
	selfDoers: ['mwenyewe'],
	obligations: ['lazima', 'sharti', 'inabidi', 'anapaswa'],
	openingNeeds: ['lazima', 'inabidi'],
	possibilities: ['inawezekana', 'ingewezekana', 'itawezekana', 'natumaini', 'ninatumaini', 'natarajia'],
	contactForms: ['nipigiwe', 'kupigiwa', 'nihudumiwe', 'kuhudumiwa', 'nisaidiwe', 'kusaidiwa'],
	contactMedia: ['ujumbe', 'email', 'sms'],
	teams: ['timu', 'idara', 'kitengo'],
	// a modal opening the question of a talk verb with a team in its slot: see ../teamTargets.ts
	slotAskers: ['mnaweza', 'unaweza', 'mngeweza', 'ungeweza', 'naweza', 'tafadhali'],
	// what a team handles after it, past one of these: see ../teamTargets.ts
	teamLinks: ['kwa', 'cha'],
	// one of the business's people named by their group ("one of your devs"): see ../groupMembers.ts
	groupOnes: ['mmoja'],
	groupOwners: ['wenu', 'wako'],
	// a time word before now: a person or request words in its clause are reported, not asked for; see ../pastReports.ts
	pastHaves: ['nilikuwa', 'tulikuwa'],
	pastTimes: ['jana', 'juzi', 'wiki iliyopita', 'mwezi uliopita'],
	// see ../countedPersons.ts
	counters: ['kila', 'wawili', 'watatu', 'wanne', 'watano', 'sita', 'saba', 'wanane', 'tisa', 'kumi', 'mbili', 'tatu', 'nne', 'tano', 'nane'],
	copulas: ['ni'],
	personPronouns: ['yeye'],
	// a third person as a contact verb's object, said for someone close the user writes for; see ../behalfObjects.ts
	othersObjects: ['ampigie', 'awapigie', 'mpigieni', 'mpigie'],
	othersWants: ['anataka', 'angependa', 'anaomba'],
	// someone else's past ask, reported; see ../othersPastAsks.ts
	othersPastAsks: ['aliomba', 'waliomba', 'aliuliza', 'waliuliza'],
	// another's offer or order, passed on and set aside; see ../passedOnAsks.ts
	passedOnAsks: ['alipendekeza', 'ilipendekeza', 'aliandika', 'iliandika'],
	// the user's ask of someone close who makes the contact; see ../closeErrands.ts
	errandAsks: ['nimemwomba', 'nilimwomba', 'nimemwambia', 'nilimwambia'],
	phoneLines: ['simu'],
	companions: ['na'],
	phoneVerbs: ['weka', 'niweke', 'uniweke', 'mniweke', 'tuweke'],
	// someone of the user's as a contact verb's object; see ../relationObjects.ts
	relationOwnersAfter: ['yetu'],
	// a contact said to the company for someone of the user's, with a phone number; see ../relativeCalls.ts
	contactImperatives: ['mpigieni', 'mpigie', 'mpigia'],
	curiosities: ['nauliza', 'udadisi'],
	// see ../unsoughtSomeones.ts
	ownCommunities: ['chat', 'group', 'kikundi', 'stream', 'channel', 'live', 'server', 'timu'],
	ownTeamWords: ['wenyewe', 'yenyewe', 'mwenyewe'],
	thanks: ['asante', 'asanteni', 'shukrani', 'nawashukuru', 'kuwashukuru', 'hongera', 'hongereni'],
	breakages: ['imevunjika', 'imepasuka', 'imepinda', 'imevunjwa'],
	roleAs: ['kama'],
	offerVerbs: ['mnatoa', 'mnatoaje'],
	pretenders: ['feki', 'bandia', 'tapeli', 'matapeli'],
	newcomers: ['mpya'],
} satisfies Partial<Grammar>;
