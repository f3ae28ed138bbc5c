import type { Grammar } from './types';

/** English word lists the clause checks read (see ../grammar.ts, `WORD_LISTS`, and the checks named in ../packs/types.ts). */
export const englishClauseLists = {
	callbacks: ['get back to me', 'email me back'],
	imperatives: ['put', 'patch', 'transfer', 'connect', 'hand', 'pass', 'forward', 'route'],
	subjects: ['he', 'she', 'they', 'we', 'it', 'would', 'could', 'can', 'should', 'might', 'must', 'd'],
	relatives: ['who'],
	promises: ['will', 'll', 'gonna', 'promised', 'agreed'],
	identity: [
		// canned replies, or the one chatting asked about for someone else: "is anybody reading this or is it all canned?", "my grandad wants to know if he's chatting to a real person"
		'or is it all canned', 'or is it just canned', "if she's chatting to a", "if he's chatting to a", 'if she is chatting to a', 'if he is chatting to a',
		'are you a', 'are you human', 'are you real', 'are you an', 'are u a', 'r u a', 'are you even', 'is this a bot',
		'is this a real', 'is this a human', 'is this automated', 'is this an automated', 'is this chat automated',
		'am i talking to', 'am i chatting with', 'am i speaking to', 'am i speaking with', 'am i talking with',
		'bot or a human', 'bot or human', 'human or a bot', 'human or bot', 'person or a bot', 'bot or a person',
		'sound like a real person', 'sounds like a real person', 'talk like a real person', 'are you a person',
		'is this an ai', 'is this ai', 'ai answering', 'is a real person', 'reading this',
		'typing these', 'typing this', 'writing these',
		// someone typing the replies here, doubted: "that was fast, is there actually someone typing?"
		'is there actually someone typing', 'is there really someone typing', 'is there someone typing', 'is someone actually typing', 'is anyone actually typing',
		'u a bot', 'u a robot', 'u a human',
		'robot or a person', 'robot or a human', 'robot or human', 'robot answering',
		'a bot or a real person', 'bot or a real',
		'are you chatgpt', 'chatgpt or',
		// who answers the service: "is this service staffed by a human being, or is it automated?"
		'staffed by', 'manned by',
		'behind this chat', 'behind the chat', 'behind these answers', 'the other end of this', 'texting a machine',
		'or a program', 'or a chatbot',
		'is this chat a', 'r u even', 'u even real',
		'r u human', 'are u human', 'r you human', 'ru human',
		// whether these replies come by themselves: "r u automated?", "hang on, are these replies automated?"
		'answers automated', 'replies automated', 'responses automated', 'are you automated', 'r u automated',
		'are u automated',
		// a name or a machine as the other side: "is this Sam or a bot?", "is this Dave or an AI?"
		'is this * or a bot', 'is this * or a robot', 'is this * or an ai', 'is this * or an automated',
	],
	// a one-word person request after one is a person talked about: see ../referents.ts
	determiners: ['the', 'your', 'our', 'his', 'her', 'their'],
	// before a "that" and a person, what follows is passed on: see ../reports.ts
	reports: ['said', 'says', 'saying', 'told', 'wrote', 'written', 'promised', 'mentioned', 'stated', 'explained', 'informed', 'voicemail', 'email', 'text', 'letter'],
	// a quote these stand next to is someone's or something's words, and another's typing or shouting of it: see ../quotes.ts
	// and a title in quotes after the work it names: "is the film \"Human\" still on?"
	quoteSources: ['sign', 'reads', 'shows', 'showed', 'displays', 'button', 'banner', 'phrase', 'keyword', 'typed', 'shouted', 'shouting', 'yelled', 'yelling', 'screamed', 'screaming', 'spammed', 'spamming', 'film', 'movie', 'book', 'song', 'series', 'novel', 'album'],
	// a person word right after one is a quality, no request by itself: see ../referents.ts
	degrees: ['very', 'so', 'more', 'too', 'less', 'truly'],
	// a word of these forms, or a title and a name, in a talk verb's slot is a person: see ../roleTargets.ts
	roleForms: ['*ator', '*ist', '*ician', '*ologist'],
	roleLookalikes: ['calculator', 'elevator', 'escalator', 'generator', 'radiator', 'refrigerator', 'incubator', 'ventilator', 'indicator', 'simulator', 'checklist', 'playlist', 'wishlist', 'printer', 'scanner', 'router', 'computer', 'page', 'menu', 'screen', 'website', 'thermostat', 'doorbell'],
	titles: ['mr', 'mrs', 'ms', 'miss', 'dr'],
	// before an "if" or "that", a person and a contact verb: the person is wished to contact the user; see ../wishes.ts
	wishMoods: ['would', 'wondering', 'wonder', 'wondered'],
	wishedContacts: ['call', 'called', 'ring', 'rang', 'phone', 'phoned', 'contact', 'contacted', 'touch', 'reach', 'reached', 'email', 'emailed', 'message', 'messaged', 'text', 'texted', 'telephone', 'phones', 'rings',
		// chat words for a message: "can someone from the verification team msg me?", "somebody from the testing team ping me"
		'msg', 'ping', 'dm'],
	// a person asked to write to, answer or reach out to the user (`userObjects`); see ../writeBacks.ts
	writeBacks: ['write', 'reply', 'answer', 'respond', 'reach', 'dm'],
	writeBackAgains: ['again'],
	// how often or whether at all someone answers, and the verb's habitual and past forms; see ../answerHabits.ts
	replyCues: ['ever', 'usually', 'sometimes', 'normally', 'typically', 'already'],
	reportedReplies: ['replies', 'replied', 'answers', 'answered', 'writes', 'wrote', 'written', 'responds', 'responded', 'texted', 'emailed'],
	memberLinks: ['from', 'of', 'at', 'in'],
	// a person given to the user: "get me | Gary at the depot"; see ../handOvers.ts
	handOverVerbs: ['get', 'give', 'grab', 'fetch'],
	handOverUsers: ['me', 'us'],
	// after a want verb, before the subject of a callback: "I'd like | for | someone to call me"; see ../wishedCallers.ts
	wishLinks: ['for'],
	// a person asked by one of these to contact the user (`userObjects`): see ../contactRequests.ts
	contactAskers: ['can', 'could', 'should', 'would'],
	// a person of the company sent, coming or booked: "can you send an engineer", "could a technician come round"; see ../visitRequests.ts
	// 'sent' for the passive, asked of its subject: "can a technician be sent out tomorrow?"
	visitVerbs: ['send', 'sent', 'dispatch', 'come', 'schedule', 'book', 'arrange', 'get', 'pop'],
	visitAskers: ['need', 'want', 'would', 'pls', 'kindly', 'have'],
	visits: ['visit', 'callout'],
	visitQualifiers: ['service', 'technician', 'technicians', 'engineer', 'engineers', 'repair', 'technical', 'home', 'mechanic', 'mechanics', 'truck', 'installer', 'plumber', 'plumbers', 'electrician', 'electricians', 'locksmith', 'glazier', 'carpenter', 'joiner', 'joiners', 'handyman', 'roofer'],
	visitRecipients: ['to'],
	userObjects: ['me', 'us'],
	// a person asked to do one of these on the user's matter: see ../serviceRequests.ts
	userServices: ['look', 'advise', 'answer', 'review', 'check', 'sort', 'deal', 'investigate', 'inspect'],
	indefiniteArticles: ['a', 'an'],
	indirectQuestions: ['know', 'ask', 'asking', 'check', 'find', 'see', 'tell', 'asked'],
	perfects: ['been', 'had'],
	// what the person opening the clause did, a report: "my old mortgage agent at the bank messed up my rate"
	pastDeeds: ['was', 'were', 'told', 'sent', 'gave', 'took', 'came', 'forgot', 'hung', 'spoke', 'wrote', 'rang', 'made', 'left', 'brought', 'broke', 'sold', 'got'],
	// and any regular past form no pack lists: "the agent parked the van across our drive"
	pastDeedForms: ['*ed'],
	// right before a need word and a person, the matter in hand needs the person: see ../needs.ts
	matters: ['this', 'one'],
	needs: ['needs', 'need', 'requires', 'require'],
	denials: ["don't", 'not', 'doubt', 'never', "can't", 'cannot', "couldn't", "won't"],
	// before a contact verb in its clause, the contact's subject is nobody: see ../nobodyContacts.ts
	nobodies: ['nobody', 'noone'],
	// a callback phrase in a clause one opens asks whether someone called (../idleContactPhrases.ts); "was there anybody I could talk to" asks about the past (../existentialRequests.ts)
	pastQuestions: ['did', 'was', 'were'],
	// a person word a few words after one is how something seems, no one asked for: see ../qualities.ts
	seemings: ['sounds', 'sound', 'looks', 'look', 'seems', 'seem', 'feels', 'resembles'],
	alternatives: ['or'],
	onlies: ['only'],
	purposes: ['for'],
	handoffs: ['hands', 'transfers', 'escalates', 'escalation', 'handover', 'handoff', 'redirection'],
	machines: ['automatic', 'automatically', 'autoreply', 'autoresponder', 'script', 'scripted'],
	// a person a system routes one of these to is no one the user asks for; see ../routedPersons.ts
	systems: ['system', 'systems', 'ivr', 'crm', 'tool', 'software', 'platform', 'bot', 'chatbot', 'app', 'widget'],
	routedThings: ['callers', 'customers', 'clients', 'leads', 'tickets', 'chats', 'calls', 'conversations', 'enquiries', 'inquiries', 'them', 'licence', 'license', 'licences', 'licenses', 'seat', 'seats'],
	devices: ['speaker', 'speakers', 'doorbell', 'camera', 'cameras', 'intercom', 'headset', 'earbuds', 'headphones'],
	// a thing a connect verb joins, not a person: see ../connectedThings.ts
	connectedThings: ['app', 'apps', 'phone', 'tv', 'watch', 'smartwatch', 'account', 'laptop', 'printer', 'tablet', 'computer', 'router', 'console', 'mobile', 'calls', 'wifi', 'link', 'balance'],
	abilities: ['can', 'could', 'able'],
	abilityInfinitives: ['able'],
	thingRelatives: ['that', 'which'],
	perceptions: ['understand'],
	botBuilds: ['build', 'building', 'create', 'creating'],
	thingsBeforePerson: ['cleaning', 'descaling', 'degreasing', 'foaming', 'bleaching', 'antivirus', 'vpn'],
	thingsAfterPerson: [
		'hair', 'skin', 'skins', 'mode', 'card', 'template', 'status', 'emote', 'outfit', 'loadout', 'lineup', 'main', 'healer', 'class', 'role', 'hero', 'deck', 'meme', 'memes',
		// what a shop, a letting or a school offers its sellers, landlords and teachers: "I need a seller account", "want a teacher discount"
		'account', 'discount', 'insurance', 'price', 'prices', 'pricing', 'portal', 'dashboard', 'licence', 'license', 'reference', 'fees', 'login', 'registration',
		// a help page's article: "the help desk article on refunds is out of date"
		'article', 'articles',
	],
	versusWords: ['vs', 'versus'],
	gameChoices: ['which', 'best', 'play', 'pick', 'main'],
	transferVerbs: ['put', 'transfer', 'connect', 'patch', 'forward'],
	// a person a few words after one of these does that work; see ../workDoers.ts
	works: ['translation', 'translations', 'transcription', 'transcriptions', 'proofreading', 'moderation', 'subtitles', 'subtitling', 'captions', 'captioning', 'cleaning', 'tour', 'tours',
		// and what a person or a machine made or did outside this chat: the either/or after it asks who did that work, not this chat ("the reminder email, does someone write it or is it automatic?", "are the chairs assembled by people or robots?"); see ../identityAlternatives.ts
		'confirmation', 'confirmations', 'reminder', 'reminders', 'cleaned', 'assembled'],
	// in a question with a person phrase near one: asks who answers; see ../replyQuestions.ts
	replies: ['answering', 'replying', 'responding', 'typing', 'writing', 'reading', 'texting'],
	whos: ['who'],
	hows: ['how'],
	workings: ['work', 'works'],
	handoverModes: ['automatically', 'automatic'],
	cases: ['cases', 'situations'],
	whiches: ['which', 'what'],
	customers: ['customer', 'client', 'shopper', 'buyer', 'guest', 'visitor', 'user', 'caller', 'customers', 'clients', 'shoppers', 'buyers', 'guests', 'visitors', 'users', 'callers'],
	whens: ['when', 'whenever', 'once'],
	ownPossessives: ['my'],
	// 'any' and 'is' of a question with no "is there" before it: "any technician online now?", "is an engineer available now?"
	existentials: ['there', 'any', 'is'],
	// free, online or on duty: "is there a technician on duty?", "is there an engineer online right now?"
	// someone who has time: "is there an agent who has time now?"
	presences: ['available', 'free', 'online', 'duty', 'time', 'around'],
	// chat shorthand for now: "is there a real agent free rn"
	presentNows: ['now', 'right now', 'currently', 'rn', 'atm'],
	// a question whose subject is a name: "is Maria available?"
	nameOpeners: ['is'],
	// a turn to the present after a request for later: "…, but for now just tell me …"
	nowTurns: ['now'],
	nextTimes: ['next time'],
	// the speaker of a report: "the operator told my husband …", "I was told by an agent …"
	speakerReports: ['told', 'said', 'says', 'explained', 'informed', 'mentioned'],
	speakerAgents: ['by'],
	// the user's own contact, a plan: "I'll ring them myself"
	// and someone else's, after their want (see ../deferredRequests.ts): "… but she'll call you herself"
	selfDoers: ['myself', 'himself', 'herself', 'themselves'],
	// "or does a staff member have to approve it?": see obligedPersons.ts
	obligations: ['must', 'have', 'has', 'need', 'needs', 'required', 'supposed'],
	openingNeeds: ['need', 'must'],
	possibilities: ['possible', 'possibility', 'chance', 'hope', 'hoping'],
	contactForms: ['contacted', 'called', 'phoned', 'rung'],
	contactMedia: ['email', 'text', 'message', 'sms', 'whatsapp'],
	teams: ['team', 'crew'],
	// a modal opening the question of a talk verb with a team in its slot: see ../teamTargets.ts
	slotAskers: ['can', 'could', 'would'],
	// what a team handles after it, past one of these: see ../teamTargets.ts
	teamLinks: ['for'],
	// one of the business's people named by their group ("one of your devs"): see ../groupMembers.ts
	groupOnes: ['one'],
	groupOwners: ['your'],
	// a time word before now: a person or request words in its clause are reported, not asked for; see ../pastReports.ts
	pastHaves: ['had'],
	pastTimes: ['yesterday', 'earlier', 'ago', 'last time', 'last week', 'last night', 'last month', 'last year'],
	// the "with" of a verb of talking with someone, and those verbs: a word no pack lists in their slot is a person (../conversationPartners.ts)
	companions: ['with'],
	addressees: ['to'],
	conversations: ['speak', 'talk', 'chat', 'word', 'call', 'speaking', 'talking'],
	personPronouns: ['her', 'him'],
	// a third person as a contact verb's object, said for someone close the user writes for; see ../behalfObjects.ts
	othersObjects: ['her', 'him', 'them'],
	othersWants: ['wants'],
	// someone else's past ask, reported; see ../othersPastAsks.ts
	othersPastAsks: ['asked', 'requested'],
	// another's offer or order, passed on and set aside; see ../passedOnAsks.ts
	passedOnAsks: ['offered', 'suggested', 'typed'],
	// the user's ask of someone close who makes the contact; see ../closeErrands.ts
	errandAsks: ['asked', 'told'],
	// that person's own contact after their want: "my husband wants to speak to someone, but he'll ring you himself"
	thirdSubjects: ['he', 'she', 'they'],
	phoneLines: ['phone', 'telephone', 'line', 'call'],
	phoneVerbs: ['get', 'put'],
	// someone of the user's as a contact verb's object; see ../relationObjects.ts
	relationOwners: ['our'],
	// a contact said to the company for someone of the user's, with a phone number; see ../relativeCalls.ts
	contactImperatives: ['call', 'ring', 'phone'],
	// a number above one or a word that shares out, before a lone person word (in Swahili also after it): staff counted as a unit ("25 agents", "per agent"); see ../countedPersons.ts
	counters: ['per', 'each', 'every', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
	copulas: ['is', 'be'],
	// a word of curiosity in a short sentence after a question: the question was asked only to know; see ../closingCuriosities.ts
	curiosities: ['curious', 'curiosity', 'wondering'],
	// see ../unsoughtSomeones.ts
	ownCommunities: ['chat', 'stream', 'group', 'channel', 'server', 'comments', 'lobby', 'livestream', 'team'],
	channelArticles: ['the', 'this', 'that', 'your', 'our'],
	ownTeamWords: ['own'],
	thanks: ['thanks', 'thank', 'thx', 'kudos', 'shoutout', 'grateful'],
	breakages: ['broke', 'broken', 'snapped', 'cracked', 'bent', 'wobbly', 'rusty', 'rusting'],
	roleAs: ['as'],
	offerVerbs: ['offer', 'provide'],
	pretenders: ['fake', 'supposed', 'alleged', 'bogus', 'fraudulent', 'impostor'],
	newcomers: ['new'],
} satisfies Partial<Grammar>;
