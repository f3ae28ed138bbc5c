import { request } from './helpers/decision';

describe('a person who speaks a report, not asked for', () => {
	it('reads none for a person followed by a report verb', () => {
		expect(request('the depot supervisor told my wife the van would come before noon, is that still the plan?')).toBeNull();
		expect(request('the marina operator told my brother we could stay another night, true?')).toBeNull();
		expect(request('teknisi nya bilang garansinya masih berlaku, cara klaimnya gimana?')).toBeNull();
		expect(request('en medarbejder sagde at pakkeboksen kun holder pakker i 48 timer')).toBeNull();
	});

	it('reads none for the speaker of a passive report', () => {
		expect(request('I was told by an agent that the locker keeps parcels for 48 hours, is that right?')).toBeNull();
		expect(request('min bror fik at vide af en medarbejder at kortet er spærret, hvordan låser jeg det op?')).toBeNull();
		expect(request('min søster blev fortalt af en medarbejder at pakkeboksen er lukket')).toBeNull();
	});

	it('keeps a request beside a report of someone else', () => {
		expect(request('put me through to the manager, your agent told me to ask for her')).not.toBeNull();
		expect(request('can I speak to an agent, the bot said I could')).not.toBeNull();
		expect(request('ich möchte mit dem Mitarbeiter sprechen, der mir gesagt hat, dass die Lieferung kostenlos ist')).not.toBeNull();
		expect(request('saya mau bicara dengan petugas yang bilang paket saya sudah dikirim')).not.toBeNull();
		expect(request('stil mig om til en medarbejder, chatbotten sagde at jeg kunne spørge')).not.toBeNull();
		expect(request('pásame con un asesor, el bot dijo que podía pedirlo')).not.toBeNull();
	});
});
