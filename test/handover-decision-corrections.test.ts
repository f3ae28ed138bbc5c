import { request } from './helpers/decision';

describe('requests corrected in the next breath', () => {
	it('reads a later clause opening with a negation and a "wait"/"actually" word, going on with a reason, as taking the request back', () => {
		expect(request('can someone help me with the ski rental... no wait, the booking code just arrived by sms')).toBeNull();
		expect(request('put me through to an agent about the canoe hire. Actually no, my brother already paid it')).toBeNull();
		expect(request('passez-moi un conseiller pour la location de skis... non attendez, mon fils a retrouvé le reçu')).toBeNull();
		expect(request('quero falar com um atendente sobre o aluguel da bicicleta... não, espera, já recebi o comprovante')).toBeNull();
		expect(request('ich möchte mit einem Mitarbeiter über den Skiverleih sprechen... nein warte, die Quittung ist doch da')).toBeNull();
		expect(request('mau ngomong sama admin soal sewa sepeda dong.. eh gajadi kak, struknya udah ketemu')).toBeNull();
		expect(request('necesito hablar con alguien del alquiler de esquís... bueno no, ya me llegó el recibo')).toBeNull();
	});

	it('still reads the request when the correction asks, a "no" answers the bot before asking, or the negation or "wait" belongs to the request', () => {
		expect(request('get me a person about the ski rental... no wait, I would rather talk to a manager')).not.toBeNull();
		expect(request('no, that is not my question about the canoe... put me through to someone in billing')).not.toBeNull();
		expect(request('no bot please, a human, the ski boots are the wrong size')).not.toBeNull();
		expect(request('I cannot wait any longer for the canoe refund, agent now')).not.toBeNull();
		expect(request('passez-moi un conseiller pour les skis... non attendez, plutôt le responsable')).not.toBeNull();
	});

	it('does not read a "no, no" of emphasis or a lone "no" as a correction', () => {
		expect(request('quiero hablar con un agente del alquiler de esquís. No, no, el menú no me sirve')).not.toBeNull();
		expect(request('I want to talk to an agent about the canoe hire. No, the help page does not say it')).not.toBeNull();
	});
});
