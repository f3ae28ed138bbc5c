import { request } from './helpers/decision';

describe('person words inside questions about a product, a system or a piece of work', () => {
	it('reads a person a system routes callers, leads or calls to as part of the product', () => {
		expect(request('does the phone system let callers press 0 for an operator, or is that an add-on?')).toBeNull();
		expect(request('can the CRM assign new leads to a sales agent by region?')).toBeNull();
		expect(request('kan jeres CRM tildele dem til en medarbejder automatisk?')).toBeNull();
		expect(request('kann die Telefonanlage Anrufer nach zwei Minuten an einen Mitarbeiter weiterleiten?')).toBeNull();
		expect(request('la centralita reparte las llamadas a un operador libre?')).toBeNull();
		expect(request('le logiciel envoie-t-il les appels à un conseiller disponible ?')).toBeNull();
		expect(request('usamos um sistema igual, ele passa o cliente pro atendente humano?')).toBeNull();
		expect(request('sistemnya bisa bagi tiket pelanggan ke agen yang online?')).toBeNull();
		expect(request('mfumo unawapa wateja kwa wakala aliye huru?')).toBeNull();
	});

	it('reads a licence for a person as a product bought for staff', () => {
		expect(request('what does a CRM licence for an agent cost per month?')).toBeNull();
		expect(request('kan man få en CRM-licens til en medarbejder der kun kan læse?')).toBeNull();
	});

	it('reads a person who does a piece of work sold with the product, and a machine as its other way', () => {
		expect(request('is the transcription done by a human or by software?')).toBeNull();
		expect(request('los clientes pagan más si la traducción la hace un humano y no la máquina?')).toBeNull();
		expect(request('Macht die Führung im Museum eine echte Person oder ein Audioguide?')).toBeNull();
		expect(request('oversættelsen laves af et menneske?')).toBeNull();
		expect(request('klien minta terjemahan manusia, bukan mesin. ada paketnya?')).toBeNull();
		expect(request('tafsiri inafanywa na binadamu au mashine?')).toBeNull();
	});

	it('reads a person word opening a hyphenated compound, a secret agent and the user\'s own agent as no one asked for', () => {
		expect(request('Meine Mod fügt neue Agenten-Missionen hinzu, ab welchem Alter?')).toBeNull();
		expect(request('har I et escape room med agent-tema?')).toBeNull();
		expect(request('mon jeu ajoute des agents secrets, quel âge ?')).toBeNull();
		expect(request('wakala wetu wa forodha anahitaji invoice')).toBeNull();
	});

	it('still reads a system asked to pass the user on, and a person asked for instead of the machine', () => {
		expect(request('can your system pass me to a human agent?')).not.toBeNull();
		expect(request('I need a human, not the machine')).not.toBeNull();
		expect(request('kan jeres system stille mig om til en medarbejder?')).not.toBeNull();
		expect(request('kann euer System mich mit einem Mitarbeiter verbinden?')).not.toBeNull();
		expect(request('¿vuestro sistema me puede pasar con un agente humano?')).not.toBeNull();
		expect(request('votre système peut-il me transférer à un conseiller ?')).not.toBeNull();
		expect(request('o sistema de vocês pode me passar pra um atendente humano?')).not.toBeNull();
		expect(request('saya mau ngomong sama manusia, bukan mesin')).not.toBeNull();
		expect(request('nataka kuongea na binadamu, si mashine')).not.toBeNull();
		expect(request('the translation is wrong talk to a human now')).not.toBeNull();
		expect(request('the translation of my lease is wrong get me a human')).not.toBeNull();
		expect(request('wegen der Übersetzung möchte ich mit einem Menschen sprechen')).not.toBeNull();
		expect(request('bitte einen Kundenservice-Mitarbeiter')).not.toBeNull();
	});
});
