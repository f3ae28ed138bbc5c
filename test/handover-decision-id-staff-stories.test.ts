import { request } from './helpers/decision';

describe('Indonesian complaints and reports', () => {
	it('reads a complaint or report about a thing as no request', () => {
		expect(request('saya mau komplain pesanan, ukurannya salah')).toBeNull();
		expect(request('mau lapor kehilangan dompet di bus kemarin')).toBeNull();
		expect(request('biasanya berapa lama teknisi dateng setelah lapor gangguan?')).toBeNull();
		expect(request('udah lapor ke satpam soal motor ilang, skrg butuh surat apa aja?')).toBeNull();
	});

	it('keeps a complaint or report made to a person', () => {
		expect(request('saya mau komplain ke manajer toko')).not.toBeNull();
		expect(request('mau komplain langsung ke admin, barangnya rusak')).not.toBeNull();
		expect(request('gw mau komplen ke atasan lo')).not.toBeNull();
		expect(request('saya mau lapor ke Pak Budi soal pagar yang rusak')).not.toBeNull();
	});
});

describe('Indonesian staff judged, talked with before, or the user\'s own', () => {
	it('reads staff answering chats, a talk had before in chat spelling and the user\'s own staff as no request', () => {
		expect(request('Admin tokonya lambat bgt bales chat, udh 3 hari pesanan blm dikirim')).toBeNull();
		expect(request('teknisinya bales chat cepet, mantap')).toBeNull();
		expect(request('kemaren aku udh ngomong sama mbak admin, katanya vouchernya bisa dipake')).toBeNull();
		expect(request('kmrn gw ngobrol sama petugas loket, katanya bisa refund')).toBeNull();
		expect(request('tim developer kami mau migrasi server, ada panduannya?')).toBeNull();
	});

	it('keeps a request beside a slow reply or a past talk', () => {
		expect(request('admin lambat bales chat, tolong sambungkan ke manajer')).not.toBeNull();
		expect(request('kemaren udh ngomong sama admin tapi gak beres. saya mau bicara dengan atasannya')).not.toBeNull();
		expect(request('bisa hubungkan developer kami dengan tim teknis kalian?')).not.toBeNull();
	});
});

describe('Indonesian calls received, preferences given up and the other side of "is this a bot?"', () => {
	it('reads them as no request', () => {
		expect(request('kemarin sore ada telepon dari teknisi mesin kasir tapi saya lagi rapat')).toBeNull();
		expect(request('saya masih nunggu telepon dari tim gudang, katanya jam 3')).toBeNull();
		expect(request('jujur saya lebih suka dilayani manusia, tp gpp lah. cara ganti nomor hp gimana?')).toBeNull();
		expect(request('Ini bot ya min, atau ada orangnya?')).toBeNull();
	});

	it('keeps a call asked for and a request whose "it\'s fine" is about waiting', () => {
		expect(request('saya minta telepon dari teknisi secepatnya, mesin kasir error terus')).not.toBeNull();
		expect(request('sambungkan ke admin dong, kalo lama gpp deh')).not.toBeNull();
		expect(request('tolong sambungkan ke admin, tapi gpp kalo lama')).not.toBeNull();
	});
});

describe('Indonesian transfers with the user as the object', () => {
	it('reads a time or manner word between the user and "ke" as part of the request', () => {
		expect(request('tolong sambungin saya sekarang ke tim penjualan, harga paketnya berubah')).not.toBeNull();
		expect(request('hubungkan saya sekarang dengan manajer')).not.toBeNull();
		expect(request('apakah bot kalian bisa teruskan saya ke admin?')).not.toBeNull();
	});

	it('reads someone of the user\'s own connected as no request', () => {
		expect(request('gimana cara sambungkan aku sama temen di aplikasi?')).toBeNull();
		expect(request('tolong hubungkan saya dengan teman lama')).toBeNull();
	});
});

describe('Indonesian owners said as "who owns"', () => {
	it('reads the owner asked for as a person, and someone who owns one asked about as none', () => {
		expect(request('Bisa ngomong sama yang punya bengkel? Harga yang dikasih beda')).not.toBeNull();
		expect(request('ada yang punya toko online di sini?')).toBeNull();
		expect(request('Pak Budi yg punya kos bilang air mati sampe sore')).toBeNull();
	});
});

describe('Indonesian requests that broad cancels hid', () => {
	it('keeps a request that names who should answer, a setting to fix or a language taught', () => {
		expect(request('kak bisa minta CS manusia yg bales? ini soal cicilan')).not.toBeNull();
		expect(request('tolong ada yg telpon saya buat bantu setting ulang')).not.toBeNull();
		expect(request('bisa sambungin ke mas dimas yang ngajar bahasa inggris di kursus gak')).not.toBeNull();
		expect(request('bisa chat sm cs asli gak? pulsa udh kepotong')).not.toBeNull();
		expect(request('Mohon drg. Ayu menghubungi saya, gigi anak saya masih berdarah')).not.toBeNull();
	});

	it('still reads who answers, a setting and the bot\'s languages asked about as no request', () => {
		expect(request('ini yg bales manusia apa bot sih')).toBeNull();
		expect(request('cara setting auto reply biar nyambung ke admin gimana?')).toBeNull();
		expect(request('bot kalian bisa bahasa jawa gak?')).toBeNull();
	});
});

describe('Indonesian meetings had and calls complained of', () => {
	it('reads a meeting had or set and staff calling again and again as no request', () => {
		expect(request('saya udah ketemu sama teknisinya, masalah beres')).toBeNull();
		expect(request('minggu depan saya ada janji ketemu dengan notaris')).toBeNull();
		expect(request('teknisinya nelpon saya terus padahal saya lagi kerja')).toBeNull();
		expect(request('kurir kalian telpon aku mulu jam 6 pagi')).toBeNull();
	});

	it('keeps a request beside them', () => {
		expect(request('udah nelpon terus gak diangkat, tolong sambungkan ke admin')).not.toBeNull();
		expect(request('minta janji temu dengan manajer cabang')).not.toBeNull();
	});
});

describe('Indonesian arrangements, visits planned and prices', () => {
	it('reads someone else made the one, the user going there and a price asked as no request', () => {
		expect(request('biar suami saya yang ngomong sama teknisinya nanti')).toBeNull();
		expect(request('besok saya ke kantor cabang ngobrol sama CS langsung')).toBeNull();
		expect(request('minggu depan aku mau ke bengkel buat ngobrol sama mekaniknya')).toBeNull();
		expect(request('ongkos kirim teknisi ke luar kota ada tambahan?')).toBeNull();
		expect(request('kalau langganan paket gold bisa chat sama ahli gizi?')).toBeNull();
	});

	it('keeps a request with "biar" as "so that", a visit beside it or a price asked on the phone', () => {
		expect(request('tolong sambungkan ke orang cs biar cepet beres')).not.toBeNull();
		expect(request('nanti saya ke sana, tolong hubungi saya dulu')).not.toBeNull();
		expect(request('mau tanya tarif, bisa telpon saya?')).not.toBeNull();
	});
});

describe('Indonesian trips planned, going on after a comma', () => {
	it('reads a talk verb with no subject after the user\'s trip as what the user will do there', () => {
		expect(request('besok aku mampir ke toko, ngobrol sama pemiliknya soal garansi')).toBeNull();
		expect(request('lusa saya ke kantor pajak, ketemu sama petugasnya buat lapor SPT')).toBeNull();
		expect(request('nanti sy ke cabang Bekasi, bicara dengan manajernya langsung')).toBeNull();
	});

	it('keeps a clause after the trip that asks of its own, and a trip reported', () => {
		expect(request('besok aku ke toko, tolong sambungin ke pemiliknya dulu')).not.toBeNull();
		expect(request('besok saya ke kantor, ketemu sama manajernya bisa?')).not.toBeNull();
		expect(request('lusa saya ke kantor, bisa ketemu sama petugasnya?')).not.toBeNull();
		expect(request('kemarin saya udah ke kantor, ngobrol sama manajernya dong')).not.toBeNull();
	});
});

describe('Indonesian money transfers', () => {
	it('reads "transfer aku" and "oper saya" before a word in lower case as no transfer to a person', () => {
		expect(request('transfer aku nyangkut dari kemarin')).toBeNull();
		expect(request('oper saya lama banget prosesnya')).toBeNull();
	});
});

describe('Indonesian staff names asked for', () => {
	it('reads the name of staff asked as no request, a request beside it as one', () => {
		expect(request('nama teknisi yang mau dateng siapa?')).toBeNull();
		expect(request('tolong sambungkan ke admin, nama admin yang kemarin Rina')).not.toBeNull();
	});
});

describe('Indonesian staff asked to come with the verb of coming left out', () => {
	it('reads a technician word, a modal and "ke" before a place as a visit asked for', () => {
		expect(request('teknisinya bisa ke kantor besok pagi?')).not.toBeNull();
		expect(request('petugasnya bisa ke rumah sore ini? meterannya bunyi terus')).not.toBeNull();
		expect(request('teknisinya bisakah ke bengkel cabang hari ini?')).not.toBeNull();
	});

	it('reads a decline, a past time or a condition before it as no request', () => {
		expect(request('petugasnya gak bisa ke rumah besok, jadi saya tunggu minggu depan')).toBeNull();
		expect(request('teknisinya kemarin bisa ke rumah jam 9, makasih')).toBeNull();
		expect(request('kalau teknisinya bisa ke rumah, saya tunggu di depan')).toBeNull();
		expect(request('teknisinya biasanya bisa ke luar kota?')).toBeNull();
	});
});

describe('Indonesian connections asked with "bisa" and no one after', () => {
	it('reads "bisa disambungin?" opening its clause after a person named before as a request', () => {
		expect(request('Bu Wati yang urus pendaftaran saya. bisa disambungkan?')).not.toBeNull();
		expect(request('saya mau komplain ke Pak Joko, bisa dihubungkan gak?')).not.toBeNull();
		expect(request('kemarin dibantu Mas Andi dari bagian klaim, bisa disambungin lagi ke dia?')).not.toBeNull();
	});

	it('reads a thing before the modal as what is connected, no request', () => {
		expect(request('kabelnya bisa disambungin gak?')).toBeNull();
		expect(request('pipa air di dapur bocor, pipanya bisa disambungkan?')).toBeNull();
		expect(request('min, speakernya bisa disambungin ke radio ga?')).toBeNull();
	});
});
