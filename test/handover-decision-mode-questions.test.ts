import { request } from './helpers/decision';

describe('a question about when or how a handover happens', () => {
	it('reads no request in a question whether the handover happens by itself', () => {
		expect(request('will the assistant pass my shoppers to an agent automatically when it is stuck?')).toBeNull();
		expect(request('¿la plataforma pasa automáticamente al cliente con un agente si el bot no sabe?')).toBeNull();
		expect(request('o chatbot transfere sozinho para um atendente quando não entende o cliente?')).toBeNull();
		expect(request("le widget transfère-t-il automatiquement le visiteur à un conseiller le soir ?")).toBeNull();
		expect(request('übergibt das Widget abends automatisch an einen Mitarbeiter?')).toBeNull();
		expect(request('sender widgetten automatisk kunden videre til en medarbejder om aftenen?')).toBeNull();
		expect(request('widgetnya otomatis mengalihkan pengunjung ke agen kalau malam?')).toBeNull();
		expect(request('widget inampeleka mgeni kwa wakala yenyewe usiku?')).toBeNull();
	});

	it('reads no request in a question in which cases it happens', () => {
		expect(request('in which cases does the widget hand a visitor to a human agent?')).toBeNull();
		expect(request('¿en qué casos el widget pasa al visitante con un agente humano?')).toBeNull();
		expect(request('le widget confie le visiteur à un conseiller humain dans quels cas ?')).toBeNull();
		expect(request('In welchen Fällen gibt das Widget den Besucher an einen Mitarbeiter ab?')).toBeNull();
		expect(request('dalam kasus apa widget meneruskan pengunjung ke agen manusia?')).toBeNull();
	});

	it('still reads a request of the user, or one in another sentence', () => {
		expect(request('I need a person, does that happen automatically?')).not.toBeNull();
		expect(request('does it hand off automatically? doesn’t matter, put me through to an agent now')).not.toBeNull();
		expect(request('the bot said it would transfer me automatically but nothing happened. connect me with an agent please')).not.toBeNull();
		expect(request('ich brauche einen Mitarbeiter, geht das automatisch?')).not.toBeNull();
		expect(request('quero falar com um atendente, isso é automático?')).not.toBeNull();
	});
});
