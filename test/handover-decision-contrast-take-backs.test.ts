import { request } from './helpers/decision';

describe('requests taken back after a "but"', () => {
	it('reads a take-back right after a "but" as ending the request before it, whatever follows it', () => {
		expect(request('I wanted an agent but found it on your website, thanks')).toBeNull();
		expect(request('I wanted to talk to an agent but I found the answer on your site, thanks')).toBeNull();
		expect(request('quería hablar con alguien pero ya encontré el formulario')).toBeNull();
		expect(request('je voulais parler à un conseiller mais j\'ai trouvé la réponse sur le site, merci')).toBeNull();
		expect(request('queria falar com um atendente mas já resolvi pelo app')).toBeNull();
		expect(request('ich wollte mit einem Mitarbeiter sprechen aber habe es gefunden')).toBeNull();
		expect(request('nilitaka kuongea na mhudumu lakini nimefanikiwa, asante')).toBeNull();
		expect(request('I wanted to talk to someone but already found it, thanks')).toBeNull();
		expect(request("ich wollte mit jemandem reden, aber ich hab's gefunden, danke")).toBeNull();
	});

	it('reads a "but" opening the clause after the request, after a comma, the same way', () => {
		expect(request('skulle snakke med nogen, men fandt svaret i jeres FAQ, tak')).toBeNull();
		expect(request('queria falar com alguém, mas já achei o botão de reset')).toBeNull();
	});

	it('still reads the request when the user asks again after the take-back, or the "but" found nothing', () => {
		expect(request('quero falar com um atendente, mas já achei o boleto e ainda quero falar')).not.toBeNull();
		expect(request('I found the form but I still want to talk to someone')).not.toBeNull();
		expect(request('encontré el formulario pero quiero hablar con un asesor')).not.toBeNull();
		expect(request('I tried the FAQ but nothing, get me an agent')).not.toBeNull();
		expect(request('I wanted an agent but found nothing on your website, get me one')).not.toBeNull();
		expect(request('queria falar com alguém mas não achei o botão')).not.toBeNull();
		expect(request('quiero hablar con un asesor pero ya está cerrado el chat, me pueden llamar?')).not.toBeNull();
		expect(request('I need to speak to an agent but found it confusing, please call me')).not.toBeNull();
	});
});

describe('a wide negation before a comma', () => {
	it('reaches the next clause only standing alone before the comma', () => {
		expect(request('nej tak til nyhedsbrevet, ring mig op')).not.toBeNull();
		expect(request('kak tagihan kecharge dua kali, gak usah link FAQ, aku mau sama manusia')).not.toBeNull();
		expect(request('no thanks, I do not need an agent')).toBeNull();
		expect(request('nej tak, jeg skal ikke tale med en medarbejder')).toBeNull();
	});
});
