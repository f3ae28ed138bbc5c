import type { Grammar } from './types';

/** French word lists the clause checks read (see ../grammar.ts, `WORD_LISTS`, and the checks named in ../packs/types.ts). */
export const frenchClauseLists = {
	callbacks: ['revenir vers moi'],
	imperatives: ['passez', 'passe', 'transférez', 'transfère', 'connectez', 'mettez', 'mets'],
	subjects: ['il', 'elle', 'ils', 'elles', 'on', 'peut', 'pourrait', 'allait', 'voulait'],
	relatives: ['qui'],
	promises: ['doit', 'va', 'vont', 'devait', 'rappellera', 'recontactera', 'reviendra'],
	identity: [
		// whether a person reads the user's messages here: "est-ce qu'une vraie personne lit mes messages ?", "quelqu'un lit mes messages en ce moment ?"
		"qu'une personne lit mes messages", "qu'une vraie personne lit mes messages", "quelqu'un lit mes messages", 'une personne lit mes messages',
		// la personne de la photo, ou quelqu'un en chair et en os : "c'est elle qui tape ou un robot ?", "c'est une IA ou c'est quelqu'un en chair et en os ?"
		'ou un avatar', "c'est elle qui tape", "c'est lui qui tape", "ou c'est un agent en chair", "ou c'est quelqu'un en chair", "ou c'est une personne en chair",
		// "suis-je en train d'échanger avec une personne ou avec un programme ?"
		"en train d'échanger avec", 'en train de discuter avec', 'en train de chatter avec', 'ou avec un programme', 'ou un programme',
		'est-ce que je parle à', 'je parle à une vraie', 'je parle à un humain',
		'êtes-vous un', 'êtes-vous une', 'êtes-vous humain', 'tu es un', 'tu es une', 'es-tu un', 'es-tu une',
		'es-tu humain',
		'je parle à un robot', 'je parle avec un robot', 'je parle à un bot', 'robot ou à un humain', 'robot ou humain',
		'humain ou robot', 'bot ou humain', "c'est un bot", "c'est un robot", 'vous êtes un robot', 'vous êtes un bot',
		'je parle à une machine', "c'est une ia", 'qui me répond', 'derrière ce chat',
		'vous êtes humain', 'tu es humain',
		// "Vous êtes une vraie personne ou c'est un programme qui répond ?"
		'vous êtes une vraie personne', 'tu es une vraie personne', "ou c'est un programme", 'un programme qui répond',
		'bot ou une', 'bot ou un',
		'es chatgpt', 'êtes-vous chatgpt', 'chatgpt ou',
		'se cache derrière', 'derrière ces réponses', 'derrière le chat', "ou c'est automatique",
		"c'est une vraie personne", "c'est un humain", "c'est un vrai humain", 'personne qui écrit', 'humain qui écrit',
		"t'es un", "t'es une", "t'es humain", 'géré par un humain', 'gérée par un humain', 'ou par une intelligence artificielle',
		'ou une intelligence artificielle',
		// who the user is talking with now, asked: "je suis en train de parler avec un conseiller ou avec un programme ?"
		'en train de parler avec', 'en train de parler à', 'je parle avec un humain', 'je parle avec une vraie',
		// whether a machine answers this chat: "c'est un programme qui me répond ?", "ce chat est géré par une IA ou il y a quelqu'un derrière ?"
		"c'est une machine qui", "c'est un programme qui", "ou il y a quelqu'un derrière", "ou y a quelqu'un derrière",
		'chat est géré par', 'géré par une intelligence artificielle', 'géré par une ia', 'géré par un robot',
		'géré par un bot',
	],
	// a one-word person request after one is a person talked about: see ../referents.ts
	determiners: ['le', 'la', 'les', 'l', 'des', 'votre', 'vos', 'notre', 'son', 'sa', 'mon', 'ma'],
	// before a "that" and a person, what follows is passed on: see ../reports.ts
	reports: ['dit', 'disant', 'disait', 'promis', 'écrit', 'annoncé', 'expliqué', 'indiqué', 'prévenu', 'courrier', 'message', 'mail'],
	// a quote these stand next to is someone's or something's words, and another's typing or shouting of it: see ../quotes.ts
	quoteSources: ['marqué', 'affiche', 'affichait', 'panneau', 'phrase', 'bouton', 'tapé', 'tapait', 'criait', 'crié', 'criaient', 'hurlait', 'hurlé'],
	// a person word right after one is a quality, no request by itself: see ../referents.ts
	degrees: ['très', 'plus', 'si', 'trop', 'tellement', 'moins', 'vraiment'],
	// a word of these forms, or a title and a name, in a talk verb's slot is a person: see ../roleTargets.ts
	roleForms: ['*eur', '*euse', '*rice', '*iste', '*ologue'],
	roleLookalikes: ['répondeur', 'serveur', 'moteur', 'ascenseur', 'chargeur', 'ordinateur', 'imprimante', 'routeur', 'compteur', 'radiateur', 'congélateur', 'réfrigérateur', 'aspirateur', 'ventilateur', 'projecteur', 'lecteur', 'capteur', 'détecteur'],
	titles: ['monsieur', 'madame', 'mme', 'mlle'],
	// before an "if" or "that", a person and a contact verb: the person is wished to contact the user; see ../wishes.ts
	wishMoods: ['serait', 'serais', 'aimerais', 'voudrais', 'souhaiterais', 'plairait', 'apprécierais', 'demandais'],
	// a meeting asked of a person, as a contact: "quelqu'un de la direction peut-il nous recevoir cette semaine ?"
	wishedContacts: ['recevoir', 'reçoive', 'appelait', 'rappelait', 'contactait', 'appelle', 'rappelle', 'contacte', 'recontacte', 'appeler', 'rappeler', 'contacter', 'recontacter', 'joindre', 'téléphoner', 'téléphonait', 'téléphone', 'écrive', 'contact'],
	// a person asked to write to, answer or reach out to the user (`userObjects`); see ../writeBacks.ts
	writeBacks: ['écrire', 'écrive', 'réécrire', 'répondre', 'réponde', 'recontacter', 'réécrive'],
	// how often or whether at all someone answers, and the verb's habitual and past forms; see ../answerHabits.ts
	replyCues: ['parfois', 'jamais', 'vraiment', 'souvent', 'généralement', 'habituellement', 'déjà'],
	reportedReplies: ['répond', 'répondent', 'écrit', 'écrivent', 'répondu', 'réécrit', 'recontacté'],
	memberLinks: ['de', 'du', 'des'],
	// a person given to the user: "get me | Gary at the depot"; see ../handOvers.ts
	handOverVerbs: ['donnez', 'donne', 'passez', 'passe', 'trouvez'],
	handOverUsers: ['moi', 'nous'],
	// a person asked by one of these to contact the user (`userObjects`): see ../contactRequests.ts
	contactAskers: ['peut', 'pourrait', 'puisse'],
	// "vous pouvez m'envoyer un technicien ?", "un réparateur peut venir aujourd'hui ?"; see ../visitRequests.ts
	// the subjunctive wished or asked as possible: "j'aimerais qu'on m'envoie quelqu'un", "serait-il possible qu'une infirmière passe demain ?"
	visitVerbs: ['renvoyer', 'renvoyez', 'renvoyiez', 'dépêcher', 'dépêchez', 'envoyer', 'envoyez', 'envoie', 'envoyiez', 'rendez', 'venir', 'vienne', 'passer', 'passe', 'repasser', 'repasse', 'revenir', 'revienne', 'planifier', 'programmer'],
	// "je vous saurais gré de m'envoyer l'installateur"
	visitAskers: ['pouvez', 'pourriez', 'voudrais', 'aimerais', 'souhaiterais', 'merci', 'besoin', 'faut', 'faudrait', 'faites', 'possible', 'envisageable', 'gré', 'pourrions'],
	visits: ['visite', 'intervention', 'passage'],
	visitQualifiers: ['technique', 'technicien', 'réparateur', 'domicile', 'infirmière', 'infirmier', 'mécanicien', 'mécanicienne', 'dépanneur', 'dépanneuse', 'plombier', 'plombiers', 'électricien', 'électriciens', 'serrurier', 'vitrier', 'chauffagiste', 'techniciens'],
	visitRecipients: ['à'],
	userObjects: ['me', 'm', 'nous', 'moi'],
	// a person asked to do one of these on the user's matter: see ../serviceRequests.ts
	userServices: ['regarder', 'répondre', 'examiner', 'jeter'],
	indefiniteArticles: ['un', 'une'],
	indirectQuestions: ['savoir', 'demander', 'vérifier', 'demandé'],
	perfects: ['été', 'aurait', 'avait'],
	perfectAuxiliaries: ['a', 'ont', 'avez', 'avait', 'avaient', 'as'],
	// right before a need word and a person, the matter in hand needs the person: see ../needs.ts
	matters: ['ça', 'cela', 'ceci'],
	needs: ['nécessite', 'demande', 'mérite'],
	denials: ['pas', 'jamais'],
	// before a contact verb in its clause, the contact's subject is nobody: see ../nobodyContacts.ts
	nobodies: ['aucun', 'aucune'],
	// a person word a few words after one is how something seems, no one asked for: see ../qualities.ts
	seemings: ['sonne', 'sonnent', 'semble', 'semblent', 'ressemble', 'ressemblent', 'paraît'],
	alternatives: ['ou'],
	onlies: ['seulement', 'uniquement'],
	purposes: ['pour'],
	handoffs: ['transfert', 'redirection'],
	// "je parle avec un conseiller ou avec un programme ?"
	machines: ['automatique', 'automatiques', 'automatiquement', 'automatisé', 'automatisée', 'automatisées', 'automatisés', 'script', 'programme', 'logiciel'],
	// a person a system routes one of these to is no one the user asks for; see ../routedPersons.ts
	systems: ['système', 'ivr', 'svi', 'crm', 'standard', 'outil', 'logiciel', 'plateforme', 'bot', 'chatbot', 'assistant', 'appli', 'application'],
	routedThings: ['clients', 'appels', 'leads', 'tickets', 'chats', 'demandes', 'conversations', 'licence', 'licences'],
	devices: ['enceinte', 'enceintes', 'caméra', 'caméras', 'sonnette', 'interphone', 'casque', 'écouteurs', 'appareil'],
	// a thing a connect verb joins, not a person: see ../connectedThings.ts
	connectedThings: ['app', 'appli', 'application', 'téléphone', 'portable', 'télé', 'tv', 'montre', 'smartwatch', 'compte', 'ordinateur', 'imprimante', 'tablette', 'appels', 'lien', 'solde', 'billet', 'ticket'],
	abilities: ['peut', 'peuvent', 'pourrait', 'pouvoir', 'permet'],
	abilityInfinitives: ['pouvoir'],
	thingRelatives: ['qui', 'que'],
	perceptions: ['comprendre', 'comprends'],
	botBuilds: ['créer', 'développer', 'développe'],
	// a seller's or a teacher's account: "un compte vendeur"
	thingsBeforePerson: ['mode', 'carte', 'main', 'mème', 'cheveux', 'compte', 'article'],
	thingsAfterPerson: ['antivirus', 'détartrant', 'nettoyant', 'moussant', 'dégraissant'],
	thingLinks: ['de', 'du'],
	versusWords: ['vs', 'versus', 'contre'],
	gameChoices: ['quel', 'quelle', 'meilleur', 'meilleure', 'jouer', 'choisir', 'main', 'conseillez', 'conseilles', 'recommandez', 'débuter'],
	transferVerbs: ['mettez', 'mettre', 'transférer', 'transférez', 'passez', 'passer', 'connecter', 'connectez'],
	// a person a few words after one of these does that work; see ../workDoers.ts
	works: ['traduction', 'traductions', 'transcription', 'transcriptions', 'relecture', 'modération', 'nettoyage', 'ménage', 'guidée', 'guidées',
		// and what a person or a machine made or did outside this chat: the either/or after it asks who did that work, not this chat ("l'amende, c'est un agent ou un radar automatique ?"); see ../identityAlternatives.ts
		'confirmation', 'amende', 'amendes', 'meubles', 'montés'],
	// in a question with a person phrase near one: asks who answers; see ../replyQuestions.ts
	replies: ['répond', 'répondent', 'écrit', 'écrivent', 'tape'],
	whos: ['qui'],
	hows: ['comment'],
	workings: ['marche', 'fonctionne'],
	handoverModes: ['automatiquement', 'automatique'],
	cases: ['cas', 'situations'],
	whiches: ['quels', 'quelles'],
	customers: ['client', 'cliente', 'acheteur', 'acheteuse', 'voyageur', 'voyageuse', 'visiteur', 'visiteuse', 'utilisateur', 'utilisatrice', 'clients', 'clientes', 'acheteurs', 'voyageurs', 'visiteurs', 'utilisateurs'],
	whens: ['quand', 'lorsque', 'lorsqu'],
	ownPossessives: ['mon', 'ma', 'mes'],
	// the 'y' of "(il) y a", and someone free, online or on duty: "y a un technicien d'astreinte ?", "y a-t-il un conseiller en ligne ?"
	existentials: ['y', 'il'],
	// chat 'dispo' for 'disponible', and someone who has time: "y a un conseiller dispo là tout de suite ?"
	presences: ['dispo', 'dispos', 'temps', 'disponible', 'disponibles', 'libre', 'libres', 'astreinte', 'permanence', 'ligne', 'online'],
	presentNows: ['maintenant', 'actuellement', 'tout de suite'],
	// a question whose subject is a name: "Est-ce que Sophie est dispo ?"
	nameOpeners: ['est ce que'],
	// a turn to the present after a request for later: "…, but for now just tell me …"
	nowTurns: ['là', 'maintenant', 'instant'],
	nextTimes: ['prochaine fois'],
	// the speaker of a report: "the operator told my husband …", "I was told by an agent …"
	speakerReports: ['dit', 'expliqué', 'indiqué', 'affirmé'],
	speakerAgents: ['par'],
	// the user's own contact, a plan: "I'll ring them myself"
	selfDoers: ['même'],
	obligations: ['doit', 'doivent', 'faut', 'faudra'],
	openingNeeds: ['faut'],
	possibilities: ['possible', 'possibilité', 'moyen', 'espère', 'espérais'],
	contactForms: ['contacté', 'contactée', 'rappelé', 'rappelée', 'appelé', 'appelée', 'recontacté', 'recontactée', 'tel', 'téléphone', 'aidé', 'aidée'],
	contactMedia: ['mail', 'courriel', 'message', 'sms', 'texto'],
	teams: ['équipe', 'pôle', 'service'],
	// a modal opening the question of a talk verb with a team in its slot: see ../teamTargets.ts
	slotAskers: ['pouvez', 'pourriez', 'peux', 'pourrais', 'peut', 'pourrait'],
	// what a team handles after it, past one of these: see ../teamTargets.ts
	teamLinks: ['pour'],
	// one of the business's people named by their group ("one of your devs"): see ../groupMembers.ts
	groupOnes: ['un', 'une'],
	groupOwners: ['vos', 'tes'],
	// a time word before now: a person or request words in its clause are reported, not asked for; see ../pastReports.ts
	pastHaves: ['avais', 'avions'],
	pastTimes: ['hier', 'semaine dernière', 'dernière fois', 'mois dernier', 'semaine passée', 'mois passé'],
	// the "with" of a verb of talking with someone, and those verbs: a word no pack lists in their slot is a person (../conversationPartners.ts)
	companions: ['avec'],
	addressees: ['à'],
	conversations: ['parler', 'discuter', 'échanger', 'jaser', 'causer', 'entretenir', 'entretien', 'ligne'],
	personPronouns: ['elle', 'lui'],
	// a third person as a contact verb's object, said for someone close the user writes for; see ../behalfObjects.ts
	othersObjects: ['le', 'la', 'l', 'lui', 'les'],
	othersWants: ['veut', 'voudrait', 'souhaite', 'aimerait', 'demande', 'préfère', 'préférerait', 'demander'],
	// someone else's past ask, reported; see ../othersPastAsks.ts
	othersPastAsks: ['demandé', 'demandée', 'réclamé'],
	// another's offer or order, passed on and set aside; see ../passedOnAsks.ts
	passedOnAsks: ['proposé', 'suggéré', 'tapé'],
	// the user's ask of someone close who makes the contact; see ../closeErrands.ts
	errandAsks: ['demandé'],
	// the subject of someone else's own contact after their want: "ma femme veut parler au gérant, elle vous écrira elle-même"
	thirdSubjects: ['il', 'elle', 'ils', 'elles'],
	phoneLines: ['téléphone', 'fil', 'appel'],
	phoneVerbs: ['mettez', 'mets', 'mettre', 'avoir'],
	// someone of the user's as a contact verb's object; see ../relationObjects.ts
	relationOwners: ['notre'],
	// a contact said to the company for someone of the user's, with a phone number; see ../relativeCalls.ts
	contactImperatives: ['appelez', 'rappelez', 'appelle', 'rappelle', 'contactez', 'téléphonez'],
	// see ../countedPersons.ts
	// a round number as a noun, before 'de': "un centre d'appels avec une trentaine d'agents"
	counters: ['par', 'chaque', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'plusieurs',
		'dizaine', 'douzaine', 'quinzaine', 'vingtaine', 'trentaine', 'cinquantaine', 'centaine', 'dizaines', 'centaines', 'milliers'],
	copulas: ['est', 'était', 'suis', 'être'],
	selfCopulas: ['suis'],
	// see ../qualities.ts
	associatives: ['de', 'd'],
	curiosities: ['curiosité', 'curieux', 'curieuse', 'savoir'],
	// see ../unsoughtSomeones.ts
	ownCommunities: ['chat', 'stream', 'groupe', 'chaîne', 'serveur', 'commentaires', 'live', 'équipe', 'team'],
	channelArticles: ['le', 'du', 'au', 'ce', 'votre', 'notre'],
	ownTeamWords: ['propre', 'propres'],
	thanks: ['merci', 'remercie', 'remercier', 'bravo', 'félicitations'],
	breakages: ['cassé', 'cassée', 'casse', 'bancal', 'tordu', 'fissuré', 'rouillé'],
	roleAs: ['comme'],
	offerVerbs: ['proposez', 'offrez', 'proposer'],
	pretenders: ['disant', 'prétendu', 'prétendue', 'faux', 'fausse', 'bidon'],
	newcomers: ['nouveau', 'nouvel', 'nouvelle', 'nouveaux', 'nouvelles'],
} satisfies Partial<Grammar>;
