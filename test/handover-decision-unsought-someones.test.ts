import { request } from './helpers/decision';

describe('someone words that name no one the user asks for', () => {
	it('reads a Danish "nogen" or "ingen" before a thing as a determiner, not a person', () => {
		expect(request('er der nogen mulighed for at få refunderet billetten?')).toBeNull();
		expect(request('er der nogen plan for hvornår det virker igen?')).toBeNull();
		expect(request('er der nogen regel for hvor mange der må være med?')).toBeNull();
	});

	it('still asks for someone to talk to after "er der nogen" and "nogen af jer"', () => {
		expect(request('er der nogen jeg kan tale med?')).not.toBeNull();
		expect(request('kan nogen af jer ringe mig op?')).not.toBeNull();
		expect(request('er der nogen her der kan hjælpe mig?')).not.toBeNull();
		expect(request('er der nogen mulighed for at tale med en medarbejder?')).not.toBeNull();
	});

	it("reads someone in the user's own chat, stream or group as the user's audience", () => {
		expect(request('der er nogen der spammer min chat, hvordan blokerer jeg dem?')).toBeNull();
		expect(request('there is someone who keeps spamming my stream chat, how do I block them?')).toBeNull();
		expect(request('hay alguien en mi chat que manda spam, ¿cómo lo bloqueo?')).toBeNull();
		expect(request("il y a quelqu'un qui spamme mon chat, comment le bloquer ?")).toBeNull();
		expect(request('tem alguém no meu chat mandando spam, como bloqueio?')).toBeNull();
		expect(request('ada orang yang spam terus di chat live aku, gimana cara blokirnya?')).toBeNull();
		expect(request('watu kwa chat yangu wanaspam emoji, naweza kuweka slow mode?')).toBeNull();
	});

	it('still asks when the chat is a topic, the object of a transfer, or the person acts on the user', () => {
		expect(request('I want to talk to someone about my chat being hacked')).not.toBeNull();
		expect(request('please transfer my chat to a person')).not.toBeNull();
		expect(request('admin tolong chat aku langsung dong')).not.toBeNull();
		expect(request('ada orang yang bisa saya ajak bicara?')).not.toBeNull();
		expect(request('is there someone I can call?')).not.toBeNull();
	});

	it("reads someone of the user's own team as a colleague, with the possessive after the team word too", () => {
		expect(request('orang di tim saya belum ada yang bisa login, servernya down?')).toBeNull();
		expect(request('ada orang dari tim saya yang butuh akses ke dashboard, caranya gimana?')).toBeNull();
		expect(request('someone on my team needs a new login, where do I add them?')).toBeNull();
		expect(request('kuna mtu wa timu yangu hawezi kuingia kwenye mfumo, kuna tatizo?')).toBeNull();
	});

	it("still asks for someone of the business's team", () => {
		expect(request('saya mau bicara dengan orang dari tim support kalian')).not.toBeNull();
		expect(request('I want to talk to someone from your team')).not.toBeNull();
		expect(request('quiero hablar con alguien de vuestro equipo')).not.toBeNull();
		expect(request('ich möchte mit jemandem aus Ihrem Team sprechen')).not.toBeNull();
		expect(request('jeg vil tale med en fra jeres team')).not.toBeNull();
	});

	it('reads a person after "as" as the role the user holds', () => {
		expect(request('Bekomme ich als Reisebüro-Agent eine Provision?')).toBeNull();
		expect(request('do I get a commission as an agent if I refer customers?')).toBeNull();
		expect(request('naweza kushirikiana na nyinyi kama wakala?')).toBeNull();
		expect(request('saya kerja sebagai agen di bank, apakah bisa daftar?')).toBeNull();
	});

	it('still asks where "como" or "kama" means "is it possible" or "if"', () => {
		expect(request('tem como alguém me ligar hoje?')).not.toBeNull();
		expect(request('Ningeshukuru kama mtu wa ofisi angewasiliana nami kuhusu bili.')).not.toBeNull();
		expect(request('Ich möchte als Kunde mit einem Mitarbeiter sprechen')).not.toBeNull();
	});

	it('reads a person asked about as an offer of the business as a question about the service', () => {
		expect(request('tilbyder I en personlig rådgiver, hvis man har over 500.000 på kontoen?')).toBeNull();
		expect(request('do you offer a personal adviser if I keep more than 50k in savings?')).toBeNull();
		expect(request('¿ofrecen un asesor personal para cuentas grandes?')).toBeNull();
	});

	it('still asks when the offer is made to the user', () => {
		expect(request('can you offer me a call with an adviser?')).not.toBeNull();
		expect(request('jeg vil gerne tale med en personlig rådgiver')).not.toBeNull();
	});

	it('reads a person phrase of two words after "each" or "every" as staff counted', () => {
		expect(request('I run a team of 12 at a cafe, can every staff member have a separate login?')).toBeNull();
		expect(request('I need one of your agents to call me')).not.toBeNull();
	});

	it('reads a person called fake or so-called as the sender of a scam', () => {
		expect(request('my neighbour got a call from a fake agent asking for her card number, is that you?')).toBeNull();
		expect(request('recibí un correo de un supuesto asesor con un enlace raro, ¿es de ustedes?')).toBeNull();
		expect(request('apareceu no WhatsApp um tal atendente pedindo código de confirmação')).toBeNull();
		expect(request("un soi-disant conseiller m'a appelé pour mon compte, c'est normal ?")).toBeNull();
		expect(request('min far fik et opkald fra en såkaldt rådgiver om hans pension')).toBeNull();
		expect(request('nimepigiwa simu na wakala feki akitaka namba ya siri')).toBeNull();
		expect(request('ada orang yang mengaku petugas menelepon saya kemarin, itu resmi?')).toBeNull();
	});

	it('still asks for a real person next to a fake one', () => {
		expect(request('a fake agent texted me, I need to talk to a real agent right now')).not.toBeNull();
		expect(request('¿me pasan con un asesor? alguien me llamó haciéndose pasar por ustedes')).not.toBeNull();
	});

	it('reads a new person after "there is" as a newcomer reported', () => {
		expect(request('ada orang baru di gudang kami, gimana cara bikin akun kasirnya?')).toBeNull();
		expect(request('there is a new person at our front desk, how do I add her to the rota app?')).toBeNull();
	});

	it('reads "there is someone who" with a deed, in chat spelling too, as the person described', () => {
		expect(request('ada orang yg nyolong helm saya di parkiran, cctv nya bisa dicek?')).toBeNull();
		expect(request('kemarin ada orang yg ngambil paket saya di lobi, tolong dicek')).toBeNull();
	});

	it('still asks for the person described after a plea before "there is"', () => {
		expect(request('tolong ada petugas yang dateng cek meteran')).not.toBeNull();
		expect(request('mohon ada teknisi yg datang hari ini')).not.toBeNull();
		expect(request('ada orang yg bisa bantu?')).not.toBeNull();
	});

	it('still asks for someone after "there is" without a newcomer word', () => {
		expect(request('ada orang yang bisa bantu saya sekarang?')).not.toBeNull();
		expect(request('ada orang?')).not.toBeNull();
	});
});
