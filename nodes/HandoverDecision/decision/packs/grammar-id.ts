import type { Grammar } from './types';

/** Indonesian request frames, targets and the frames that cancel them (see ../frames.ts). */
export const indonesianGrammar: Grammar = {
	talkVerbs: [
		'bicara dengan', 'berbicara dengan', 'ngobrol dengan', 'ngobrol sama', 'ngomong sama', 'ngomong dengan',
		'bicara sama', 'bicara dgn', 'chat dengan', 'chat sama', 'sambungkan ke', 'sambungkan saya ke',
		'sambungkan saya dengan', 'hubungkan saya dengan', 'hubungkan saya ke', 'hubungkan ke', 'alihkan ke',
		'alihkan saya ke', 'transfer ke', 'teruskan ke', 'oper ke', 'bicara', 'ngobrol', 'ajak bicara', 'disambungkan dengan', 'disambungkan ke', 'dilayani', 'dilayani oleh', 'komplain', 'lapor',
		'ngomong sm', 'ngobrol sm', 'bicara sm', 'dioper ke', 'jawab langsung',
		'sambungin ke', 'sambungin',
	],
	wantVerbs: ['saya mau', 'saya ingin', 'saya perlu', 'minta', 'mau', 'maunya', 'butuh', 'pengen', 'tolong panggilkan', 'panggilkan', 'kasih saya', 'ada', 'mending', 'mending sama',
		'panggilin', 'panggil',
	],
	reachVerbs: ['menghubungi', 'hubungi', 'kontak', 'telepon', 'menelepon'],
	people: [
		'orang', 'manusia', 'seseorang', 'manajer', 'atasan', 'supervisor', 'agen', 'agent', 'petugas', 'operator', 'admin',
		'karyawan', 'pegawai', 'staf', 'staff', 'bagian penjualan', 'penjualan', 'keuangan', 'ibu', 'bapak', 'pak', 'bu',
		'mbak', 'mas', 'orang asli',
		'rekan',
	],
	departments: ['customer service', 'cs', 'layanan pelanggan', 'pelayanan pelanggan', 'call center', 'live chat', 'pusat layanan',
		'hubungi siapa', 'harus hubungi siapa',
	],
	fillers: ['yang', 'dari', 'ke', 'dengan', 'seorang', 'asli', 'beneran', 'sungguhan', 'anda', 'kalian', 'tim', 'bagian', 'langsung', 'aja', 'ya', 'bantuan'],
	urgers: ['dong', 'tolong', 'sekarang', 'please', 'segera'],
	cancels: [
		'sudah bicara', 'sudah ngobrol', 'kemarin saya',
		'bikin', 'membuat', 'membangun', 'software', 'platform', 'fitur', 'fungsi', 'integrasi', 'dashboard', 'harga',
		'biaya', 'paket', 'bahasa', 'jam berapa', 'info tentang', 'otomatisasi', 'produk', 'bot kalian',
		'bot anda', 'botnya', 'sumber daya manusia',
		'ramah', 'sudah ditelpon', 'ditelpon', 'sudah bantu', 'berapa orang',
		'pelanggan bisa', 'sudah beres', 'lowongan', 'buka pas', 'buka hari', 'buka jam', 'jam buka', 'termasuk',
		'sudah ditelepon', 'tadi sudah',
		'gaji', 'masih aktif',
		'mental',
		'terima kasih ke', 'mereka hebat', 'nomor tiket',
	],
	identity: [
		'sedang chat dengan', 'sedang bicara dengan', 'apakah saya chat',
		'kamu manusia', 'kamu robot', 'kamu bot', 'apakah kamu', 'anda manusia', 'anda robot', 'anda bot', 'ini bot',
		'bot atau manusia', 'manusia atau bot', 'chat dengan bot atau', 'bicara dengan bot atau', 'kamu orang',
		'ngobrol sama mesin', 'chat sama mesin', 'kamu ai', 'yang jawab ini', 'di balik chat',
		'lagi chat sama', 'chat sama bot',
		'robot atau orang', 'bot atau orang', 'yang bales ini',
	],
};
