import { request } from './helpers/decision';

describe('a person the matter in hand needs', () => {
	it('reads "this needs a person" as asking for one', () => {
		expect(request('Sorry, I really think this needs a person from the accounts team, the invoice total is wrong.')).not.toBeNull();
		expect(request('Me parece que eso lo tiene que revisar alguien de la tienda, el paquete llegó abierto.')).not.toBeNull();
		expect(request('Jeg tror dette kræver en person, kortet bliver ved med at blive afvist.')).not.toBeNull();
		expect(request('Acho que isto precisa de alguém do financeiro, a fatura veio em dobro.')).not.toBeNull();
		expect(request('Sepertinya ini perlu orang dari tim keuangan, tagihannya dobel.')).not.toBeNull();
	});

	it('reads the need of a thing, of something named, a question or a denial as no request', () => {
		expect(request('I think this needs a new charger, which one fits the older model?')).toBeNull();
		expect(request('The wardrobe needs a person to carry it upstairs, do you offer that?')).toBeNull();
		expect(request('This requires a person at home when the courier comes, right?')).toBeNull();
		expect(request('I don\'t think this needs a person, the app will do.')).toBeNull();
		expect(request('Jeg tror ikke dette kræver en person, jeg klarer det selv.')).toBeNull();
	});
});
