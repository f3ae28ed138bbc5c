import { request } from './helpers/decision';

describe('what staff opening the clause did, in English, Spanish, Portuguese and German (pastDeeds, pastDeedForms)', () => {
	it('reads a person word as the subject of a past deed as no request', () => {
		expect(request('my old mortgage agent at the bank messed up my rate')).toBeNull();
		expect(request('the manager was rude to my mother')).toBeNull();
		expect(request('asesora del seguro llamó, siniestro aclarado')).toBeNull();
		expect(request('el técnico vino el martes y no trajo la pieza')).toBeNull();
		expect(request('los técnicos dejaron todo sucio')).toBeNull();
		expect(request('atendente resolveu geladeira Brastemp, valeu')).toBeNull();
		expect(request('os atendentes demoraram uma hora')).toBeNull();
		expect(request('der Techniker kam zwei Stunden zu spät')).toBeNull();
		expect(request('der Kollege vom Kundendienst wusste nichts')).toBeNull();
	});

	it('ends the deed at "and": a later "now" belongs to what follows', () => {
		expect(request("the agent parked the van across our drive and now she's furious")).toBeNull();
		expect(request('the agent parked the van across our drive and now i want a manager')).not.toBeNull();
	});

	it('keeps the user\'s want after the deed, and requests in a clause of their own', () => {
		expect(request('the installer cancelled again today i really want to talk to his boss')).not.toBeNull();
		expect(request('the agent hung up on me, get me another agent')).not.toBeNull();
		expect(request('the agent was helpful yesterday, can i talk to her again?')).not.toBeNull();
		expect(request('el técnico vino ayer, quiero hablar con su jefe')).not.toBeNull();
		expect(request('o técnico não veio, quero falar com o gerente')).not.toBeNull();
		expect(request('der Techniker kam nicht, bitte schicken Sie jemanden')).not.toBeNull();
	});

	it('keeps a request whose past form follows a relative', () => {
		expect(request('can an agent who fixed my router call me?')).not.toBeNull();
	});

	it('reads "be put back through" as "be put through"', () => {
		expect(request('Sorry the last agent disconnected mid-chat. Can I be put back through to a person?')).not.toBeNull();
	});
});
