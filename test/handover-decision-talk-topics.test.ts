import { request } from './helpers/decision';

describe('a talk verb after the person, with what the talk is about after it', () => {
	it('reads a topic of any length after a verb ending its clause as what the request is about', () => {
		expect(request('würde gern mit einer Beraterin telefonieren wegen der Nebenkostenabrechnung für unsere Wohnung in Kassel')).not.toBeNull();
		expect(request('Kann mich bitte jemand aus dem Kundendienst anrufen wegen der kaputten Spülmaschine vom letzten Dienstag?')).not.toBeNull();
		expect(request('Kann mich ein Berater heute noch anrufen wegen der falschen Rechnung für den Wintergarten?')).not.toBeNull();
	});

	it('does not read a report, a negated wish or a request for a thing with the same topic as a request', () => {
		expect(request('ich habe gestern mit einem Berater telefoniert wegen der Nebenkostenabrechnung für unsere Wohnung in Kassel')).toBeNull();
		expect(request('ich möchte nicht mit einem Berater chatten wegen der Nebenkostenabrechnung für unsere Wohnung in Kassel')).toBeNull();
		expect(request('kann ich die Rechnung auch per Post anfordern wegen der Nebenkostenabrechnung für unsere Wohnung in Kassel?')).toBeNull();
		expect(request('mein Berater wollte mich anrufen wegen der Nebenkostenabrechnung, hat er aber nicht')).toBeNull();
	});
});

describe('a request noun with "with"', () => {
	it('reads a call, a conversation or an appointment asked for with a person as a request', () => {
		expect(request('could I book a quick call with an adviser about my pension transfer?')).not.toBeNull();
		expect(request('necesito una videollamada con un técnico, la alarma del garaje no se desactiva')).not.toBeNull();
		expect(request('Ist ein kurzes Telefonat mit einer Sachbearbeiterin heute noch möglich?')).not.toBeNull();
		expect(request('må jeg få en samtale med en rådgiver om min pension i dag?')).not.toBeNull();
	});

	it('does not read a call or a conversation the user had as a request', () => {
		expect(request('I had a quick call with an adviser about my pension transfer, all sorted')).toBeNull();
		expect(request('ayer tuve una videollamada con un técnico y la alarma del garaje ya funciona')).toBeNull();
		expect(request('Ich hatte heute ein kurzes Telefonat mit einer Sachbearbeiterin, alles erledigt.')).toBeNull();
		expect(request('jeg havde en samtale med en rådgiver om min pension i går')).toBeNull();
	});
});
