/**
 * Indonesian cancel frames: a clause holding one asks for nobody, though it names a person (a question about a feature
 * or the product, building a bot, a department name; see ../frames.ts).
 */
export const indonesianCancels: string[] = [
	// a request maybe wanted later, a plan, not asked now: "mungkin nanti saya perlu ngobrol sama orang soal …, sekarang … dulu"
	'mungkin nanti saya', 'mungkin nanti aku', 'mungkin nanti gue', 'nanti mungkin saya', 'nanti mungkin aku', 'mungkin lain kali saya',
	// the user the subject: "mungkin nanti sore bisa ditelpon sama CS?" asks now for a call later
	// hearsay of a promise, a report ('katanya', they said): "katanya admin mau hubungi aku balik hari ini"
	'katanya * mau', 'katanya * akan', 'katanya * nanti', 'katanya * * mau', 'katanya * * akan',
	// a contact promised with no subject, or a request already made by someone else, passed on: "suami saya udah telpon, katanya mau dihubungi sore", "katanya udah minta ditelpon admin"
	'katanya mau dihubungi', 'katanya mau ditelpon', 'katanya mau ditelepon', 'katanya akan dihubungi', 'katanya akan ditelepon', 'katanya udah minta', 'katanya udh minta', 'katanya sudah minta',
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
	'orang untuk mengecat', 'jasa tukang',
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
	// whether staff are in on a day of the week, or a doctor's schedule, asked about: "admin hari minggu ada gak?", "jadwal dokter anak hari ini gimana?"
	'hari senin ada', 'hari selasa ada', 'hari rabu ada', 'hari kamis ada', 'hari jumat ada', 'hari sabtu ada', 'hari minggu ada', 'hari libur ada',
	'jadwal dokter', 'jadwal dokternya', 'jadwal praktek', 'jadwal praktik',
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
	// the day after tomorrow, in chat 'sy' too: "lusa aku ke kantor pos, ngobrol sama petugasnya di loket"
	'lusa saya ke', 'lusa aku ke', 'lusa gw ke', 'lusa gue ke', 'besok sy ke', 'lusa sy ke', 'nanti sy ke',
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
	// whether the user has to report somewhere, a question about a duty: "kalau hilang, saya wajib lapor ke petugas juga?"
	'harus lapor', 'wajib lapor', 'perlu lapor', 'mesti lapor', 'harus melapor', 'wajib melapor', 'perlu melapor',
	// what usually happens at a place, asked about (not someone asked for now): "biasanya di sana ada petugas yg bantu angkat koper?"
	// what staff usually can do, asked about (not someone asked for now): "petugasnya biasanya bisa datang hari Minggu juga?"
	'biasanya bisa', 'biasanya mau',
	'biasanya ada', 'biasanya di sana ada', 'biasanya disana ada', 'biasanya di situ ada', 'biasanya disitu ada',
	'akan lapor', 'akan melapor', 'akan komplain', 'akan komplen', 'bakal lapor', 'bakal komplain', 'bakal komplen',
	// the same plan after 'nanti' in chat 'sy' (with 'saya' the later-word rule reads it): "kalo barangnya gak dateng juga, nanti sy mau lapor ke polisi"
	'nanti sy mau lapor', 'nanti sy mau komplain', 'nanti sy mau komplen', 'nanti sy lapor', 'nanti sy komplain', 'nanti sy komplen',
	'bikin', 'membuat', 'membangun', 'platform', 'harga',
	'biaya',
	// a language of the bot or the service asked about (not "mas dimas yang ngajar bahasa inggris")
	'bisa bahasa', 'pakai bahasa', 'pake bahasa', 'dalam bahasa', 'bahasa apa', 'ganti bahasa', 'pilihan bahasa', 'bahasa lain', 'ngerti bahasa', 'paham bahasa', 'mengerti bahasa', 'bahasa daerah', 'berbahasa',
	'jam berapa', 'info tentang', 'produk kalian', 'produk anda', 'bot kalian',
	// the company's chatbot or chat feature asked about, as 'bot kalian': "Chatbot kalian bisa nerusin chat ke agen manusia gak?", "fitur chat ini bisa nyambung ke agen manusia gak sih?"
	'chatbot kalian', 'chatbot anda', 'fitur chat',
	// the chat service named, as the feature is: "layanan chat dokter 24 jam beneran nonstop?"
	'layanan chat',
	// going to, or taking someone to, the doctor: "saya mau ke dokter besok", "mau saya bawa ke dokter lain"
	'mau ke dokter', 'ingin ke dokter', 'pergi ke dokter', 'harus ke dokter', 'perlu ke dokter', 'bawa ke dokter', 'takut ke dokter', 'berobat ke dokter', 'periksa ke dokter',
	'bot anda', 'botnya', 'sumber daya manusia',
	'ramah', 'sudah ditelpon', 'udah ditelpon', 'tadi ditelpon', 'sudah bantu', 'berapa orang',
	'pelanggan bisa', 'sudah beres', 'lowongan', 'buka pas', 'buka hari', 'buka jam', 'jam buka', 'termasuk',
	'sudah ditelepon', 'tadi sudah',
	'gaji', 'masih aktif',
	'mental',
	'terima kasih ke', 'mereka hebat', 'nomor tiket',
	'sudah telepon',
	'yang saya upload',
	'depan pintu', 'sudah berhenti',
	// someone pretending to be staff, in chat spelling too: "ada yg ngaku2 petugas kalian minta kode OTP"
	'ngaku', 'ngaku2', 'ngaku-ngaku',
	'sudah ngomong', 'cuma nanya', 'titik pengambilan',
	'harus ada',
	// someone of the household at home, or the user home (not 'di rumah sakit', the hospital): "perlu ada orang di rumah gak pas pemasangan?", "nanti aku telpon lagi kalau udah di rumah"
	'orang di rumah', 'udah di rumah', 'sudah di rumah', 'udh di rumah', 'sampai di rumah', 'sampai rumah', 'nyampe rumah', 'lagi di rumah', 'sedang di rumah',
	// someone of the user's who can sign for a delivery (not a visit to sign a document: "petugas datang buat tanda tangan berkas"): "ada yg bisa tanda tangan penerimaan paket?"
	'bisa tanda tangan', 'bisa tandatangan', 'tanda tangan penerimaan',
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
	// how to complain to them, the same: "cara komplain ke bagian keuangan gimana ya?"
	'cara komplain', 'cara komplen', 'cara complain', 'cara mengadu', 'cara ngadu', 'cara mengajukan komplain', 'cara ngajuin komplain',
	// a question about a service offered: "ada layanan konsultasi sama konselor gak?"
	'ada layanan', 'layanan konsultasi',
	// a request someone else typed by mistake: 'tadi bapak saya ngetik "mau ngomong sama admin"'
	'bapak saya ngetik', 'ibu saya ngetik', 'anak saya ngetik', 'suami saya ngetik', 'istri saya ngetik', 'adik saya ngetik',
	'salah ketik', 'kepencet', 'gak sengaja ngetik', 'ga sengaja ngetik', 'nggak sengaja ngetik', 'tidak sengaja mengetik',
	'ga jadi minta', 'gak jadi minta', 'nggak jadi minta', 'enggak jadi minta', 'tidak jadi minta',
	// the user the one who will call, a plan: "saya sendiri yang akan telepon petugas pemakaman besok", "nanti saya coba telepon balik sendiri"
	'saya sendiri yang', 'aku sendiri yang', 'gue sendiri yang', 'gw sendiri yang', 'saya coba telepon', 'saya coba telpon', 'saya coba hubungi',
	'aku coba telpon', 'aku coba telepon', 'aku coba hubungi',
	// money sent to an account or by the user, no transfer to a person: "saya salah transfer ke rekening adik", "kalau aku transfer ke orang yg salah, bisa balik?"
	'salah transfer', 'transfer ke rekening', 'transfer ke no rekening', 'transfer ke nomor rekening', 'transfer uang', 'transfer dana', 'transfer saldo',
	'saya transfer ke', 'aku transfer ke', 'sy transfer ke', 'gw transfer ke', 'gue transfer ke', 'transfer ke orang yang salah', 'transfer ke orang yg salah',
	// staff praised for being quick, as 'ramah': "petugasnya sigap pas ada penonton yg pingsan"
	'sigap', 'cekatan',
	// a chat with staff reported without 'sama' ("gw udah chat admin di Instagram dari pagi tapi dibalas bot terus")
	'udah chat admin', 'sudah chat admin', 'udah chat cs', 'sudah chat cs', 'udah chat petugas', 'sudah chat petugas', 'udah chat agen', 'sudah chat agen',
	// the user (or a relative) going to the office to see staff, a plan: "besok saya mampir ke kantor cabang buat ketemu sama petugasnya"; after a comma a talk verb with no subject
	// goes on the user's trip ("…, ketemu sama petugasnya", ../plannedTrips.ts), while "…, tolong sambungin ke admin" asks
	'saya mampir ke', 'aku mampir ke', 'gw mampir ke', 'ke kantor buat', 'ke kantor untuk',
	// the user already talking with staff, progressive 'lagi'/'sedang' after the user: "aku lagi ngobrol sama petugasnya sekarang, makasih ya"
	'saya lagi ngobrol', 'saya lagi ngomong', 'saya lagi chat', 'saya lagi bicara', 'saya lagi teleponan', 'saya lagi telponan',
	'aku lagi ngobrol', 'aku lagi ngomong', 'aku lagi chat', 'aku lagi bicara', 'aku lagi teleponan', 'aku lagi telponan',
	'gw lagi ngobrol', 'gw lagi ngomong', 'gw lagi chat', 'gw lagi bicara', 'gw lagi teleponan', 'gw lagi telponan',
	'gue lagi ngobrol', 'gue lagi ngomong', 'gue lagi chat', 'gue lagi bicara', 'gue lagi teleponan', 'gue lagi telponan',
	'saya sedang ngobrol', 'saya sedang ngomong', 'saya sedang chat', 'saya sedang bicara', 'saya sedang teleponan', 'saya sedang telponan',
	'aku sedang ngobrol', 'aku sedang ngomong', 'aku sedang chat', 'aku sedang bicara', 'aku sedang teleponan', 'aku sedang telponan',
	// an earlier request called off: "yg tadi minta ditelpon petugas batalin aja ya"
	'batalin aja', 'batalkan aja', 'batalkan saja', 'dibatalin aja', 'dibatalkan saja',
	// something cancelled by a party, passive, asked about: "kalau perjalanan dibatalkan sama operator"
	'dibatalkan sama', 'dibatalkan oleh', 'dibatalin sama',
	// hearsay from classmates or colleagues: "temen sekelas bilang sertifikat kursusnya bisa dicek sama orang HRD"
	'teman sekelas bilang', 'temen sekelas bilang', 'teman kantor bilang', 'temen kantor bilang',
	// lost things found by someone, asked about: "ada orang nemu dompet coklat di bus tadi sore gak?"
	'orang nemu', 'yg nemu', 'yang nemu', 'yang menemukan', 'yg menemukan',
	// whether the service has staff of a kind, asked by a quality or a task (not "ada CS yang bisa bantu saya sekarang?"): "ada guru les yang sabar buat anak SD?", "apakah ada petugas pendamping buat lansia?"
	'ada * yang sabar', 'ada * yg sabar', 'ada * * yang sabar', 'ada * * yg sabar', 'ada * yang telaten', 'ada * yg telaten',
	'ada * yang berpengalaman', 'ada * yg berpengalaman', 'ada * * yang berpengalaman', 'ada * * yg berpengalaman', 'ada * yang bersertifikat', 'ada * yg bersertifikat',
	'ada petugas pendamping', 'ada pendamping', 'ada tenaga pendamping',
	// staff just changed, a report: "admin grup kami baru diganti, orangnya lebih ramah"
	'baru diganti', 'baru aja diganti', 'baru saja diganti',
	// someone of the user's own circle asked about, no staff: "ada orang dari kantor saya yang udah daftar?"
	'ada orang dari * saya', 'ada orang dari * aku', 'ada orang dari * gw', 'ada orang dari * gue', 'ada orang dari * sy',
];
