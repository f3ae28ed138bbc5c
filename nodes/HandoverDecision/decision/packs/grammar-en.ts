import type { Grammar } from './types';

/** English request frames, targets and the frames that cancel them (see ../frames.ts). */
export const englishGrammar: Grammar = {
	talkVerbs: [
		// a request noun with an adjective before it, as 'a call with': "could I book a quick call with someone from billing", "a video call with one of your engineers"
		'a * call with', 'a * chat with', 'a * meeting with', 'a * word with',
		// going through something together, the person before it: "can someone from student support go through this with me live"
		'go through * with me', 'go through * * with me', 'go through * * * with me', 'go through * * * * with me', 'go over * with me', 'go over * * with me',
		// meeting a person in person: "I'd like to meet with my account manager"
		'meet with', 'meeting with',
		// put on the phone with someone: "sort it out or put me on with someone from accounts"
		'put me on with', 'put me on to', 'put me onto',
		'deal with', 'put through to', 'be put through to',
		'a call from', 'a call with', 'book a call with', 'appointment with', 'transfer to', 'be transferred to',
		// a learner's passive: "Is possible to be transfer to the enrollment office now?"
		'be transfer to', 'be transfered to',
		'transferred to',
		'get back to me', 'email me back', 'a complaint with', 'complaint with',
		'talk to', 'talk with', 'speak to', 'speak with', 'chat with', 'chat to', 'a word with', 'talking to',
		'speaking to',
		'speaking with', 'put me through to', 'put me thru to', 'patch me through to', 'get me through to',
		'transfer me to',
		'transfer me over to', 'connect me to', 'connect me with', 'hand me over to', 'hand me to', 'pass me to',
		'pass me on to', 'pass me over to', 'escalate to', 'escalate this to', 'escalate me to', 'forward me to',
		'route me to', 'send me to', 'speak', 'talk', 'chat',
		'tlk to',
		'pass this to', 'pass this on to', 'hand this to', 'hand this over to', 'pass it to', 'pass it on to',
		'hand me off to', 'hand me off', 'hand off to',
		'explain it to', 'explain this to', 'explain to',
		'attended to by', 'be attended to by', 'served by',
		'complain to',
		'get through to', 'get thru to',
		'talk this through with', 'talk it through with', 'talk it over with',
		'bump this up to', 'bump me up to', 'bump it up to', 'raise this with', 'raise it with', 'take this up with',
		'take it up with',
		'get connected to', 'get connected with', 'be connected to', 'be connected with',
		// a conversation wished for, learners' form without the article too: "i wish to have conversation with staff of the library"
		'to have a conversation with', 'to have conversation with', 'i have a conversation with', 'i have conversation with',
		// the user's wish to be contacted, in the passive: "I'd like to be contacted by someone from your membership team", "can I be rung back by the duty manager"
		// (a wish or a plea before it: "when will I be contacted by someone?" asks when, "I was contacted by a manager" reports)
		'like to be contacted by', 'want to be contacted by', 'wish to be contacted by', 'hoping to be contacted by', 'can i be contacted by', 'could i be contacted by',
		'like to be called by', 'want to be called by', 'wish to be called by', 'hoping to be called by', 'can i be called by', 'could i be called by',
		'like to be called back by', 'want to be called back by', 'wish to be called back by', 'hoping to be called back by', 'can i be called back by', 'could i be called back by',
		'like to be phoned by', 'want to be phoned by', 'can i be phoned by', 'could i be phoned by', 'like to be rung back by', 'want to be rung back by', 'can i be rung back by', 'could i be rung back by',
		// chat spelling of "to": "can i talk 2 sumone abt my membership"
		'talk 2', 'speak 2',
	],
	wantVerbs: [
		'i want', 'i need', 'i d like', 'i would like', 'get me', 'give me', 'can i get', 'can i have', 'could i get',
		'could i have', 'may i have', 'i m asking for', 'i am asking for', 'let me have', 'bring me', 'need', 'want',
		'please ask', 'pls ask', 'can you ask', 'could you ask', 'would you ask',
		// a callback set up for the user: "could you arrange for our consultant to call me"
		'arrange for',
		// a business or a person got to call the user: "please get the bakery to call me" (../wishedCallers.ts)
		'please get', 'can you get', 'could you get',
	],
	reachVerbs: [
		'get in touch',
		'reach', 'contact', 'get in touch with', 'get hold of', 'get a hold of', 'get ahold of', 'be in touch with',
		'ring',
		'put me in touch with', 'get me in touch with',
	],
	people: [
		// a trade sent or asked to come: "send a plumber round", "could you have an electrician come out"
		'plumber', 'plumbers', 'electrician', 'electricians', 'locksmith', 'glazier', 'carpenter', 'handyman', 'roofer',
		// British for carpenter: "can you send the joiner back to finish the skirting boards" (its typo "joined" is a known word)
		'joiner', 'joiners',
		// business roles asked for by name: "need one of your devs on a call", "can I get the sales rep for Mombasa"
		'developer', 'developers', 'dev', 'devs', 'sales rep', 'sales reps', 'account rep',
		// the business's lead or manager of a service, by the service's name: "get me the exhibitor services lead", "talk to your success manager"
		// a job seeker's or new hire's contact at a recruiter or employer: "can the hiring manager ring me", "a word with my recruiter"
		'recruiter', 'recruiters', 'hiring manager', 'interviewer', 'my recruiter', 'my recruitment consultant',
		'success manager', 'onboarding manager', 'implementation manager', 'services lead', 'support lead', 'tech lead', 'shift lead', 'ops lead',
		// a doctor a patient asks for: "can I speak to a doctor now"
		'doctor',
		// an installer asked to come back: "can the installer pop round again tomorrow" (not 'fitter': "filter" would read as its typo)
		'installer',
		'advisors', 'advisers', 'representatives', 'operators', 'supervisors', 'consultants', 'specialists',
		'mgr', 'member of your team', 'member of the team',
		'assistant', 'team lead', 'team leader', 'one of your team', 'one of the team', 'one of your staff', 'one of the staff', 'someone on your team',
		'person', 'people', 'human', 'humans', 'human being',
		// the internet's joke spelling of human: "need a hooman to sort out my refund"
		'hooman', 'hoomans', 'someone', 'somebody', 'anyone', 'anybody', 'agent',
		'agents',
		'manager', 'managers', 'supervisor', 'representative', 'rep', 'operator', 'staff', 'staff member',
		'member of staff',
		// the role over a team, a school year or a place: "I'd like a word with the head of the toddler room"
		'head of',
		'support staff', 'employee', 'colleague', 'whoever is in charge', "whoever's in charge", 'person in charge', 'someone in charge',
		'sales', 'billing', 'accounts', 'finance', 'returns', 'advisor', 'adviser', 'consultant', 'specialist',
		'technician', 'boss', 'owner', 'team member', 'human agent', 'live agent', 'live operator',
		'sum1', 'some1', 'any1', 'sumone', 'sumbody',
		// a hotel's or a restaurant's staff by their post: "put me on to the night porter", "need to speak with the head chef"
		'night porter', 'hall porter', 'head chef', 'concierge', 'night manager',
		'branch manager', 'store manager', 'shop manager',
		// a building's or a property's manager: "escalate this to the building manager and have him contact me"
		'building manager', 'property manager', 'site manager', 'facilities manager', 'estate manager', 'office manager',
		// a workplace's manager by its unit: "need the lab manager re my crown order", "the practice manager", "the duty manager"
		'lab manager', 'laboratory manager', 'practice manager', 'clinic manager', 'duty manager', 'shift manager', 'floor manager',
		'general manager', 'service manager',
		'engineer', 'engineers', 'technicians', 'on-call engineer', 'pharmacist', 'pharmacists', 'whoever is on call',
		'whoever', 'whoever handles', 'whoever deals with', 'whoever looks after', 'whoever manages', 'whoever is responsible for',
		'account manager', 'account executive', 'relationship manager', 'case manager', 'caseworker', 'case worker',
		// who arranges a service's visits: "I need to speak to the care coordinator"
		'coordinator', 'care coordinator', 'coordinators',
		// who assigns drivers and riders: "is there a dispatcher i can chat to? rider never showed"
		'dispatcher', 'dispatchers',
		// a club's, a school's or a parish's secretary: "Can I speak with the club secretary about my membership renewal?"
		'secretary', 'club secretary', 'membership secretary', 'school secretary',
		// roles a customer asks for by title: "I need to speak with the notary directly", "the camp director"
		'director', 'notary', 'notaries',
		// a summer camp's staff a parent asks for: "i need the camp director on the phone"
		'camp director', 'camp manager', 'camp leader', 'camp leaders', 'camp counselor', 'camp counsellor', 'camp counselors', 'camp counsellors', 'camp staff',
		// who runs a job or a build for the customer: "I want to speak to the project manager"
		'project manager', 'project lead', 'project coordinator', 'site supervisor',
		'claims handler', 'claims adjuster', 'my account manager', 'my case manager', 'my relationship manager',
		// the adviser the business assigned to the user's plan: "I need to speak to my adviser today" ('my' alone is no filler: "my manager" is the user's boss)
		'my adviser', 'my advisor', 'my debt adviser', 'my debt advisor', 'my caseworker', 'my case worker',
		'my mortgage adviser', 'my mortgage advisor', 'my pension adviser', 'my pension advisor', 'my loan officer', 'my sales rep', 'my sales guy', 'my account rep',
		// a service profession asked for by its trade: "let me talk to a beekeeper from your farm", "can the dentist call me?"
		'dentist', 'dentists', 'receptionist', 'vet', 'vets', 'lawyer', 'lawyers', 'solicitor', 'accountant', 'accountants', 'undertaker', 'funeral director', 'beekeeper', 'architect', 'instructor', 'instructors', 'driving instructor', 'speech therapist', 'surveyor', 'surveyors', 'mechanic', 'nurse', 'ward nurse', 'ward sister',
		// who sells, lets or teaches in a shop, a letting or a school, asked for: "let me talk to the seller", "can the letting agent call me", "put me through to my son's tutor"
		'seller', 'dealer', 'letting agent', 'lettings agent', 'managing agent', 'teacher', 'class teacher', 'form tutor', 'tutor', 'lecturer', 'academic advisor', 'academic adviser',
		// who is sent out to the user: "can you get a mechanic out to me", "please send a tow truck"
		'mechanics', 'tow truck', 'breakdown truck', 'recovery truck', 'tow truck driver',
	],
	departments: [
		'customer assistance',
		// a marketplace's team for sellers: "want to talk to the seller support team not you"
		'seller support', 'seller support team', 'vendor support', 'partner support',
		'support', 'customer service', 'customer support', 'customer care', 'client services', 'help desk', 'helpdesk',
		'service desk', 'call center', 'call centre', 'contact center', 'support team', 'service team', 'tech support',
		'technical support', 'it support', 'live support', 'customer services',
		'claims department', 'claims team', 'front desk',
		'sales desk', 'complaints department', 'helpline', 'billing department', 'sales department', 'accounts department',
		'finance department',
		// short for department, and a rental counter: "billing dept please", "the rental desk at Gatwick"
		'billing dept', 'sales dept', 'accounts dept', 'finance dept', 'rental desk', 'rentals desk', 'hire desk',
		'who do i contact', 'who should i contact',
		'tier 2 support', 'tier 2', 'tier two', 'second line support',
		// desks and offices a user is put through to: "the bookings desk", "the school office"
		'booking team',
		'bookings desk', 'booking desk', 'reservations desk', 'reservation desk', 'bookings team', 'reservations team',
		'school office', 'admissions office', 'enrollment office', 'enrolment office',
		// teams a bank or card issuer puts a caller through to: "I want your fraud team on the phone"
		'fraud team', 'fraud department', 'fraud desk', 'disputes team', 'disputes department',
		'admissions',
	],
	fillers: [
		'member',
		'a', 'an', 'the', 'your', 'real', 'live', 'actual', 'one', 'of', 'our', 'human', 'someone', 'from', 'in',
		'please',
		'directly', 'proper', 'genuine', 'qualified', 'senior', 'quick', 'right', 'now', 'some', 'any', 'store', 'shop',
		'duty', 'on', 'immediately', 'to',
		// a time word between the verb and the person: "talk today with a billing specialist", "chat right away with an engineer"
		'today', 'tonight', 'away',
	],
	topics: ['about', 'regarding', 'concerning', 'for'],
	infinitives: ['to'],
	notAlone: ['sales', 'billing', 'accounts', 'finance', 'returns'],
	conjunctions: ['and'],
	ones: ['one'],
	conditionals: ['if'],
	// "one more time", "once more", "next time": "if the bot fails one more time I'm asking for a manager" (not 'time': Portuguese "time" is a team)
	futures: ['tomorrow', 'again', 'more', 'next'],
	aheadConditionals: ['should'],
	aheadDays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend'],
	details: ['number', 'numbers', 'phone', 'telephone', 'email', 'mail', 'address', 'hotline', 'extension', 'fax', 'whatsapp', 'website', 'line'],
	// 'ok', 'alright': "if it's ok, i'll take a human please" asks now (see ../futureConditions.ts planOnCondition)
	courtesies: ['have time', 'got time', 're free', 'are free', 're available', 'are available', 'possible', 'ok', 'okay', 'alright'],
	later: ['would i', 'will i', 'would someone', 'will someone', 'later', 'afterwards'],
	// someone else typed the quoted request, or the bot is to ignore it (see ../quotes.ts)
	disowns: ['typed', 'typing', 'wrote', 'ignore', 'says'],
	// a request taken back by a later clause that ends with one (see ../marks.ts)
	takeBacks: ['never mind', 'nevermind', 'nvm', 'forget it', 'figured it out', 'i figured it out', 'found it', 'i found it', 'sorted it', 'sorted it out',
		// "I've found the reading myself, all sorted", "actually scratch that"
		'all sorted', 'scratch that',
		// the answer found: "I wanted an agent but I found the answer on your site"
		'found the answer', 'i found the answer', 'already found it', 'i already found it',
		// "oh wait I found it, just ignore me" (not "ignore me" alone: "get me a human now, dont ignore me")
		'just ignore me',
		// a correction opening the next sentence: "can i talk to someone? oh wait it just updated, ignore me"
		'oh wait', 'ah wait'],
	contrasts: ['but'],
	abbreviations: ['mr', 'mrs', 'ms', 'dr', 'prof'],
	firstPersons: ['i'],
	complementisers: ['that'],
	declines: ['no', 'nah', 'nope', 'nvm', 'never mind', 'nevermind', 'forget it', 'no thanks', 'no need'],
	// a "wait"/"actually" word next to a decline opens a correction (see ../corrections.ts)
	selfCorrections: ['wait', 'actually'],
	urgers: ['please', 'pls', 'plz', 'now', 'asap', 'for me', 'right now',
		// West African English for please: "abeg make somebody from customer service call me"
		'abeg',
		// chat spellings of "please", and "urgent" after a target: "cs plss urgent", "manager urgent"
		'plss', 'plis', 'pliss', 'plzz', 'pleasee', 'urgent', 'urgently',
		'on the line',
	],
	cancels: [
		// a call or message received, a report as 'had a call': "I got a call from an adviser this morning, all sorted"
		'got a call', 'got a * call', 'received a call', 'received a * call', 'got a phone call', 'got a text from', 'got a message from', 'received a message from',
		// a request noun had, a report: "I had a quick call with an adviser, all sorted"
		'had a call', 'had a * call', 'had a * chat', 'had a meeting', 'had a * meeting',
		// the user busy in a call or meeting now, a report: "I'm on a call with my line manager, will answer later"
		"i'm on a call with", 'im on a call with', 'i am on a call with', "i'm in a meeting with", 'im in a meeting with', 'i am in a meeting with',
		// the user's own talk first, before acting, as the Danish pack's "skal lige snakke med * først": "i need to talk to the bank first before i pay"
		'need to talk to the * first', 'need to speak to the * first', 'have to talk to the * first', 'have to speak to the * first',
		// a document a person must sign or confirm, not a talk: "the discount needs confirmation from a staff member at the college"
		'confirmation from', 'signature from',
		// a person praised after a visit: "the agent at the depot was super helpful"
		'was super helpful', 'were super helpful', 'was really helpful', 'were really helpful', 'was very helpful', 'were very helpful',
		// the user's own call planned: "I'm going to ring the manager myself tomorrow"
		"i'm going to ring", 'i am going to ring', 'im going to ring', 'ring them myself', 'ring the manager myself',
		// a message for the staff to act on, not a talk: "could you ask the staff to give Pepper her blanket?"
		// ("ask the staff to give me a call" stays a request: only a gift to the pet, child or guest they care for)
		'staff to give her', 'staff to give him', 'staff to give them', 'staff to give * her',
		'staff to feed', 'staff to keep * in', 'staff to make sure', 'staff to walk',
		// a feature of the business's chatbot asked about, chat spelling: "does ur chatbot support handing over to a human agent?"
		'support handing over', 'supports handing over', 'support handover to', 'supports handover to',
		// a request asked about in reported speech: "the bot asked if i wanted to speak to an agent, i didn't"
		'asked if i wanted', 'asked me if i wanted', 'asked whether i wanted', 'asked me whether i wanted', 'asked if i would like', 'asked me if i would like',
		// a manual (the noun), not a person: "talk to me like a person, not like a manual" ("a manual review" asks for one)
		'like a manual', 'user manual', 'instruction manual', 'in the manual', 'read the manual', 'the manual says',
		// someone to hire for a job: "is there someone on your marketplace who does that kind of gig?"
		'kind of gig', 'sort of gig', 'kind of gigs', 'on your marketplace', 'for hire',
		// whether a person or automation does a whole job, and what a device detects: "does a human check my application or is it all automated?"
		'all automated', 'all automatic', 'detect a human', 'detect a person',
		'api', 'allow handover', 'if a real person', 'whether a real person', 'if a human',
		'whether a human', 'let us',
		'does the app let', 'does your app let', 'does it let', 'does the app allow', 'app lets',
		'is there a feature', 'a feature to', 'feature that', 'feature for', 'features for', 'integrate with',
		'integration for', 'integrations', 'in the dashboard', 'on the dashboard', 'dashboard to', 'automation for',
		// what the chat itself can take, a feature question: "does this chat support photos?"
		'does this chat', 'does the chat', 'does your chat', 'can this chat',
		// a price question: "any deals on desk passes for agents who work evenings?"
		'any deals', 'deals on', 'deals for', 'discount for', 'discounts for', 'discount on', 'discounts on',
		'opening hours', 'your hours', 'hours on', 'hours at', 'what are the hours', 'configure', 'set up the',
		'included in', 'included with', 'free plan',
		'family plan', 'need a plan', 'software for', 'software that', 'helpdesk software', 'support software',
		'chat software', 'software to',
		'price of', 'pricing for', 'pricing of', 'cost of', 'how much', 'plan cost', 'plan include', 'plan includes',
		'plan that includes', 'subscription with', 'subscribe to', 'add on', 'addon', 'per month', 'per seat',
		'add live agents', 'add agents', 'free trial of', 'trial of the', 'trial of your',
		// connecting to a wifi, not to a person; a wifi the message only mentions does not cancel ("pasang wifi")
		'to the wifi', 'to wifi', 'ke wifi', 'na wifi', 'wifi 6', 'wi fi 6', 'bluetooth', 'webhook', 'url', 'endpoint',
		'enable', 'turn that on', 'turn it on', 'my customers', 'my users', 'our customers', 'our users', 'users keep',
		'customer types', 'user types', 'customers type', 'how long until', 'how long does it take', 'what time do',
		'what time does', 'what time are', 'customer asked', 'customers ask', 'customers asked', 'users ask',
		'on sunday', 'on saturday', 'on sundays', 'on saturdays', 'is there a fee', 'fee to', 'have to pay', 'pay to',
		'was on hold', 'last time i asked',
		// a request given up or for later: "I was going to ask for an agent but I figured it out", "I might want to…"
		'was going to ask', 'figured it out', 'i might want to', 'work from home', 'i might ask for', 'i may ask for',
		// a request announced for later, a threat: "If the carer is late again I'm going to ask to speak to the manager"
		'going to ask to speak', 'going to ask to talk', 'gonna ask to speak', 'gonna ask to talk', 'will ask to speak', "i'll ask to speak",
		// joining the staff, a job asked about: "I'm a care worker looking to join your staff"
		'join your staff', 'join your team', 'join the team', 'join the staff', 'application form',
		// a guide wanted for a tour, a service asked about: "Does the tour include a local guide? Want someone who knows the history"
		'who knows the history', 'who knows the area', 'who knows the city', 'who knows the local', 'who knows the region', 'local guide', 'tour guide',
		'commission',
		'missed a call', 'missed call', 'missed calls', 'was transferred', 'got transferred', 'were transferred',
		'became', 'joined', 'if anything', 'if there is a problem', 'if there are any',
		'feedback about', 'feedback on', 'give feedback', 'submit feedback', 'leave feedback', 'rate the', 'rate your',
		'recommend', 'deserves', 'leave a review', 'review for', 'stars', 'compliment', 'weekends',
		// availability asked for a day to come, not 'the weekend' alone ("nothing in the cupboard for the weekend please can a person contact me today")
		'on the weekend', 'at the weekend',
		'sign for', 'to sign',
		'already called', 'already emailed', 'already replied', 'already rang',
		'my mum', 'my mom', 'my mother',
		'become a', 'become an', 'work as', 'working as', 'my thanks', 'our thanks', 'my compliments', 'our compliments', 'told by', 'our bot', 'our chatbot', 'my bot',
		'my chatbot', 'zendesk', 'intercom', 'freshdesk', 'hubspot', 'salesforce', 'include', 'includes', 'come with',
		'comes with', 'our agents', 'our staff', 'my staff', 'my agents', 'our support', 'our team', 'i love',
		'love your', 'i work in', 'handoff',
		'talked to', 'spoke to', 'spoke with', 'talked with', 'already talked', 'already spoke',
		// building a bot or a team, not the building the user lives in ("the building manager")
		'build', 'building a', 'building an', 'building our', 'building my', 'building the', 'building some', 'building out', 'building it', 'building this', 'are building', 're building', 'am building', 'm building', 'create a', 'develop', 'developing', 'set up a', 'looking for a',
		'option to', 'option for',
		'tell me about', 'info about', 'information about', 'how does', 'does your bot', 'does the bot',
		'does the chatbot', 'does your chatbot', 'can your bot', 'can the bot', 'can your chatbot', 'your bot can',
		'which languages', 'what languages', 'opening times',
		'your product', 'product demo',
		'open on', 'open at', 'open today', 'contact person', 'gave me', 'told me', 'told him', 'told her', 'told us', 'told them', 'said', 'applying', 'cv',
		'solved',
		'for customers', 'customers to', 'fixed it', 'role', 'interested in', 'is great',
		'earn', 'earns', 'bounced', 'still valid', 'can the bot handle',
		// pay asked about by a job seeker ("what's the hourly wage for agents?"); not 'wage' alone, which is Swiss German
		// 'wäge' (wegen) once normalised: "mit öpperem vom Verkauf gredet wäge de Gleis"
		'a wage', 'the wage', 'what wage', 'hourly wage', 'minimum wage', 'starting wage', 'living wage', 'your wage', 'their wage',
		'wage for', 'wage of', 'wage is', 'wage do', 'wage does', 'wage range', 'agent wage', 'agents wage',
		'good wage', 'decent wage', 'fair wage', 'low wage', 'average wage', 'base wage',
		'thank your', 'were great',
		// praise of staff met, not a request for them: "your staff at the hostel were amazing"
		'were amazing', 'was amazing', 'were fantastic', 'was fantastic', 'were wonderful', 'was wonderful', 'were brilliant', 'was brilliant',
		'were lovely', 'was lovely', 'were excellent', 'was excellent', 'were so helpful', 'was so helpful', 'were so kind', 'was so kind',
		'switch off', 'turn off', 'disable', 'human handover',
		'does a real person', 'does a human', 'does a person',
		'ended',
		'are so slow', 'is faster', 'are slower',
		'mobile app', 'the app too',
		'call centre with', 'call center with', 'feature available', "what's the difference",
		'what is the difference', 'job ad', 'job advert', 'job posting', 'job opening', 'vacancy', 'vacancies', 'you hiring', 'are hiring', 'is hiring', 'still hiring', 'hiring now', 'hiring for',
		'interns', 'internship', 'thesis', 'starter tier', 'free tier', 'basic tier', 'premium tier', 'pro tier',
		'which tier', 'interview', 'hung up on', 'so patient', 'very patient', 'patient with me', 'pass on my thanks',
		'cost extra', 'costs extra', 'basic plan', 'starter plan', "i'll talk to", 'i will talk to',
		"i'll speak to", "i'll speak with", 'i will speak to', "i'm going to call", 'going to call', "i'll call",
		"i'll ask", 'last chat', 'next time', 'can i choose', 'outsourced', 'in house',
		'it hung up', 'were quicker', 'was quicker', 'quicker than', 'more helpful than',
		'prefer writing',
		// a bot or widget of the user's own handing off to their own people: "can the chat widget hand off to our own staff"
		'can the widget', 'can the chat widget', 'can your widget', 'can your chat widget', 'does the widget',
		'does the chat widget', 'does your widget', 'does your chat widget',
		// a chat asked about by a shop owner comparing tools: "does your chat support transfer to a human or is it bot only?"
		'is it bot only', 'is it only a bot',
		// a fix reported done: "ok the human agent fixed my tax code, you can close this"
		'agent fixed', 'agents fixed', 'human fixed', 'person fixed', 'support fixed', 'rep fixed', 'they fixed', 'he fixed', 'she fixed',
		'agent sorted', 'human sorted', 'support sorted', 'they sorted', 'he sorted', 'she sorted', 'our own staff', 'our own team', 'our own agents', 'our own people',
		// someone else's request, quoted: "my colleague typed 'talk to human' …", "… is what my dad typed"
		'he typed', 'she typed', 'they typed', 'someone typed', 'colleague typed', 'dad typed', 'mum typed', 'mom typed',
		'husband typed', 'wife typed', 'son typed', 'daughter typed', 'kid typed', 'kids typed', 'friend typed',
		// a report that an agent already solved it: "the agent sorted everything out earlier"
		'sorted everything', 'sorted it out', 'sorted me out', 'sorted out',
		'if i end up', 'if i ever need', 'if i ever want', 'in case i need', 'if i later',
		// when to be contacted, a form's question or its answer: "what's the best time to contact me?"
		'best time to', 'best times to',
		// how a change is made, not a request: "does it have to go back through the agent who booked it?"
		'have to go through', 'has to go through', 'have to go back through', 'has to go back through', 'go back through',
		'have to go via', 'has to go via',
		// advice the user was given, reported: "the teacher mentioned we should talk to the admissions office"
		'mentioned we', 'mentioned i', 'suggested we', 'suggested i', 'recommended we', 'recommended i', 'advised me to', 'advised us to',
		// a call asked about in the past, not asked for: "did you have someone call me yesterday?"
		'did you have * call', 'did you have * * call', 'did you have * email', 'did you have * * email', 'did someone call', 'did somebody call', 'did anyone call', 'did anybody call',
		'did someone from', 'did somebody from', 'did anyone from',
		// a request the user meant to make and did not: "I meant to ask someone to call me …, but I've found it myself"
		'meant to ask', 'was about to ask', 'was gonna ask', 'were going to ask', 'were about to ask',
		// a call the user chose not to make: "we didn't want to ring anyone on a Sunday night"
		"didn't want to ring", 'did not want to ring', "didn't want to call", 'did not want to call', "didn't want to bother",
		'did not want to bother',
		// a fix someone already made, reported: "the veg box agent already sorted it on the phone"
		'already sorted',
		// who someone was, asked after a visit: "who was the staff member that cleaned our windows on tuesday?"
		'who was the',
		// someone else's advice, reported: "my wife reckons I should get someone at the bank on the phone"
		'reckons',
		// the same, with 'says' or 'said': "my son says i should just type agent but i'd rather sort it myself"
		'says i should', 'says we should', 'said i should', 'said we should',
	],
	callbacks: ['get back to me', 'email me back'],
	imperatives: ['put', 'patch', 'transfer', 'connect', 'hand', 'pass', 'forward', 'route'],
	subjects: ['he', 'she', 'they', 'we', 'it', 'would', 'could', 'can', 'should', 'might', 'must', 'd'],
	relatives: ['who'],
	promises: ['will', 'll', 'gonna', 'promised', 'agreed'],
	identity: [
		'are you a', 'are you human', 'are you real', 'are you an', 'are u a', 'r u a', 'are you even', 'is this a bot',
		'is this a real', 'is this a human', 'is this automated', 'is this an automated', 'is this chat automated',
		'am i talking to', 'am i chatting with', 'am i speaking to', 'am i speaking with', 'am i talking with',
		'bot or a human', 'bot or human', 'human or a bot', 'human or bot', 'person or a bot', 'bot or a person',
		'sound like a real person', 'sounds like a real person', 'talk like a real person', 'are you a person',
		'is this an ai', 'is this ai', 'ai answering', 'is a real person', 'reading this',
		'typing these', 'typing this', 'writing these',
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
	],
	// a one-word person request after one is a person talked about: see ../referents.ts
	determiners: ['the', 'your', 'our', 'his', 'her', 'their'],
	// before a "that" and a person, what follows is passed on: see ../reports.ts
	reports: ['said', 'says', 'saying', 'told', 'wrote', 'written', 'promised', 'mentioned', 'stated', 'explained', 'informed', 'voicemail', 'email', 'text', 'letter'],
	// a quote these stand next to is someone's or something's words, and another's typing or shouting of it: see ../quotes.ts
	quoteSources: ['sign', 'reads', 'shows', 'showed', 'displays', 'button', 'banner', 'phrase', 'keyword', 'typed', 'shouted', 'shouting', 'yelled', 'yelling', 'screamed', 'screaming', 'spammed', 'spamming'],
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
	],
	versusWords: ['vs', 'versus'],
	gameChoices: ['which', 'best', 'play', 'pick', 'main'],
	transferVerbs: ['put', 'transfer', 'connect', 'patch', 'forward'],
	// a person a few words after one of these does that work; see ../workDoers.ts
	works: ['translation', 'translations', 'transcription', 'transcriptions', 'proofreading', 'moderation', 'subtitles', 'subtitling', 'captions', 'captioning', 'cleaning', 'tour', 'tours'],
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
};
