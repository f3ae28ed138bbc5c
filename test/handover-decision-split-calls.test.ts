import { request } from './helpers/decision';

describe('a German call verb put first, its particle at the end of the clause', () => {
	it('reads a call asked for with any words between the verb and its particle', () => {
		expect(request('Rufen Sie mich bitte morgen Vormittag zwischen neun und elf wegen meines Umzugs nach Wels an.')).not.toBeNull();
		expect(request('ruf mich doch einfach schnell an wenn du Zeit hast')).not.toBeNull();
		expect(request('bitte ruft mich jemand aus dem Baumarkt wegen der Lieferung zurück')).not.toBeNull();
		expect(request('Ruft uns bitte heute noch an 0664 1234567, die Markise klemmt.')).not.toBeNull();
		expect(request('Ruf mich bitte an der Rezeption vom Hotel Seeblick an.')).not.toBeNull();
	});

	it('reads no request in a statement, a question about a call, a denial, a report or an open question', () => {
		expect(request('Ich rufe Sie morgen früh wegen der Kaution an.')).toBeNull();
		expect(request('Warum ruft mich bei euch eigentlich nie jemand an?')).toBeNull();
		expect(request('Rufen Sie mich bitte nicht mehr wegen der Umfrage an.')).toBeNull();
		expect(request('Der Vermieter sagte, ruf mich am Montag zurück.')).toBeNull();
		expect(request('Ruft mich da wegen der Garantie noch jemand an oder nicht?')).toBeNull();
	});

	it('reads the reflexive imperative of sich melden with words before the user', () => {
		expect(request('Meldet euch bitte heute noch bei mir, der Umzugskarton fehlt.')).not.toBeNull();
		expect(request('Melden Sie sich bitte kurz telefonisch bei uns wegen der Anzahlung.')).not.toBeNull();
		expect(request('Ich melde mich morgen bei euch, wenn ich die Quittung finde.')).toBeNull();
	});

	it('reads the particle as closing the call when a time of the call follows it', () => {
		expect(request('Der Pelletofen geht dauernd aus. Ruf mich bitte morgen an so gegen halb acht, dann bin ich in der Werkstatt.')).not.toBeNull();
		expect(request('Rufen Sie mich bitte heute an zwischen zwölf und eins wegen der Urnenwahl.')).not.toBeNull();
		expect(request('Ich rufe Sie morgen an so gegen halb acht wegen der Urnenwahl.')).toBeNull();
	});
});
