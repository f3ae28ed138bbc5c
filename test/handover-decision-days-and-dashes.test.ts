import { request } from './helpers/decision';

describe('a day the person is wanted on, a wish for a day, and a dash between clauses', () => {
	it('reads a day or time of day between a want verb and the person, with the word before a day', () => {
		expect(request('ich brauche übermorgen früh einen Elektriker für den Sicherungskasten in der Garage')).not.toBeNull();
		expect(request('Ich bräuchte am Freitag einen Installateur, die Dusche im Gästebad tropft')).not.toBeNull();
		expect(request('Wir bräuchten am Samstag Vormittag einen Klempner für die Gemeinschaftsküche im Vereinsheim.')).not.toBeNull();
	});

	it('does not read a day before a thing as a person, nor "more" as a day', () => {
		expect(request('ich brauche am Freitag die Rechnung vom Elektriker für meine Steuererklärung')).toBeNull();
		expect(request('we need more people on the weekend shift, the line at the bakery was endless')).toBeNull();
	});

	it('reads the "if" after a wish as what is wished, its day no condition still to come', () => {
		expect(request('Es wäre prima, wenn mich übermorgen jemand aus dem Mahnwesen anruft.')).not.toBeNull();
		expect(request('Ich würde mich freuen, wenn sich morgen Vormittag ein Berater wegen des Bausparvertrags meldet.')).not.toBeNull();
		expect(request('Wenn der Drucker morgen wieder streikt, will ich mit einem Techniker sprechen.')).toBeNull();
	});

	it('reads an en or em dash as the end of a clause, and a hyphen as part of a word', () => {
		expect(request('stell mich bitte zu einem Menschen durch – dein Bot versteht meine Frage zur Kaution nicht')).not.toBeNull();
		expect(request('please put me through to a person — your bot keeps looping on my refund question')).not.toBeNull();
		expect(request('Der Service-Mitarbeiter war super freundlich, danke dafür')).toBeNull();
	});
});
