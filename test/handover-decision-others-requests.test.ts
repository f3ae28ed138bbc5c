import { request } from './helpers/decision';

describe('a request whose subject is someone close to the user', () => {
	it('reads the want of a relative or friend as theirs when it is reported or set against the user\'s own', () => {
		expect(request('my wife wants to talk to a manager but I just need the invoice')).toBeNull();
		expect(request('mi tío dice que quiere hablar con un encargado por la garantía de la nevera')).toBeNull();
		expect(request('ma cousine voulait parler à un conseiller pour son forfait, mais moi je cherche juste vos horaires')).toBeNull();
		expect(request('meine Nachbarin will mit einem Mitarbeiter sprechen, aber ich brauche nur die Rechnung')).toBeNull();
		expect(request('ibu saya mau ngomong sama CS tapi saya cuma mau tanya jam buka')).toBeNull();
		expect(request('rafiki yangu alisema anataka kuongea na mhudumu')).toBeNull();
	});

	it('keeps the request when the user speaks in its clause, asks on their own, or asks for the person they care for', () => {
		expect(request('my husband and I want to talk to someone')).not.toBeNull();
		expect(request('my husband wants a refund, and I want to talk to a manager')).not.toBeNull();
		expect(request('my mother needs to talk to a nurse, can you put me through?')).not.toBeNull();
		expect(request('mi tía y yo queremos hablar con un encargado')).not.toBeNull();
		expect(request('kak saya mau ngomong sama CS')).not.toBeNull();
		expect(request('Mein Mann sagt, er will mit einem Mitarbeiter sprechen, bitte verbinden Sie mich')).not.toBeNull();
	});
});
