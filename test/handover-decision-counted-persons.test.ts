import { request } from './helpers/decision';

describe('staff counted or priced as a unit of a product', () => {
	it('reads a lone person word after a number above one or a word that shares out as a head count or a seat', () => {
		expect(request('our clinic has 12 agents on rota, can your inbox show who answered which chat?')).toBeNull();
		expect(request('every agent here needs two-factor login, is that supported?')).toBeNull();
		expect(request('tenemos 18 agentes repartidos en dos turnos, ¿el panel los separa?')).toBeNull();
		expect(request('nous avons 7 conseillers, peut-on fixer un quota de chats par conseiller ?')).toBeNull();
		expect(request('cobram por atendente extra no plano básico ou é fixo?')).toBeNull();
	});

	it('reads a Swahili person word before a number as counted, as numbers follow the noun there', () => {
		expect(request('tuna mawakala 30 Mombasa, mfumo wenu unaweza kuwapa ripoti?')).toBeNull();
		expect(request('tunataka kuongeza agents watatu kwenye akaunti yetu mwezi ujao, inawezekana?')).toBeNull();
	});

	it('still reads a request whose number counts no person, a count of one, or a person asked "by"', () => {
		expect(request('agent please, the parcel 5521 never arrived')).not.toBeNull();
		expect(request('I need 1 human now, the refund form keeps crashing')).not.toBeNull();
		expect(request('quero falar com um atendente, pedido 77812 veio errado')).not.toBeNull();
		expect(request('nataka kuongea na wakala, nimelipa mara 3 bila tiketi')).not.toBeNull();
		expect(request('I want to talk to the agent who handles our 60 accounts')).not.toBeNull();
		expect(request('quero ser atendido por humano, o robô não entende')).not.toBeNull();
	});

	it('reads a French person word after a counting noun and its "de" as staff counted ("une trentaine d\'agents")', () => {
		expect(request('Je gère un centre d\'appels avec une trentaine d\'agents, votre offre convient ?')).toBeNull();
		expect(request('notre agence compte une dizaine de conseillers, vous faites des tarifs de groupe ?')).toBeNull();
		expect(request('je veux parler à un conseiller, ça fait une dizaine de fois que j\'appelle')).not.toBeNull();
	});

	it('reads a counted person word before its verb as a head count, not a person found before an "ada" or a talk verb', () => {
		expect(request('rombongan kami 15 orang mau liburan ke Lombok, ada paket keluarga?')).toBeNull();
		expect(request('keluarga saya 6 orang mau nginep dua malam, ada kamar yang muat?')).toBeNull();
		expect(request('kelas kami ada 30 orang mau ketemu di museum, ada diskon pelajar?')).toBeNull();
		expect(request('our group of 9 agents, is there a team plan?')).toBeNull();
	});

	it('still reads an uncounted person before "ada" or its verb, and a plea with "minta" for someone to be there', () => {
		expect(request('petugasnya ada? paket saya belum sampai')).not.toBeNull();
		expect(request('kami 4 orang, admin ada? mau ubah pesanan')).not.toBeNull();
		expect(request('kami ber-4, minta ada petugas yg cek kamar saya sekarang, AC-nya bocor')).not.toBeNull();
		expect(request('minta ada orang yang periksa meteran saya, tagihannya aneh')).not.toBeNull();
		expect(request('rumah kami cuma 3 orang, minta ada petugas yg ngecek pipa saya')).not.toBeNull();
	});
});
