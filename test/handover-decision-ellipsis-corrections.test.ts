import { request } from './helpers/decision';

describe('requests declined after an ellipsis', () => {
	it('reads a decline set off by a comma after an ellipsis as taking the request back', () => {
		expect(request('Bitte mit jemandem vom Verleih verbinden… ne, doch nicht, das Zelt lag die ganze Zeit im Kofferraum.')).toBeNull();
		expect(request('Bitte mit jemandem vom Verleih verbinden… nein, schon gut, das Zelt lag im Kofferraum.')).toBeNull();
		expect(request('can I talk to an agent about the gym locker... nope, the code was on the receipt all along')).toBeNull();
		expect(request('quero falar com um atendente sobre o frete… não, deixa, o pacote apareceu na portaria')).toBeNull();
	});

	it('still reads the request when the break refuses the bot, asks again or the decline has no comma after it', () => {
		expect(request('can I talk to an agent about the gym locker... no, not the bot, I need a real person')).not.toBeNull();
		expect(request('can I talk to an agent about the gym locker... no, the bot is useless')).not.toBeNull();
		expect(request('Bitte mit jemandem vom Verleih verbinden… nein, ich will einen Menschen, keine FAQ')).not.toBeNull();
		expect(request('can I talk to an agent about the gym locker. no, I mean the one at the pool')).not.toBeNull();
	});
});
