import type { Grammar } from './types';

/** Indonesian request frames, targets and the frames that cancel them (see ../frames.ts). */
export const indonesianGrammar: Grammar = {
	talkVerbs: [
		// a request noun with 'dengan', as 'ketemu dengan': "saya minta janji temu dengan manajer cabang", "panggilan video dengan teknisi"
		'minta janji temu dengan', 'mau janji temu dengan', 'ingin janji temu dengan', 'panggilan video dengan',
		// meeting a person in person: "saya mau ketemu langsung dengan relationship manager saya"
		'ketemu dengan', 'ketemu sama', 'ketemu langsung dengan', 'ketemu langsung sama', 'bertemu dengan', 'bertemu langsung dengan',
		// a formal noun request, as English 'a call from': "saya minta telepon dari petugas"
		'telepon dari',
		'menghubungi saya balik',
		'diskusi dengan', 'diskusi sama', 'berdiskusi dengan', 'berdiskusi sama', 'diskusi langsung dengan', 'diskusi langsung sama',
		'berdiskusi langsung dengan', 'dihubungi oleh', 'dihubungi sama', 'ditelepon oleh', 'ditelpon oleh',
		'berbicara langsung dengan', 'bicara langsung dengan',
		'bicara dengan', 'berbicara dengan', 'ngobrol dengan', 'ngobrol sama', 'ngomong sama', 'ngomong dengan',
		'bicara sama', 'bicara dgn', 'chat dengan', 'chat sama', 'sambungkan ke', 'sambungkan saya ke',
		'sambungkan saya dengan', 'hubungkan saya dengan', 'hubungkan saya ke', 'hubungkan ke', 'alihkan ke',
		'alihkan saya ke', 'transfer ke', 'teruskan ke', 'oper ke', 'bicara', 'ngobrol', 'ajak bicara',
		'disambungkan dengan', 'disambungkan ke', 'dilayani', 'dilayani oleh',
		'ngomong sm', 'ngobrol sm', 'bicara sm', 'chat sm', 'chat langsung sm', 'dioper ke', 'jawab langsung',
		'sambungin ke', 'sambungin',
		'jelasin ke', 'jelaskan ke', 'jelasin sama',
		'dialihkan ke',
		'dicek sama', 'ditangani sama', 'ditangani oleh',
		'dijawab sama', 'dijawab oleh',
		'ditelpon sama', 'ditelepon sama',
		// called by someone, the agent straight after the passive: "minta nomor saya ditelepon petugas perpustakaan"
		'ditelepon', 'ditelpon',
		'ajak',
		'chat langsung sama', 'chat langsung dengan', 'ngobrol langsung sama', 'ngobrol langsung dengan',
		'ngomong langsung sama', 'bicara langsung sama',
		'berkonsultasi dengan', 'berkonsultasi langsung dengan', 'konsultasi dengan', 'konsultasi langsung dengan',
		'konsultasi sama',
		'dihubungkan dengan', 'dihubungkan ke',
		'dihubungkan sama', 'disambungkan sama', 'dihubungin sama',
		// a question put to staff straight: "mau tanya langsung ke admin aja"
		'tanya langsung ke', 'nanya langsung ke', 'tanya langsung sama', 'nanya langsung sama',
		// connected again, in chat spelling too: "bisa disambungin lagi ke dokter yg sama?"
		'disambungin ke', 'disambungin lagi ke', 'disambungkan lagi ke', 'sambungin lagi ke', 'sambungkan lagi ke', 'dihubungkan lagi ke', 'dihubungin lagi ke', 'hubungkan lagi ke', 'hubungin lagi ke', 'dibahas sama', 'dibahas dengan',
		// someone calling the user in chat spelling, or formally: "admin telpon sy", "petugas dapat menghubungi saya"
		'telepon sy', 'telpon sy', 'menghubungi saya',
		'telpon aku', 'telepon aku', 'nelpon aku', 'nelpon saya', 'nelpon sy', 'menelepon saya', 'menghubungi aku',
		// English 'connect' in chat: "kak bisa connect ke stylist yg kemarin?"
		'connect ke', 'connect sama', 'connect dengan', 'konek ke', 'konek sama',
		// someone asked to call the parent the user writes for: "bisa ada petugas yang telepon beliau sekarang?"
		'telepon beliau', 'telpon beliau', 'nelpon beliau', 'menelepon beliau', 'menghubungi beliau', 'hubungi beliau',
		// 'ama' for 'sama' in chat: "aku mau ngomong ama orang aja"; 'komplen' for 'komplain'
		// 'dgn' for 'dengan' in chat: "hubungkan dgn agen", "ngomong dgn orang"
		'ngobrol dgn', 'ngomong dgn', 'berbicara dgn', 'chat dgn', 'hubungkan dgn', 'sambungkan dgn', 'hubungkan saya dgn', 'sambungkan saya dgn',
		'disambungkan dgn', 'dihubungkan dgn', 'konsultasi dgn',
		// the user, in any pronoun, transferred: "lu bisa transfer gw ke orang gak"
		'transfer saya ke', 'transfer aku ke', 'transfer gw ke', 'transfer gue ke', 'oper saya ke', 'oper aku ke', 'oper gw ke', 'oper gue ke',
		'alihkan aku ke', 'alihkan gw ke', 'alihin ke', 'alihin saya ke', 'alihin aku ke', 'alihin gw ke',
		// the user as the object, then a time or manner word before 'ke': "tolong sambungin saya sekarang ke tim penjualan", "bisa teruskan saya langsung ke admin?"
		// (not 'transfer saya', 'oper saya': "transfer aku nyangkut" is a money transfer)
		'sambungkan saya', 'sambungin saya', 'hubungkan saya', 'hubungin saya', 'alihkan saya', 'alihin saya', 'teruskan saya', 'terusin saya',
		'sambungkan aku', 'sambungin aku', 'hubungkan aku', 'alihkan aku', 'teruskan aku', 'terusin aku',
		'teruskan saya ke', 'terusin saya ke', 'terusin ke', 'teruskan aku ke',
		'sambungin saya ke', 'sambungin aku ke', 'sambungin gw ke', 'sambungin gue ke',
		// contacted by a team, asked: "bisa dihubungi tim penjualan?" (not bare 'dihubungi': "nomor yang bisa dihubungi cs")
		'dihubungi tim', 'dihubungi bagian', 'dihubungi pihak', 'dihubungi divisi',
		'ngomong ama', 'ngobrol ama', 'bicara ama', 'chat ama',
		// wanting to be with a person, the talk left out: "mau sama manusia aja", "saya maunya sama CS manusia"
		'mau sama', 'maunya sama', 'mau sm', 'pengen sama', 'mau ama',
		// a complaint or report goes to a person with 'ke'; its bare object is a thing: "mau komplain pesanan", "saya mau lapor kehilangan"
		'komplen ke', 'komplain ke', 'lapor ke', 'komplain langsung ke', 'komplen langsung ke', 'lapor langsung ke',
		// 'langsung' (in person) before 'ama': "mau ngomong langsung ama orangnya"
		'ngomong langsung ama', 'ngobrol langsung ama', 'bicara langsung ama', 'chat langsung ama',
		// on the phone with someone, as 'ngobrol' (not 'telepon sama': "nomor telepon sama"): "bisa teleponan aja sm cs nya?"
		'teleponan', 'telponan',
	],
	wantVerbs: ['mohon agar', 'mohon supaya', 'memohon agar', 'memohon supaya', 'saya mau', 'saya ingin', 'saya perlu', 'minta', 'mau', 'maunya', 'butuh', 'pengen', 'tolong panggilkan', 'panggilkan', 'kasih saya', 'kasih aku', 'kasih gw', 'kasih gue', 'mending', 'mending sama',
		'panggilin', 'panggil',
	],
	// "ada cs?" asks whether there is one: with a person a request, with a department an offer
	reachVerbs: ['menghubungi', 'hubungi', 'hubungin', 'kontak', 'telepon', 'menelepon', 'ada'],
	people: [
		// tukang yang dikirim atau diminta datang: "bisa kirim tukang listrik ke rumah?", "tolong teknisinya datang lagi"
		'tukang listrik', 'tukang ledeng', 'tukang kunci', 'teknisinya',
		// business roles asked for by name: "hubungkan saya dengan konsultan implementasi", "bisa sambungkan ke programmer kalian?"
		'konsultan', 'konsultannya', 'programmer', 'programmernya', 'developernya', 'mandor', 'mandornya',
		// the doctor on duty (not 'dokter' alone: "mau ke dokter" is going to one): "hubungkan saya ke dokter hewan jaga"
		'dokter jaga', 'dokter hewan jaga', 'dokter yang jaga', 'dokter yg jaga', 'dokter yang bertugas', 'dokter yg bertugas',
		'orang', 'manusia', 'seseorang', 'manajer', 'atasan', 'supervisor', 'agen', 'agent', 'petugas', 'operator',
		'admin',
		'karyawan', 'pegawai', 'staf', 'staff', 'bagian penjualan', 'penjualan', 'keuangan', 'ibu', 'bapak', 'pak',
		'bu',
		'mbak', 'mas', 'orang asli',
		'rekan',
		'perwakilan', 'penagihan', 'bagian penagihan',
		'orangnya', 'adminnya', 'petugasnya', 'atasannya',
		// the owner, a stylist: "ngobrol langsung sama pemilik penggilingan", "connect ke stylist yg kemarin"
		'pemilik', 'pemiliknya', 'owner', 'ownernya', 'stylist', 'stylistnya',
		// the owner said as 'who owns', as 'pemilik': "Bisa ngomong sama yang punya bengkel?"
		'yang punya toko', 'yg punya toko', 'yang punya bengkel', 'yg punya bengkel', 'yang punya usaha', 'yg punya usaha', 'yang punya kos', 'yg punya kos',
		'yang punya warung', 'yg punya warung', 'yang punya salon', 'yg punya salon', 'yang punya tempat', 'yg punya tempat',
		'kepala cabang', 'kepala bengkel', 'kepala toko', 'kepala kantor', 'kepala bagian', 'kepala divisi', 'kepala unit', 'kepala gudang',
		'tim kalian', 'tim anda',
		// the head of any unit ("kepala bengkelnya"), a party ("pihak katering"), whoever is on duty or handles it
		'kepala', 'pihak', 'pengurus', 'pengelola', 'teknisi',
		'yang jaga', 'yg jaga', 'yang bertugas', 'yg bertugas', 'yang ngurus', 'yg ngurus', 'yang mengurus', 'yang menangani',
		'yang nanganin', 'yg nanganin',
		// whoever holds (is in charge of) something: "ngobrol sama yg pegang jadwal servis"
		'yang pegang', 'yg pegang', 'yang megang', 'yg megang', 'yang memegang',
		// a coach or instructor of a class: "hubungkan saya dengan pelatih berkuda anak saya"
		'pelatih', 'pelatihnya', 'instruktur', 'instrukturnya',
		// a leasing or bank account officer, a school's head or foundation: "ngomong langsung sama account officer saya"
		'account officer', 'kepala sekolah', 'kepala yayasan',
		// an expert of the business, or the same doctor again: "dihubungkan dengan ahli gizi", "ke dokter yg sama"
		'ahli gizi', 'dokter yang sama', 'dokter yg sama',
		// seorang profesional menurut profesinya: "sambungkan saya dengan pengacara", "apakah akuntan bisa menelepon saya?"
		'dokter gigi', 'drg', 'pengacara', 'notaris', 'akuntan', 'perawat', 'apoteker', 'arsitek', 'resepsionis', 'bidan',
		// yang menjual, menyewakan atau mengajar: "bicara dengan penjualnya", "ibu kos yg ngehubungin saya", "hubungkan dengan dosen PA"
		'penjual', 'penjualnya', 'ibu kos', 'bapak kos', 'pemilik kos', 'penjaga kos', 'penjaga kost', 'penjaga kosan', 'dosen', 'dosennya', 'dosen pa', 'pembimbing', 'pembimbingnya', 'guru', 'gurunya', 'wali kelas', 'tutornya', 'ustadz', 'ustadzah', 'ustadznya', 'pembina', 'pembinanya',
		// who is sent out to the user: "bisa kirim mekanik ke lokasi?", "minta montir datang"
		'mekanik', 'montir', 'juruteknik',
	],
	departments: ['customer service', 'cs', 'layanan pelanggan', 'pelayanan pelanggan', 'call center', 'live chat', 'pusat layanan',
		// a board of a mosque, church or foundation, named like a department: contacting it alone asks where ("Kontak pengurus masjid?"), talking to it asks for it
		'pengurus masjid', 'pengurus gereja', 'pengurus yayasan',
		// a partnership or franchise team: "disambungkan dengan tim kemitraan"
		'tim kemitraan', 'bagian kemitraan', 'divisi kemitraan',
		'hubungi siapa', 'harus hubungi siapa',
		'layanan bantuan', 'layanan pengaduan', 'pusat bantuan',
		'bagian teknis', 'tim teknis',
		// a security or fraud team: "alihkan ke tim security"
		'tim security', 'tim keamanan', 'bagian keamanan', 'divisi keamanan', 'tim fraud',
		// a renovation or build's project team: "sambungkan saya ke tim proyek"
		'tim proyek', 'tim project', 'bagian proyek', 'divisi proyek',
	],
	fillers: ['yang', 'dari', 'ke', 'dengan', 'seorang', 'asli', 'beneran', 'sungguhan', 'anda', 'kalian', 'tim', 'bagian', 'langsung', 'aja', 'ya', 'bantuan',
		'soal', 'yg', 'divisi', 'salah', 'satu',
		// "bicara kepada manajer"; known, so it is never read as a typo of 'kepala'
		'kepada',
		// 'kakak' (the staff addressed): "Aku mau ngomong sm kakak CS aja"
		'kakak', 'kak',
		// a time word between the verb and the person: "bicara hari ini dengan petugas", "ngobrol sekarang juga sama agen"
		'hari', 'ini', 'sekarang', 'juga',
	],
	topics: ['tentang', 'mengenai', 'soal', 'terkait', 'buat', 'untuk'],
	infinitives: ['untuk', 'buat'],
	notAlone: ['penjualan', 'keuangan', 'penagihan', 'ibu', 'bapak', 'pak', 'bu', 'mbak', 'mas'],
	conjunctions: ['dan'],
	conditionals: ['kalau', 'kalo', 'jika', 'klo'],
	// 'depan' of 'minggu depan', 'bulan depan' (next week, next month): "kalau minggu depan masih gak bisa dibooking, aku komplain ke admin";
	// 'lagi' (again): the same failure again, still to come ("kalo gagal lagi", "kalo telat lagi")
	futures: ['besok', 'depan', 'lagi'],
	aheadDays: ['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu'],
	courtesies: ['ada waktu', 'memungkinkan'],
	later: ['nanti'],
	selves: ['saya', 'aku', 'gue', 'gw'],
	// someone else typed the quoted request, or the bot is to ignore it (see ../quotes.ts)
	disowns: ['ngetik', 'mengetik', 'nulis', 'menulis', 'abaikan'],
	// a request taken back by a later clause that ends with one (see ../marks.ts)
	// 'oh gak usah' (oh, no need) after a request: the user caught themself ("sambungkan saya ke CS soal jam buka. oh gak usah, udah liat di google")
	// 'tapi gpp' (but it's fine) after a preference: "saya lebih suka dilayani manusia, tp gpp lah. cara ganti nomor hp gimana?" (not "…, kalo lama gpp deh")
	takeBacks: ['tp gpp', 'tapi gpp', 'tp gpp lah', 'tapi gpp lah', 'tp gpp deh', 'tapi gpp deh', 'tp gapapa', 'tapi gapapa', 'tp gapapa lah', 'tapi gapapa lah', 'tapi gak apa apa', 'tapi tidak apa apa', 'gak jadi', 'nggak jadi', 'ga jadi', 'tidak jadi', 'udah ketemu', 'sudah ketemu', 'udah beres', 'sudah beres', 'oh gak usah', 'oh ga usah', 'oh nggak usah', 'eh gak usah', 'eh ga usah', 'gak usah deh', 'ga usah deh', 'udah liat', 'udah lihat', 'sudah lihat'],
	contrasts: ['tapi', 'tetapi', 'namun'],
	// another's offer or order, passed on and set aside; see ../passedOnAsks.ts
	passedOnAsks: ['nawarin', 'nyaranin', 'menyarankan', 'nyuruh', 'menyuruh', 'ngetik', 'mengetik'],
	// 'drg.' (dentist) as 'dr.': "Mohon drg. Ayu menghubungi saya"
	abbreviations: ['bpk', 'sdr', 'sdri', 'dr', 'drg'],
	firstPersons: ['saya', 'aku', 'gue', 'gw'],
	complementisers: ['bahwa'],
	declines: ['gak', 'ga', 'nggak', 'enggak', 'tidak', 'gak jadi', 'nggak jadi', 'ga jadi', 'tidak jadi', 'batal', 'gajadi'],
	// a "wait"/"actually" word next to a decline opens a correction (see ../corrections.ts)
	selfCorrections: ['eh', 'ternyata', 'tunggu'],
	urgers: ['dong', 'tolong', 'tlg', 'sekarang', 'please', 'segera'],
	cancels: [
		// a request maybe wanted later, a plan, not asked now: "mungkin nanti saya perlu ngobrol sama orang soal …, sekarang … dulu"
		'mungkin nanti saya', 'mungkin nanti aku', 'mungkin nanti gue', 'nanti mungkin saya', 'nanti mungkin aku', 'mungkin lain kali saya',
		// the user the subject: "mungkin nanti sore bisa ditelpon sama CS?" asks now for a call later
		// hearsay of a promise, a report ('katanya', they said): "katanya admin mau hubungi aku balik hari ini"
		'katanya * mau', 'katanya * akan', 'katanya * nanti', 'katanya * * mau', 'katanya * * akan',
		// a request almost made, not made: "tadi hampir minta disambungin ke admin, ternyata…"
		'hampir minta', 'hampir mau',
		// the chat or its agent described as a bot: "sayang cs chat nya robot gini"
		'nya robot', 'nya bot', 'chatnya robot', 'chatnya bot', 'csnya robot', 'csnya bot', 'adminnya robot', 'adminnya bot',
		// a feature wanted for the user's own bot: "bikin chatbot … dan butuh fitur oper ke agen manusia"; being served reported: "kemarin dilayani CS"
		'butuh fitur', 'perlu fitur', 'kemarin dilayani', 'pernah dilayani',
		// a request given up, 'deh' after 'gak jadi': "gak jadi deh minta disambungin ke admin"
		'gak jadi deh', 'ga jadi deh', 'nggak jadi deh', 'enggak jadi deh', 'tidak jadi deh', 'gajadi',
		// someone to come and do a job, a dispatch: "saya butuh orang untuk merapikan halaman", "jasa tukang taman"
		'orang untuk merapikan', 'orang untuk membersihkan', 'orang untuk memperbaiki', 'orang untuk memasang', 'orang untuk memotong',
		'orang untuk mengecat', 'orang buat benerin', 'orang untuk benerin', 'orang untuk datang', 'yang bisa datang ke', 'jasa tukang',
		// a request asked about in reported speech: "the bot asked if i wanted to speak to an agent, i didn't"
		'nanya apa saya mau', 'tanya apakah saya mau', 'nanya apakah saya mau',
		'sudah dihubungi', 'udah dihubungi', 'tadi dihubungi', 'pernah dihubungi',
		// whether a person or automation does a whole job: "apa ada manusia yg ngecek portofolio saya atau otomatis semua?" ("atau otomatis" alone may ask for the chat: "bisa ngobrol sama manusia atau otomatis aja?")
		'otomatis semua', 'semua otomatis', 'semuanya otomatis', 'otomatis semuanya',
		'punya fitur', 'fitur live chat',
		// a feature added to the user's own site: "gimana caranya nambahin fitur live agent di website sekolah kami?"
		'nambahin fitur', 'menambahkan fitur', 'tambah fitur', 'menambah fitur', 'tambahin fitur',
		'ada fitur', 'fitur untuk', 'di dashboard',
		// setting a feature up (not "tolong ada yg telpon saya buat bantu setting ulang")
		'cara setting', 'bisa setting', 'setting nya', 'settingnya', 'settingan', 'setting di', 'di setting', 'disetting', 'setting up', 'setting bot', 'setting chatbot', 'setting fitur', 'setting otomatis',
		// setting a feature up, not 'atur' alone ("untuk atur semuanya": to arrange a trip)
		'cara atur', 'cara mengatur', 'bisa diatur', 'atur di', 'pengaturan',
		'harga paket', 'paket langganan', 'paket bulanan', 'paket premium', 'paket bisnis',
		'ulasan', 'bintang', 'akhir pekan',
		'kurir', 'kurirnya',
		'sudah telpon', 'udah telpon', 'sudah telp', 'udah telp', 'sudah nelpon', 'udah nelpon', 'kasar',
		'sudah bicara', 'sudah ngobrol', 'udah ngobrol', 'udah bicara', 'kemarin saya', 'udah ngomong',
		// a chat with staff reported ("udah chat sama petugas, katanya…"); not one with the bot, which is a complaint
		'udah chat sama petugas', 'udah chat sama cs', 'udah chat sama admin', 'sudah chat sama petugas', 'sudah chat sama cs',
		'sudah chat sama admin', 'sudah chat dengan petugas', 'sudah chat dengan cs', 'sudah chat dengan admin',
		'udah chat sama agen', 'sudah chat sama agen', 'sudah chat dengan agen', 'udah chat sama operator', 'sudah chat dengan operator', 'udah chat sama staf', 'sudah chat dengan staf',
		// a relative's earlier request, reported: "suami saya udah minta ditelpon CS kemarin, tapi …"
		'suami saya udah minta', 'istri saya udah minta', 'adik saya udah minta', 'kakak saya udah minta', 'anak saya udah minta', 'ibu saya udah minta',
		'bapak saya udah minta', 'teman saya udah minta', 'suami saya sudah minta', 'istri saya sudah minta', 'anak saya sudah minta', 'ibu saya sudah minta', 'bapak saya sudah minta',
		'teman saya sudah minta', 'suami aku udah minta', 'suamiku udah minta', 'istriku udah minta',
		// when staff are at a place, asked about: "petugasnya udah ada dari jam 8?"
		'ada dari jam', 'ada mulai jam', 'udah ada jam', 'sudah ada jam',
		// a relative's chat with staff, reported: "kemarin adik saya chat sama CS kalian, katanya…"
		'adik saya chat', 'kakak saya chat', 'suami saya chat', 'istri saya chat', 'teman saya chat', 'anak saya chat',
		'ibu saya chat', 'bapak saya chat', 'adik saya ngobrol', 'kakak saya ngobrol', 'suami saya ngobrol', 'istri saya ngobrol',
		'teman saya ngobrol', 'kemarin adik', 'kemarin kakak', 'kemarin suami', 'kemarin istri', 'kemarin teman',
		// a threat for later, not a request now ("kalo … telat lagi, saya bakal minta ngomong sama …")
		'bakal minta',
		// a report or complaint the user will make, a plan: "kalau ternyata palsu, saya akan lapor ke CS"
		// chat 'udh' for 'udah', a talk or call already had: "kemaren aku udh ngomong sama mbak admin, katanya…"
		'udh ngomong', 'udh ngobrol', 'udh bicara', 'udh chat', 'udh nelpon', 'udh telpon', 'udh telp', 'udh menghubungi', 'udh dihubungi',
		'udh ditelpon', 'udh ditelepon', 'udah ditelepon',
		// someone else to be the one, the user's arrangement: "biar suami saya yang ngomong sama teknisinya nanti"
		'biar suami', 'biar istri', 'biar anak', 'biar adik', 'biar kakak', 'biar teman', 'biar temen', 'biar bapak', 'biar ibu', 'biar orang rumah',
		'biar saya yang', 'biar aku yang', 'biar gw yang', 'biar gue yang', 'biar saya sendiri', 'biar aku sendiri',
		// the user going to a place themselves, a plan: "besok saya ke kantor cabang ngobrol sama CS langsung", "aku mau ke bengkel buat ngobrol sama mekaniknya"
		'besok saya ke', 'besok aku ke', 'besok gw ke', 'nanti saya ke', 'nanti aku ke', 'nanti gw ke', 'minggu depan saya ke', 'minggu depan aku ke',
		'ke bengkel buat', 'ke bengkel untuk', 'ke cabang buat', 'ke cabang untuk',
		// the price of a visit or a package asked about, as 'harga', 'biaya' (not 'tarif', French and German too): "ongkos kirim teknisi ke luar kota ada tambahan?"
		'ongkos', 'kalau langganan', 'kalo langganan', 'kalau berlangganan', 'kalau ambil paket', 'kalo ambil paket',
		// the name of staff asked for, as their number or email: "nama teknisi yang mau dateng siapa?"
		'nama teknisi', 'nama teknisinya', 'nama petugas', 'nama petugasnya', 'nama admin', 'nama adminnya', 'nama mekanik', 'nama montir', 'nama kurir', 'nama kurirnya',
		// a meeting had or already set, a report: "saya udah ketemu sama teknisinya, masalah beres", "minggu depan saya ada janji ketemu dengan notaris"
		'udah ketemu sama', 'udah ketemu dengan', 'sudah ketemu sama', 'sudah ketemu dengan', 'udh ketemu sama', 'sudah bertemu dengan', 'pernah ketemu',
		'ada janji ketemu', 'ada janji temu', 'punya janji ketemu', 'punya janji temu',
		// staff calling the user again and again, a complaint: "teknisinya nelpon saya terus padahal saya lagi kerja"
		'nelpon saya terus', 'nelpon aku terus', 'nelpon gw terus', 'menelepon saya terus', 'nelpon saya mulu', 'nelpon aku mulu', 'nelpon gw mulu',
		'telpon saya mulu', 'telpon aku mulu', 'telepon saya mulu', 'chat saya mulu', 'chat aku mulu', 'nelpon terus', 'nelpon mulu',
		// a call received or awaited, a report: "kemarin sore ada telepon dari teknisi mesin kasir tapi saya lagi rapat"
		'ada telepon dari', 'ada telpon dari', 'ada telp dari', 'dapat telepon dari', 'dapet telepon dari', 'dapet telpon dari', 'dapat telpon dari',
		'terima telepon dari', 'menerima telepon dari', 'nunggu telepon dari', 'menunggu telepon dari',
		// a report already made: "udah lapor ke satpam kampus soal motor ilang"
		'udah lapor', 'sudah lapor', 'udh lapor', 'sdh lapor', 'pernah lapor',
		'akan lapor', 'akan melapor', 'akan komplain', 'akan komplen', 'bakal lapor', 'bakal komplain', 'bakal komplen',
		'bikin', 'membuat', 'membangun', 'platform', 'harga',
		'biaya',
		// a language of the bot or the service asked about (not "mas dimas yang ngajar bahasa inggris")
		'bisa bahasa', 'pakai bahasa', 'pake bahasa', 'dalam bahasa', 'bahasa apa', 'ganti bahasa', 'pilihan bahasa', 'bahasa lain', 'ngerti bahasa', 'paham bahasa', 'mengerti bahasa', 'bahasa daerah', 'berbahasa',
		'jam berapa', 'info tentang', 'produk kalian', 'produk anda', 'bot kalian',
		// the company's chatbot or chat feature asked about, as 'bot kalian': "Chatbot kalian bisa nerusin chat ke agen manusia gak?", "fitur chat ini bisa nyambung ke agen manusia gak sih?"
		'chatbot kalian', 'chatbot anda', 'fitur chat',
		'bot anda', 'botnya', 'sumber daya manusia',
		'ramah', 'sudah ditelpon', 'udah ditelpon', 'tadi ditelpon', 'sudah bantu', 'berapa orang',
		'pelanggan bisa', 'sudah beres', 'lowongan', 'buka pas', 'buka hari', 'buka jam', 'jam buka', 'termasuk',
		'sudah ditelepon', 'tadi sudah',
		'gaji', 'masih aktif',
		'mental',
		'terima kasih ke', 'mereka hebat', 'nomor tiket',
		'sudah telepon',
		'yang saya upload',
		'depan pintu', 'ngaku', 'sudah berhenti',
		'sudah ngomong', 'cuma nanya', 'tanda tangan', 'titik pengambilan',
		'harus ada', 'di rumah',
		'bilang saya', 'saya bukan robot', 'aku bukan robot',
		'udah beresin', 'sudah beresin',
		'curi', 'mencuri',
		'kata cs', 'kata petugas',
		// what people say, hearsay: "kata orang di grup gak ada yang jual"
		'kata orang',
		'di aplikasi',
		'kalau saya mau', 'kalau aku mau', 'kalau nanti saya', 'kalau nanti aku', 'jika saya ingin', 'jika nanti',
		'nanti kalau', 'kalau butuh', 'kalau nanti butuh',
		// the ask only after a condition, its second half: "Nanti kalau akuntan saya udah cek …, baru saya minta dihubungkan ke tim kalian."
		'baru saya minta', 'baru aku minta', 'baru gw minta', 'baru saya hubungi', 'baru aku hubungi',
		'apa artinya', 'artinya apa', 'di layar', 'muncul tulisan',
		// what staff said, reported: "minggu lalu adminnya bilang kelas hari sabtu ada diskon"
		'admin bilang', 'adminnya bilang', 'admin blg', 'adminnya blg', 'petugas bilang', 'petugasnya bilang', 'cs bilang', 'csnya bilang',
		'kata admin', 'kata adminnya', 'kata petugasnya', 'kata csnya',
		// being told that something happened, reported: "gak ada orang yang ngasih tau kalau air mati hari ini"
		'ngasih tau kalau', 'ngasih tahu kalau', 'kasih tau kalau', 'kasih tahu kalau', 'ngasih tau klo', 'kasih tau klo',
		'ngabarin kalau', 'mengabarkan bahwa', 'memberi tahu bahwa', 'memberitahu bahwa', 'memberi tahu kalau', 'memberitahu kalau',
		'teman saya bilang', 'temen saya bilang', 'teman aku bilang', 'temen aku bilang', 'temanku bilang', 'kata teman',
		'kata temen',
		// what a relative or neighbour said, hearsay: "kata suami saya ada orang dari kalian yang telpon", "kata tetangga ada petugas dtg"
		'kata suami', 'kata suamiku', 'kata istri', 'kata istriku', 'kata tetangga', 'kata ibu saya', 'kata ibu aku', 'kata bapak saya', 'kata ayah',
		'kata kakak', 'kata adik', 'kata anak saya', 'kata mama', 'kata papa',
		'temen gue bilang', 'temen gw bilang', 'teman gue bilang', 'teman gw bilang', 'temenku bilang',
		// a request made once before, reported: "Dulu saya pernah minta ditelpon CS tapi …"
		'pernah minta', 'dulu saya minta', 'dulu aku minta',
		// being contacted, reported or expected, not asked: "kemarin dihubungi tim penjualan", "apakah saya akan dihubungi tim …?"
		'kemarin dihubungi', 'akan dihubungi', 'bakal dihubungi', 'baru dihubungi',
		// the user's plan to try alone first: "tapi gue mau coba sendiri dulu"
		'coba sendiri', 'cari sendiri dulu',
		'sudah menghubungi', 'udah menghubungi',
		// a request given up or for later: "tadinya mau minta CS", "mungkin saya minta bicara…"
		'tadinya mau', 'ketemu sendiri', 'mungkin saya minta',
		'tadi mau minta', 'tadi sempat mau', 'udah ketemu jawaban', 'sudah ketemu jawaban', 'udah ketemu jawabannya',
		'sudah ketemu jawabannya',
		// asking how to contact a team names it only: "bagaimana cara menghubungi bagian penagihan?"
		'cara menghubungi', 'cara hubungi', 'cara kontak', 'cara mengontak',
		// which way to reach them, or how to report to them: "kalo mau hubungi admin kursus lewat mana?", "cara lapor ke dinas kebersihan gimana?"
		'lewat mana', 'cara lapor', 'cara melapor',
		// a question about a service offered: "ada layanan konsultasi sama konselor gak?"
		'ada layanan', 'layanan konsultasi',
		// a request someone else typed by mistake: 'tadi bapak saya ngetik "mau ngomong sama admin"'
		'bapak saya ngetik', 'ibu saya ngetik', 'anak saya ngetik', 'suami saya ngetik', 'istri saya ngetik', 'adik saya ngetik',
		'salah ketik', 'kepencet', 'gak sengaja ngetik', 'ga sengaja ngetik', 'nggak sengaja ngetik', 'tidak sengaja mengetik',
		'ga jadi minta', 'gak jadi minta', 'nggak jadi minta', 'enggak jadi minta', 'tidak jadi minta',
		// the user the one who will call, a plan: "saya sendiri yang akan telepon petugas pemakaman besok", "nanti saya coba telepon balik sendiri"
		'saya sendiri yang', 'aku sendiri yang', 'gue sendiri yang', 'gw sendiri yang', 'saya coba telepon', 'saya coba telpon', 'saya coba hubungi',
		'aku coba telpon', 'aku coba telepon', 'aku coba hubungi',
		// staff praised for being quick, as 'ramah': "petugasnya sigap pas ada penonton yg pingsan"
		'sigap', 'cekatan',
		// a chat with staff reported without 'sama' ("gw udah chat admin di Instagram dari pagi tapi dibalas bot terus")
		'udah chat admin', 'sudah chat admin', 'udah chat cs', 'sudah chat cs', 'udah chat petugas', 'sudah chat petugas', 'udah chat agen', 'sudah chat agen',
		// the user (or a relative) going to the office to see staff, a plan: "besok saya mampir ke kantor cabang, ketemu sama petugasnya langsung"
		'saya mampir ke', 'aku mampir ke', 'gw mampir ke', 'ke kantor buat', 'ke kantor untuk',
		// the user already talking with staff, progressive 'lagi'/'sedang' after the user: "aku lagi ngobrol sama petugasnya sekarang, makasih ya"
		'saya lagi ngobrol', 'saya lagi ngomong', 'saya lagi chat', 'saya lagi bicara', 'saya lagi teleponan', 'saya lagi telponan',
		'aku lagi ngobrol', 'aku lagi ngomong', 'aku lagi chat', 'aku lagi bicara', 'aku lagi teleponan', 'aku lagi telponan',
		'gw lagi ngobrol', 'gw lagi ngomong', 'gw lagi chat', 'gw lagi bicara', 'gw lagi teleponan', 'gw lagi telponan',
		'gue lagi ngobrol', 'gue lagi ngomong', 'gue lagi chat', 'gue lagi bicara', 'gue lagi teleponan', 'gue lagi telponan',
		'saya sedang ngobrol', 'saya sedang ngomong', 'saya sedang chat', 'saya sedang bicara', 'saya sedang teleponan', 'saya sedang telponan',
		'aku sedang ngobrol', 'aku sedang ngomong', 'aku sedang chat', 'aku sedang bicara', 'aku sedang teleponan', 'aku sedang telponan',
	],
	callbacks: ['menghubungi saya balik'],
	imperatives: ['sambungkan', 'sambungin', 'hubungkan', 'hubungin', 'alihkan', 'oper', 'teruskan'],
	subjects: ['dia', 'mereka', 'kami', 'kita', 'kalian', 'bisa', 'mau', 'harus', 'sudah', 'udah'],
	relatives: ['yang', 'yg'],
	promises: ['nanti', 'akan', 'bakal'],
	pastDeeds: ['sudah', 'telah', 'sempat'],
	contactDeeds: ['menelepon', 'menghubungi'],
	identity: [
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
	// a person word a few words after one is how something seems, no one asked for: see ../qualities.ts
	seemings: ['kayak', 'seperti', 'mirip', 'terdengar', 'kedengarannya', 'kelihatan'],
	alternatives: ['atau'],
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
	thingRelatives: ['yang'],
	perceptions: ['paham', 'ngerti'],
	botBuilds: ['bikin', 'bikinin', 'membuat'],
	thingsBeforePerson: ['mode', 'kartu', 'skin', 'template', 'status', 'main', 'meme', 'rambut', 'antivirus', 'vpn'],
	thingsAfterPerson: ['pembersih'],
	versusWords: ['vs', 'versus', 'lawan'],
	gameChoices: ['apa', 'mana', 'terbaik', 'main', 'pilih'],
	transferVerbs: ['sambungkan', 'sambungin', 'hubungkan', 'disambungkan', 'disambungin', 'dihubungkan', 'dihubungin', 'alihkan', 'alihin', 'teruskan', 'oper', 'transfer'],
	// a person a few words after one of these does that work; see ../workDoers.ts
	works: ['terjemahan', 'terjemahannya', 'transkripsi', 'moderasi', 'subtitle', 'takarir', 'pembersihan', 'tur'],
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
	// a person asked by one of these to contact the user (`userObjects`): see ../contactRequests.ts
	contactAskers: ['mohon', 'bisa', 'tolong'],
	// "Mohon dikirimkan teknisi", "tolong jadwalin kunjungan teknisi", "teknisinya bisa datang besok?"; see ../visitRequests.ts
	// Malay 'hantar' (send): "tolong hantar juruteknik ke rumah saya esok"
	visitVerbs: ['kirim', 'kirimkan', 'kirimin', 'dikirim', 'dikirimkan', 'datang', 'dateng', 'jadwalkan', 'jadwalin', 'dijadwalkan', 'suruh', 'hantar', 'hantarkan'],
	visitAskers: ['minta', 'butuh', 'perlu', 'mau', 'pengen', 'ingin', 'bisakah'],
	visits: ['kunjungan'],
	visitQualifiers: ['teknisi', 'servis', 'service', 'teknis', 'mekanik', 'montir', 'listrik', 'ledeng', 'teknisinya'],
	visitRecipients: ['ke', 'kepada'],
	// after a want verb, before the subject of a callback: "saya minta | agar | Pak Budi menelepon saya"; see ../wishedCallers.ts
	wishLinks: ['agar', 'supaya'],
	userObjects: ['saya', 'kami', 'aku'],
	// a person asked to do one of these on the user's matter: see ../serviceRequests.ts
	userServices: ['cek', 'ngecek', 'lihat', 'liat', 'periksa', 'jawab'],
	possibilities: ['bisa', 'boleh', 'mungkin', 'memungkinkan', 'berharap', 'harap', 'semoga', 'mohon', 'tolong'],
	contactForms: ['dihubungi', 'dihubungin', 'ditelepon', 'ditelpon', 'ditelfon', 'dibantu', 'dilayani', 'ditangani', 'dikontak', 'dichat', 'dibalas', 'dibales'],
	contactMedia: ['email', 'sms'],
	teams: ['tim', 'bagian', 'divisi', 'panitia'],
	// a modal opening the question of a talk verb with a team in its slot: see ../teamTargets.ts
	slotAskers: ['bisa', 'boleh', 'bisakah', 'mohon', 'tolong'],
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
};
