import type { Grammar } from './types';

/** Swahili request frames, targets and the frames that cancel them (see ../frames.ts). */
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
	cancels: [
		// a call or message received, a report: "nilipokea simu kutoka kwa wakala", "nilipigiwa simu na mhudumu"
		'nilipokea simu', 'tulipokea simu', 'nilipokea ujumbe', 'nilipigiwa simu', 'tulipigiwa simu',
		// a request maybe wanted later, a plan, not asked now: "labda baadaye nitataka kuongea na mtu kuhusu …, kwa sasa …"
		'nitataka',
		// the user's own future want, not 'labda baadaye' alone ("labda baadaye mnipigie" asks now for a call later)
		// the answer seen elsewhere after the wish ('lakini nimeona', but I have seen it); a job ad answered; whether a bot can transfer ('ina uwezo wa', it has the ability to)
		'lakini nimeona', 'nimeona tangazo', 'kutuma cv', 'mnahitaji mhudumu', 'mnahitaji wahudumu', 'ina uwezo wa',
		// the user's own bot, built, handing the user's customers on: "tunajenga chatbot … iweze kumpeleka mteja kwa wakala"
		'tunajenga chatbot', 'kumpeleka mteja', 'kuwapeleka wateja', 'kumhamisha mteja', 'kuwahamisha wateja',
		// a person as a hypothetical ('angekuwa', would be): "kama binadamu angekuwa mzembe hivi angefukuzwa kazi"
		'angekuwa', 'wangekuwa', 'ingekuwa', 'angefukuzwa',
		// what the user typed, reported: "nimeandika 'agent' mara kumi na hakuna kitu"
		'nimeandika', 'niliandika', 'nimeshaandika', 'nimeandika mara',
		// a request asked about in reported speech: "the bot asked if i wanted to speak to an agent, i didn't"
		'aliniuliza kama nataka', 'aliniuliza kama ninataka',
		// a visit in person announced: "nitakuja mwenyewe kulalamika kwa watu wa mauzo"
		'nitakuja', 'tutakuja', 'nitapita', 'tutapita',
		// when the chat is staffed: "hii chat inafanya kazi masaa 24 ama kuna wakati watu wenu hawapo?"
		'masaa 24', 'saa 24', 'hawapo',
		// only the manual wanted, not a person: "ila kwa sasa nataka tu manual"
		'tu manual', 'manual tu',
		// a fix reported done: "mhudumu amerekebisha taarifa zangu, mnaweza kufunga chat"
		'amerekebisha', 'wamerekebisha', 'ametatua', 'wametatua',
		// someone else's talk with staff, reported: "jirani yangu aliongea na mhudumu wenu jana"
		'aliongea na', 'alizungumza na', 'waliongea na', 'walizungumza na',
		// what the bot a developer asks about can do ('inaweza', it can; a request asks 'mnaweza kunitransfer'):
		// "chatbot yenu imejengwa na nini? inaweza ku-transfer kwa agent?"
		'inaweza ku-transfer', 'inaweza kutransfer', 'inaweza kuhamisha', 'inaweza kupeleka',
		'chatbot yenu inaweza', 'chatbot yako inaweza', 'bot yenu inaweza',
		// whether the app has a feature ("app yenu ina huduma ya binadamu?"); a job application
		'ina huduma ya', 'maombi ya kazi', 'ombi la kazi',
		// the answer found ("…lakini nimeona jibu mwenyewe"), hiring
		'nimeona jibu', 'nimepata jibu', 'nimeshapata jibu', 'nimeshaona jibu', 'mnaajiri', 'tangazo la kazi', 'nafasi za kazi',
		// someone else's request, quoted (rafiki yangu aliandika "agent"); a threat for later (nitadai kuongea na …)
		'aliandika', 'nitadai',
		// a plan for later, "I will go and …": "nitaenda kulalamika kwa mtu wa county"
		'nitaenda', 'tutaenda',
		// a complaint about staff, not a request: "yule mhudumu wa Thika ni mkali sana kwa wateja"
		'mkali', 'mjeuri', 'mkorofi', 'hana adabu', 'hawana adabu',
		// praise of a carer: "mama anafurahi sana na mhudumu wake"
		'anafurahi', 'nafurahi', 'tunafurahi', 'amefurahi', 'nimefurahi', 'tumefurahi',
		// where the agents of a trade are ("mawakala wenu wa mbegu wako kaunti gani?")
		'kaunti gani', 'wilaya gani', 'mji gani',
		'kipengele cha',
		'mfumo wenu unaweza', 'kuhamisha mazungumzo', 'unaweza kuhamisha',
		'mfumo wa',
		'nilikuwa naongea', 'nilikuwa nikiongea', 'nilikuwa nazungumza',
		// a past report of staff helping someone, not a request now ("anasema mhudumu wenu alimsaidia sana")
		'alimsaidia', 'alitusaidia', 'aliwasaidia', 'walinisaidia', 'walimsaidia', 'walitusaidia',
		'kamisheni', 'float', 'alinisaidia', 'alinijibu', 'alinitapeli', 'alichelewa', 'alinishauri', 'nimeenda', 'nilienda',
		'salama kwa',
		'nyota', 'anastahili', 'wikendi',
		'dereva',
		'alinipigia', 'nafanya kazi',
		'niliongea', 'nilizungumza', 'tuliongea',
		'kutengeneza', 'kujenga', 'programu', 'huduma ya kuhamisha', 'bot yenu', 'bot yako',
		'gharama', 'bei gani', 'bei ya', 'bei yake', 'kinagharimu', 'lugha gani', 'lugha zipi', 'lugha ngapi', 'lugha nyingine', 'lugha za', 'saa ngapi', 'hufunguliwa',
		// a letter the user needs for a department, not the department asked for ("nahitaji barua kwa ajili ya idara ya …"); the department
		// itself is asked for: "nataka kuongea na afisa wa rasilimali watu"
		'barua kwa ajili ya',
		'nzuri sana', 'ni nzuri', 'nimepigiwa', 'tayari', 'ninatengeneza', 'natengeneza', 'aliniambia', 'walinipigia', 'alisema',
		// told before, or a call made before, reported: "mhudumu akaniambia matokeo yatatoka…", "nilipiga simu ofisi wiki jana"
		'akaniambia', 'ameniambia', 'waliniambia', 'wakaniambia', 'wameniambia', 'nilipiga simu',
		// the user's own request for later, in the future tense: "mwezi ujao nitaomba kuongea na mtu wa ofisi"
		'nitaomba', 'nitaenda kuomba',
		// the user's own plan to ask or tell someone: "Nitamwomba mtu wa familia aje aangalie mlango kwanza"
		'nitamwomba', 'nitawaomba', 'nitamwambia', 'nitawaambia',
		'asante kwa msaada', 'alikuwa', 'alinihudumia', 'kuongeza', 'ulinisaidia',
		'mteja anaweza', 'ameshanisaidia', 'kazi ya', 'tunatengeneza', 'kina msaada', 'wanafungua',
		'analipwa', 'mshahara', 'inarudi',
		'mama yangu', 'baba yangu', 'shukrani', 'walikuwa wazuri',
		// a support ticket's number, not a bus or plane ticket ("naomba kuzungumza na msimamizi wa ofisi ya tiketi" asks)
		'namba ya tiketi', 'nambari ya tiketi', 'tiketi namba', 'tiketi nambari',
		'nazimaje', 'kuzima', 'uhamisho',
		'anayekagua',
		'umeisha',
		'wazito', 'haraka zaidi',
		'umeshatatua', 'alinipa',
		'kwenye app',
		'nilikuwa nimeongea', 'nimeshaongea na', 'akasema',
		// a talk already had, reported ('niliongea' cancels alone): "Nimeongea na Bi. Amina, mhudumu wa tawi, jana"
		'nimeongea na',
		'kama nitahitaji', 'ikiwa nitahitaji', 'labda nitaomba', 'huenda nikaomba', 'kesho nitaomba', 'tena nitaomba',
		'inamaanisha nini', 'maana yake nini', 'kwenye skrini',
		// a promise reported ("mhudumu … aliniahidi kwamba …"), a wish given up ("nilikuwa nataka kuomba niongee na mtu …, lakini …"),
		// what the chat itself can do ("Hii chat inaweza kunihamisha kwa mhudumu …?")
		'aliniahidi', 'waliniahidi', 'alituahidi', 'walituahidi', 'aliahidi', 'waliahidi', 'nilikuwa nataka', 'nilikuwa nikitaka',
		'chat inaweza', 'chat hii inaweza', 'app inaweza', 'app hii inaweza',
		// what a device can detect: "lock inaweza kujua kama ni binadamu au paka?"
		'inaweza kujua', 'inaweza kutambua',
		// an answer already had from someone else: "… lakini landlord ameshanijibu"
		'ameshanijibu', 'wameshanijibu', 'amenijibu', 'wamenijibu',
		// whether the app has a way to talk to someone: "Hii app ina option ya kuongea na mtu au ni chat tu?"
		'ina option ya', 'ina option', 'ina chaguo la', 'ina njia ya', 'kuna option ya',
		// the user's own plan to talk to someone: "Nitaongea na mwalimu mkuu mwenyewe kesho"
		'nitaongea na', 'nitazungumza na', 'tutaongea na', 'tutazungumza na',
		// staff who lied or a thief posing as staff, reported: "Agent wa … alitudanganya", "Mwizi alijifanya mhudumu wenu"
		'alitudanganya', 'alinidanganya', 'walitudanganya', 'walinidanganya',
		'alijifanya', 'walijifanya', 'anajifanya', 'wanajifanya', 'akijifanya', 'wakijifanya',
		// praise of staff, as the complaints 'mkali', 'mkorofi': "Huyu mhudumu wa delivery ni mpole sana"
		'mpole', 'mkarimu', 'mchangamfu', 'hodari',
		// a wish or a thought of the past, given up or reported: "mke wangu alitaka kuongea na meneja … lakini tatizo liliisha",
		// "nilifikiria kuomba wakala lakini basi, …"
		'alitaka', 'walitaka', 'tulitaka', 'nilifikiria', 'nilifikiri', 'tulifikiria',
		// a talk or a hold already had: "nimeongea leo na wakala …", "Wakala aliniweka nisubiri kwenye simu"
		'nimeongea', 'nimezungumza', 'tumeongea', 'aliniweka', 'waliniweka',
		// what someone tells or did, reported: "Wakala ananiambia pesa ilitoka upande wake", "wakala aliyenisajilia laini alikosea jina langu"
		'ananiambia', 'wananiambia', 'alikosea', 'walikosea', 'aliyeniuzia', 'aliyenisajilia', 'alituma ujumbe',
		// staff thanked for help or a repair done: "big up kwa mhudumu aliyenisaidia", "mhudumu … alinitengenezea simu"
		'aliyenisaidia', 'walionisaidia', 'aliyenihudumia', 'alinitengenezea', 'walinitengenezea',
		// the user's own plan to go back: "nitairudisha kwa wakala", "nitarudi dukani niongee na mtu …"
		'nitarudi', 'nitairudisha', 'nitaurudisha', 'nitakirudisha',
		// someone who has come already: "… hapana subiri, fundi wa jokofu amefika sasa hivi"
		'amefika', 'wamefika', 'ameshafika', 'wameshafika',
		// a partner for a pastime, not staff: "nataka kupata mtu wa kucheza naye chess", "mtu wa kufanya naye mazoezi"
		'kucheza naye', 'kufanya naye', 'kusoma naye', 'kutembea naye',
		// how a service works, asked: "huduma ya kuunganishwa na mhudumu halisi inafanyaje kazi?"
		'inafanyaje kazi',
	],
	callbacks: ['kunirudia'],
	// 'nipe' (give me; 'unipe', 'mnipe' to one or more) as well, a want verb in the imperative: "… wakasema nipige simu app inanipa tu maswali nipe mtu wa kuongea naye"
	imperatives: ['niunganishe', 'uniunganishe', 'mniunganishe', 'nikutanishe', 'unikutanishe', 'mnikutanishe', 'unganisha', 'nihamishie', 'nihamishe', 'nipeleke', 'unipeleke', 'mnipeleke', 'niconnect', 'niconnectie', 'uniconnectie', 'nitransfer', 'nipe', 'unipe', 'mnipe', 'nipatie'],
	promises: ['atanipigia', 'atanirudia', 'atanitumia', 'atanitafuta', 'atawasiliana'],
	identity: [
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
	thingsBeforePerson: ['mode', 'kadi', 'skin', 'meme', 'nywele', 'antivirus'],
	thingLinks: ['ya', 'za'],
	versusWords: ['vs', 'dhidi'],
	gameChoices: ['gani', 'bora', 'kucheza', 'kuchagua'],
	userTransfers: ['kuniunganisha', 'kunihamisha', 'kunielekeza', 'kunipeleka'],
	transferVerbs: ['unganisha', 'muunganishe', 'mumuunganishe', 'muunganisheni', 'unganisheni', 'mhamishe', 'mumhamishe', 'mhamisheni'],
	// a person a few words after one of these does that work; see ../workDoers.ts
	works: ['tafsiri', 'unukuzi', 'manukuu', 'usafi', 'ziara'],
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
};
