import { request } from './helpers/decision';

describe('German formal letters and wishes (German pack)', () => {
	it("reads a letter's salutation before 'bitte' as no person urged on", () => {
		expect(request('Sehr geehrte Damen und Herren, bitte senden Sie mir eine Kopie der Jahresrechnung.')).toBeNull();
		expect(request('Sehr geehrtes Service-Team, bitte um Info zum Stand meiner Bestellung')).toBeNull();
		expect(request('Sehr geehrte Damen und Herren, bitte verbinden Sie mich mit einem Mitarbeiter')).not.toBeNull();
		expect(request('Sehr geehrte Damen und Herren, ich bitte um Rückruf')).not.toBeNull();
	});

	it('reads formal and Austrian wishes, expectations and passive transfers as requests', () => {
		expect(request('Ich ersuche Sie, dass sich Frau Albrecht umgehend bei mir meldet.')).not.toBeNull();
		expect(request('Ich wünsche mir einen Anruf von Ihrer Filialleiterin noch vor dem Wochenende.')).not.toBeNull();
		expect(request('Ich erwarte, dass sich ein Mitarbeiter heute bei mir meldet.')).not.toBeNull();
		expect(request('Als Kundin bitte ich darum, mit einem Mitarbeiter verbunden zu werden.')).not.toBeNull();
		expect(request('Ich erwarte den Techniker am Montag, kann ich die Uhrzeit ändern?')).toBeNull();
		expect(request('Ich wünsche mir mehr freundliche Mitarbeiter in der Filiale')).toBeNull();
		expect(request('ist der Live-Chat am Wochenende erreichbar?')).toBeNull();
	});

	it('reads managers named by their place, the technical department and "wer von euch" as persons asked for', () => {
		expect(request('ich möchte bitte den Hotelmanager sprechen')).not.toBeNull();
		expect(request('Wie kann ich im Passwortmanager einen Eintrag teilen?')).toBeNull();
		expect(request('Ich will jetzt endlich mit der Technik sprechen und nicht mit einem Chat.')).not.toBeNull();
		expect(request('Bitte stellt mich zum Aboservice durch.')).not.toBeNull();
		expect(request('kann wer von euch heute abend nochmal bei mir durchklingeln')).not.toBeNull();
		expect(request('wer von euch hat mein Paket verschickt?')).toBeNull();
	});
});
