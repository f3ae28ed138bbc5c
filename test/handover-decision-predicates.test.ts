import { request } from './helpers/decision';

describe('a person word that says what someone is, not whom to talk to', () => {
	it('reads a person word after "to be" whose subject is a noun or the user as a description', () => {
		expect(request('Meine Nachbarin ist so ein hilfsbereiter Mensch, habt ihr Gutscheine für sie?')).toBeNull();
		expect(request('unser Hausmeister ist ein Mensch, der nie Urlaub macht. Wann öffnet das Büro?')).toBeNull();
		expect(request('min nevø vil være agent når han bliver stor, sælger I spionsæt?')).toBeNull();
		expect(request('jeg er et tålmodigt menneske, men pakken er nu tre uger forsinket')).toBeNull();
		expect(request('mi cuñado es una persona muy ordenada, ¿tienen cajas para herramientas?')).toBeNull();
		expect(request('notre voisin est une personne adorable, il a reçu le colis')).toBeNull();
		expect(request('o meu avô é uma pessoa curiosa, vocês têm livros de astronomia em letra grande?')).toBeNull();
	});

	it('still reads a person asked for next to "to be": an inverted question, a want or talk verb, a named person', () => {
		expect(request('hiii is there any human who can fix my booking?')).not.toBeNull();
		expect(request('is there a person I can talk to?')).not.toBeNull();
		expect(request('the only thing I want is a human')).not.toBeNull();
		expect(request('I want a person who speaks French')).not.toBeNull();
		expect(request('can I talk to the person who cleaned our windows?')).not.toBeNull();
		expect(request('quiero hablar con una persona, no con el bot')).not.toBeNull();
		expect(request('este problema es urgente, quiero hablar con una persona ahora')).not.toBeNull();
	});

	it('reads a person word after a copula that says "I am" by itself as the user\'s own job', () => {
		expect(request('Soy asesora de seguros en Sevilla, ¿venden pólizas para bicicletas eléctricas?')).toBeNull();
		expect(request('sou atendente numa farmácia, vocês entregam aos domingos?')).toBeNull();
		expect(request('bin selbst Berater und wollte nur die Preise der Wanderschuhe wissen')).toBeNull();
	});

	it('still asks after such a copula when a want verb or a boundary stands between', () => {
		expect(request('soy cliente y quiero hablar con un asesor')).not.toBeNull();
		expect(request('sou cliente antigo, preciso falar com um atendente agora')).not.toBeNull();
	});
});

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
