import { request } from './helpers/decision';

describe('requests passed on after a report and "that"', () => {
	it('reads a request after a report word, "that" and a person as passed on', () => {
		expect(request('Le labo m\'a laissé un message disant que quelqu\'un allait me rappeler pour refaire le prélèvement. Je dois venir à jeun ?')).toBeNull();
		expect(request('Ihr Mitarbeiter hat mir am Telefon versprochen, dass jemand zurückruft. Passiert ist nichts.')).toBeNull();
		expect(request('Jeg fik en sms om at nogen fra auktionen havde prøvet at ringe.')).toBeNull();
		expect(request('La clínica me dejó un aviso diciendo que un asesor me llamaría para el presupuesto del implante.')).toBeNull();
	});

	it('keeps a "that" request without a report word, or with a want verb or an urger in its sentence', () => {
		expect(request('Quiero que un asesor me llame para el presupuesto del implante, hoy mismo si se puede.')).not.toBeNull();
		expect(request('Ich hätte gern, dass mich ein Mitarbeiter wegen der Winterreifen zurückruft, die Felgen passen nicht.')).not.toBeNull();
		expect(request('solicito que un agente me devuelva la llamada')).not.toBeNull();
		expect(request('jeg beder om at en medarbejder ringer mig op')).not.toBeNull();
		expect(request('er hat gesagt, dass jemand zurückruft, aber bitte verbinden Sie mich jetzt mit einem Mitarbeiter')).not.toBeNull();
	});

	it('reads what someone said the user can do, the user opening what follows "that", as passed on', () => {
		expect(request('er hat gesagt dass ich mit einem Mitarbeiter in der Filiale sprechen kann')).toBeNull();
		expect(request('der techniker hat abgesagt und gesagt dass ich mit seinem chef reden kann')).toBeNull();
		expect(request('your letter says that i can speak to an adviser at any branch, do i need to bring my passport?')).toBeNull();
	});

	it('keeps the user\'s own wish after "that", or the user reporting their own words', () => {
		expect(request('I already told you that I need to speak to a manager')).not.toBeNull();
		expect(request('ich habe doch gesagt, dass ich mit einem Mitarbeiter sprechen will')).not.toBeNull();
		expect(request('Can I talk to a supervisor at the depot? The parcel never showed and the courier won\'t answer.')).not.toBeNull();
	});

	it('reads a report word the pack spells with accents, as the message words are read', () => {
		expect(request('Ayer el encargado me comentó que un asesor me va a llamar.')).toBeNull();
		expect(request('Ayer el encargado me comento que un asesor me va a llamar.')).toBeNull();
		expect(request("La banque m'a annoncé qu'un conseiller me rappellerait demain.")).toBeNull();
		expect(request('Die Bank hat angekündigt, dass ein Berater mich anruft.')).toBeNull();
		expect(request('Der Händler hat mir erklärt, dass ein Mitarbeiter mich zurückruft.')).toBeNull();
		expect(request('Quiero que un asesor me llame mañana, por favor.')).not.toBeNull();
	});

	it('reads German speech reported behind a comma without "dass" as passed on, and the same zu-infinitive after a plea as asked', () => {
		expect(request('Ihr Mitarbeiter hat versprochen, mich zurückzurufen, passiert ist nichts.')).toBeNull();
		expect(request('Der Hausmeister meinte, jemand von der Verwaltung kommt wegen dem Schimmel vorbei, wann genau?')).toBeNull();
		expect(request('Ich bitte Sie, mich umgehend zurückzurufen.')).not.toBeNull();
		expect(request('Der Techniker hat vergessen, mich anzurufen.')).toBeNull();
		expect(request('Er hat versucht, mich anzurufen.')).toBeNull();
		expect(request('Er hat versucht, mich zu erreichen, ich war nicht da. Bitte rufen Sie mich zurück.')).not.toBeNull();
		expect(request('Ich habe gesagt, mich soll jemand anrufen.')).not.toBeNull();
		expect(request('skriv til mig på mail, jeg skal have hjælp fra en i jeres supportteam')).not.toBeNull();
	});
});
