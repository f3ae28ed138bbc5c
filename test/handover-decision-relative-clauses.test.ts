import { request } from './helpers/decision';

describe('a relative clause after a talk verb that ends its clause', () => {
	it('reads the person before the verb as asked for when a relative clause about them follows', () => {
		expect(request('ich will mit dem Dachdecker reden der am Dienstag bei uns auf dem Dach war')).not.toBeNull();
		expect(request('ich möchte mit der Hebamme sprechen die mich letzte Woche betreut hat')).not.toBeNull();
		expect(request('kann ich mit Jonas telefonieren der die Küche geplant hat')).not.toBeNull();
	});

	it('reads none for someone else\'s wish, a past report or talk about a thing', () => {
		expect(request('mein Schwager will mit dem Dachdecker reden der bei ihm das Dach gemacht hat')).toBeNull();
		expect(request('ich habe gestern mit der Hebamme gesprochen die mich betreut hat, alles gut')).toBeNull();
		expect(request('wir wollen über das Angebot reden das gestern kam, es ist zu teuer')).toBeNull();
	});
});
