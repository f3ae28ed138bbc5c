import { strength } from './helpers/decision';

describe('a person shouted for at the start of a message, before the problem', () => {
	it('reads a person word shouted as its own sentence, repeated or beside a team word, as asking for a person', () => {
		expect(strength('MENSCH!!! MENSCH!!! die Rechnung ist doppelt abgebucht worden')).toBe('explicit');
		expect(strength('SUPPORT!!! MENSCH!!! mein Konto ist gesperrt und keiner antwortet')).toBe('explicit');
		expect(strength('person!! person!! my flight got cancelled and the app shows nothing')).toBe('explicit');
		expect(strength('MENNESKE!!! MENNESKE!!! min bestilling er forsvundet')).toBe('explicit');
		expect(strength('KUNDESERVICE!!! MENNESKE!!! jeg er blevet trukket to gange')).toBe('explicit');
		expect(strength('MANUSIA!!! MANUSIA!!! pesanan gw ilang dari kemarin')).toBe('explicit');
		expect(strength('ADMIN!!! ORANG!!! akun gw kena hack')).toBe('explicit');
		expect(strength('CS!!! MANUSIA!!! saldo gw kepotong terus')).toBe('explicit');
	});

	it('leaves a team word shouted alone as an offer, and a lone interjection, human error, tickets and complaints alone', () => {
		expect(strength('SUPPORT!!! my account got locked after the update')).toBe('ambiguous');
		expect(strength('KUNDENSERVICE!!! mein Paket ist weg')).toBe('ambiguous');
		expect(strength('Mensch! Mensch! das dauert ja ewig heute')).toBe('none');
		expect(strength('Mensch!! ich hab das Passwort schon wieder vergessen')).toBe('none');
		expect(strength('HUMAN ERROR!!! I sent the money to the wrong IBAN, how do I undo it?')).toBe('none');
		expect(strength('MENSCHLICHES VERSAGEN!!! falsche Adresse eingegeben')).toBe('none');
		expect(strength('meine Freundin schrie MENSCH!!! MENSCH!!! als das Paket kam')).toBe('none');
	});
});
