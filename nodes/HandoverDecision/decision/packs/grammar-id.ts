import type { Grammar } from './types';
import { indonesianCancels } from './cancels-id';
import { indonesianClauseLists } from './lists-id';

/** Indonesian request frames and targets (see ../frames.ts); cancel frames in cancels-id.ts, the clause checks' word lists in lists-id.ts. */
export const indonesianGrammar: Grammar = {
	talkVerbs: [
		// a request noun with 'dengan', as 'ketemu dengan': "saya minta janji temu dengan manajer cabang", "panggilan video dengan teknisi"
		'minta janji temu dengan', 'mau janji temu dengan', 'ingin janji temu dengan', 'panggilan video dengan',
		// meeting a person in person: "saya mau ketemu langsung dengan relationship manager saya"
		'ketemu dengan', 'ketemu sama', 'ketemu langsung dengan', 'ketemu langsung sama', 'bertemu dengan', 'bertemu langsung dengan',
		// meeting a person wanted, without 'sama' or 'dengan' (not bare 'ketemu': "udah ketemu kuncinya" is found): "saya mau ketemu manajer toko", "ingin bertemu petugas pajak"
		'mau ketemu', 'ingin ketemu', 'pengen ketemu', 'mau bertemu', 'ingin bertemu', 'pengen bertemu',
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
		// 'langsung' (in person) between the passive and its agent: "saya meminta agar keluhan saya ditangani langsung oleh staf layanan pelanggan"
		'ditangani langsung oleh', 'dilayani langsung oleh', 'dijawab langsung oleh', 'dibantu langsung oleh', 'ditangani langsung sama', 'dilayani langsung sama', 'dijawab langsung sama', 'dibantu langsung sama',
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
		// 'sama' for 'dengan' after a connect imperative: "hubungkan sama petugas pelabuhan dong"
		'hubungkan sama', 'hubungin sama', 'sambungkan sama', 'sambungin sama', 'hubungkan sm', 'sambungin sm',
		// a call straight with someone, 'langsung' keeping it from a phone number ("nomor telepon sama"): "sy mau telpon langsung sm marketing"
		'telpon langsung sama', 'telpon langsung sm', 'telepon langsung sama', 'telepon langsung dengan', 'nelpon langsung sama',
		// a question put to staff straight: "mau tanya langsung ke admin aja"
		'tanya langsung ke', 'nanya langsung ke', 'tanya langsung sama', 'nanya langsung sama',
		// the same question without 'langsung' after a want: "bot cuma kasih link faq. mau tanya ke orang aja, bisa?"
		'mau tanya ke', 'mau nanya ke', 'ingin bertanya kepada', 'ingin bertanya ke',
		// connected again, in chat spelling too: "bisa disambungin lagi ke dokter yg sama?"
		'disambungin ke', 'disambungin lagi ke', 'disambungkan lagi ke', 'sambungin lagi ke', 'sambungkan lagi ke', 'dihubungkan lagi ke', 'dihubungin lagi ke', 'hubungkan lagi ke', 'hubungin lagi ke', 'dibahas sama', 'dibahas dengan',
		// someone calling the user in chat spelling, or formally: "admin telpon sy", "petugas dapat menghubungi saya"
		'telepon sy', 'telpon sy', 'menghubungi saya',
		'telpon aku', 'telepon aku', 'nelpon aku', 'nelpon saya', 'nelpon sy', 'menelepon saya', 'menghubungi aku',
		// English 'connect' in chat: "kak bisa connect ke stylist yg kemarin?"
		'connect ke', 'connect sama', 'connect dengan', 'konek ke', 'konek sama',
		// someone asked to call the parent the user writes for: "bisa ada petugas yang telepon beliau sekarang?"
		'telepon beliau', 'telpon beliau', 'nelpon beliau', 'menelepon beliau', 'menghubungi beliau', 'hubungi beliau',
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
		// chat 'sy' for the user: "bisa sambungin sy ke dr. Andi Pratama SpOG?"
		'sambungin sy ke', 'sambungkan sy ke', 'sambungkan sy dengan', 'hubungkan sy ke', 'hubungkan sy dengan', 'hubungin sy ke', 'alihkan sy ke', 'alihin sy ke', 'teruskan sy ke', 'terusin sy ke', 'oper sy ke', 'transfer sy ke',
		// contacted by a team, asked: "bisa dihubungi tim penjualan?" (not bare 'dihubungi': "nomor yang bisa dihubungi cs")
		'dihubungi tim', 'dihubungi bagian', 'dihubungi pihak', 'dihubungi divisi',
		// the user contacted by someone, asked with a plea before it (not a report: "saya dihubungi petugas kemarin"): "tlg sy dihubungi admin lewat wa"
		'tolong saya dihubungi', 'tlg saya dihubungi', 'tolong sy dihubungi', 'tlg sy dihubungi', 'mohon saya dihubungi', 'mohon sy dihubungi',
		// 'ama' for 'sama' in chat: "aku mau ngomong ama orang aja" ('komplen' for 'komplain' is with the complaint verbs below)
		'ngomong ama', 'ngobrol ama', 'bicara ama', 'chat ama',
		// wanting to be with a person, the talk left out: "mau sama manusia aja", "saya maunya sama CS manusia"
		'mau sama', 'maunya sama', 'mau sm', 'pengen sama', 'mau ama',
		// the same with 'langsung' (in person) before 'sama': "aku mau langsung sama tim gudangnya aja"
		'mau langsung sama', 'mau langsung sm', 'maunya langsung sama', 'pengen langsung sama',
		// answered by someone, the agent after 'sama' (not 'dibalas oleh', asked of the chat: "apakah ini dibalas oleh petugas atau sistem?"): "aku pengen dibales sama orang aja"
		'dibales sama', 'dibales sm', 'dibales ama', 'dibalas sama',
		// helped by someone, wanted, the agent straight after the passive: "aku mau dibantu admin aja", "saya ingin dibantu petugas"
		'mau dibantu', 'ingin dibantu', 'pengen dibantu', 'minta dibantu',
		// a consultation in person with 'sama', as with 'dengan': "pengen konsultasi langsung sama pengacara"
		'konsultasi langsung sama', 'konsultasi langsung sm', 'berkonsultasi langsung sama',
		// a complaint or report goes to a person with 'ke'; its bare object is a thing: "mau komplain pesanan", "saya mau lapor kehilangan"
		'komplen ke', 'komplain ke', 'lapor ke', 'komplain langsung ke', 'komplen langsung ke', 'lapor langsung ke',
		// a grievance taken to a person, wanted ('ngadu' alone is often reported: "anak saya ngadu ke gurunya"): "saya mau ngadu ke kepala cabang soal kurir yang kasar"
		'mau ngadu ke', 'mau mengadu ke', 'ingin mengadu ke', 'ingin mengadu kepada', 'pengen ngadu ke', 'mau ngadu langsung ke',
		// talking to a person or team with 'ke', as with 'sama': "mau ngomong ke bagian akademik skrg bisa ga"
		'ngomong ke', 'ngobrol ke', 'bicara ke', 'berbicara ke', 'ngomong langsung ke', 'bicara langsung ke',
		// 'langsung' (in person) before 'ama' or chat 'sm': "mau ngomong langsung ama orangnya"
		'ngomong langsung ama', 'ngobrol langsung ama', 'bicara langsung ama', 'chat langsung ama',
		'ngomong langsung sm', 'ngobrol langsung sm', 'bicara langsung sm',
		// on the phone with someone, as 'ngobrol' (not 'telepon sama': "nomor telepon sama"): "bisa teleponan aja sm cs nya?"
		'teleponan', 'telponan',
	],
	wantVerbs: ['mohon agar', 'mohon supaya', 'memohon agar', 'memohon supaya', 'saya mau', 'saya ingin', 'saya perlu', 'minta', 'mau', 'maunya', 'butuh', 'pengen', 'tolong panggilkan', 'panggilkan', 'kasih saya', 'kasih aku', 'kasih gw', 'kasih gue', 'mending', 'mending sama',
		'panggilin', 'panggil',
		// an ask with 'tolong' (please) before the person, as 'minta' alone: "minta tolong admin cek pesanan saya"
		'minta tolong',
		// 'mintol', chat for 'minta tolong': "mintol admin cek pesanan aku ya"
		'mintol',
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
		// the doctor, the pharmacist or the therapist of the user's case, named bare or with '-nya': "sy mau ngomong langsung sm dokter skrg", "bs minta apotekernya chat sy langsung?"
		'dokter', 'dokternya', 'apotekernya', 'perawatnya', 'bidannya', 'terapis', 'terapisnya',
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
	disowns: ['ketik', 'ngetik', 'mengetik', 'nulis', 'menulis', 'abaikan'],
	// a request taken back by a later clause that ends with one (see ../marks.ts)
	// 'oh gak usah' (oh, no need) after a request: the user caught themself ("sambungkan saya ke CS soal jam buka. oh gak usah, udah liat di google")
	// 'tapi gpp' (but it's fine) after a preference: "saya lebih suka dilayani manusia, tp gpp lah. cara ganti nomor hp gimana?" (not "…, kalo lama gpp deh")
	takeBacks: ['tp gpp', 'tapi gpp', 'tp gpp lah', 'tapi gpp lah', 'tp gpp deh', 'tapi gpp deh', 'tp gapapa', 'tapi gapapa', 'tp gapapa lah', 'tapi gapapa lah', 'tapi gak apa apa', 'tapi tidak apa apa', 'gak jadi', 'nggak jadi', 'ga jadi', 'tidak jadi', 'udah ketemu', 'sudah ketemu', 'udah beres', 'sudah beres', 'oh gak usah', 'oh ga usah', 'oh nggak usah', 'eh gak usah', 'eh ga usah', 'gak usah deh', 'ga usah deh', 'udah liat', 'udah lihat', 'sudah lihat',
		// only wanting to know, closing a question about the handover: "admin bisa ambil alih chat ini gak? cuma mau tau aja"
		'cuma mau tahu', 'cuma mau tau', 'cuma mau tahu saja', 'cuma mau tau aja', 'cuma mau tahu aja', 'cuma pengen tahu', 'cuma pengen tau', 'cuma ingin tahu', 'hanya ingin tahu', 'hanya mau tahu'],
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
	cancels: indonesianCancels,
	...indonesianClauseLists,
};
