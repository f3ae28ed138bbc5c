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
