import { request } from './helpers/decision';

describe('a person asked now to contact the user (contactRequests.ts)', () => {
	it('reads a person as the subject of a contact verb whose object is the user, asked by a modal, a plea or an urger', () => {
		expect(request('Could a member of the lettings staff phone me after four about the boiler in flat 3?')).not.toBeNull();
		expect(request('Frau Albers aus der Buchhaltung soll mich bitte morgen früh anrufen wegen der Mahnung.')).not.toBeNull();
		expect(request('Mohon petugas loket bisa menghubungi saya soal tiket kapal yang batal.')).not.toBeNull();
		expect(request('Kuna mtu wa ofisi ya ardhi anaweza kunipigia leo kuhusu hati yangu?')).not.toBeNull();
		expect(request('Tunaomba afisa wa maji atupigie kesho kuhusu mita iliyovunjika.')).not.toBeNull();
		expect(request('¿Podría llamarnos alguien de la autoescuela esta tarde por el examen práctico?')).not.toBeNull();
		expect(request('Madame Roux du service scolarité pourrait-elle me téléphoner demain matin ?')).not.toBeNull();
	});

	it('reads the same person and verb reported, in a condition, asked about in the past, sending a thing, or a thing as the subject as no request', () => {
		expect(request('The receptionist said someone from the lettings staff could phone me after four, fine by me.')).toBeNull();
		expect(request('If a member of the lettings staff phones me after four, tell them the boiler is fixed.')).toBeNull();
		expect(request('Did the lettings officer call me yesterday about the boiler in flat 3?')).toBeNull();
		expect(request('Could a member of the lettings staff email me a copy of the boiler certificate for flat 3?')).toBeNull();
		expect(request('Kann mich die Buchungsseite anrufen, wenn der Hausmeister unterwegs ist?')).toBeNull();
		expect(request('Petugas loket sudah menghubungi saya kemarin soal tiket kapal yang batal.')).toBeNull();
		expect(request('Wenn mich der Hausmeister morgen anruft, sage ich ihm die Kontonummer.')).toBeNull();
	});

	it('reads the user before a person whose unit parts them from the verb, a reflexive contact phrase, and a wish opened by a plea', () => {
		expect(request('Könnte mich bitte jemand vom Fundbüro wegen meines Rucksacks kontaktieren?')).not.toBeNull();
		expect(request('¿Puede alguien de la secretaría del colegio ponerse en contacto conmigo hoy?')).not.toBeNull();
		expect(request('Por favor, que una persona de recepción se ponga en contacto conmigo antes de las diez.')).not.toBeNull();
		expect(request('Porfa que el encargado de almacén me llame, el pedido llegó incompleto.')).not.toBeNull();
	});

	it('reads the same words asking to be told, reported, or after a "now that" as no request', () => {
		expect(request('Let me know when someone from the kitchen calls me back about the allergy menu.')).toBeNull();
		expect(request('Ich weiß nicht, ob mich jemand vom Fundbüro angerufen hat.')).toBeNull();
		expect(request('Alguien de la secretaría se puso en contacto conmigo ayer y ya está resuelto.')).toBeNull();
		expect(request('Agora que alguém da loja vai me ligar, posso esperar tranquilo.')).toBeNull();
		expect(request('Por favor, dime si alguien de recepción se pone en contacto conmigo.')).toBeNull();
	});
});
