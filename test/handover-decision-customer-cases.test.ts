import { request } from './helpers/decision';

describe('a request a customer makes in a case the user describes', () => {
	it('reads no request when a customer next to an "if" or "when" word is the one asking', () => {
		expect(request('We sell garden furniture. When a buyer asks for a real person late at night, who answers in your widget?')).toBeNull();
		expect(request('Si una usuaria escribe que quiere hablar con un agente en domingo, ¿quién recibe el aviso en mi tienda?')).toBeNull();
		expect(request('Sobald ein Besucher nach einem Mitarbeiter fragt, bekomme ich dann eine Benachrichtigung aufs Handy?')).toBeNull();
		expect(request('ketika pengunjung toko minta bicara dengan admin, notifikasinya masuk ke mana?')).toBeNull();
		expect(request('Mnunuzi akiomba kuongea na wakala jioni, ujumbe unakwenda wapi kwenye duka langu la vitabu?')).toBeNull();
		expect(request('Cuando los clientes piden hablar con una persona de madrugada, ¿el bot avisa a mi equipo?')).toBeNull();
	});

	it('reads no request in a person whose turn comes in such a case after it', () => {
		expect(request('How long does it usually take for an agent to join the chat once a buyer has asked for one?')).toBeNull();
		expect(request('Wie schnell übernimmt ein Mitarbeiter den Chat, sobald ein Besucher danach gefragt hat?')).toBeNull();
	});

	it('keeps the request of a user who is the customer, asks with an imperative or is the one to be called', () => {
		expect(request('I am a long-time customer and when I ask for a person I mean now: I want to talk to a manager about the bill.')).not.toBeNull();
		expect(request('cliente de toda la vida aquí: pásame con un encargado, me cobrasteis la lámpara dos veces')).not.toBeNull();
		expect(request('Wenn ein Kundenberater frei ist, verbinden Sie mich bitte mit ihm, es geht um die Gartenmöbel.')).not.toBeNull();
		expect(request('when a customer adviser is free, could they call me back about the sofa delivery?')).not.toBeNull();
		expect(request('I have been one of your customers for years and when I write I want to speak to a manager now.')).not.toBeNull();
		expect(request('please put me through to an agent, when a customer pays this much the bot is not enough')).not.toBeNull();
	});
});
