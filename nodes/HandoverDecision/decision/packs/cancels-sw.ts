/**
 * Swahili cancel frames: a clause holding one asks for nobody, though it names a person (a question about a feature
 * or the product, building a bot, a department name; see ../frames.ts).
 */
export const swahiliCancels: string[] = [
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
	// an earlier request taken back: "ile request ya mtu kunipigia simu futa tu"
	'ile request', 'lile ombi', 'ombi langu la',
	// a bot's handover as a feature the user wants for their own business: "mnatumia system gani …? ina agent handover?",
	// "nataka kitu cha kuhamishia wateja kwa binadamu", "chatbot yenu inawezaje kumtuma mteja kwa agent?"
	'system gani', 'mfumo gani', 'agent handover', 'kuhamishia wateja', 'kuhamisha wateja', 'kumtuma mteja', 'kuwatuma wateja',
	// what an agent sells or a waiter serves, asked: "wakala wenu wa Mombasa anauza zile pram?", "mhudumu mmoja anahudumia meza ngapi?"
	// (not bare 'anauza', 'anahudumia': a complaint about them can share a clause with a request)
	'anauza zile', 'wanauza zile', 'anauza hizi', 'wanauza hizi', 'meza ngapi', 'wageni wangapi',
	// whether a chatbot to buy hands customers on to a person, asked: "chatbot yenu inajibu kwa Kiswahili? na inapeleka kwa mhudumu binadamu?"
	'inapeleka kwa mhudumu', 'inawapeleka kwa mhudumu',
];
