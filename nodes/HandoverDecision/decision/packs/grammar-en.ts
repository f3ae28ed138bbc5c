import type { Grammar } from './types';
import { englishCancels } from './cancels-en';
import { englishClauseLists } from './lists-en';

/** English request frames and targets (see ../frames.ts); cancel frames in cancels-en.ts, the clause checks' word lists in lists-en.ts. */
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
	cancels: englishCancels,
	...englishClauseLists,
};
