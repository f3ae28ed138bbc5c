import { request } from './helpers/decision';

describe('someone of a team, or a named person of a team, asked to write, answer or reach out to the user', () => {
	it('reads someone of a team asked to write to or answer the user as a request', () => {
		expect(request('could someone from the warranty team reach out to me this week? the blender died again')).not.toBeNull();
		expect(request('¿Puede alguien de reclamaciones escribirme hoy? el paquete llegó roto')).not.toBeNull();
		expect(request('alguém do setor de trocas pode me escrever de novo? ninguém resolveu')).not.toBeNull();
		expect(request('kann mir jemand von der Reklamation nochmal schreiben? das Paket kam kaputt an')).not.toBeNull();
		expect(request('kan en fra reklamationsafdelingen skrive til mig igen? pakken var smadret')).not.toBeNull();
		expect(request('mtu wa timu ya marejesho anaweza kuniandikia tena? kifurushi kilifika kimevunjika')).not.toBeNull();
	});

	it('reads a callback wished in its own clause with a verb of writing back as a request', () => {
		expect(request('preciso que alguém do setor de trocas me responda hoje, o pacote veio quebrado')).not.toBeNull();
	});

	it('reads a named person of a team asked to write back to the user as a request', () => {
		expect(request('can Tomasz from the returns desk reach out again? my case was closed')).not.toBeNull();
		expect(request('kann mich jonas von der buchhaltung nochmal anschreiben? die rechnung ist falsch')).not.toBeNull();
		expect(request('Baraka wa idara ya marejesho anaweza kunijibu leo? kesi yangu ilifungwa')).not.toBeNull();
	});

	it('leaves past reports, the person\'s own words, conditions and writing to others alone', () => {
		expect(request('Tomasz from the returns desk wrote to me yesterday and it is sorted')).toBeNull();
		expect(request('Tomasz said he would write to me once the refund is out')).toBeNull();
		expect(request('if someone from the warranty team writes to me, how do I know it is real?')).toBeNull();
		expect(request('alguém do setor de trocas me respondeu ontem, agora como mudo o endereço?')).toBeNull();
		expect(request('jemand von der Reklamation hat mir gestern geschrieben, alles erledigt')).toBeNull();
		expect(request('Baraka wa idara ya marejesho aliniandikia jana, imetatuliwa')).toBeNull();
		expect(request('I wrote to someone from your returns desk last week, where do I see the label?')).toBeNull();
	});

	it('reads a sentence opened by the "that" of a wish, and a German "dass" after a comma, as a request', () => {
		expect(request('que alguien de reclamaciones me escriba, el paquete llegó roto')).not.toBeNull();
		expect(request('que alguém do setor de trocas me responda, o pacote veio quebrado')).not.toBeNull();
		expect(request('ich möchte, dass mir jemand vom Support heute antwortet, das Paket kam kaputt an')).not.toBeNull();
		expect(request('alguien de reclamaciones me escribió ayer, ya está resuelto')).toBeNull();
	});

	it('reads meeting a person in person as a request, and a meeting had as none', () => {
		expect(request('Saya mau ketemu langsung dengan manajer cabang soal rekening saya')).not.toBeNull();
		expect(request('nataka kukutana na meneja wa tawi kuhusu akaunti yangu')).not.toBeNull();
		expect(request('I want to meet with a manager about my account')).not.toBeNull();
		expect(request('quiero reunirme con un asesor sobre mi cuenta')).not.toBeNull();
		expect(request('saya sudah ketemu dengan manajer kemarin, udah beres')).toBeNull();
		expect(request('I met with a manager yesterday and it is sorted')).toBeNull();
	});
});
