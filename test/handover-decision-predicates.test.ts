import { request } from './helpers/decision';

describe('person words that say what someone or something is, after "to be"', () => {
	it('reads the subject of "to be" past an adjective after its noun where adjectives follow the noun', () => {
		expect(request('el protagonista nuevo es humano? en el trailer parecía un robot')).toBeNull();
		expect(request('o vilão novo é humano? achei que era alien')).toBeNull();
	});

	it('reads "ser" after an article as the noun "being", not as "to be"', () => {
		expect(request('o motorista da van é um ser humano incrível, levou minha avó até a porta')).toBeNull();
		expect(request('el cartero del barrio es un ser humano encantador, siempre deja los paquetes a cubierto')).toBeNull();
	});

	it('still reads a person word as asked for after a want or talk verb', () => {
		expect(request('quero falar com um ser humano, o boleto veio errado')).not.toBeNull();
		expect(request('preciso de um ser humano agora')).not.toBeNull();
		expect(request('el bot nuevo no sirve, quiero un humano')).not.toBeNull();
		expect(request('o app novo travou, quero um atendente humano')).not.toBeNull();
		expect(request('soy cliente nuevo y quiero hablar con un humano')).not.toBeNull();
		expect(request('un humain svp, la box nouvelle ne marche pas')).not.toBeNull();
	});
});
