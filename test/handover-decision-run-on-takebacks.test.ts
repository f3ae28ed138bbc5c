import { request } from './helpers/decision';

describe('requests taken back later in the same run-on sentence', () => {
	it('reads a decline-like take-back after a request, with no punctuation between, as taking it back', () => {
		expect(request('can i talk to an agent about my gym freeze actually never mind i see the button now')).toBeNull();
		expect(request('could someone call me about the bike rack fitting forget it thanks')).toBeNull();
		expect(request('quiero hablar con un agente sobre la cuota del gimnasio bueno olvídalo ya lo vi')).toBeNull();
		expect(request('quero falar com um atendente sobre o frete do sofá ah deixa pra lá achei o prazo no email')).toBeNull();
		expect(request('jeg vil gerne tale med en medarbejder om mit fitnessabonnement nå nej glem det')).toBeNull();
		expect(request('ich möchte mit einem Mitarbeiter über die Fahrradmontage sprechen ach vergiss es')).toBeNull();
		expect(request('saya mau bicara dengan admin soal ongkir sofa eh gak jadi')).toBeNull();
	});

	it('reads a take-back of the kind that may have a subject only after another take-back', () => {
		expect(request('i want to talk to an agent about the gym freeze nvm found it')).toBeNull();
		expect(request('i want to talk to an agent about the sofa the courier never found it')).not.toBeNull();
	});

	it('still reads the request when it follows the take-back, a second one follows, or the take-back has its own object', () => {
		expect(request('never mind the app i want to talk to an agent about my gym freeze')).not.toBeNull();
		expect(request('can i talk to an agent about the bike rack nevermind i found it actually i still need a real person for the refund')).not.toBeNull();
		expect(request('i need an agent about the sofa delivery never mind the voucher just the broken leg')).not.toBeNull();
		expect(request('esquece o cupom quero falar com um atendente sobre o frete do sofá')).not.toBeNull();
	});

	it('does not read someone else\'s words, or a "don\'t care" with its own complement, as taking the request back', () => {
		expect(request('i need a real person the bike rack app keeps telling me to forget it')).not.toBeNull();
		expect(request('quiero hablar con un agente sobre la cuota del gimnasio me da igual esperar')).not.toBeNull();
	});

	it('reads a take-back closing a later comma clause past a thanks as taking the request back, not one with its own object', () => {
		expect(request('could a person help me with the locker code, oh it is printed on the receipt, never mind thanks')).toBeNull();
		expect(request('kan jeg tale med en medarbejder om skabet? nå den står på kvitteringen, glem det tak')).toBeNull();
		expect(request('¿puedo hablar con alguien de la taquilla? ah ya lo veo en el ticket, olvídalo gracias')).toBeNull();
		expect(request('never mind the locker thanks, I need a person to open it for me now')).not.toBeNull();
		expect(request('laisse tomber le casier merci, passez-moi un conseiller tout de suite')).not.toBeNull();
	});
});
