import type { Grammar } from './types';
import { swahiliCancels } from './cancels-sw';
import { swahiliClauseLists } from './lists-sw';

/** Swahili request frames and targets (see ../frames.ts); cancel frames in cancels-sw.ts, the clause checks' word lists in lists-sw.ts. */
export const swahiliGrammar: Grammar = {
	talkVerbs: [
		// a request noun with 'na', as 'kuongea na': "ningependa mazungumzo na mmoja wa wafanyakazi wenu", "naomba miadi na meneja wa tawi"
		'mazungumzo na', 'miadi na', 'mkutano wa video na', 'mkutano na',
		// meeting a person in person: "nataka kukutana na meneja wangu wa akaunti"
		'kukutana na', 'nikutane na', 'kuonana na', 'nionane na',
		// a formal noun request, as English 'a call from': "naomba simu kutoka kwa meneja"
		'simu kutoka kwa',
		'kunirudia',
		'niconnect na', 'uniconnect na', 'kuniconnect na',
		// Sheng's applied form of 'connect': "bro niconnectie na agent wa huduma"
		'niconnectie na', 'uniconnectie na', 'mniconnectie na',
		// English 'transfer' with Swahili affixes, as 'niconnect': "nisaidie kunitransfer kwa timu ya support"
		'nitransfer kwa', 'unitransfer kwa', 'kunitransfer kwa', 'mnitransfer kwa',
		// the same person again: "naweza kuongea tena na yule dada wa jana?"
		'kuongea tena na', 'kuzungumza tena na', 'niongee tena na', 'nizungumze tena na',
		'kuongea na', 'kuzungumza na', 'ongea na', 'zungumza na', 'ongea naye', 'zungumza naye', 'niongee na', 'nizungumze na', 'kuchat na',
		'uniunganishe na', 'niunganishe na', 'mniunganishe na',
		// hurried: "mniunganishe haraka na afisa anayeshughulikia madai"
		'niunganishe haraka na', 'uniunganishe haraka na', 'mniunganishe haraka na', 'nikutanishe na', 'unikutanishe na', 'mnikutanishe na', 'kunikutanisha na', 'kuniunganisha na', 'unganisha na', 'nihamishie kwa', 'nihamishe kwa',
		'nipeleke kwa', 'unipeleke kwa', 'mnipeleke kwa', 'kuongea',
		'kuzungumza', 'niongee',
		'kunihamisha kwa', 'kuhamishiwa kwa', 'kuhamishiwa', 'nihamishiwe kwa', 'nihamishiwe',
		'niitie', 'niitia', 'mwite', 'kuunganishwa na', 'niunganishwe na',
		'kumweleza', 'nimweleze', 'awasiliane nami',
		'kumpigia', 'naweza kumpigia',
		'kulalamika kwa', 'kupeleka suala hili kwa', 'kupeleka kwa',
		'kunipigia',
		// 'ku' dropped in chat, "mtu wa hostel anaweza nipigia"
		'nipigia',
		'kuhudumiwa na',
		'kulizungumza hili na',
	],
	wantVerbs: ['nataka', 'nahitaji', 'naomba', 'nipe', 'unipe', 'mnipe', 'ningependa', 'napendelea',
		// "put on for me": "niwekee mtu wa mauzo"
		'niwekee', 'niwekeeni',
		'niletee', 'nitafutie',
		'kunipatia', 'nipatie', 'unipatie', 'mnipatie',
		// "let me get (him)": "naomba nimpate manager wa bakery"
		'nimpate', 'nipate', 'niwapate',
	],
	reachVerbs: ['kumpata', 'kuwasiliana na', 'wasiliana na', 'nawasilianaje na', 'kupiga simu kwa'],
	people: [
		// mafundi wanaotumwa au kuombwa kuja: "mmoja wa mafundi wenu aje"
		'mafundi',
		// an adviser or consultant asked for by name: "naomba kuongea na mshauri wenu"
		'mshauri', 'washauri',
		'mtu', 'watu', 'binadamu', 'meneja', 'msimamizi', 'mkuu', 'mhudumu', 'wahudumu', 'wakala', 'mawakala', 'ajenti', 'agent',
		'mfanyakazi', 'wafanyakazi', 'afisa', 'mauzo', 'fedha', 'bi', 'bwana', 'dada', 'kaka', 'mtu halisi',
		// 'bwana' abbreviated before a name, as 'bi': "Nitafurahi kama Bw. Otieno angenipigia"
		'bw',
		'mwenzako',
		// a school's finance officer (Kenyan English 'bursar') or a church's or business's accountant, and a head teacher: "Tunaomba kuongea na bursar sasa hivi"
		'bursar', 'mhasibu', 'mwalimu mkuu',
		// a technician or craftsman: "niongee na fundi Daudi"
		'fundi',
		// Sheng 'msee' (a guy, someone), also spelt 'mse': "nipe mse wa sales", "nipe msee wa ukweli"
		'msee', 'mse',
		// a clinic's doctor or nurse a patient asks for, and a translator: "naomba daktari au nesi anipigie"
		'daktari', 'nesi', 'muuguzi', 'mtafsiri',
		// mtaalamu kwa kazi yake: "niunganishe na wakili", "naomba kuongea na daktari wa meno"
		'wakili', 'mfamasia', 'mwalimu', 'mkufunzi', 'daktari wa meno', 'daktari wa wanyama',
		// anayeuza, anayepangisha au anayefundisha: "niunganishe na muuzaji", "mhadhiri wa kozi"
		'muuzaji', 'mhadhiri', 'wahadhiri',
		// who is sent out to the user: "mnaweza kutuma makanika?", "tumeni gari la kuvuta"
		'makanika', 'mekanika', 'gari la kuvuta',
		// named by their work: "nahitaji kuongea na mratibu wa zamu", "mwanasheria wa kampuni yenu anieleze"
		'mratibu', 'mwanasheria',
		// too short for the agent noun forms: "mlinzi wa geti aje kufungua", "mpishi mkuu aje mezani", "mnitumie mpimaji wa ardhi"
		'mlinzi', 'walinzi', 'mpishi', 'mpimaji',
	],
	departments: ['huduma kwa wateja', 'huduma ya wateja', 'idara ya ufundi', 'timu ya kiufundi', 'customer care', 'customer service', 'timu ya msaada', 'kituo cha huduma', 'msaada wa wateja',
		'niwasiliane na nani', 'nimpigie nani',
		'ya msaada', 'la msaada', 'ya ufundi', 'ya kiufundi',
		'idara ya', 'ofisi ya',
		// a team named by its work: "kuongea na timu ya printing"
		'timu ya',
	],
	fillers: ['wa', 'ya', 'wako', 'wenu', 'halisi', 'kweli', 'kutoka', 'timu', 'idara', 'yule',
		'kuhusu',
		// "kuzungumza sasa hivi na mhudumu"
		'sasa', 'hivi',
	],
	// "acerca de", "au sujet de", "juu ya": the first word that is the topic word alone.
	topics: ['kuhusu', 'juu'],
	infinitives: ['ili'],
	// a threat for later: "Kama mtaendelea kunikata penalty …, nitaomba kuongea na mtu wa juu" (see ../clauseChecks.ts futureCondition)
	// and the '-ki-' conditional of a need, one word: "bot yenu inaweza kunihamishia kwa agent nikihitaji baadaye?"
	conditionals: ['kama', 'ikiwa', 'endapo', 'iwapo', 'nikihitaji', 'tukihitaji', 'ikihitajika', 'ikibidi'],
	customers: ['mteja', 'mnunuzi', 'mgeni', 'mtumiaji', 'wateja', 'wanunuzi', 'wageni', 'watumiaji'],
	whens: ['akiomba', 'akitaka', 'akiandika', 'akiuliza', 'wakiomba', 'wakitaka', 'wakiandika', 'wakiuliza', 'wakati'],
	futures: ['kesho', 'tena', 'mtaendelea', 'mkiendelea', 'ukiendelea', 'ikiendelea', 'itaendelea'],
	aheadDays: ['jumatatu', 'jumanne', 'jumatano', 'alhamisi', 'ijumaa', 'jumamosi', 'jumapili', 'kufikia'],
	courtesies: ['una muda', 'mna muda', 'ukipata nafasi', 'mkipata nafasi'],
	notAlone: ['msee', 'mse', 'mauzo', 'fedha', 'bi', 'bw', 'bwana', 'dada', 'kaka'],
	// someone else typed the quoted request, or the bot is to ignore it (see ../quotes.ts)
	// the app's own text, quoted: imeandika "wakala atajiunga hivi punde"
	disowns: ['aliandika', 'ameandika', 'imeandika', 'inaandika', 'inasema', 'imesema', 'inaonyesha', 'puuza', 'puuzeni'],
	// a request taken back by a later clause that ends with one (see ../marks.ts)
	takeBacks: ['usijali', 'achana nayo', 'sahau', 'nimeshapata', 'nimefanikiwa', 'wacha', 'acha', 'wacha tu', 'acha tu',
		// "alright then" closing the message after the need went away: "nilitaka kuongea na mtu … lakini landlord ameshanijibu, basi sawa"
		'basi sawa', 'sawa basi',
		// the answer found, maybe where: "Nataka kuongea na mtu... aah sawa, nimepata jibu kwenye website"
		'nimepata jibu', 'nimeshapata jibu', 'nimeona jibu', 'nimeshaona jibu',
		'nimepata jibu kwenye website', 'nimepata jibu kwenye tovuti', 'nimepata jibu kwenye app', 'nimepata jibu kwenye faq', 'nimepata jibu kwenye ukurasa',
		'nimeshapata jibu kwenye website', 'nimeshapata jibu kwenye tovuti', 'nimeshapata jibu kwenye app', 'nimeshapata jibu kwenye faq', 'nimeshapata jibu kwenye ukurasa',
		'nimeona jibu kwenye website', 'nimeona jibu kwenye tovuti', 'nimeona jibu kwenye app', 'nimeona jibu kwenye faq', 'nimeona jibu kwenye ukurasa',
		'nimeshaona jibu kwenye website', 'nimeshaona jibu kwenye tovuti', 'nimeshaona jibu kwenye app', 'nimeshaona jibu kwenye faq', 'nimeshaona jibu kwenye ukurasa',
		'nimepata jibu mwenyewe', 'nimeshapata jibu mwenyewe', 'nimeona jibu mwenyewe', 'nimeshaona jibu mwenyewe',
		// "oh, all right" opening the clause that drops the need: "nisaidieni kupata mtu... aah sawa, tiketi imeingia sasa hivi"
		'aah sawa', 'aah basi', 'ah sawa', 'ah basi', 'aa sawa',
		// "oh wait" opening it: "nipe agent... aah subiri, nimeona tiketi imeingia kwenye email"
		'aah subiri', 'ah subiri', 'aa subiri',
	],
	contrasts: ['lakini', 'ila'],
	abbreviations: ['bw', 'bi', 'dkt'],
	firstPersons: ['mimi', 'naomba', 'nataka', 'nahitaji', 'ningependa'],
	complementisers: ['kwamba', 'kuwa'],
	declines: ['hapana', 'sahau', 'achana nayo', 'hapana asante', 'usijali', 'wacha', 'acha'],
	// a "wait"/"actually" word next to a decline opens a correction (see ../corrections.ts)
	selfCorrections: ['subiri', 'ngoja', 'kumbe', 'samahani'],
	urgers: ['tafadhali', 'sasa', 'haraka'],
	cancels: swahiliCancels,
	...swahiliClauseLists,
};
