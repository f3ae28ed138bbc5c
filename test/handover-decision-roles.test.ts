import { request } from './helpers/decision';

describe('a talk verb\'s slot holding a person no pack lists', () => {
	it('reads a word with the form of an agent noun of the message\'s language after a talk verb and its article as a person asked for', () => {
		expect(request('Can I speak with the curator of the map room? Two folders from my loan are missing.')).not.toBeNull();
		expect(request('Kan jeg tale med en lagerleder? Min palle står stadig i Kolding.')).not.toBeNull();
		expect(request('¿Me comunicas con la tesorera de la cooperativa? Me cobraron la cuota dos veces.')).not.toBeNull();
		expect(request('Pouvez-vous me passer la coiffeuse ? Ma couleur a viré au vert.')).not.toBeNull();
		expect(request('Naomba kuongea na mwandishi wa ripoti ya mkutano, kuna makosa kwenye majina.')).not.toBeNull();
	});

	it('reads no thing of that form, and no such role in a report, as asked for', () => {
		expect(request('How do I talk to the thermostat from the app? It ignores my schedule.')).toBeNull();
		expect(request('¿Cómo hablo con el contestador de la oficina para cambiar el saludo?')).toBeNull();
		expect(request('Comment parler au répondeur de la boutique pour écouter les messages ?')).toBeNull();
		expect(request('The curator of the map room said on Monday that the folders would be back by Friday.')).toBeNull();
		expect(request('my nephew likes to chat with the calculator on my tablet, haha')).toBeNull();
	});

	it('reads a title and a name in the slot as a person asked for, not a relative', () => {
		expect(request('Nataka kuongea na Bi Zawadi wa uhasibu, nimelipa mara mbili.')).not.toBeNull();
		expect(request('Jeg vil gerne tale med fru Holmgaard fra regnskab om min faktura.')).not.toBeNull();
		expect(request('Nataka kuongea na mama yangu kwanza kabla ya kulipa.')).toBeNull();
	});

	it('reads a person word after a noun or two naming where they work, in the user\'s own voice only', () => {
		expect(request('I want to talk to the warehouse supervisor, three crates arrived crushed.')).not.toBeNull();
		expect(request('Please put me through to the ferry terminal manager today.')).not.toBeNull();
		expect(request('My neighbour wants to complain to the marina manager, but I only need the opening times.')).toBeNull();
	});

	it('reads an agent noun before a talk verb that ends its clause as the person asked for', () => {
		expect(request('Ich würde gern mit der Physiotherapeutin sprechen, mein Knie tut wieder weh.')).not.toBeNull();
		expect(request('Können Sie mich zur Sachbearbeiterin durchstellen?')).not.toBeNull();
		expect(request('Ich will die Kaffeemaschine mit dem Router verbinden.')).toBeNull();
	});

	it('reads such a noun across an infinitive marker and one word before the verb, but not a device', () => {
		expect(request('Ich bitte darum, mit der Bauleiterin heute zu telefonieren.')).not.toBeNull();
		expect(request('Ist es möglich, mit dem Kundenberater zu sprechen?')).not.toBeNull();
		expect(request('Wie schaffe ich es, die Kamera mit dem Drucker zu verbinden?')).toBeNull();
		expect(request('Vous pouvez me passer l\'aspirateur de la vitrine, je le prends demain ?')).toBeNull();
	});

	it('reads an office named by a German -leitung compound as asked for, but not a pipe of that form', () => {
		expect(request('kann ich bitte die Bäderleitung sprechen? das Becken ist seit Tagen kalt')).not.toBeNull();
		expect(request('Ich möchte mit der Zooleitung reden, das Gehege der Erdmännchen ist offen.')).not.toBeNull();
		expect(request('Ich will mit der Gasleitung nichts zu tun haben, ich brauche nur die Rechnung.')).toBeNull();
		expect(request('Die Zooleitung hat gestern mit mir gesprochen, alles ist gut.')).toBeNull();
	});
});
