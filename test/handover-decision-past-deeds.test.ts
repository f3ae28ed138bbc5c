import { request } from './helpers/decision';

describe('what a person opening the clause did (pastDeeds)', () => {
	it('reads staff told about in the past as no request', () => {
		expect(request('en medarbejder i banken gav mig et forkert kontonummer')).toBeNull();
		expect(request('en rådgiver fra pensionskassen anbefalede mig at skifte fond')).toBeNull();
		expect(request('nogen fra boligforeningen har smidt vores cykler ud')).toBeNull();
		expect(request('nogen fra kommunen var her og målte haven op')).toBeNull();
		expect(request('rådgiver Lise gav mig en god rente sidste år')).toBeNull();
	});

	it('keeps a request with a modal before the past form, or time or a chance after "har", or an urger', () => {
		expect(request('kan en medarbejder ringe mig op har ventet hele dagen')).not.toBeNull();
		expect(request('en medarbejder skal ringe mig op var lovet i går')).not.toBeNull();
		expect(request('nogen fra jer har tid til at ringe mig i dag')).not.toBeNull();
		expect(request('en medarbejder har mulighed for at ringe mig efter kl 15')).not.toBeNull();
		expect(request('en medarbejder nu har ventet i 40 min')).not.toBeNull();
	});

	it('reads the Danish forms only in Danish: English "bad" is no "bad" (asked)', () => {
		expect(request('human agent bad bot wont help')).not.toBeNull();
	});

	it('reads a regular past form no pack lists by its ending (pastDeedForms: "*ede")', () => {
		expect(request('En medarbejder fra jer udleverede en forkert nøgle til min søn.')).toBeNull();
		expect(request('en medarbejder fra jer afleverede pakken hos naboen')).toBeNull();
		expect(request('nogen fra jeres lager pakkede den forkerte farve')).toBeNull();
		expect(request('en rådgiver hos jer oprettede en forkert konto til mig')).toBeNull();
	});

	it('keeps a request whose past form follows a modal, a relative or the user', () => {
		expect(request('kan en medarbejder ringe mig op, jeg afleverede pakken i går')).not.toBeNull();
		expect(request('kan en medarbejder der reparerede vaskemaskinen ringe mig op?')).not.toBeNull();
		expect(request('kan en rådgiver ringe mig op? jeg oprettede kontoen forkert')).not.toBeNull();
	});

	it('reads staff who gave a talk or showed the user round as no request', () => {
		expect(request('En medarbejder fra jer holdt et fint oplæg om efterløn på min arbejdsplads. Skal jeg blive i a-kassen?')).toBeNull();
		expect(request('en medarbejder viste mig rundt i butikken')).toBeNull();
	});

	it('reads a deed told before a comma as told, whatever the question after the comma asks', () => {
		expect(request('En medarbejder har lovet mig en rabat, gælder den også online?')).toBeNull();
		expect(request('Når en medarbejder har set på sagen, hvornår får jeg så svar?')).toBeNull();
		expect(request('en medarbejder gav mig et forkert nummer, kan I ringe mig op?')).not.toBeNull();
		expect(request('nogen fra jer har tid til at ringe mig i dag, ikke?')).not.toBeNull();
	});

	it('reads a past deed asked about before its subject ("Har en medarbejder godkendt …?") as no request', () => {
		expect(request('Har en medarbejder godkendt min refusion?')).toBeNull();
		expect(request('Har jeres rådgiver set på min sag?')).toBeNull();
		expect(request('fik en medarbejder mine papirer i går?')).toBeNull();
	});

	it('keeps "har" with time, a chance or a relative after the person, and a team asked for its address', () => {
		expect(request('har en medarbejder tid til at ringe mig i dag?')).not.toBeNull();
		expect(request('har en medarbejder mulighed for at ringe mig op?')).not.toBeNull();
		expect(request('har en medarbejder der kan hjælpe mig?')).not.toBeNull();
		expect(request('har en rådgiver der kan tale med mig om pension?')).not.toBeNull();
	});
});
