import { request } from './helpers/decision';

describe('a callback wished of a person set off by an appositive, or wished by a couple or family', () => {
	it('reads the wished clause past a name, role or relative between commas', () => {
		expect(request("je veux que l'entraîneur, Karim, me rappelle")).not.toBeNull();
		expect(request('gostaria que o Rodrigo, o vendedor da loja, me ligasse hoje')).not.toBeNull();
		expect(request('gostaria que o Rodrigo, que me atendeu da outra vez, me ligasse hoje')).not.toBeNull();
		expect(request('ich möchte, dass Herr Feldmann, der Klavierstimmer, mich heute zurückruft')).not.toBeNull();
	});

	it('reads a wish of "nous", "quisiéramos", "gostaríamos" that someone call the user back', () => {
		expect(request('nous souhaiterions que le père Martin nous rappelle')).not.toBeNull();
		expect(request('quisiéramos que el padre Julián nos llamara')).not.toBeNull();
		expect(request('gostaríamos que o padre Antônio nos ligasse')).not.toBeNull();
	});

	it('reads the "dass" clause after "ich bitte darum", "wir bitten darum"', () => {
		expect(request('wir bitten darum, dass Herr Maier, unser Betreuer, uns zurückruft')).not.toBeNull();
		expect(request('Ich bitte darum, dass sich jemand aus der Buchhaltung bei mir meldet.')).not.toBeNull();
		expect(request('ich bitte darum, dass mich niemand mehr anruft')).toBeNull();
		expect(request('wir bitten darum, dass Sie uns die Rechnung schicken')).toBeNull();
	});

	it('reads none for words of another, a list, a condition, a report or a promise between the commas', () => {
		expect(request("je veux que l'entraîneur, m'a dit Karim, me rappelle")).toBeNull();
		expect(request("je veux que l'entraîneur, Karim, et Paul me rappellent")).toBeNull();
		expect(request("je veux que l'entraîneur, si Karim est là, me rappelle")).toBeNull();
		expect(request("elle a dit que l'entraîneur, Karim, me rappellerait")).toBeNull();
		expect(request("l'entraîneur, Karim, me rappellera demain")).toBeNull();
	});

	it('reads none for a call wished to someone else or by nobody', () => {
		expect(request("je veux que l'entraîneur, Karim, appelle le plombier")).toBeNull();
		expect(request('nous souhaiterions que personne ne nous rappelle')).toBeNull();
		expect(request("je veux savoir pourquoi l'entraîneur, Karim, ne m'a pas rappelé")).toBeNull();
	});
});
