import { request } from './helpers/decision';

describe("someone else's offer or order of a person, passed on and set aside", () => {
	it('reads none when a contrast sets aside what the bot offered or someone close had the user ask', () => {
		expect(request("the bot offered me an agent but I don't need one, I just want the invoice")).toBeNull();
		expect(request("the chat offered to transfer me to an agent but it's sorted now")).toBeNull();
		expect(request('el bot me ofreció pasarme con un asesor pero no hace falta, solo quería activar la renovación')).toBeNull();
		expect(request('me ofrecieron pasarme con un agente pero no hace falta, solo quería el recibo')).toBeNull();
		expect(request('eles ofereceram me passar pra um atendente mas na verdade só quero o boleto')).toBeNull();
		expect(request('minha mulher mandou eu pedir um humano mas na vdd só quero a segunda via do boleto')).toBeNull();
		expect(request('meu filho digitou quero um atendente mas foi sem querer')).toBeNull();
		expect(request("le chat m'a proposé de parler à un conseiller mais ce n'est plus nécessaire")).toBeNull();
		expect(request('Meine Mama hat in den Chat getippt, dass sie einen Menschen sprechen will, aber das war aus Versehen.')).toBeNull();
		expect(request('botten tilbød at stille mig om til en medarbejder, men det behøver jeg ikke')).toBeNull();
		expect(request('botnya nawarin sambungin ke agen tapi gak usah, saya cuma mau tanya tagihan')).toBeNull();
		expect(request('istri saya nyuruh saya minta bicara dengan agen tapi sebenarnya saya cuma mau tanya tagihan')).toBeNull();
		expect(request('bot ilipendekeza kuniunganisha na mhudumu lakini sihitaji, nataka tu ankara')).toBeNull();
	});

	it('keeps the offer taken up, a request of its own after the contrast, and the user typing', () => {
		expect(request('the bot offered me an agent, yes please do it')).not.toBeNull();
		expect(request("the bot offered me an agent but it never connected, transfer me to a human please")).not.toBeNull();
		expect(request('el bot me ofreció pasarme con un asesor y sí, quiero hablar con un asesor')).not.toBeNull();
		expect(request('me ofrecieron pasarme con un agente, sí, pásenme')).not.toBeNull();
		expect(request('o bot ofereceu me passar para um atendente, pode passar sim')).not.toBeNull();
		expect(request("le chat m'a proposé de parler à un conseiller, oui je veux bien")).not.toBeNull();
		expect(request('der Bot hat mir angeboten, mich mit einem Mitarbeiter zu verbinden, ja bitte machen Sie das')).not.toBeNull();
		expect(request('chatten tilbød at stille mig om til en medarbejder, ja tak')).not.toBeNull();
		expect(request('istri saya nyuruh saya minta bicara dengan agen, bisa disambungkan?')).not.toBeNull();
		expect(request('bot ilipendekeza kuniunganisha na mhudumu, ndiyo tafadhali')).not.toBeNull();
		expect(request('I typed agent but nothing happens, I want a human')).not.toBeNull();
		expect(request('ich habe getippt, dass ich einen Mitarbeiter will, aber es passiert nichts')).not.toBeNull();
		expect(request('my wife suggested I talk to a manager and I agree, can you put me through?')).not.toBeNull();
	});
});
