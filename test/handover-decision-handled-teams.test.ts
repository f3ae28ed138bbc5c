import { request } from './helpers/decision';

describe('a team or a person named by what they handle, or one of a group', () => {
	it('reads a team named by what it handles as asked for when a modal opens the question of its talk verb', () => {
		expect(request('dá pra falar com a equipe de cadastro? meu CNPJ aparece errado')).not.toBeNull();
		expect(request('pode me passar pro time de devoluções? o pedido veio trocado')).not.toBeNull();
		expect(request('bisa sambungkan saya ke tim pengiriman? barangnya nyasar ke Bekasi')).not.toBeNull();
		expect(request('¿podéis pasarme con el equipo de mantenimiento? la cámara frigorífica pita')).not.toBeNull();
		expect(request('pourriez-vous me mettre en relation avec l\'équipe traiteur ? il manque 20 couverts')).not.toBeNull();
		expect(request('could you put me through to the landscaping crew, they left the gate open')).not.toBeNull();
		expect(request('mnaweza kuniunganisha na timu ya malipo? nimekatwa mara mbili')).not.toBeNull();
	});

	it('reads the team\'s own words after a link word or a new team word as the team', () => {
		expect(request('kan jeg tale med afdelingen for returvarer? pakken kom tilbage')).not.toBeNull();
		expect(request('preciso falar com o time de compras agora, o fornecedor não entregou')).not.toBeNull();
		expect(request('tolong sambungkan saya ke panitia lomba, nomor peserta saya hilang')).not.toBeNull();
		expect(request('pode passar para a equipa de reparações? a máquina voltou a avariar')).not.toBeNull();
	});

	it('reads a team with its name before a talk verb that ends the clause', () => {
		expect(request('können Sie mich mit dem Team Lagerlogistik verbinden? die Palette fehlt')).not.toBeNull();
		expect(request('könnt ihr mich zum Team Messebau durchstellen?')).not.toBeNull();
		expect(request('mein Chef kann uns mit dem Team Lagerlogistik verbinden, ich brauche nur die Rechnung')).toBeNull();
		expect(request('kann der Fahrer mich mit dem Team Lagerlogistik verbinden?')).toBeNull();
		expect(request('könnt ihr das Paket zum Team Lagerlogistik weiterleiten?')).toBeNull();
	});

	it('reads one of the business\'s people named by their group, in a talk verb\'s slot or held on a call', () => {
		expect(request('quiero hablar con uno de sus diseñadores, el logo salió pixelado')).not.toBeNull();
		expect(request('quero falar com um dos seus instaladores, o painel solar não liga')).not.toBeNull();
		expect(request('we need one of your devs on a call today, the export is empty')).not.toBeNull();
		expect(request('naomba niongee na mmoja wa mafundi wenu, jokofu halipoi')).not.toBeNull();
		expect(request('mnaweza kunikutanisha na mmoja wa wahasibu wenu? ankara ina makosa')).not.toBeNull();
		expect(request('kan I stille mig om til teamet for returvarer?')).not.toBeNull();
		expect(request('can I talk to the one who set up our payroll? the tax codes are wrong')).not.toBeNull();
		expect(request('mtu wa mauzo anicheki kesho asubuhi, tunataka kuongeza oda')).not.toBeNull();
		expect(request('can one of your engineers call me, the boiler shows F28 again')).not.toBeNull();
		expect(request('one of your engineers rang me yesterday and fixed it')).toBeNull();
		expect(request('my wife said one of your engineers could call her')).toBeNull();
	});

	it('reads a "service" named by what it handles as a team in a talk verb\'s slot, and none after "of"', () => {
		expect(request('¿me puedes pasar con el servicio de mensajería?')).not.toBeNull();
		expect(request('je voudrais parler au service maraîchage')).not.toBeNull();
		expect(request('quiero hablar del servicio de postventa, fue pésimo')).toBeNull();
		expect(request('je voudrais parler de l\'équipe maraîchage, elle a été super')).toBeNull();
		expect(request('ayer me pasaron con el servicio de postventa y ya está')).toBeNull();
		expect(request('mi hermano quiere hablar con el servicio de postventa')).toBeNull();
	});

	it('leaves a team as a thing, a sports team, someone else\'s subject, a past transfer and one of a group of things alone', () => {
		expect(request('how much are the uniforms for the kitchen team? we are twelve')).toBeNull();
		expect(request('can I transfer the balance to the uniform team\'s account?')).toBeNull();
		expect(request('bisa kirim ke tim produksi sekarang? desainnya sudah final')).toBeNull();
		expect(request('dá pra transferir o saldo para a equipe de vendas?')).toBeNull();
		expect(request('o time de futebol do meu filho precisa de camisas, vocês fazem desconto?')).toBeNull();
		expect(request('my manager can talk to the landscaping crew himself, I only need the quote')).toBeNull();
		expect(request('el técnico puede hablar con el equipo de obra mañana, yo solo quiero la factura')).toBeNull();
		expect(request('tim pengiriman bilang paketnya sampai besok, cuma mau cek alamat')).toBeNull();
		expect(request('ontem me passaram pro time de devoluções e já resolveram')).toBeNull();
		expect(request('I need one of your chargers, which one fits the older model?')).toBeNull();
		expect(request('quiero uno de sus catálogos en papel, ¿lo mandan por correo?')).toBeNull();
		expect(request('I need one that works with Shopify, do you have it?')).toBeNull();
	});
});
