import { request } from './helpers/decision';

describe('a request for the next time something happens (futureConditions.ts)', () => {
	it('reads none when "next time" opens the request\'s clause, whatever word for now follows', () => {
		expect(request('next time the parcel goes missing I will ask for a supervisor straight away')).toBeNull();
		expect(request('la próxima vez que el router se caiga pido un técnico enseguida')).toBeNull();
		expect(request('da próxima vez que a encomenda atrasar eu peço logo um atendente')).toBeNull();
		expect(request('la prochaine fois que la box tombe en panne je demande tout de suite un technicien')).toBeNull();
		expect(request('næste gang der mangler en vare i kassen vil jeg have en medarbejder i røret med det samme')).toBeNull();
		expect(request('lain kali kalau paketnya telat lagi saya langsung minta bicara sama petugas')).toBeNull();
		expect(request('wakati ujao kifurushi kikichelewa nitaomba kuongea na wakala moja kwa moja')).toBeNull();
	});

	it('reads none after a clause that "next time" opens with a conditional or a "that" word', () => {
		expect(request('nächstes Mal, wenn der Router wieder ausfällt, verlange ich sofort einen Techniker')).toBeNull();
		expect(request('la próxima vez que me cobren de más, pido hablar con un supervisor')).toBeNull();
	});

	it('reads none when "next time" stands alone before a comma and a conditional clause of its own', () => {
		expect(request('Nächstes Mal, wenn die Heizung ausfällt, lasse ich mir sofort einen Techniker schicken')).toBeNull();
		expect(request('la próxima vez, si me cobran de más, pido hablar con un supervisor')).toBeNull();
		expect(request('next time, if the parcel goes missing, I will ask for a supervisor straight away')).toBeNull();
		expect(request('nächstes Mal geht das schneller, ich will jetzt einen Techniker')).not.toBeNull();
		expect(request('next time, fine, but now put me through to a supervisor')).not.toBeNull();
	});

	it('keeps a request asked now beside a "next time" that sets no condition', () => {
		expect(request('next time will be too late, I need to talk to a supervisor about the missing parcel today')).not.toBeNull();
		expect(request('la próxima vez ya no me sirve, quiero hablar con un técnico hoy')).not.toBeNull();
		expect(request('put me through to a person now, next time I will try the bot first')).not.toBeNull();
	});
});

describe('a past time opening the clause of a reported transfer (pastReports.ts)', () => {
	it('reads none for a transfer told after a time that opens its clause, however far before the person', () => {
		expect(request('ayer por la mañana pasaron a mi tía Carmen con un asesor de la aseguradora y le resolvieron todo')).toBeNull();
		expect(request('i går formiddags stillede de min onkel Poul om til en rådgiver hos forsikringen og det gik fint')).toBeNull();
	});

	it('keeps a request in a clause of its own after the report', () => {
		expect(request('ayer por la mañana pasaron a mi tía con un asesor y no sirvió, ahora quiero hablar yo con un supervisor')).not.toBeNull();
	});
});
