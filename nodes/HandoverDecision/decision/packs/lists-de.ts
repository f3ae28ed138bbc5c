import type { Grammar } from './types';

/** German word lists the clause checks read (see ../grammar.ts, `WORD_LISTS`, and the checks named in ../packs/types.ts). */
export const germanClauseLists = {
	identity: [
		// ob überhaupt jemand da sitzt, oder die Antworten vom System kommen: "sitzt hier überhaupt jemand?", "schreibt ihr das selbst oder kommen die vom System?"
		'sitzt da überhaupt jemand', 'sitzt hier überhaupt jemand', 'oder kommen die vom system', 'oder kommen sie vom system',
		// "werde ich hier von einem echten Mitarbeiter betreut oder von einem Programm?"
		'oder von einem programm', 'oder einem programm', 'oder von einem bot', 'oder von einer ki', 'oder von einer maschine',
		'ist das hier ne echte', 'ist das ne echte', 'ist das hier eine echte', 'ist das eine echte',
		'bin ich hier mit', 'oder einer ki', 'oder eine ki',
		'schreibt da jemand', 'schreibt hier jemand', 'antwortet da jemand', 'antwortet hier jemand', 'sitzt da jemand',
		'ist das ein programm', 'oder ein programm',
		'schreibt hier ein', 'schreibt hier eine', 'antwortet hier ein', 'antwortet hier eine',
		'arbeitet bei euch ein', 'sitzt da ein', 'sitzt ein echter',
		// "sitzt da eigentlich ein Mensch dran oder tippt hier ne KI?"
		'sitzt da * ein', 'oder ne ki', 'oder tippt hier',
		// chat spelling: "schreib ich hier grad mit ner echten person oder ist das automatisch"
		'schreib ich hier', 'schreib ich grad', 'schreib ich gerade', 'schreibe ich grad', 'schreibe ich hier', 'oder ist das automatisch',
		'schreibe ich gerade mit', 'rede ich gerade mit', 'spreche ich gerade mit', 'chatte ich gerade mit',
		'bist du ein', 'bist du eine', 'bist du mensch', 'sind sie ein', 'sind sie eine', 'sind sie mensch',
		// a particle of doubt inside the question: "bist du überhaupt ein Mensch?", "sind Sie eigentlich eine echte Mitarbeiterin?"
		'bist du * ein mensch', 'bist du * eine echte', 'bist du * ein echter', 'bist du * ein bot', 'bist du * eine ki', 'bist du * ein roboter',
		'sind sie * ein mensch', 'sind sie * eine echte', 'sind sie * ein echter', 'sind sie * ein bot', 'sind sie * eine ki', 'sind sie * ein roboter',
		'rede ich mit',
		'spreche ich mit', 'chatte ich mit', 'schreibe ich mit', 'bot oder', 'oder ein bot', 'ist das ein bot',
		'ist das ein mensch',
		'bist du ne', 'eine ki', 'am anderen ende',
		'roboter oder', 'oder ein mensch', 'antwortet mir ein',
		'chatgpt oder', 'bist du chatgpt',
		'bin ich hier mit einem', 'bin ich mit einem bot', 'bin ich hier mit einer',
		// whether this chat answers by itself: "ist das hier automatisch?", "antwortet hier wer oder kommen nur Textbausteine?"
		'ist das hier automatisch', 'is das hier automatisch',
		'oder kommen nur textbausteine', 'oder nur textbausteine', 'oder textbausteine',
		// the user asks the bot what it is, in Swiss or chat spelling: "bisch du e Mensch?", "bin ich hier grad mit nem Bot am schreiben?", "ob ich mit einer KI schreibe"
		'bisch du en', 'bisch du e', 'bisch du ä', 'bisch du ein', 'bisch du eine', 'bisch du mensch',
		'bin ich hier grad mit', 'bin ich hier gerade mit', 'bin ich grad mit nem', 'bin ich gerade mit nem',
		'bin ich grad mit ner', 'bin ich gerade mit ner', 'mit einer ki schreibt', 'mit einer ki schreibe',
		'mit einem bot schreibt', 'mit einem bot schreibe',
	],
	// a one-word person request after one is a person talked about: see ../referents.ts
	determiners: ['der', 'die', 'den', 'dem', 'ihr', 'ihre', 'ihrem', 'ihren', 'euer', 'eure', 'eurem', 'euren', 'unser', 'unsere', 'unserem', 'deren', 'dessen'],
	// before a "that" and a person, what follows is passed on: see ../reports.ts
	// German reports speech behind a comma without 'dass': "Ihr Kollege hat versprochen, mich zurückzurufen"
	// and a contact tried, offered or forgotten: "er hat versucht, mich anzurufen", "Sie haben vergessen, mich zurückzurufen"
	commaReports: ['gesagt', 'sagte', 'versprochen', 'versprach', 'geschrieben', 'schrieb', 'mitgeteilt', 'erklärt', 'angekündigt', 'meinte', 'versucht', 'angeboten', 'vergessen'],
	reports: ['gesagt', 'sagte', 'sagt', 'versprochen', 'versprach', 'geschrieben', 'schrieb', 'schreibt', 'mitgeteilt', 'erklärt', 'angekündigt', 'meinte'],
	// a quote these stand next to is someone's or something's words, and another's typing or shouting of it: see ../quotes.ts
	quoteSources: ['steht', 'stand', 'stehen', 'schild', 'zettel', 'zeigt', 'anzeigt', 'satz', 'testsatz', 'button', 'bewertung', 'getippt', 'tippte', 'geschrien', 'schrie', 'gebrüllt', 'brüllte', 'gerufen', 'rief', 'gespammt'],
	// a word of these forms, or a title and a name, in a talk verb's slot is a person: see ../roleTargets.ts
	roleForms: ['*erin', '*arin', '*orin', '*istin', '*entin', '*antin', '*eurin', '*eutin', '*ologin', '*innen', '*leiter', '*berater', '*meister', '*leitung',
		// a staff member named by the team or trade: "einen echten Supportmitarbeiter", "mit einer Kundendienstmitarbeiterin"
		'*mitarbeiter', '*mitarbeiterin',
		// a manager named by the place or the field: "ich möchte bitte den Hotelmanager sprechen" (a password manager is a thing, `roleLookalikes`)
		'*manager', '*managerin',
		// a department named by its field, as the listed 'rechtsabteilung': "könnten Sie mich mit der Ticketabteilung verbinden?"
		'*abteilung'],
	roleLookalikes: ['passwortmanager', 'passwort manager', 'dateimanager', 'downloadmanager', 'taskmanager', 'drucker', 'scanner', 'router', 'computer', 'rechner', 'fernseher', 'wasserleitung', 'stromleitung', 'gasleitung', 'rohrleitung', 'telefonleitung'],
	titles: ['frau', 'herr', 'herrn', 'dr'],
	// before an "if" or "that", a person and a contact verb: the person is wished to contact the user; see ../wishes.ts
	// an expectation, as a wish ("Ich erwarte, dass sich ein Mitarbeiter bei mir meldet"; "ich erwarte den Techniker am Montag" is no want)
	wishMoods: ['wäre', 'freuen', 'fände', 'erwarte', 'erwarten'],
	wishedContacts: ['anruft', 'anrufen', 'anriefe', 'zurückruft', 'zurückrufen', 'meldet', 'melden', 'meldete', 'kontaktiert', 'kontaktieren', 'telefoniert', 'kontakt', 'schreibt', 'zurückschreibt', 'anschaut', 'ansieht'],
	// a person asked to write to, answer or reach out to the user (`userObjects`); see ../writeBacks.ts
	writeBacks: ['schreiben', 'schreibt', 'anschreiben', 'anschreibt', 'zurückschreiben', 'zurückschreibt', 'antworten', 'antwortet', 'kontaktieren'],
	// how often or whether at all someone answers, and the verb's habitual and past forms; see ../answerHabits.ts
	replyCues: ['überhaupt', 'jemals', 'manchmal', 'normalerweise', 'eigentlich', 'wirklich', 'meistens', 'schon'],
	reportedReplies: ['antwortet', 'schreibt', 'antwortete', 'antworteten', 'geantwortet', 'schrieb', 'schrieben', 'geschrieben', 'zurückgeschrieben', 'angeschrieben'],
	memberLinks: ['von', 'vom', 'aus', 'am', 'im', 'beim', 'bei', 'in'],
	// a person given to the user: "get me | Gary at the depot"; see ../handOvers.ts
	handOverVerbs: ['geben', 'gib', 'gebt', 'holen', 'hol', 'hole'],
	handOverUsers: ['mir', 'uns'],
	// a person asked by one of these to contact the user (`userObjects`): see ../contactRequests.ts
	contactAskers: ['kann', 'könnte', 'soll', 'können', 'könnten'],
	// "Bitte schicken Sie einen Techniker", "ich will dass jemand vorbeikommt", "einen Termin für einen Servicetechniker"; see ../visitRequests.ts
	visitVerbs: ['schicken', 'schickt', 'vorbeischicken', 'vorbeischickt', 'rausschicken', 'senden', 'vorbeikommen', 'vorbeikommt', 'kommen', 'rauskommen', 'vereinbaren', 'vereinbart', 'ausmachen'],
	// 'müssen' of the addressee: "Sie müssen mir heute noch einen Klempner schicken"
	visitAskers: ['möchte', 'möchten', 'will', 'brauche', 'bräuchte', 'bräuchten', 'brauchen', 'hätte', 'könnt', 'könnts', 'könntet', 'kannst', 'müssen'],
	visits: ['termin', 'besuch', 'technikerbesuch', 'servicetermin', 'technikertermin', 'reparaturtermin'],
	visitQualifiers: ['techniker', 'servicetechniker', 'monteur', 'technikerbesuch', 'servicetermin', 'technikertermin', 'reparaturtermin', 'mechaniker', 'abschleppwagen', 'abschleppdienst', 'pannendienst', 'elektriker', 'installateur', 'klempner', 'schlüsseldienst', 'glaser',
		'heizungsbauer', 'heizungsinstallateur', 'solarteur', 'schornsteinfeger', 'kaminkehrer', 'rauchfangkehrer', 'dachdecker', 'kältetechniker', 'gärtner', 'landmaschinenmechaniker', 'hufschmied', 'handwerker', 'außendienst'],
	visitRecipients: ['an', 'zu'],
	userObjects: ['mich', 'uns', 'mir'],
	indefiniteArticles: ['ein', 'eine', 'einen'],
	// a person asked to do one of these on the user's matter: see ../serviceRequests.ts
	userServices: ['anschauen', 'ansehen', 'draufschauen', 'nachschauen', 'angucken', 'durchgehen', 'beraten', 'antworten', 'drüberschauen', 'draufgucken', 'drübergucken', 'reinschauen'],
	// the matter inside the verb ("drauf": on it): "kann mal jemand aus der Gärtnerei draufschauen?"
	matterServices: ['draufschauen', 'drüberschauen', 'draufgucken', 'drübergucken', 'reinschauen'],
	indirectQuestions: ['wissen', 'fragen', 'erfahren', 'gefragt'],
	perfects: ['gewesen', 'hätte', 'hätten'],
	// what the person opening the clause did, a report: "der Kollege vom Kundendienst wusste nichts"
	pastDeeds: ['war', 'waren', 'kam', 'kamen', 'gab', 'sagte', 'meinte', 'schickte', 'rief', 'stand', 'wusste', 'vergaß', 'vergass', 'legte', 'machte'],
	// right before a need word and a person, the matter in hand needs the person: see ../needs.ts
	matters: ['das', 'dies', 'hier'],
	needs: ['braucht', 'erfordert', 'benötigt', 'muss'],
	denials: ['nicht', 'kein', 'keine', 'keiner'],
	// before a contact verb in its clause, the contact's subject is nobody: see ../nobodyContacts.ts
	nobodies: ['kein', 'keine', 'keiner', 'niemand'],
	// a person word a few words after one is how something seems, no one asked for: see ../qualities.ts
	seemings: ['klingt', 'klingen', 'wirkt', 'wirken', 'sieht', 'aussieht', 'ähnelt'],
	alternatives: ['oder'],
	onlies: ['nur', 'lediglich'],
	purposes: ['für', 'wegen'],
	handoffs: ['übergabe', 'weiterleitung', 'übergibt'],
	machines: ['automatisch', 'automatische', 'automatisiert', 'automatisierte', 'skript', 'script'],
	// a person a system routes one of these to is no one the user asks for; see ../routedPersons.ts
	systems: ['system', 'systeme', 'ivr', 'crm', 'tool', 'software', 'plattform', 'bot', 'chatbot', 'app', 'telefonanlage'],
	routedThings: ['anrufer', 'kunden', 'leads', 'tickets', 'chats', 'anrufe', 'anfragen', 'gespräche', 'lizenz', 'lizenzen'],
	devices: ['lautsprecher', 'kamera', 'kameras', 'türklingel', 'klingel', 'gegensprechanlage', 'headset', 'kopfhörer', 'hörgerät', 'hörgeräte', 'gerät'],
	// a thing a connect verb joins, not a person: see ../connectedThings.ts
	connectedThings: ['app', 'handy', 'telefon', 'fernseher', 'tv', 'smartwatch', 'armbanduhr', 'konto', 'laptop', 'computer', 'drucker', 'tablet', 'router', 'anrufe', 'wlan', 'guthaben'],
	abilities: ['kann', 'können', 'könnte'],
	abilityInfinitives: ['können'],
	thingRelatives: ['der', 'die', 'das'],
	perceptions: ['verstehen', 'verstehe'],
	botBuilds: ['bauen', 'baue', 'erstellen', 'entwickeln', 'entwickle', 'programmieren'],
	thingsBeforePerson: ['virenscanner', 'antivirus', 'vpn'],
	thingsAfterPerson: ['modus', 'karte', 'skin', 'vorlage', 'status', 'main', 'klasse', 'meme', 'memes', 'artikel'],
	versusWords: ['vs', 'versus', 'gegen'],
	gameChoices: ['welcher', 'welchen', 'welches', 'beste', 'besten', 'bester', 'spielen', 'wählen', 'mainen'],
	transferVerbs: ['verbinden', 'verbinde', 'verbindet', 'stellen', 'stell', 'stellt', 'weiterleiten', 'durchstellen'],
	// a person a few words after one of these does that work; see ../workDoers.ts
	works: ['übersetzung', 'übersetzungen', 'führung', 'führungen', 'transkription', 'lektorat', 'moderation', 'untertitel', 'untertitelung', 'reinigung',
		// and what a person or a machine made or did outside this chat: the either/or after it asks who did that work, not this chat ("wurde der Strafzettel von einem Menschen oder automatisch ausgestellt?"); see ../identityAlternatives.ts
		'bestätigung', 'terminbestätigung', 'erinnerung', 'strafzettel', 'bußgeld', 'möbel', 'montiert'],
	// in a question with a person phrase near one: asks who answers; see ../replyQuestions.ts
	replies: ['antwortet', 'schreibt', 'liest', 'tippt'],
	whos: ['wer'],
	hows: ['wie'],
	workings: ['funktioniert', 'klappt', 'läuft'],
	handoverModes: ['automatisch', 'automatische'],
	cases: ['fällen', 'situationen'],
	whiches: ['welchen'],
	customers: ['kunde', 'kundin', 'käufer', 'käuferin', 'gast', 'besucher', 'besucherin', 'nutzer', 'nutzerin', 'kunden', 'kundinnen', 'gäste', 'besucherinnen', 'nutzerinnen'],
	whens: ['sobald', 'nachdem'],
	ownPossessives: ['mein', 'meine', 'meinem', 'meinen', 'meiner'],
	// 'ist' of a question whether someone is reachable now: "ist gerade ein Techniker erreichbar?"
	existentials: ['gibt', 'gibts', 'ist'],
	// someone who has time: "gibts grad nen Mitarbeiter der Zeit hat?"
	presences: ['verfügbar', 'erreichbar', 'frei', 'online', 'bereitschaft', 'dienst', 'zeit', 'da'],
	presentNows: ['jetzt', 'gerade', 'grad', 'sofort', 'momentan'],
	// a turn to the present after a request for later: "…, but for now just tell me …"
	nowTurns: ['jetzt', 'erstmal', 'vorerst', 'zunächst'],
	nextTimes: ['nächstes mal', 'nächste mal'],
	// the speaker of a report: "the operator told my husband …", "I was told by an agent …"
	speakerReports: ['gesagt', 'sagte', 'sagt', 'erklärt', 'erklärte', 'mitgeteilt'],
	speakerAgents: ['von'],
	// the user's own contact, a plan: "I'll ring them myself"
	selfDoers: ['selbst', 'selber'],
	obligations: ['muss', 'müssen', 'soll', 'sollte'],
	openingNeeds: ['muss'],
	possibilities: ['möglich', 'möglichkeit', 'hoffe', 'hoffentlich'],
	contactForms: ['angerufen', 'zurückgerufen', 'kontaktiert', 'beraten', 'telefon'],
	contactMedia: ['mail', 'email', 'nachricht', 'sms', 'whatsapp'],
	teams: ['team', 'abteilung'],
	// a modal opening the question of a talk verb with a team in its slot: see ../teamTargets.ts
	slotAskers: ['kann', 'könnte', 'können', 'könnten', 'könnt', 'könntet', 'kannst', 'könntest'],
	// what a team handles after it, past one of these: see ../teamTargets.ts
	teamLinks: ['für'],
	// one of the business's people named by their group ("one of your devs"): see ../groupMembers.ts
	groupOnes: ['einen', 'einem', 'einer', 'eine'],
	groupOwners: ['eurer', 'ihrer', 'euren', 'ihren'],
	// a time word before now: a person or request words in its clause are reported, not asked for; see ../pastReports.ts
	pastHaves: ['hatte'],
	pastTimes: ['gestern', 'vorgestern', 'neulich', 'vorhin', 'letzte Woche', 'letztes Mal', 'letzten Monat'],
	// the "with" of a verb of talking with someone, and those verbs: a word no pack lists in their slot is a person (../conversationPartners.ts)
	companions: ['mit'],
	conversations: ['sprechen', 'reden', 'telefonieren', 'chatten', 'gespräch'],
	personPronouns: ['ihm', 'ihr'],
	// a third person as a contact verb's object, said for someone close the user writes for; see ../behalfObjects.ts
	othersObjects: ['ihn', 'ihm'],
	othersWants: ['möchte', 'wünscht', 'bittet'],
	// someone else's past ask, reported; see ../othersPastAsks.ts
	othersPastAsks: ['gefragt', 'verlangt', 'gebeten'],
	// another's offer or order, passed on and set aside; see ../passedOnAsks.ts
	passedOnAsks: ['angeboten', 'vorgeschlagen', 'getippt'],
	phoneLines: ['telefon', 'apparat'],
	phoneVerbs: ['holen', 'hol', 'hole', 'holt', 'bekommen', 'kriegen'],
	// someone of the user's as a contact verb's object; see ../relationObjects.ts
	relationOwners: ['unser', 'unsere', 'unseren', 'unserem', 'unserer'],
	// a contact said to the company for someone of the user's, with a phone number; see ../relativeCalls.ts
	contactImperatives: ['ruft', 'rufen', 'ruf', 'kontaktieren'],
	// the call verb first, its particle closing the clause: "Rufen Sie mich bitte heute Nachmittag wegen der Nachzahlung an"; see ../splitCalls.ts
	splitCallVerbs: ['ruf', 'rufe', 'ruft', 'rufen', 'rufts'],
	callParticles: ['an', 'zurück'],
	callTimes: ['so', 'gegen', 'zwischen', 'ab', 'um', 'etwa', 'ungefähr'],
	// see ../countedPersons.ts
	counters: ['je', 'pro', 'jeder', 'jede', 'jeden', 'jedem', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn'],
	copulas: ['ist', 'war', 'bin'],
	selfCopulas: ['bin'],
	curiosities: ['neugierig', 'neugier', 'interessehalber'],
	// see ../unsoughtSomeones.ts
	ownCommunities: ['chat', 'stream', 'gruppe', 'kanal', 'server', 'kommentare', 'livestream', 'team'],
	ownTeamWords: ['eigen', 'eigene', 'eigenen', 'eigenem', 'eigener', 'eigenes', 'hauseigene', 'hauseigenen', 'hauseigener'],
	thanks: ['danke', 'dank', 'dankeschön', 'lob', 'bedanken'],
	breakages: ['kaputt', 'gebrochen', 'abgebrochen', 'wackelt', 'verbogen', 'gerissen', 'rostet'],
	roleAs: ['als'],
	offerVerbs: ['bietet', 'bieten', 'anbieten'],
	pretenders: ['angeblich', 'angeblicher', 'angeblichen', 'angeblichem', 'angebliche', 'falscher', 'falschen', 'falschem', 'falsche', 'vermeintlichen'],
	newcomers: ['neuer', 'neue', 'neuen', 'neues'],
} satisfies Partial<Grammar>;
