/**
 * English cancel frames: a clause holding one asks for nobody, though it names a person (a question about a feature
 * or the product, building a bot, a department name; see ../frames.ts).
 */
export const englishCancels: string[] = [
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
	// bots as a kind of product, or their vendor, asked about: "we're looking at chatbots that hand off to human agents. which vendor do you use?"
	'chatbots that', 'bots that', 'your virtual assistant', 'which vendor', 'what vendor',
];
