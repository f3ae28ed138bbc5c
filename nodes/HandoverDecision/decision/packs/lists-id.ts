import type { Grammar } from './types';

/** Indonesian word lists the clause checks read (see ../grammar.ts, `WORD_LISTS`, and the checks named in ../packs/types.ts). */
export const indonesianClauseLists = {
	callbacks: ['menghubungi saya balik'],
	imperatives: ['sambungkan', 'sambungin', 'hubungkan', 'hubungin', 'alihkan', 'oper', 'teruskan'],
	subjects: ['dia', 'mereka', 'kami', 'kita', 'kalian', 'bisa', 'mau', 'harus', 'sudah', 'udah'],
	relatives: ['yang', 'yg'],
	promises: ['nanti', 'akan', 'bakal'],
	pastDeeds: ['sudah', 'telah', 'sempat'],
	contactDeeds: ['menelepon', 'menghubungi'],
	identity: [
		// CS yang ngetik, atau foto saja: "ini bot atau emang ada cs yg ngetik?", "mbak di foto itu asli atau cuma gambar?"
		'atau emang ada cs', 'atau ada cs yg ngetik', 'atau ada cs yang ngetik', 'atau cuma gambar',
		'sedang chat dengan', 'sedang bicara dengan', 'sedang berbicara dengan', 'apakah saya chat',
		'kamu manusia', 'kamu robot', 'kamu bot', 'apakah kamu', 'anda manusia', 'anda robot', 'anda bot', 'ini bot',
		// "min beneran orang kan bukan robot": whether the admin really is a person
		'min beneran orang', 'kamu beneran orang', 'kak beneran orang', 'ini beneran orang', 'beneran orang kan', 'min beneran manusia', 'kamu beneran manusia',
		'bot atau manusia', 'manusia atau bot', 'chat dengan bot atau', 'bicara dengan bot atau', 'kamu orang',
		'lagi ngobrol sama mesin', 'saya ngobrol sama mesin', 'aku ngobrol sama mesin', 'lagi chat sama mesin',
		'kamu ai',
		'yang jawab ini', 'di balik chat',
		'lagi chat sama', 'chat sama bot',
		'robot atau orang', 'bot atau orang', 'yang bales ini',
		'chatgpt atau', 'kamu chatgpt',
		'orang atau bot', 'orang atau robot', 'manusia atau robot',
		// who answers this chat asked about (not "minta CS manusia yg bales", "pls orang beneran yg bales")
		'siapa yg bales', 'yg bales ini', 'yg bales chat', 'yg bales bot', 'yg bales robot', 'yg bales mesin', 'yg bales manusia', 'yg bales orang',
		'yang membalas ini', 'yang balas ini',
		// "ini aku ngobrol sama orang atau sama AI sih?"
		'orang atau ai', 'manusia atau ai', 'ai atau orang', 'ai atau manusia', 'orang atau sama ai', 'orang atau sama bot',
		'orang atau sama robot', 'manusia atau sama ai', 'manusia atau sama bot', 'ini aku ngobrol sama', 'ini saya ngobrol sama',
		'ini aku chat sama', 'ini saya chat sama',
		// the other side of "is this a bot?" after its comma: "Ini bot ya min, atau ada orangnya?"
		'atau ada orangnya', 'atau ada manusianya', 'atau ada orang nya', 'atau orang beneran', 'atau manusia beneran',
		// whether a machine answers this chat: "pesan ini dibalas secara otomatis ya?", "ini dijawab oleh bot atau admin?"
		'dijawab oleh mesin', 'dibalas oleh mesin', 'dijawab oleh bot', 'dijawab oleh robot', 'dijawab secara otomatis',
		'dibalas secara otomatis', 'ini dijawab oleh', 'ini dibalas oleh', 'ini jawaban otomatis', 'ini balasan otomatis',
		'diketik manual', 'atau sistem otomatis', 'yang bales chat ini', 'ini yang bales chat',
		// the user asks the bot what it is, in chat style: "km bot ya?", "lu robot ya"
		'km robot', 'km bot', 'km manusia', 'km ai', 'lu ai', 'lu bot', 'lu robot', 'lu manusia',
		// "X apa bukan", "X atau bukan": whether this chat is a machine or a person, asked: "ini robot apa bukan sih?", "chat ini manusia atau bukan?"
		// (not 'ini ai', 'ini mesin': "fitur ini AI atau bukan?" asks about a feature)
		'ini robot apa bukan', 'ini robot atau bukan', 'ini robot bukan', 'ini manusia apa bukan', 'ini manusia atau bukan', 'ini manusia bukan',
	],
	// before a "that" and a person, what follows is passed on: see ../reports.ts
	reports: ['bilang', 'katanya', 'kata', 'dijanjikan', 'janji', 'menulis', 'pesan'],
	// a quote these stand next to is someone's or something's words, and another's typing or shouting of it: see ../quotes.ts
	quoteSources: ['tertulis', 'tulisan', 'bertuliskan', 'bunyinya', 'kalimat', 'tombol', 'ngetik', 'mengetik', 'diketik', 'teriak', 'teriak2', 'berteriak', 'neriakin'],
	// a title and a name in a talk verb's slot is a person: see ../roleTargets.ts
	titles: ['si', 'pak', 'bu', 'bapak', 'ibu', 'mas', 'mbak', 'bang'],
	// right before a need word and a person, the matter in hand needs the person: see ../needs.ts
	matters: ['ini', 'itu'],
	needs: ['harus', 'perlu', 'butuh', 'memerlukan', 'membutuhkan'],
	denials: ['tidak', 'gak', 'nggak', 'ga', 'bukan', 'enggak'],
	// kilometres after a number, not chat 'km' (kamu): "rumahnya 5 km manusia biasa jalan kaki capek" (../marks.ts)
	measureUnits: ['km'],
	// a person word a few words after one is how something seems, no one asked for: see ../qualities.ts
	seemings: ['kayak', 'seperti', 'mirip', 'terdengar', 'kedengarannya', 'kelihatan'],
	alternatives: ['atau', 'apa'],
	onlies: ['cuma', 'hanya'],
	purposes: ['untuk', 'buat', 'utk'],
	handoffs: ['pengalihan', 'mengalihkan'],
	machines: ['otomatis', 'skrip', 'script'],
	// a person a system routes one of these to is no one the user asks for; see ../routedPersons.ts
	systems: ['sistem', 'sistemnya', 'ivr', 'crm', 'software', 'platform', 'bot', 'botnya', 'chatbot', 'aplikasi', 'aplikasinya', 'app'],
	routedThings: ['pelanggan', 'penelepon', 'leads', 'tiket', 'mereka', 'lisensi'],
	devices: ['speaker', 'speakernya', 'kamera', 'kameranya', 'headset', 'earphone', 'perangkat'],
	// a thing a connect verb joins, not a person: see ../connectedThings.ts
	connectedThings: ['aplikasi', 'app', 'hp', 'handphone', 'tv', 'smartwatch', 'akun', 'laptop', 'printer', 'komputer', 'tablet', 'panggilan', 'saldo'],
	abilities: ['bisa', 'dapat', 'bisakah', 'mampu'],
	abilityInfinitives: [],
	// 'yg' in chat as 'yang': "saya butuh chatbot yg bisa alihkan chat ke admin"
	thingRelatives: ['yang', 'yg'],
	perceptions: ['paham', 'ngerti'],
	// a bot the user builds or shops for, a product asked about: "lagi bikin bot buat toko", "saya lagi cari chatbot buat klinik"
	botBuilds: ['bikin', 'bikinin', 'membuat', 'cari', 'nyari', 'mencari'],
	// a pronoun for the bot the user builds, as its verb's subject: "lagi bikin bot, bisa gak dia sambungin saya ke agen?"; see ../deviceFeatures.ts
	itSubjects: ['dia'],
	thingsBeforePerson: ['mode', 'kartu', 'skin', 'template', 'status', 'main', 'meme', 'rambut', 'antivirus', 'vpn', 'artikel'],
	thingsAfterPerson: ['pembersih'],
	versusWords: ['vs', 'versus', 'lawan'],
	gameChoices: ['apa', 'mana', 'terbaik', 'main', 'pilih'],
	transferVerbs: ['sambungkan', 'sambungin', 'hubungkan', 'disambungkan', 'disambungin', 'dihubungkan', 'dihubungin', 'alihkan', 'alihin', 'teruskan', 'oper', 'transfer'],
	// a person a few words after one of these does that work; see ../workDoers.ts
	works: ['terjemahan', 'terjemahannya', 'transkripsi', 'moderasi', 'subtitle', 'takarir', 'pembersihan', 'tur',
		// and what a person or a machine made or did outside this chat: the either/or after it asks who did that work, not this chat ("sms pengingatnya itu diketik orang atau otomatis?", "dendanya dari petugas atau kamera otomatis?"); see ../identityAlternatives.ts
		'konfirmasi', 'konfirmasinya', 'pengingat', 'pengingatnya', 'tilang', 'denda', 'dendanya'],
	// in a question with a person phrase near one: asks who answers; see ../replyQuestions.ts
	replies: ['bales', 'balas', 'membalas', 'dibales', 'dibalas', 'jawab', 'menjawab', 'dijawab', 'ngetik', 'mengetik', 'nulis', 'menulis', 'baca', 'membaca'],
	whos: ['siapa', 'yang'],
	hows: ['bagaimana', 'gimana', 'gmn'],
	workings: ['kerja', 'kerjanya', 'berfungsi'],
	handoverModes: ['otomatis'],
	cases: ['kasus', 'situasi'],
	whiches: ['apa', 'mana'],
	customers: ['pelanggan', 'pembeli', 'tamu', 'pengunjung', 'pengguna', 'konsumen'],
	whens: ['ketika', 'saat', 'begitu'],
	repliesAfterWho: ['ngebales', 'ngebalas'],
	ownPossessivesAfter: ['saya', 'aku', 'gue', 'gw'],
	existentials: ['ada'],
	// staff asked about on a day the office may be shut: "ada petugas hari Sabtu gak di kantor cabang?"
	openingDays: ['sabtu', 'minggu', 'libur', 'weekend'],
	// free ('kosong', 'senggang') or with time: "ada cs yg lagi kosong?"
	presences: ['tersedia', 'online', 'standby', 'kosong', 'senggang', 'waktu'],
	presentNows: ['sekarang', 'skrg', 'saat ini'],
	// a question whose subject is a name: "apakah Sari tersedia?"
	nameOpeners: ['apakah'],
	// a turn to the present after a request for later: "…, but for now just tell me …"
	nowTurns: ['sekarang', 'skrg', 'sementara'],
	nextTimes: ['lain kali'],
	// the speaker of a report: "the operator told my husband …", "I was told by an agent …"
	speakerReports: ['bilang', 'bilangnya', 'katanya', 'menjelaskan'],
	speakerAgents: ['oleh'],
	// the user's own contact, a plan: "I'll ring them myself"
	selfDoers: ['sendiri'],
	// the user's own contact after a future word, a plan: "nanti kalau udah sampai rumah saya chat admin lagi"
	plannedContacts: ['hubungi', 'menghubungi', 'telepon', 'telpon', 'nelpon', 'menelepon', 'chat', 'kontak'],
	// going somewhere, right after the user: "besok saya | ke kantor", "saya | mampir ke cabang"; see ../plannedTrips.ts
	trips: ['ke', 'mampir', 'datang', 'dateng', 'pergi'],
	obligations: ['harus', 'perlu', 'wajib', 'mesti'],
	openingNeeds: ['perlu', 'harus', 'mesti'],
	// contact verbs asked of a person: see ../contactRequests.ts
	wishedContacts: ['menghubungi', 'hubungi', 'menelepon', 'nelpon', 'telepon', 'telpon', 'telponin'],
	// a person asked to write to, answer or reach out to the user (`userObjects`); see ../writeBacks.ts
	writeBacks: ['bales', 'balas', 'membalas', 'jawab', 'menjawab', 'chat', 'hubungi', 'menghubungi'],
	writeBackAgains: ['lagi'],
	// how often or whether at all someone answers, and the verb's habitual and past forms; see ../answerHabits.ts
	replyCues: ['pernah', 'biasanya', 'sudah', 'udah', 'emang', 'memang', 'beneran', 'sering', 'kadang'],
	// Indonesian marks no tense on the verb: the cues date or question it
	reportedReplies: [],
	memberLinks: ['dari', 'di'],
	// a person given to the user: "get me | Gary at the depot"; see ../handOvers.ts
	handOverVerbs: ['kasih', 'beri', 'berikan', 'carikan'],
	handOverUsers: ['saya', 'aku', 'kami'],
	// a person asked by one of these to contact the user (`userObjects`): see ../contactRequests.ts; 'minta' too before 'ada' (a plea for
	// someone to be there, not someone described): "minta ada petugas yg cek kamar saya"
	contactAskers: ['mohon', 'bisa', 'bisakah', 'tolong', 'minta'],
	// "Mohon dikirimkan teknisi", "tolong jadwalin kunjungan teknisi", "teknisinya bisa datang besok?"; see ../visitRequests.ts
	// Malay 'hantar' (send): "tolong hantar juruteknik ke rumah saya esok"
	visitVerbs: ['kirim', 'kirimkan', 'kirimin', 'dikirim', 'dikirimkan', 'datang', 'dateng', 'jadwalkan', 'jadwalin', 'dijadwalkan', 'suruh', 'hantar', 'hantarkan'],
	visitAskers: ['minta', 'butuh', 'perlu', 'mau', 'pengen', 'ingin', 'bisakah'],
	visits: ['kunjungan'],
	// staff sent out, as a technician: "petugasnya bisa datang ke rumah hari Minggu?", "saya mau ada petugas yang datang cek meteran"
	visitQualifiers: ['teknisi', 'servis', 'service', 'teknis', 'mekanik', 'montir', 'listrik', 'ledeng', 'teknisinya', 'petugas', 'petugasnya'],
	visitRecipients: ['ke', 'kepada'],
	// a modal right before 'ke' after a technician word: coming, the verb left out ("petugasnya bisa ke rumah sore ini?")
	visitModals: ['bisa', 'bisakah'],
	// after a want verb, before the subject of a callback: "saya minta | agar | Pak Budi menelepon saya"; see ../wishedCallers.ts
	wishLinks: ['agar', 'supaya'],
	userObjects: ['saya', 'kami', 'aku'],
	// a person asked to do one of these on the user's matter: see ../serviceRequests.ts
	userServices: ['cek', 'ngecek', 'lihat', 'liat', 'periksa', 'jawab'],
	possibilities: ['bisa', 'boleh', 'mungkin', 'memungkinkan', 'berharap', 'harap', 'semoga', 'mohon', 'tolong'],
	contactForms: ['dihubungi', 'dihubungin', 'ditelepon', 'ditelpon', 'ditelfon', 'dibantu', 'dilayani', 'ditangani', 'dikontak', 'dichat', 'dibalas', 'dibales', 'dipandu'],
	contactMedia: ['email', 'sms'],
	teams: ['tim', 'bagian', 'divisi', 'panitia'],
	// a modal opening the question of a talk verb with a team in its slot, or a want or an ask with the subject left out ("mau ngomong ke bagian akademik", "minta ngobrol sama tim gudang"): see ../teamTargets.ts
	slotAskers: ['bisa', 'boleh', 'bisakah', 'mohon', 'tolong', 'mau', 'pengen', 'ingin', 'minta'],
	// what a team handles after it, past one of these: see ../teamTargets.ts
	teamLinks: ['untuk'],
	// one of the business's people named by their group ("one of your devs"): see ../groupMembers.ts
	groupOnes: ['salah satu', 'salah seorang'],
	groupOwners: ['kalian', 'anda'],
	// a time word before now: a person or request words in its clause are reported, not asked for; see ../pastReports.ts
	pastTimes: ['kemarin', 'pernah', 'tadi', 'minggu lalu', 'bulan lalu', 'tahun lalu',
		// chat spellings of 'kemarin': "kemaren aku udh ngomong sama mbak admin"
		'kemaren', 'kmrn'],
	// the "with" of a verb of talking with someone, and those verbs: a word no pack lists in their slot is a person (../conversationPartners.ts)
	companions: ['dengan', 'dgn', 'sama', 'sm', 'ama'],
	conversations: ['bicara', 'berbicara', 'ngobrol', 'ngomong', 'chat'],
	personPronouns: ['dia', 'beliau'],
	// a third person as a contact verb's object, said for someone close the user writes for; see ../behalfObjects.ts
	othersObjects: ['dia', 'beliau', 'mereka'],
	othersWants: ['ingin', 'mau', 'minta', 'pengen'],
	// the user's ask of someone close who makes the contact; see ../closeErrands.ts
	errandAsks: ['nyuruh', 'suruh', 'menyuruh'],
	phoneLines: ['telepon', 'telpon'],
	phoneVerbs: ['taruh', 'taruhin'],
	// someone of the user's as a contact verb's object; see ../relationObjects.ts
	relationOwnersAfter: ['sy', 'kami', 'gua'],
	// a contact said to the company for someone of the user's, with a phone number; see ../relativeCalls.ts
	contactImperatives: ['telponin', 'teleponin', 'telpon', 'telepon', 'hubungi', 'hubungin'],
	// see ../countedPersons.ts
	counters: ['per', 'setiap', 'tiap', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh'],
	copulas: ['adalah'],
	curiosities: ['penasaran'],
	// see ../unsoughtSomeones.ts
	ownCommunities: ['chat', 'stream', 'grup', 'channel', 'server', 'komentar', 'live', 'tim'],
	ownTeamWords: ['sendiri'],
	thanks: ['makasih', 'terimakasih', 'trims', 'thx'],
	breakages: ['patah', 'retak', 'bengkok', 'copot', 'karatan'],
	roleAs: ['sebagai'],
	offerVerbs: ['menyediakan', 'menawarkan', 'sediakan', 'nyediain'],
	pretenders: ['palsu', 'gadungan', 'abal', 'mengaku', 'ngaku'],
	newcomers: ['baru'],
} satisfies Partial<Grammar>;
