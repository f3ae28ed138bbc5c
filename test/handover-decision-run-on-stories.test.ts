import { request } from './helpers/decision';

describe('a want frame right after the last cancel of a run-on story', () => {
	it('reads the user opening their own clause after a story with no punctuation as a request', () => {
		expect(request('my washing machine broke again last week and your chat only gives me your opening hours i want to talk to a supervisor')).not.toBeNull();
		expect(request('esperé tres semanas el reembolso del horno y al llamar me colgaron quiero hablar con un supervisor')).not.toBeNull();
		expect(request('vi har ventet to uger på vores sofa og jeres chat giver mig kun åbningstider jeg vil tale med en chef')).not.toBeNull();
	});

	it('reads the same frame right after a report word, or after a time that opens the clause, as no request', () => {
		expect(request('my washing machine broke again last week and the technician said i need to talk to a supervisor, is that right?')).toBeNull();
		expect(request('mais pra frente quero conversar com alguém sobre alugar o salão, por enquanto só queria saber o preço')).toBeNull();
	});
});

describe("a question's 'that' long after a report in a run-on story", () => {
	it('reads the user asking after the story as a request', () => {
		expect(request("l'agent m'a dit que le colis serait livré lundi mais on est jeudi et le suivi ne bouge plus est-ce que je peux parler à un conseiller")).not.toBeNull();
		expect(request('a moça me disse que a troca saía em uma semana já passou um mês e ninguém responde será que eu posso falar com o gerente')).not.toBeNull();
	});

	it("reads the user's 'can talk' right after the report's own 'that' as passed on", () => {
		expect(request("l'agent m'a dit que je peux parler à un conseiller si le colis n'arrive pas lundi")).toBeNull();
		expect(request('a moça me disse que eu posso falar com o gerente se a troca atrasar')).toBeNull();
	});
});
