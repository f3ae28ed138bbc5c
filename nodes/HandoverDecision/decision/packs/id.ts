import { indonesianGrammar } from './grammar-id';
import type { LanguagePack } from './types';

/** Indonesian, formal and chat style (gak, nggak, mau, sama, CS). */
export const indonesian: LanguagePack = {
	code: 'id',
	name: 'Indonesian',
	...indonesianGrammar,
	requests: [
		// a role an exclusion blocks when only mentioned, asked for with a talk verb: "mau ngomong sama agen properti yg ngurus kontrakan saya"
		'ngomong sama agen properti', 'ngomong dengan agen properti', 'bicara dengan agen properti', 'bicara sama agen properti', 'ngobrol sama agen properti', 'ngobrol dengan agen properti', 'berbicara dengan agen properti',
		// the same for the travel agent who handles the user's trip: "mohon sambungkan saya dengan agen travel yang mengurus tiket saya"
		'bicara dengan agen travel', 'bicara dgn agen travel', 'bicara sama agen travel', 'berbicara dengan agen travel', 'ngomong sama agen travel', 'ngobrol sama agen travel',
		'sambungkan saya dengan agen travel', 'hubungkan saya dengan agen travel', 'sambungkan saya ke agen travel', 'hubungkan saya ke agen travel',
		// the person named before, asked for by pronoun, the user's own wish (not 'pihak sekolah bisa bicara dengan beliau'): "Pak Budi yang mengurus, apakah saya bisa bicara langsung dengan beliau?"
		'saya bisa bicara dengan beliau', 'saya bisa bicara langsung dengan beliau', 'saya bisa bicara dengan dia', 'saya bisa bicara langsung dengan dia', 'aku bisa ngomong sama dia', 'saya mau bicara dengan beliau',
		// a doctor, only after a talk verb ('dokter' alone is the user's own, or going to one): "ingin berbicara dengan dokter atau petugas"
		'berbicara dengan dokter', 'bicara dengan dokter', 'bicara sama dokter', 'ngobrol dengan dokter', 'ngobrol sama dokter', 'ngomong sama dokter', 'ngomong dengan dokter',
		// anyone who is human, asked for: "tolong dong siapa aja yang manusia"; someone asked to call a number: "minta tolong ada yg telpon ke 0812…"
		'siapa aja yang manusia', 'siapa aja yg manusia', 'siapa saja yang manusia', 'siapa saja yg manusia', 'tolong ada yang telpon', 'tolong ada yg telpon', 'tolong ada yang telepon', 'tolong ada yg telepon',
		'agar ada yang menghubungi saya', 'supaya ada yang menghubungi saya',
		// someone asked to contact the user, or to contact them again: "tolong ada yang menghubungi saya untuk urus balik nama", "mohon account manager saya … menghubungi saya kembali"
		'ada yang menghubungi saya', 'ada yg menghubungi saya', 'menghubungi saya kembali', 'menghubungi aku kembali', 'menghubungi kami kembali',
		'bicara dengan manusia',
		'bicara dengan orang',
		'berbicara dengan orang',
		'berbicara dengan manusia',
		'ngomong sama orang',
		'ngobrol sama orang',
		'ngomong dengan orang',
		'ngobrol dengan orang',
		'mau sama orang',
		'orang asli',
		'orang beneran',
		'orang sungguhan',
		'manusia asli',
		'manusia beneran',
		'hubungi admin',
		'bicara dengan admin',
		'sama admin',
		'dengan admin',
		'minta admin',
		'admin manusia',
		'sambungkan ke',
		'sambungkan dengan',
		'hubungkan ke',
		'hubungkan dengan',
		'disambungkan ke',
		'dihubungkan ke',
		'minta dihubungi',
		'telepon saya',
		// English 'call' in chat: "pak budi santoso bisa call saya gak"
		'call saya', 'call sy', 'call aku', 'call balik saya', 'call saya balik',
		// 'telp' for 'telepon', as 'telpon saya': "Pak Hendra bisa telp saya?"
		'telpon saya', 'telp saya', 'telp aku', 'telp sy',
		// someone asked to call the parent the user writes for, however long the clause goes on: "ada petugas yang telepon beliau sekarang untuk atur semuanya?"
		'yang telepon beliau', 'yang telpon beliau', 'yang menelepon beliau', 'yang menghubungi beliau', 'tolong telepon beliau', 'tolong hubungi beliau',
		'hubungi saya',
		// chat 'hubungin' and 'gw': "tolong hubungin gw secepatnya"
		'hubungin saya', 'hubungin aku', 'hubungin gw', 'hubungin gue', 'hubungi gw', 'hubungi gue', 'hubungi aku',
		// where is the team, asked of it: "cs mana cs, gw butuh bantuan"
		'cs mana', 'admin mana',
		'ditelepon balik', 'telepon balik', 'telpon balik', 'telepon saya balik',
		// 'telp' for 'telepon': "Pak Budi bisa telp saya balik gak?"
		'telp balik', 'telp saya balik', 'telp aku balik', 'telp sy balik', 'ditelp balik',
		// 'telfon' for 'telepon': "minta tolong telfon balik ya kak"
		'telfon balik', 'telfon saya balik', 'telfon aku balik', 'ditelfon balik',
		'agen manusia',
		'yang bisa saya telepon', 'yang bisa saya hubungi',
		'minta ditelepon', 'minta ditelpon', 'ditelpon balik', 'eskalasi',
		// the same after a subject pronoun opening the clause, which otherwise reads as describing the user ("saya orang beneran"):
		// "Saya minta dihubungi sama tim legal", "aku minta ditelpon"
		'saya minta dihubungi', 'aku minta dihubungi', 'gue minta dihubungi', 'gw minta dihubungi',
		'saya minta ditelepon', 'aku minta ditelepon', 'gue minta ditelepon', 'gw minta ditelepon',
		'saya minta ditelpon', 'aku minta ditelpon', 'gue minta ditelpon', 'gw minta ditelpon',
		// chat spellings of 'call me': "kak bisa telpon aku gak?"
		'telpon aku', 'telepon aku', 'telpon gue', 'telepon gue', 'telpon gw', 'telfon aku', 'telponin aku', 'nelpon aku',
		'sambungin ke',
		// connected, asked in chat spelling or the bare verb after 'minta': "bisa disambungin ke bagian refund?", "bisa minta sambung ke tim roaming?"
		'disambungin ke', 'minta sambung ke', 'minta disambung ke', 'minta disambungin ke', 'minta disambungkan ke',
		// a call asked without an object, 'aja' (just) instead of typing: "bisa telpon aja gak?"
		'bisa telpon aja gak', 'bisa telpon aja ga', 'bisa telpon aja nggak', 'bisa telepon aja gak', 'bisa telepon aja nggak', 'bisa ditelpon aja gak', 'bisa ditelepon aja gak',
		// wanting to be called, as 'minta ditelepon': "Saya ingin ditelepon kepala sekolah"
		'ingin ditelepon', 'ingin ditelpon', 'mau ditelepon', 'mau ditelpon', 'pengen ditelepon', 'pengen ditelpon', 'ingin dihubungi',
		'mau dihubungi', 'pengen dihubungi',
		// someone named after 'kak' (kakak), a common word that is also how users address the chat ("kak, ada diskon?"), so no person:
		// "pengen ngobrol sama Kak Dimas dari kelas masak"
		'ngobrol sama kak *', 'ngobrol dengan kak *', 'ngomong sama kak *', 'ngomong dengan kak *', 'bicara sama kak *', 'bicara dengan kak *', 'berbicara dengan kak *', 'chat sama kak *', 'chat dengan kak *', 'sambungkan ke kak *', 'hubungkan ke kak *', 'hubungkan saya dengan kak *', 'hubungkan saya ke kak *',
		// the same 'kak' again: "kak bisa sama kak Rina lagi gak?"
		'bisa sama kak * lagi', 'mau sama kak * lagi', 'minta sama kak * lagi',
		// another agent asked for: "agen yg tadi gak paham, tolong ganti agen lain ya"
		'ganti agen', 'ganti cs', 'ganti petugas',
		// 'dgn' for 'dengan' in chat: "tlg hubungkan dgn agen travel umroh yg pegang rombongan saya"
		'hubungkan dgn', 'sambungkan dgn', 'hubungkan saya dgn', 'sambungkan saya dgn', 'bicara dgn manusia', 'bicara dgn orang',
		// English 'call back' asked for, as 'minta ditelepon': "minta call back dari tim pinjaman"
		'minta call back', 'mau call back', 'butuh call back', 'minta di call back', 'minta dicall back', 'minta ditelpon balik',
		'tolong call back', 'call back saya', 'call back aku', 'call back gw', 'call back gue', 'bisa call back',
		// chat 'sy' and 'tlg': "tlg call back sy ya"
		'call back sy', 'tlg call back',
		// chat 'sy' (saya), 'org' (orang) and '-in' verbs: "hubungi sy skrg kak", "kak bs ngmg sm org ga?", "tolong telponin saya ya"
		'hubungi sy', 'hubungin sy', 'telponin saya', 'teleponin saya', 'telponin sy', 'ngehubungin saya', 'ngehubungin aku', 'ngehubungin sy',
		'ngomong sm org', 'ngmg sm org', 'ngobrol sm org', 'ngomong sama org', 'ngobrol sama org', 'bicara sama org', 'bicara dgn org',
		// a human CS asked for, as 'admin manusia': "tolong CS manusia ya"; the team straight after 'sambungkan': "sambungkan agen, paket nyasar"
		'cs manusia', 'sambungkan agen', 'sambungkan cs', 'sambungkan admin', 'sambungkan petugas',
		// the connection urged with the person named before it, no 'ke': "aku mau komplain langsung ke atasannya kurir laundry, … tolong sambungin"
		'tolong disambungin', 'tolong disambungkan', 'tolong sambungin', 'tolong sambungkan',
		// the same asked with 'bisa', the person named in the sentence before: "Bu Wati yang urus pendaftaran saya. bisa disambungkan?"
		'bisa disambungin', 'bisa disambungkan', 'bisa dihubungkan', 'bisa dihubungin',
		// a team sent to the user, of any trade: "Tolong kirim tim yantek ke alamat saya", "kirim tim SAR atau petugas ke pos tiga"
		'kirim tim', 'kirimkan tim', 'kirimin tim',
		// chat 'sy' (saya) after a call or a connect verb with 'dgn': "tolong telpon sy skrg", "hubungkan sy dgn bagian klaim"
		'telpon sy', 'telepon sy', 'nelpon sy', 'hubungkan sy dgn', 'sambungkan sy dgn', 'sambungin sy dgn', 'hubungin sy dgn',
	],
	exclusions: [
		// a human body and its matter, not a person asked for: "wig ini rambut manusia asli?", "aman buat kulit manusia"
		'rambut manusia', 'kulit manusia', 'tubuh manusia', 'darah manusia',
		// the company told to talk to a third party, a relative who handles it (not 'saya bisa bicara dengan beliau'): "suami saya yang pegang dokumennya, pihak sekolah bisa bicara langsung dengan beliau"
		'pihak * bisa bicara', 'pihak * * bisa bicara', 'boleh langsung hubungi dia',
		// the novel's title, not a person: "Buku Bumi Manusia cetakan pertama"
		'bumi manusia',
		// hearsay and local people: "ada orang bilang koperasi ini mau bubar", "dari petani orang lokal"
		'ada orang bilang', 'orang bilang', 'ada orang yang bilang', 'orang lokal',
		// people of a country, as 'orang lokal': "ada orang Jepang asli gak di app ini?" (a language partner, not staff)
		'orang jepang', 'orang korea', 'orang cina', 'orang china', 'orang inggris', 'orang amerika', 'orang arab', 'orang india', 'orang eropa', 'orang asing', 'orang bule', 'orang luar negeri', 'orang indonesia', 'orang jerman', 'orang prancis', 'orang belanda',
		// a contact number asked for names a channel only: "ada WA admin toko gak?"
		'wa admin', 'nomor admin', 'no admin', 'kontak admin',
		// an email address asked for, the same: "email tim teknis kalian apa ya buat lapor mesin cuci rusak?"
		'email tim', 'email admin', 'email cs', 'email petugas', 'email bagian',
		// staff answering chats, judged: "Admin tokonya lambat bgt bales chat", "teknisinya bales chat cepet"
		'bales chat', 'balas chat', 'bales chatnya', 'balas chatnya', 'bales chat nya', 'balesin chat', 'bls chat', 'respon chat',
		// someone who owns one asked about, not the owner asked for: "ada yang punya toko online di sini?"
		'ada yang punya', 'ada yg punya',
		// the user's own staff, 'kami' (our): "tim developer kami mau migrasi server, ada panduannya?"
		'developer kami', 'programmer kami', 'staf kami', 'staff kami', 'karyawan kami', 'pegawai kami', 'admin kami', 'cs kami',
		// 'telepon' in "phone number" is a noun, no call: "nomor telepon bagian keuangan kalian berapa ya?"
		'nomor telepon', 'nomor telpon', 'nomor telp', 'no telepon', 'no telpon', 'no telp',
		// a report that no staff was there: "gak ada petugas sama sekali di halte tadi pagi"
		'gak ada petugas', 'ga ada petugas', 'nggak ada petugas', 'tidak ada petugas', 'tak ada petugas', 'enggak ada petugas',
		// a passer-by, an authorised reseller: "foto saya ada orang lewat di belakang", "ada agen resmi yang jual gelang ini?"
		'orang lewat', 'agen resmi',
		'gak ada orang', 'ga ada orang', 'nggak ada orang', 'tidak ada orang', 'tak ada orang', 'enggak ada orang', 'gak ada satu orang', 'ga ada satu orang',
		'telepon saya rusak', 'telepon saya hilang', 'telpon saya rusak', 'telpon saya hilang', 'nomor telepon saya',
		'nomor telpon saya', 'no telepon saya', 'telepon saya mati',
		// the same with chat 'sy': "telpon sy rusak", "nomor telpon sy ganti"
		'telpon sy rusak', 'telpon sy hilang', 'telpon sy mati', 'telepon sy rusak', 'nomor telpon sy', 'nomor telepon sy', 'no telpon sy', 'no telepon sy',
		// 'call' the noun, the user's own call: "video call saya putus", "call saya gak diangkat"
		'video call saya', 'call saya putus', 'call saya terputus', 'call saya mati', 'call saya gak diangkat', 'call saya ga diangkat',
		'call saya nggak diangkat', 'call saya tidak diangkat', 'call saya gk diangkat',
		'telepon aku rusak', 'telepon aku hilang', 'telpon aku rusak', 'telpon aku hilang', 'nomor telpon aku', 'nomor telepon aku', 'telepon aku mati',
		// parents, not a person asked for; staff on duty asked about ("di klinik ada petugas jaga malam gak?")
		'orang tua', 'orangtua', 'petugas jaga', 'dokter jaga',
		// the same with 'yang', asked whether there is one (not "panggilin admin yg jaga dong"): "ada teknisi yang jaga pas tanggal merah gak?"
		'ada petugas yang jaga', 'ada teknisi yang jaga', 'ada admin yang jaga', 'ada cs yang jaga', 'ada dokter yang jaga',
		'ada petugas yg jaga', 'ada teknisi yg jaga', 'ada admin yg jaga', 'ada cs yg jaga', 'ada dokter yg jaga',
		// the person described, praised or blamed, 'orangnya' after a degree word: "teknisinya sopan banget orangnya, tolong sampaikan makasih"
		'bgt orangnya', 'banget orangnya', 'bngt orangnya', 'sekali orangnya',
		// adults, not a person asked for ("ada orang dewasa yang serobot antrean"); "what human (could)…", a rhetorical question
		'orang dewasa', 'manusia mana',
		// people counted, not asked for: "naik ojol bareng 6 orang", "meja untuk 4 orang"
		'bareng * orang', 'untuk * orang', 'buat * orang', 'sebanyak * orang',
		'agen perjalanan',
		'agen travel',
		'agen asuransi',
		'agen properti',
		'agen pulsa',
		'agen brilink',
		'agen bri link',
		'agen bank',
		'agen laku pandai',
		'agen rahasia',
		'agen tiket',
		'agen gas',
		'agen lpg',
		'saya agen',
		'jadi agen',
		'menjadi agen',
		'daftar agen',
		'user agent',
		'agen ai',
		'kesalahan manusia',
		'human error',
		'sumber daya manusia',
		'hak asasi manusia',
		'artikel bantuan',
		'artikel dukungan',
		'ibu saya', 'bapak saya', 'ibu aku', 'ibuku',
		'bos saya', 'atasan saya',
		// the user's own supervisor or operator at work, as 'atasan saya': "supervisor gw galak banget", "operator saya shift malam"
		'supervisor saya', 'supervisor sy', 'supervisor aku', 'supervisor gw', 'supervisor gue', 'supervisor kami', 'operator gw', 'operator gue',
		// staff's performance talked about, or a job applied for, not a person asked for: "laporan kinerja supervisor tiap bulan", "posisi supervisor masih dibuka?"
		'kinerja supervisor', 'kinerja petugas', 'kinerja admin', 'kinerja agen', 'kinerja operator', 'kinerja karyawan', 'kinerja staf', 'kinerja staff', 'kinerja pegawai',
		'posisi supervisor', 'jabatan supervisor', 'jadi supervisor', 'menjadi supervisor', 'posisi operator', 'jadi operator', 'menjadi operator',
		'saya ini orang beneran', 'saya ini manusia', 'aku ini manusia',
		// whether a third person is real, asked about: "saya belum yakin dia orang beneran"
		'dia orang beneran', 'dia orang asli', 'dia orang sungguhan', 'dia manusia beneran', 'dia manusia asli',
		'aplikasinya support', 'aplikasi ini support', 'sudah support', 'support pembayaran',
		// support as a verb: "TV nya support netflix gak?", "printer kalian support filamen TPU?", "lampu ini support charger HP?"
		'nya support', 'udah support', 'kalian support', 'ini support', 'bisa support', 'belum support', 'gak support', 'nggak support', 'tidak support',
		// support as a brace of a structure, not a team: "kanopi ini perlu support besi di tengah?", "rak dinding butuh support tambahan"
		'support rangka', 'support besi', 'support baja', 'support atap', 'support dinding', 'support kayu', 'support tambahan',
		// support as a verb asked about: "hp mana yang support e-sim?", "bisa bayar pakai ovo, support gak?", "android 7 masih di-support?"
		'yang support', 'yg support', 'support gak', 'support nggak', 'support enggak', 'support tidak', 'di support', 'support android', 'support nfc', 'support payment', 'support jaringan',
		// family and friends who back someone, not a team: "support system saya cuma ibu"
		'support system',
		// the user's own job or one applied for: "saya kerja jadi CS di toko lain", "lowongan posisi customer service masih buka?"
		'jadi cs', 'jadi customer service', 'kerja di bagian customer service', 'kerja di bagian cs', 'posisi customer service', 'posisi cs', 'yg jaga cs', 'yang jaga cs',
	],
	negations: [
		// the user denying the ask: "sy bukan minta disambung ke orang ya, cuma mau tau …"
		// or the want: "maksudnya bukan mau ke CS, mau cek poin aja"
		'bukan minta', 'bukannya minta', 'bukan mau', 'bukannya mau',
		// nobody has come yet, a complaint, not a request: "belum ada petugas yg verifikasi"
		'belum ada',
		"lupakan soal", "lupakan yang tadi", "lupakan permintaan",
		// not going ahead with asking: "gak jadi deh minta disambungin ke admin"
		'gak jadi deh', 'ga jadi deh', 'nggak jadi deh', 'gajadi deh', 'gak jadi deh minta', 'ga jadi deh minta', 'nggak jadi deh minta', 'gak jadi minta', 'ga jadi minta', 'nggak jadi minta', 'tidak jadi minta','tidak mau', 'gak mau', 'ga mau', 'nggak mau', 'ngga mau', 'tidak ingin', 'jangan', 'tidak butuh', 'gak butuh', 'nggak butuh'],
	wideNegations: [
		'tidak perlu',
		'gak perlu',
		'ga perlu',
		'nggak perlu',
		'ngga perlu',
		'tak perlu',
		'tdk perlu',
		'gk perlu',
		'gaperlu',
		'tidak usah',
		'gak usah',
		'ga usah',
		'nggak usah',
		'ngga usah',
		'tdk usah',
		'gausah',
	],
	negationsAfter: [
		"abaikan",'tidak perlu', 'gak perlu', 'nggak perlu', 'tidak usah', 'gak jadi', 'ga jadi', 'nggak jadi', 'tidak jadi'],
	breakers: ['tapi', 'tetapi', 'melainkan', 'mau', 'ingin', 'butuh', 'minta', 'pengen', 'pingin'],
	// 'robot2an', 'robotan', 'bot2an': bot stuff ("gak usah robot2an, oper ke orang")
	bots: ['bot', 'robot', 'chatbot', 'mesin', 'komputer', 'robot2an', 'robotan', 'bot2an'],
	antiBot: ['tidak suka', 'nggak suka', 'gak suka', 'benci', 'bukan', 'capek sama', 'bosan sama', 'males sama', 'selain'],
	frustration: [
		'tidak berguna',
		'gak berguna',
		'ga guna',
		'gak guna',
		'nggak guna',
		'percuma',
		// the bot, said of it: "botnya gak bisa bantu"
		'gak bisa bantu', 'nggak bisa bantu', 'ga bisa bantu', 'tidak bisa membantu',
		'bodoh',
		'payah',
		'nyebelin',
		'menyebalkan',
		'kesal',
		'kesel',
		'capek',
		'ribet',
		'kamu tidak mengerti',
		'kamu gak ngerti',
		'gak nyambung',
		'ga nyambung',
		'buang waktu',
		'parah',
		'kecewa',
	],
	stopwords: [
		// common words one edit from a grammar word ('pesawat' is no 'perawat', 'kotak' no 'kontak')
		'kontrak', 'kotak', 'koran', 'menang', 'pedang', 'penang', 'pengajuan', 'pesawat', 'keras', 'diisi', 'kajian',
		'batik', 'sablon', 'salmon', 'tenis', 'layangan', 'pelayaran', 'cadang', 'lender', 'bening', 'mendung',
		'tulang',
		// rain, a common word that is no typo of 'human': "novel Hujan karya Tere Liye"
		'hujan',
		// percent, no typo of 'person': "mati lebih dari 10 persen, apakah ada garansi ganti?"
		'persen',
		'nanti', 'besok', 'lagi', 'pelan', 'inggris', 'indonesia', 'kepada',
		// chat spellings: "akun gw kena hack, pls orang beneran yg bales"
		'gw', 'gue', 'yg', 'dgn', 'sy', 'skrg', 'sdh', 'semua', 'kena',
		'saya', 'aku', 'mau', 'ingin', 'tidak', 'gak', 'nggak', 'ga', 'dengan', 'sama', 'yang', 'ini', 'itu', 'dan',
		'di',
		'ke', 'bisa', 'tolong', 'mohon', 'kak', 'min', 'apa', 'ada', 'sudah', 'udah', 'belum', 'kenapa', 'bagaimana',
		'gimana', 'terima', 'kasih', 'dong', 'nya', 'juga', 'untuk', 'dari', 'berapa', 'kok', 'aja', 'saja', 'cara',
		'bicara', 'apakah', 'hari', 'jam', 'harga', 'dimana', 'buat',
	],
};
