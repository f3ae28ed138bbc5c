import { swahiliGrammar } from './grammar-sw';
import type { LanguagePack } from './types';

/** Swahili as written in Kenyan chats, with the English loanwords people mix in (Sheng). */
export const swahili: LanguagePack = {
	code: 'sw',
	name: 'Swahili',
	...swahiliGrammar,
	requests: [
		// English 'call me back' in a Swahili verb ('ni-call back', call me back) asked, as 'anaweza kunipigia': "mtu wenu anaweza ni-call back leo?"
		'anaweza ni-call back', 'mnaweza ni-call back', 'unaweza ni-call back', 'anaweza kuni-call back', 'mnaweza kuni-call back', 'unaweza kuni-call back',
		// a role an exclusion blocks when only mentioned (an insurance or travel agent), or a bus conductor or driver, asked for with a talk verb: "naomba kuongea na wakala wa bima", "naomba niongee na kondakta"
		'kuongea na wakala wa bima', 'niongee na wakala wa bima', 'kuongea na wakala wa usafiri', 'niongee na wakala wa usafiri', 'kuongea na wakala wa nyumba', 'niongee na wakala wa nyumba', 'kuongea na kondakta', 'niongee na kondakta', 'kuongea na dereva', 'niongee na dereva',
		// the person named before, asked for by pronoun, the user's own wish (not 'mnaweza kuongea naye', the company told to): "Bi. Amina anashughulikia akaunti yangu, naomba niongee naye"
		'naomba niongee naye', 'naomba kuongea naye', 'nataka kuongea naye', 'ningependa kuongea naye', 'niongee naye moja kwa moja',
		// someone the user can talk with, asked for ('naye' is a word of its own, no longer read as 'na'): "kuna mtu naweza kuongea naye?", "nipe mtu wa kuongea naye"
		'mtu naweza kuongea naye', 'mtu ninaweza kuongea naye', 'mtu ninayeweza kuongea naye', 'mtu wa kuongea naye',
		// back to the person of a chat that broke off: "mazungumzo yamekatika, mnaweza kunirudisha kwake?"
		'kunirudisha kwake', 'nirudishe kwake', 'mnirudishe kwake', 'unirudishe kwake',
		'kupigiwa simu', 'nipigiwe simu', 'nipigiwe', 'mnaweza kunipigia', 'unaweza kunipigia', 'mtu yeyote yupo',
		'kuna mtu yupo', 'msaada wa mtu', 'msaada wa binadamu',
		// someone to help now, asked after: "kuna mtu wa kunisaidia saa hii?"
		'kuna mtu wa kunisaidia', 'kuna mtu anayeweza kunisaidia',
		'kuna mtu hapo', 'kuna mtu yeyote',
		'kuongea na mtu',
		'kuzungumza na mtu',
		'ongea na mtu',
		'zungumza na mtu',
		'niongee na mtu',
		'nizungumze na mtu',
		'kuongea na binadamu',
		'kuzungumza na binadamu',
		'binadamu',
		'mtu halisi',
		'mtu wa kweli',
		'mtu wa huduma',
		'mtu wa customer care',
		'mtu wa customer service',
		'nataka mtu',
		'nipe mtu',
		'naomba mtu',
		'nahitaji mtu',
		'mhudumu',
		'wahudumu',
		'wakala',
		'mawakala',
		'ajenti',
		'agent',
		'niunganishe',
		// "introduce me to", as 'niunganishe': "naomba mnikutanishe na yule aliyetuwekea mfumo"
		'nikutanishe', 'mnikutanishe', 'unikutanishe',
		'niunganisheni',
		'unganisha na',
		'nipigie',
		'nipigieni',
		'mnipigie',
		'afisa wa huduma',
		'anipigie', 'anipigie simu', 'anaweza kunipigia', 'wanipigie',
		// someone asked to get back to the user, as 'anipigie': "tafadhali Amina anirudie jioni"
		'anirudie', 'wanirudie',
		// 'tafuta' (look for) for contacting the user: "naomba Bw. John wa idara ya fedha anitafute"
		'anitafute', 'wanitafute', 'mnitafute', 'unitafute',
		// English 'call' taken in, as 'anipigie': "mtu wa garden centre anicall kuhusu order"
		'anicall', 'wanicall', 'mnicall', 'unicall', 'nicall',
		// English 'check' taken in, as 'anicall': "mtu wa sare anicheki"
		'anicheki', 'wanicheki', 'mnicheki',
		'kumleta mtu',
		// English 'call back' asked for, as 'nipigiwe': "naomba call back kutoka kwa timu ya mikopo"
		'naomba call back', 'nataka call back', 'nahitaji call back', 'nipe call back', 'mnipe call back', 'unipe call back',
		'naomba mnipigie', 'naomba kupigiwa',
		// 'kunipigia' without its 'ku-', as chats write it: "mnaweza nipigia simu?"
		'mnaweza nipigia', 'unaweza nipigia', 'anaweza nipigia',
		// a call to the users as a group or family, as 'anipigie': "tunaomba Padre Mathias atupigie simu"
		'atupigie', 'mtupigie', 'watupigie',
		// an email or a message sent back to the user, as 'anipigie': "msimamizi anitumie email"
		'anitumie email', 'wanitumie email', 'mnitumie email', 'anitumie ujumbe', 'anitumie barua pepe',
		// a call arranged: "naomba kupangiwa simu na mshauri wa kodi"
		'kupangiwa simu', 'nipangiwe simu',
		// someone the user can talk with, without 'mtu' or the 'ku-': "kuna dispatcher naweza ongea naye?"
		'naweza ongea naye', 'naweza kuongea naye', 'ninaweza kuongea naye',
		// the business's own team: "nataka kuzungumza na timu yenu leo"
		'kuzungumza na timu yenu', 'kuongea na timu yenu', 'niongee na timu yenu',
		// an agent an exclusion blocks, asked for with a connect verb: "niunganishe na wakala wa bima ya safari"
		'niunganishe na wakala wa bima', 'uniunganishe na wakala wa bima', 'niunganishe na wakala wa usafiri',
		// a technician sent out: "tumeni fundi nyumbani", "mtume fundi"
		'tumeni fundi', 'mtume fundi', 'mnitumie fundi',
		// helped by people, in the passive: "naomba nisaidiwe na watu wa customer care moja kwa moja"
		'nisaidiwe na watu wa', 'nisaidiwe na mtu',
		// the person sent to talk with the user: "nipe fundi wa dish aongee na mimi"
		'aongee na mimi', 'aongee nami',
	],
	exclusions: [
		// the chat read, not English 'chat' (talk): "mhudumu wenu atasoma chat hii kesho?", "mtu wa mauzo anaweza kusoma chat yangu?"
		'kusoma chat', 'kuisoma chat', 'atasoma chat', 'anasoma chat', 'wanasoma chat', 'watasoma chat',
		// a human body and its matter, not a person asked for: "salama kwa ngozi ya binadamu", "nywele za binadamu"
		'ngozi ya binadamu', 'nywele za binadamu', 'damu ya binadamu', 'ngozi ya mtu',
		// a third party described as the one who handles it (not a person asked for, 'naomba niongee naye'): "yeye ndiye mtu anayelipa bili, mnaweza kuongea naye"
		'ndiye mtu',
		// humans as the ones a machine could hurt, in a safety question: "binadamu anaweza kunaswa na mlango?"
		'binadamu anaweza kunaswa', 'binadamu anaweza kuumia', 'binadamu anaweza kubanwa', 'binadamu anaweza kuumizwa',
		// the agent of the chat and how they answer, described: "mhudumu anajibu polepole", "muda gani mhudumu kujibu"
		'mhudumu anajibu', 'mhudumu kujibu', 'mhudumu ajibu', 'wahudumu wanajibu', 'wahudumu kujibu',
		'wakala anajibu', 'wakala kujibu', 'agent anajibu', 'agent kujibu',
		// a product that has support for something ("inverter hii ina support ya …")
		'ina support',
		// a sports or school team, not a team of the business: "timu ya mpira ya mtaa inacheza jumamosi", "jezi ya timu ya taifa imefika?"
		'timu ya mpira', 'timu ya taifa', 'timu ya soka', 'timu ya netball', 'timu ya riadha', 'timu ya kuogelea', 'timu ya shule',
		'timu ya simba', 'timu ya yanga', 'timu ya gor', 'timu ya harambee', 'timu ya wasichana', 'timu ya wavulana', 'timu ya vijana', 'timu ya kwaya',
		// a group counted or the user's own: "sisi ni timu ya watu kumi", "nina timu ya madereva wanne"
		'timu ya watu', 'timu ya watano', 'sisi ni timu ya', 'tuko timu ya', 'nina timu ya', 'tuna timu ya',
		// the user's own sister or brother, not a way to address a staff member
		'dada yangu', 'kaka yangu', 'dada yake', 'kaka yake',
		'kuwa mhudumu',
		// a sales channel, not a person asked for: "mnauza bima kupitia agent wenu au moja kwa moja?"
		'kupitia agent', 'kupitia wakala', 'kupitia mawakala', 'kupitia ajenti', 'kupitia kwa agent', 'kupitia kwa wakala', 'kupitia kwa mawakala',
		// the agent a token, airtime or a bundle was bought from, a place: "token ya LUKU niliyonunua kwa wakala haijaingia"
		'nilinunua kwa wakala', 'niliyonunua kwa wakala', 'nimenunua kwa wakala', 'kununua kwa wakala', 'tulinunua kwa wakala', 'nilinunua kwa agent', 'niliyonunua kwa agent', 'nimenunua kwa agent',
		// a human as the subject of a rhetorical question: "binadamu gani atakubali kulipa 35k kwa bedsitter bila maji?!"
		'binadamu gani', 'binadamu yupi',
		// people someone insults, a report about them ('kutukana', to insult): "moderator … huwa anatukana watu kwenye voice chat"
		'anatukana watu', 'wanatukana watu', 'alitukana watu', 'walitukana watu', 'kutukana watu', 'anawatukana watu',
		'kumlipa agent', 'kumlipa wakala', 'mhudumu wa basi', 'mhudumu wa mgahawa', 'mhudumu wa ndege', 'mna live chat',
		// the user's own agent, as 'wakala wangu': "wakala wetu wa forodha anahitaji invoice"
		'wakala wetu', 'mawakala wetu', 'agent wetu', 'ajenti wetu',
		'wakala wangu', 'agent wangu', 'ni wakala', 'ni agent', 'agent wa safaricom', 'wakala wa kampuni', 'kuwa agent',
		'kuwa wakala',
		'wakala wa mpesa',
		'wakala wa m pesa',
		'wakala wa airtel money',
		'wakala wa pesa',
		'wakala wa bima',
		'wakala wa usafiri',
		// a ticket seller, as 'wakala wa usafiri': "agent wa tiketi za feri pale Posta ni wenu halali?"
		'wakala wa tiketi', 'mawakala wa tiketi', 'agent wa tiketi', 'ajenti wa tiketi',
		'wakala wa nyumba',
		'wakala wa ardhi',
		'wakala wa mali',
		'wakala wa forodha',
		'agent wa mpesa',
		'agent wa m pesa',
		'mpesa agent',
		'agent number',
		'haki za binadamu',
		// humans in general: "binadamu anaweza kuishi bila maji siku ngapi"
		'binadamu anaweza kuishi', 'binadamu wanaweza kuishi', 'binadamu huishi', 'maisha ya binadamu',
		// humans in general as the subject of a need: "binadamu anahitaji kula", "sisi binadamu tunahitaji mwanga"
		'binadamu anahitaji', 'binadamu tunahitaji', 'binadamu wanahitaji', 'sisi binadamu',
		// "of humankind": an exhibition, a history ("Chimbuko la Binadamu")
		'la binadamu',
		'kosa la binadamu',
		// humans in general, what they do or cannot do: "binadamu hukosea", "binadamu wa kawaida hawezi kulipa riba …"
		'binadamu hukosea', 'binadamu hukosa', 'binadamu hawezi', 'binadamu wa kawaida', 'binadamu wote',
		// the human body as a topic
		'mwili wa binadamu', 'viungo vya binadamu',
		'mhudumu wa posta',
		// the crew of a boat, a ship or a train, as 'mhudumu wa basi': "Mhudumu wa boti, Juma, alikuwa mchangamfu sana"
		'mhudumu wa boti', 'mhudumu wa meli', 'mhudumu wa treni', 'mhudumu wa feri', 'wahudumu wa boti', 'wahudumu wa meli',
		'wahudumu wa treni', 'wahudumu wa ndege', 'wahudumu wa basi',
		// a repairman needed for a job, not a person to talk to: "nahitaji fundi wa friji" ("niongee na fundi" asks)
		'nataka fundi', 'nahitaji fundi', 'naomba fundi', 'nipe fundi', 'ningependa fundi', 'niletee fundi', 'nitafutie fundi',
		'nipatie fundi', 'unipatie fundi', 'mnipatie fundi', 'kunipatia fundi', 'niwekee fundi', 'niwekeeni fundi',
		'mimi ni mtu halisi', 'mimi ni mtu', 'mimi ni binadamu',
		// the user's own job: "mimi ni mhudumu wa hoteli"
		'mimi ni mhudumu', 'mimi ni wakala', 'mimi ni ajenti', 'mimi ni agent', 'mimi ni meneja', 'mimi ni mfanyakazi', 'ni mhudumu wa',
		'inasupport',
		// humans as the ones a danger or a product reaches: "chanjo … ina hatari kwa binadamu?"
		'hatari kwa binadamu', 'salama kwa binadamu', 'madhara kwa binadamu',
		// the AI agent a chatbot uses, asked about: "mnatumia agent gani?"
		'mnatumia agent', 'unatumia agent',
	],
	negations: [
		"sahau nilichosema", "sahau kuhusu",'sihitaji', 'siitaji', 'sitaki', 'sina haja', 'usiniunganishe', 'usinipigie'],
	wideNegations: ['hakuna haja', 'si lazima'],
	negationsAfter: [
		"puuza",'si lazima', 'haihitajiki', 'nimepata jibu', 'nimeshapata jibu', 'nimepata msaada', 'nimeshasaidiwa'],
	breakers: ['lakini', 'ila', 'nataka', 'naomba', 'nahitaji', 'nipe'],
	bots: ['bot', 'roboti', 'robot', 'mashine', 'kompyuta'],
	antiBot: ['sipendi', 'nachukia', 'sio', 'siyo', 'badala ya', 'nimechoka na'],
	frustration: [
		'haina maana',
		'haisaidii',
		// the bot, said of it: "bot haielewi"
		'haielewi', 'haiwezi kusaidia',
		'hunielewi',
		'huelewi',
		'umechosha',
		'nimechoka',
		'ujinga',
		'upuuzi',
		'mbaya sana',
		'inakera',
		'unaniudhi',
		'nimekasirika',
		'bure kabisa',
	],
	stopwords: [
		// common words one edit from a grammar word ('kupata' is no 'kumpata', 'kutoa' no 'kutoka')
		'kuipata', 'kuleta', 'kupita', 'kupima', 'kupika', 'kutoa', 'kufuta', 'kuvua', 'bwawa', 'daftari',
		'naweka', 'mnaweka',
		// 'that I bring', one letter from 'niletee' (bring me): "mhudumu aliniambia nilete KRA PIN certificate"
		'nilete',
		// a thing transferred, the object 'it'/'them' ('kunihamisha' is me): "naweza kuihamisha kwa mtu mwingine?" (a ticket)
		'kuihamisha', 'kuzihamisha', 'kuyahamisha', 'kuvihamisha',
		// after English 'chat' it read as a name: "hii chat inafanya kazi"
		'inafanya',
		'kiswahili', 'kiingereza', 'baadaye', 'kesho', 'leo', 'polepole', 'tena', 'vizuri', 'kidogo',
		// 'je' is French too: "je mfumo unamhamisha wenyewe au mfanyakazi lazima afanye hivyo?"
		'lazima', 'hivyo', 'kuhusu',
		'na', 'ya', 'wa', 'kwa', 'ni', 'za', 'nataka', 'naomba', 'tafadhali', 'mtu', 'habari', 'asante', 'hii', 'hiyo',
		'sana', 'nini', 'je', 'kuna', 'hakuna', 'sijui', 'sasa', 'wewe', 'mimi', 'yangu', 'wangu', 'langu', 'changu',
		'kwenye', 'hapa', 'bado', 'pesa', 'lakini', 'kama', 'kwamba', 'ndiyo', 'hapana', 'sawa', 'salio', 'simu',
		'kuongea', 'huduma', 'wateja', 'nime', 'yenu', 'wenu', 'ngapi', 'gani',
		'namba',
	],
};
