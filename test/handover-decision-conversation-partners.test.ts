import { request } from './helpers/decision';

describe('a person no pack lists in the slot of a verb of talking with someone', () => {
	it('reads a word no pack lists after "with" of a talk verb, asked in the user\'s voice, as the person asked for', () => {
		expect(request('could I speak with the night janitor please')).not.toBeNull();
		expect(request('I\'d like a word with the head of the cricket nets, the booking is wrong')).not.toBeNull();
		expect(request('Quiero hablar con la fisioterapeuta del turno de tarde.')).not.toBeNull();
		expect(request('Preciso de falar com o veterinário que atendeu a minha gata.')).not.toBeNull();
		expect(request('Jeg vil gerne tale med tømreren om vinduerne i Hørsholm.')).not.toBeNull();
		expect(request('Saya mau bicara dengan penjahit kalian di Medan soal jas Pak Budi.')).not.toBeNull();
	});

	it('reads a name or a word no pack lists between "mit" and a talk verb that ends the clause', () => {
		expect(request('Kann ich mit Jonas sprechen?')).not.toBeNull();
		expect(request('ich will mit dem Platzwart reden')).not.toBeNull();
		expect(request('Ich möchte mit der Schulleitung telefonieren')).not.toBeNull();
	});

	it('reads the person past how or what about the talk is, between it and the verb that ends the clause', () => {
		expect(request('Ich möchte mit dem Schiedsrichterobmann persönlich darüber sprechen.')).not.toBeNull();
		expect(request('Kann ich mit Jana kurz sprechen?')).not.toBeNull();
		expect(request('ich will mit dem Platzwart darüber reden')).not.toBeNull();
		expect(request('ich habe mit dem Platzwart darüber geredet')).toBeNull();
		expect(request('mein Sohn will mit dem Trainer darüber reden')).toBeNull();
		expect(request('ich möchte mit meinem Bruder kurz sprechen')).toBeNull();
	});

	it('reads the person past the place named between it and the verb that ends the clause', () => {
		expect(request('ich möchte mit der Poststelle am Landratsamt sprechen')).not.toBeNull();
		expect(request('ich will mit der Pforte beim Klinikum reden')).not.toBeNull();
		expect(request('kann ich mit der Zulassungsstelle in Köln telefonieren?')).not.toBeNull();
		expect(request('Ich möchte mit der Materialausgabe im Bauhof sprechen')).not.toBeNull();
	});

	it('reads none past a place for a thing, someone close to the user, a report or another\'s wish', () => {
		expect(request('ich möchte mit der Kreditkarte am Automaten bezahlen')).toBeNull();
		expect(request('ich möchte mit meinem Bruder im Urlaub sprechen')).toBeNull();
		expect(request('ich habe mit der Poststelle am Landratsamt gesprochen')).toBeNull();
		expect(request('mein Mann will mit der Poststelle am Landratsamt sprechen')).toBeNull();
	});

	it('reads none in a slot of someone close to the user, a thing, a topic, nobody or a verb that is not one of talking', () => {
		expect(request('I want to talk with my husband first, then I will book the cottage')).toBeNull();
		expect(request('ich will erst mit meinem Bruder sprechen')).toBeNull();
		expect(request('Jeg vil tale med min søster først om datoen i Hørsholm.')).toBeNull();
		expect(request('Suami saya mau bicara dengan penjahit langganannya di Medan dulu.')).toBeNull();
		expect(request('I need a word with the printer, it ate my boarding pass again')).toBeNull();
		expect(request('I want to talk about the invoice for the cricket nets')).toBeNull();
		expect(request('Wie kann ich den Drucker mit dem Laptop verbinden?')).toBeNull();
		expect(request('ich will mit niemandem reden, nur die Rechnung')).toBeNull();
		expect(request('quiero hablar del contrato de la furgoneta')).toBeNull();
	});

	it('reads none in a report of a talk', () => {
		expect(request('I spoke with the dispatcher yesterday and the van came')).toBeNull();
		expect(request('j\'ai parlé avec le livreur hier, tout va bien')).toBeNull();
	});
});

describe('a person no pack lists after the "to" of a verb of talking', () => {
	it('reads a word no pack lists after "to" or "à" of a talk verb, asked in the user\'s voice, as the person asked for', () => {
		expect(request('can I talk to a chimney sweep about the soot in our lounge')).not.toBeNull();
		expect(request('I need to speak to the farrier who shod my mare on friday')).not.toBeNull();
		expect(request('je voudrais parler à un ramoneur pour la cheminée du chalet')).not.toBeNull();
		expect(request('puis-je parler au tapissier qui a refait mes fauteuils ?')).not.toBeNull();
	});

	it('reads none for a thing, a report, the user\'s plan, another\'s wish or the user\'s own step first', () => {
		expect(request('I want to talk to the booking page, it keeps showing an error')).toBeNull();
		expect(request('I spoke to a farrier last week and he says the shoe is fine')).toBeNull();
		expect(request('I\'ll talk to a farrier at the show next month')).toBeNull();
		expect(request('my brother wants to talk to a chimney sweep about his flat')).toBeNull();
		expect(request('i need to talk to the council first before i sign the lease')).toBeNull();
		expect(request('j\'ai parlé à un ramoneur hier, la cheminée est propre')).toBeNull();
		expect(request('je voudrais parler de la facture du ramoneur')).toBeNull();
	});
});

describe('a word right after a bare verb of talking with someone', () => {
	it('reads a word in lower case right after the bare verb as no name: the partner comes after "with"', () => {
		expect(request('lagi ngobrol santai aja sama temen, cuma mau tanya ongkir')).toBeNull();
		expect(request('anak saya diajak ngobrol tetangga tiap sore')).toBeNull();
		expect(request('mau ngobrol budi')).toBeNull();
	});

	it('keeps a capitalised name after the bare verb, and a partner after "with" in chat spelling', () => {
		expect(request('Mau ngobrol Budi dari bagian gudang')).not.toBeNull();
		expect(request('mau ngobrol sama budi')).not.toBeNull();
		expect(request('qro falar cm uma pessoa')).not.toBeNull();
		expect(request('qro falar cm alguem p cancelar a academia')).not.toBeNull();
	});

	it('reads a word in lower case after "with" as no name when someone close to the user is the one talking', () => {
		expect(request('anak saya pengen ngobrol sama pilot pas naik pesawat')).toBeNull();
		expect(request('suami saya mau bicara dengan penjahit')).toBeNull();
		expect(request('my son wants to talk to tom')).toBeNull();
	});

	it('keeps the user\'s own request with a word in lower case, a capitalised name, and a frequent word before "saya"', () => {
		expect(request('mau ngobrol sama budi')).not.toBeNull();
		expect(request('suami saya mau bicara dengan Budi')).not.toBeNull();
		expect(request('apakah saya bisa bicara dengan arsiparis?')).not.toBeNull();
		expect(request('min aku pengen ngobrol sama dokternya langsung deh')).not.toBeNull();
		expect(request('i want to talk to tom')).not.toBeNull();
	});
});
