import { request } from './helpers/decision';

describe('person words inside questions about what a device or a bot can do, and bots the user builds', () => {
	it('reads a device able to transfer or connect a call as a feature asked about', () => {
		expect(request('can the smart speaker pass a call on to a human agent while I ring my insurer?')).toBeNull();
		expect(request('¿el altavoz puede transferir una llamada a un agente humano cuando llamo a la aseguradora?')).toBeNull();
		expect(request('votre enceinte peut-elle transférer un appel vers un conseiller quand j\'appelle ma mutuelle ?')).toBeNull();
		expect(request('kann der Lautsprecher einen Anruf an einen menschlichen Mitarbeiter weiterleiten?')).toBeNull();
		expect(request('kan højttaleren viderestille et opkald til en medarbejder?')).toBeNull();
		expect(request('speaker pintarnya bisa sambungin telepon ke agen manusia?')).toBeNull();
	});

	it('reads a bot described by a relative clause, one the user wants or builds, as no handover', () => {
		expect(request('tengo una tienda y busco un bot que pase las preguntas a mis agentes humanos, ¿ustedes lo tienen?')).toBeNull();
		expect(request('vocês recomendam algum chatbot que passe a conversa pra atendente humano?')).toBeNull();
		expect(request('ich möchte einen Chatbot, der Fragen an einen Mitarbeiter weitergibt, bietet ihr so etwas an?')).toBeNull();
		expect(request('jeg leder efter en bot der sender kunden videre til en medarbejder, har I sådan en?')).toBeNull();
	});

	it('reads a talk wished as a feature of a device asked about, and a person heard, as no one asked for', () => {
		expect(request('har jeres dørklokke lyd begge veje? vil gerne kunne snakke med postbuddet')).toBeNull();
		expect(request('¿el timbre tiene audio bidireccional? quiero poder hablar con el cartero')).toBeNull();
		expect(request('la sonnette a-t-elle un micro ? j\'aimerais pouvoir parler au livreur')).toBeNull();
		expect(request('filtert das Hörgerät Wind? ich will beim Radfahren einen Menschen verstehen können')).toBeNull();
		expect(request('kan høreapparatet dæmpe vind? på cyklen kan jeg ikke forstå et menneske')).toBeNull();
	});

	it('reads a handover asked about next to a bot the user builds as the bot\'s feature', () => {
		expect(request('estoy montando mi propio bot, ¿cómo lo paso a un agente humano?')).toBeNull();
		expect(request('I\'m building a chatbot for my shop. can it hand over to an agent?')).toBeNull();
		expect(request('jeg bygger en chatbot, kan den sende videre til en medarbejder?')).toBeNull();
		expect(request('estoy harto del bot, pásame con un agente')).not.toBeNull();
		expect(request('building a bot is hard. put me through to an agent')).not.toBeNull();
	});

	it('reads a bot the user builds with words between the verb and the bot, and a question after a clause or two', () => {
		expect(request('wir bauen in der Firma gerade einen eigenen Chatbot, gibt eurer die Kunden an einen Mitarbeiter weiter?')).toBeNull();
		expect(request('estamos desarrollando un chatbot para nuestra tienda online de ropa, ¿el vuestro deriva a un agente humano cuando no sabe?')).toBeNull();
		expect(request('estoy creando una cuenta en la app, pásame con un agente')).not.toBeNull();
		expect(request('ich erstelle gerade eine Bestellung in der App, verbinden Sie mich mit einem Mitarbeiter')).not.toBeNull();
	});

	it('keeps requests where the user is put through, or a device is only the reason', () => {
		expect(request('can the app put me through to an agent now?')).not.toBeNull();
		expect(request('I want to talk to a human, your bot is useless')).not.toBeNull();
		expect(request('kann der Lautsprecher mich mit einem Mitarbeiter verbinden?')).not.toBeNull();
		expect(request('la cámara no graba, quiero hablar con un técnico')).not.toBeNull();
		expect(request('my camera is broken, can a technician come today?')).not.toBeNull();
		expect(request('kameraet virker ikke, kan en tekniker ringe mig op?')).not.toBeNull();
		expect(request('el bot que tienen no sirve, quiero hablar con una persona')).not.toBeNull();
		expect(request('o app que vocês têm trava, quero falar com um atendente')).not.toBeNull();
		expect(request('quiero poder hablar con un agente')).not.toBeNull();
		expect(request('Falls der Bot das nicht kann, möchte ich jetzt mit einem Menschen sprechen')).not.toBeNull();
		expect(request('speakernya rusak, tolong sambungkan saya ke agen')).not.toBeNull();
		expect(request('spika imeharibika, naomba kuongea na wakala')).not.toBeNull();
		expect(request('ich will einen Menschen hören')).not.toBeNull();
		expect(request('I just want to hear a real person')).not.toBeNull();
	});

	it('reads the user put through by the bot they build or look for as its tester, and a bot with chat "yg" as described', () => {
		expect(request('aku lagi bikin bot buat toko kue, bisa gak dia sambungin aku ke admin pas uji coba?')).toBeNull();
		expect(request('lagi bikin chatbot, bisa ga botnya hubungkan saya ke agen kalau saya ketik komplain?')).toBeNull();
		expect(request('saya lagi cari chatbot buat klinik. kalau pasien bingung, bisa oper ke perawat?')).toBeNull();
		expect(request('saya butuh chatbot yg bisa alihkan chat ke admin kalau ada pesanan besar')).toBeNull();
	});

	it('still reads a request next to a bot the user builds when the user asks for the transfer, or the company\'s bot puts the user through', () => {
		expect(request('lagi bikin bot, tolong sambungin saya ke agen, bingung setting webhook')).not.toBeNull();
		expect(request('saya gak nyari bot, saya mau ngomong sama orang')).not.toBeNull();
		expect(request('bot kalian bikin saya bingung, bisa dia sambungin saya ke admin aja?')).not.toBeNull();
		expect(request('botnya gak ngerti, sambungin saya ke agen')).not.toBeNull();
	});
});
