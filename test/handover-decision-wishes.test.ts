import { request } from './helpers/decision';

describe('a person wished to contact the user', () => {
	it('reads a conditional or wondering wish that a person contact the user as a request', () => {
		expect(request('it would be wonderful if a consultant phoned me about the kitchen quote')).not.toBeNull();
		expect(request('I was wondering if a supervisor could get in touch regarding the late invoice')).not.toBeNull();
		expect(request('Me encantaría que alguien de la oficina me llamara mañana por la mañana.')).not.toBeNull();
		expect(request('Ich würde mich freuen, wenn sich jemand aus der Buchhaltung bei mir meldet.')).not.toBeNull();
		expect(request('Det ville være fint hvis en fra kontoret ringede i eftermiddag.')).not.toBeNull();
		expect(request('Ce serait sympa qu\'une personne du service me rappelle demain.')).not.toBeNull();
		expect(request('Eu gostaria muito se alguém do escritório me ligasse ainda hoje.')).not.toBeNull();
		expect(request('Ningefurahi kama mtu wa huduma angenipigia kesho asubuhi.')).not.toBeNull();
	});

	it('reads the same wish about a thing, or with a person doing something else, as no request', () => {
		expect(request('It would be wonderful if the tracking page showed the van on a map.')).toBeNull();
		expect(request('Sería estupendo que la factura llegara por correo electrónico.')).toBeNull();
		expect(request('It would be nice if somebody fixed the typo on your homepage.')).toBeNull();
		expect(request('Es wäre gut, wenn jemand den Aufzug im Parkhaus repariert.')).toBeNull();
	});

	it('reads the wish as past after a perfect, or as someone else\'s after a report of their words', () => {
		expect(request('It would have been lovely if a consultant had phoned me before the fitting.')).toBeNull();
		expect(request('Habría sido estupendo que alguien de la oficina me llamara antes.')).toBeNull();
		expect(request('Det ville have været fint hvis en fra kontoret havde ringet i går.')).toBeNull();
		expect(request('My sister said it would be great if somebody from the shop called her.')).toBeNull();
	});

	it('reads an "if" after a verb of knowing or asking as asking whether, not as a wish', () => {
		expect(request('I would like to know if the consultant phoned me while I was at the dentist.')).toBeNull();
		expect(request('Ce serait utile de savoir si une personne m\'appelait pendant mon absence.')).toBeNull();
	});

	it('reads a subjunctive after a wish as wished, though without its accent it spells a promise', () => {
		expect(request('Me vendría bien que alguien me llamara.')).not.toBeNull();
		expect(request('Un asesor me llamará mañana por la tarde.')).toBeNull();
	});

	it('leaves a wish on a condition still to come to the condition', () => {
		expect(request('If the boiler fails again next winter, it would be nice if a consultant phoned me.')).toBeNull();
	});
});
