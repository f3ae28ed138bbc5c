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

describe('German requests taken back, denied or reported (German pack)', () => {
	it('reads a request noun denied by its inverted want verb, a callback asked for or promised before, and one already had as no request', () => {
		expect(request('Einen Rückruf brauche ich nicht mehr, das Problem mit der Ladestation hat sich von selbst erledigt.')).toBeNull();
		expect(request('bitte keinen rückruf ich schreibe lieber hier im chat weiter')).toBeNull();
		expect(request('Ich habe schon dreimal um einen Rückruf gebeten und nie wieder etwas gehört.')).toBeNull();
		expect(request('Ihr Mitarbeiter hat mir einen Rückruf versprochen, passiert ist natürlich nichts.')).toBeNull();
		expect(request('Eigentlich wollte ich um einen Rückruf bitten, aber ich habe die Antwort in den FAQ gefunden.')).toBeNull();
		expect(request('Den Termin mit dem Energieberater haben wir schon vereinbart, er kommt am Dienstag.')).toBeNull();
		expect(request('Der Rückruf heute um 10 Uhr hat geklappt, Ihre Kollegin konnte alles klären.')).toBeNull();
		expect(request('Ich bitte um einen Rückruf, die Rechnung stimmt nicht.')).not.toBeNull();
	});
});

describe('German roles, matters talked over and dialect callbacks (German pack)', () => {
	it('reads heads named by their place, a matter to talk over with a person and Bavarian callbacks as requests', () => {
		expect(request('kann mich der Marktleiter vom Landhandel anrufen? es geht um die Bestellung')).not.toBeNull();
		expect(request('Ich bitte Sie, mich an die Sachbearbeiterin für Kindergeld durchzustellen, der Antrag hängt seit März.')).not.toBeNull();
		expect(request('Ich möchte das gern direkt mit meinem Verkäufer Herrn Krüger besprechen.')).not.toBeNull();
		expect(request('geht des, dass mi wer zruckruaft?')).not.toBeNull();
		expect(request('mir ist bei Graz der Reifen geplatzt und ich hab kein Reserverad. Könnts ihr wen vorbeischicken?')).not.toBeNull();
		expect(request('An wen soll ich die Unterlagen schicken?')).toBeNull();
		expect(request('Wenn Sie das nicht lösen können, will ich jetzt sofort einen Mitarbeiter sprechen')).not.toBeNull();
		expect(request('Falls der Drucker morgen wieder streikt, will ich einen echten Menschen am Telefon')).toBeNull();
	});

	it('reads a matter talked over before, or what the user has to talk over first, as no request', () => {
		expect(request('Ich habe das mit dem Berater besprochen')).toBeNull();
		expect(request('Das muss ich erst mit dem Vermieter besprechen')).toBeNull();
		expect(request('Muss ich zuerst mit einem Berater sprechen?')).toBeNull();
		expect(request('Können wir das hier im Chat besprechen?')).toBeNull();
		expect(request('Was ist ein "Agent" in eurer Kamera-App? Da steht "Agent offline" bei der Basisstation')).toBeNull();
		expect(request('Was bedeutet "Agent" in meiner Buchungsbestätigung? Da steht Agent: FeWo-Portal Süd.')).toBeNull();
	});
});
