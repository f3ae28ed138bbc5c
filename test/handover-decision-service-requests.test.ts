import { request } from './helpers/decision';

describe('a person asked now to do a service on the user\'s matter (serviceRequests.ts)', () => {
	it('reads a person asked by a modal, a plea or an "is there" to look at, go through, advise or answer the user or their thing', () => {
		expect(request('Could somebody from the frame shop look at my pictures of the warped door?')).not.toBeNull();
		expect(request('Könnte jemand aus dem Labor mal meine Blutwerte mit mir durchgehen?')).not.toBeNull();
		expect(request('Kann mich bitte jemand von euch bei der Wahl der Fliesen beraten?')).not.toBeNull();
		expect(request("Est-ce qu'une personne du magasin pourrait regarder mes photos du canapé ?")).not.toBeNull();
		expect(request('¿Podría alguien del taller revisar mi presupuesto antes del lunes?')).not.toBeNull();
		expect(request('tem como alguém da oficina olhar minhas fotos do para-choque?')).not.toBeNull();
		expect(request('Kunne en fra butikken kigge på mine billeder af sofaen?')).not.toBeNull();
		expect(request('bisa orang dari toko cek foto kulkas saya?')).not.toBeNull();
	});

	it('reads the same verbs said of the past, reported, in a condition, with a thing or the user as subject, or for someone else as no request', () => {
		expect(request('Somebody from the frame shop already looked at my pictures of the warped door.')).toBeNull();
		expect(request('My brother says somebody from the frame shop could look at his pictures.')).toBeNull();
		expect(request('If somebody from the frame shop looks at my pictures, tell them the left hinge is bent.')).toBeNull();
		expect(request('Can the app look at my pictures of the warped door and name the wood?')).toBeNull();
		expect(request('I could look at my pictures with somebody from the frame shop on Monday.')).toBeNull();
		expect(request('Can somebody help my aunt with her door order?')).toBeNull();
		expect(request('Jemand aus dem Labor hat meine Blutwerte gestern schon mit mir durchgegangen.')).toBeNull();
		expect(request('Alguien del taller ya revisó mi presupuesto el viernes.')).toBeNull();
	});

	it('reads the matter in hand before a German verb put last, or inside the verb, as its object', () => {
		expect(request('kann sich jemand aus der Werkstatt das mal anschauen?')).not.toBeNull();
		expect(request('kann mal jemand aus der Gärtnerei draufschauen? die Thujen werden alle braun')).not.toBeNull();
		expect(request('Hat sich schon jemand das angeschaut?')).toBeNull();
		expect(request('kann ich mal draufschauen?')).toBeNull();
		expect(request('wenn jemand draufschaut, sagt mir Bescheid')).toBeNull();
	});
});
