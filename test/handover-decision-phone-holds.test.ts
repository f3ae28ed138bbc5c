import { request } from './helpers/decision';

describe('a person got or had on the phone', () => {
	it('reads a person after a want verb, with the place they work and "on the phone" closing the clause, as put through', () => {
		expect(request('Could you get me the receptionist at the eye clinic on the phone, my appointment letter has the wrong date')).not.toBeNull();
		expect(request('can I get the dental hygienist from the Leeds practice on the phone?')).not.toBeNull();
		expect(request('Ich hätte gern den Apotheker aus der Filiale am Telefon, das Rezept wurde falsch eingelöst')).not.toBeNull();
	});

	it('reads a thing on the user\'s own phone, a phone number, the phone as the object and a past call as no request', () => {
		expect(request('can I get the app from the pharmacist on my phone, it only opens on the tablet')).toBeNull();
		expect(request('can i get the receptionist\'s phone number, I will ring tomorrow')).toBeNull();
		expect(request('je voudrais ajouter le téléphone de ma fille à mon abonnement')).toBeNull();
		expect(request('I had the receptionist at the eye clinic on the phone yesterday and she moved my appointment')).toBeNull();
		expect(request('My neighbour wants to get the receptionist at the eye clinic on the phone, what time do you open?')).toBeNull();
	});
});

describe('a person got or put on the phone by a verb of getting or putting', () => {
	it('reads a person the verb gets on the phone or line closing the clause, asked now', () => {
		expect(request('please get the reservations manager at the Harbourside hotel on the line, our room key cards all stopped working')).not.toBeNull();
		expect(request('could you get the person in charge of group tours on the phone? the coach never turned up')).not.toBeNull();
		expect(request('Können Sie mir die Leiterin der Kita ans Telefon holen? Mein Sohn wurde nicht abgeholt')).not.toBeNull();
		expect(request('Kann ich den Filialleiter ans Telefon bekommen?')).not.toBeNull();
		expect(request('kan I få lederen af udlejningen i telefonen? nøglen til sommerhuset passer ikke')).not.toBeNull();
		expect(request('consegue pôr a coordenadora do curso ao telefone? a minha matrícula sumiu do sistema')).not.toBeNull();
	});

	it('reads the user put on the phone with a person', () => {
		expect(request('ponme al teléfono con la encargada del almacén, el palé de baldosas sigue sin salir')).not.toBeNull();
		expect(request('me coloca no telefone com o responsável pela oficina, o carro está parado há dez dias')).not.toBeNull();
		expect(request('niweke kwenye simu na msimamizi wa ghala, mzigo wangu haujatoka')).not.toBeNull();
	});

	it('reads a report, a plan, a negation, a take-back, a hold, a put-down phone and the verb "call" as no request', () => {
		expect(request('they put the reservations manager on the line yesterday and he sorted the key cards')).toBeNull();
		expect(request('I could not get the person in charge of group tours on the phone all week')).toBeNull();
		expect(request('can I get a supervisor on the line — no wait, forget it, the coach just arrived')).toBeNull();
		expect(request('the receptionist put me on hold for half an hour and then the line went dead')).toBeNull();
		expect(request('give me a minute, I have to put the phone down and find the booking code')).toBeNull();
		expect(request('Ich hole meinen Mann ans Telefon, er hat die Rechnung')).toBeNull();
		expect(request('Voy a poner a mi madre al teléfono, ella tiene el número de pedido')).toBeNull();
	});
});
