import { request } from './helpers/decision';

describe('a callback wished in a clause of its own after a want or request verb (wishedCallers.ts)', () => {
	it('reads a name, a role or someone from a team as the subject of a contact verb aimed at the user as a request', () => {
		expect(request("I'd like Anneke Visser to call me about the teak sideboard")).not.toBeNull();
		expect(request('Could you arrange for our consultant at the agency to call me about the forklift drivers?')).not.toBeNull();
		expect(request("I'd like that someone from the warranty desk phones me about the boiler casing")).not.toBeNull();
		expect(request('gostaria que a Fernanda do time de parcerias me ligasse de volta sobre o contrato')).not.toBeNull();
		expect(request('minha avó está internada e eu gostaria que a psicóloga da equipe me ligasse hoje')).not.toBeNull();
		expect(request('solicito que um funcionário da biblioteca entre em contacto comigo por telefone')).not.toBeNull();
		expect(request("Je souhaite qu'un technicien me téléphone pour la visite d'entretien")).not.toBeNull();
		expect(request('Jeg vil gerne have at en bedemand ringer mig op om bisættelsen')).not.toBeNull();
		expect(request('saya minta agar Pak Rudi dari bagian gudang menghubungi saya hari ini')).not.toBeNull();
	});

	it('reads a formal noun request for a call from a person as a request', () => {
		expect(request('Solicito contato telefônico de um gerente referente ao estorno.')).not.toBeNull();
		expect(request('Ich erwarte heute noch einen Anruf von der Teamleitung.')).not.toBeNull();
		expect(request('naomba simu kutoka kwa meneja kuhusu mkopo wangu')).not.toBeNull();
		expect(request('saya minta telepon dari petugas secepatnya')).not.toBeNull();
	});

	it('reads the same words reporting a call, sending a thing, asking why, a machine or the user calling as no request', () => {
		expect(request("I'd like to know why nobody called me back about the roof survey")).toBeNull();
		expect(request("I'd like Anneke to email me the invoice for the sideboard")).toBeNull();
		expect(request('Anneke said she would call me about the sideboard once it is varnished')).toBeNull();
		expect(request('the customer wants me to call him before I deliver the sofa')).toBeNull();
		expect(request('I want the delivery app to call me automatically when the driver is close')).toBeNull();
		expect(request('saya perlu menghubungi layanan pelanggan bank saya dulu')).toBeNull();
		expect(request('gostaria que vocês me enviassem o boleto atualizado por email')).toBeNull();
		expect(request('recebi uma ligação de um consultor ontem oferecendo outro plano')).toBeNull();
		expect(request("j'aimerais savoir pourquoi personne ne m'a rappelé après la panne")).toBeNull();
		expect(request('ich möchte wissen, warum mich niemand zurückgerufen hat')).toBeNull();
		expect(request('Ich habe gestern einen Anruf von der Teamleitung bekommen.')).toBeNull();
		expect(request('jeg fik et opkald fra en rådgiver i går')).toBeNull();
	});

	it('reads a business or a person the bot is asked to get to call the user, and not a thing got to the user', () => {
		expect(request('Please get the garden centre to ring me, the trellis they sent is far too short')).not.toBeNull();
		expect(request('could you get the florist to call me before noon, the wreath is the wrong colour')).not.toBeNull();
		expect(request('can you get me a refund for the broken chair')).toBeNull();
		expect(request('could you get the app to call me automatically when the table is free')).toBeNull();
		expect(request("I couldn't get the bakery to call me back last week")).toBeNull();
	});
});

describe('a German callback wished after an inverted want verb or arranged with veranlassen', () => {
	it('reads the dass clause in which someone contacts the user', () => {
		expect(request('Wegen der Abrechnung der Hufpflege möchte ich, dass sich die Stallleitung bei mir meldet.')).not.toBeNull();
		expect(request('Können Sie veranlassen, dass mich die Friedhofsverwaltung heute noch anruft?')).not.toBeNull();
	});

	it('leaves a wish that nobody calls, or a thing arranged, as no request', () => {
		expect(request('Ab sofort möchte ich, dass mich niemand mehr wegen der Spendenaktion anruft.')).toBeNull();
		expect(request('Können Sie veranlassen, dass die Rechnung für die Grabpflege storniert wird?')).toBeNull();
	});

	it('reads a German contact verb that closes its "dass" clause after times and topics, however long the middle', () => {
		expect(request('Können Sie bitte veranlassen, dass mich der zuständige Sachbearbeiter für meinen Rentenantrag morgen im Laufe des Tages anruft?')).not.toBeNull();
		expect(request('Ich ersuche Sie dringend, dass sich Frau Petra Albrecht von der Objektbetreuung umgehend bei mir meldet.')).not.toBeNull();
		expect(request('Ich möchte nicht, dass mich der Sachbearbeiter für meinen Rentenantrag morgen im Laufe des Tages anruft')).toBeNull();
		expect(request('Ich möchte, dass mir der Sachbearbeiter die Unterlagen für meinen Rentenantrag bis morgen im Laufe des Tages schickt')).toBeNull();
	});
});
