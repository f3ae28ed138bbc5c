import { strength } from './helpers/decision';

describe('a team thanked or judged', () => {
	it('is offered to no one', () => {
		for (const text of [
			'thanks so much to your support team, the parcel locker code worked',
			'your customer service is hopeless, nobody read my note about the broken lamp',
			'muchas gracias al soporte por arreglar lo del abono del tren',
			'su servicio al cliente es lentísimo, tres días para cambiar una dirección',
			'valeu pelo suporte de ontem com o boleto atrasado',
			'o atendimento de vocês é ótimo, resolveram a troca da cadeira num dia',
			'merci au support pour le changement de forfait si rapide',
			'votre service client est vraiment nul pour les échanges de chaussures',
			'danke an den Kundenservice für den schnellen Umtausch der Kaffeemaschine',
			'euer Support ist wirklich super, der Drucker läuft wieder',
			'tusind tak til kundeservice for hjælpen med flytningen af mit abonnement',
			'jeres support er langsom, fire dage for at ændre en adresse',
			'makasih tim CS udah bantu ganti alamat pengiriman kemarin',
			'asanteni timu ya huduma kwa wateja kwa kubadilisha tarehe ya safari',
			'huduma kwa wateja yenu ni nzuri sana, mmenisaidia haraka',
		]) expect([text, strength(text)]).toEqual([text, 'none']);
	});

	it('reads a team word said to break as a thing', () => {
		for (const text of [
			'the support of the shelf bent after one week, can I swap it?',
			'el soporte de la bicicleta estática se rompió al montarlo',
			'o suporte do monitor chegou rachado na caixa',
			'le support de la lampe est arrivé cassé',
			'der Support-Arm vom Monitor ist nach zwei Tagen gebrochen',
		]) expect([text, strength(text)]).toEqual([text, 'none']);
	});

	it('leaves a team offered, asked about or asked for', () => {
		expect(strength('customer service?')).toBe('ambiguous');
		expect(strength('support')).toBe('ambiguous');
		expect(strength('how do I contact support?')).toBe('ambiguous');
		expect(strength('el soporte no contesta, me pueden ayudar?')).toBe('ambiguous');
		expect(strength('thanks, how do I reach customer service?')).toBe('ambiguous');
		expect(strength('namba ya huduma kwa wateja ni gani?')).toBe('ambiguous');
		expect(strength('welche Abteilung ist für Rücksendungen zuständig?')).toBe('ambiguous');
		expect(strength('support for my cracked screen?')).toBe('ambiguous');
		expect(strength('kundeservice om en stol der gik i stykker efter en uge?')).toBe('ambiguous');
		expect(strength('your customer service is useless, put me through to a manager now')).toBe('explicit');
		expect(strength('danke, bitte verbinden Sie mich mit dem Kundenservice')).toBe('explicit');
	});
});
