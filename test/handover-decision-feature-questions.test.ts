import { request } from './helpers/decision';

describe('questions about how the handover works', () => {
	it('reads a person after a how-word and a verb of working, in its clause, as asked about', () => {
		expect(request('how does the handover to a live person work on the ferry booking site?')).toBeNull();
		expect(request('¿cómo funciona lo de pasar con un agente humano cuando el asistente no sabe la respuesta?')).toBeNull();
		expect(request('como funciona o atendimento com um atendente humano no site da academia?')).toBeNull();
		expect(request("comment ça marche quand l'assistant du camping passe la main à un conseiller ?")).toBeNull();
		expect(request('hvordan fungerer det når jeres chat stiller mig om til en medarbejder?')).toBeNull();
		expect(request('bagaimana cara kerja pengalihan chat ke agen manusia di toko online kalian?')).toBeNull();
	});

	it('reads a conditional clause right after the question as part of it', () => {
		expect(request('wie funktioniert das, wenn der Chat mich an einen echten Mitarbeiter weiterleitet?')).toBeNull();
		expect(request('how does it work, if the assistant gets stuck does it hand me to an agent?')).toBeNull();
	});

	it('keeps a request before the how-word in its clause, in another clause, or in another sentence', () => {
		expect(request('can an adviser ring me and explain how the oxygen rental works?')).not.toBeNull();
		expect(request('pásame con un agente humano, ¿cómo funciona esto?')).not.toBeNull();
		expect(request('how does the transfer work? anyway, put me through to a person now')).not.toBeNull();
		expect(request('jeg vil tale med en medarbejder, jeg forstår ikke hvordan appen virker')).not.toBeNull();
		expect(request('Verbinden Sie mich bitte mit einem Mitarbeiter. Wie das Portal funktioniert, weiß ich nicht')).not.toBeNull();
	});

	it('needs a verb of working after the how-word', () => {
		expect(request('how can I talk to a real person?')).not.toBeNull();
		expect(request('¿cómo puedo hablar con un agente humano?')).not.toBeNull();
	});
});
