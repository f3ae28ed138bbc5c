import { matcher, request } from './helpers/decision';

const identity = (text: string) => matcher.analyse(text).identityQuestion;

describe('identity questions whether this chat answers by itself or a machine answers it', () => {
	it('reads them as identity questions in every pack, not requests', () => {
		for (const text of [
			'hang on, are these replies automated?',
			'r u automated or a person',
			'isso é um atendimento automático?',
			'o chat é respondido por alguém da equipe ou é inteligência artificial?',
			'¿esto lo responde un robot?',
			'¿me contesta una máquina o son respuestas guardadas?',
			"c'est un programme qui me répond ?",
			"ce chat est géré par une IA ou il y a quelqu'un derrière ?",
			'ist das hier automatisch?',
			'antwortet hier wer oder kommen nur Textbausteine?',
			'er det her automatisk?',
			'er denne chat en bot?',
			'min mor spørger om det er et menneske der skriver',
			'svarer du, eller er det et program?',
			'pesan ini dibalas secara otomatis ya?',
			'ini dijawab oleh bot atau admin?',
			'ni roboti inanijibu?',
			'hii ni bot inajibu sasa?',
		]) {
			expect(request(text)).toBeNull();
			expect(identity(text)).toBe(true);
		}
	});

	it('leaves complaints about machine answers with a request, and work done automatically, as they were', () => {
		expect(request('saya ga mau dijawab mesin terus, mau ngomong sama agen')).not.toBeNull();
		expect(request('chat saya cuma dijawab otomatis, tolong sambungkan ke admin')).not.toBeNull();
		expect(request('bot inanijibu kuhusu bei tu, nataka mtu')).not.toBeNull();
		expect(request('ich bekomme nur Textbausteine, ich will mit einem echten Menschen reden')).not.toBeNull();
		expect(request('det skal være et rigtigt menneske der svarer')).not.toBeNull();
		for (const text of [
			'saya ga mau dijawab mesin terus, mau ngomong sama agen',
			'bot inanijibu kuhusu bei tu, nataka mtu',
			'ich bekomme nur Textbausteine, ich will mit einem echten Menschen reden',
			'les photos sont vérifiées automatiquement ?',
		]) {
			expect(identity(text)).toBe(false);
		}
	});
});

describe('identity questions asking the bot what it is, in chat style or Swiss spelling', () => {
	it('reads them as identity questions, and a request after one still asks', () => {
		for (const text of [
			'vc é robô?',
			'você é bot mesmo ou tem alguém aí?',
			'pero vos sos de verdad o sos IA',
			'¿eres IA?',
			'bisch du e Mensch?',
			'bin ich hier grad mit nem Bot am schreiben?',
			'meine Oma will wissen, ob sie mit einer KI schreibt',
			'km bot ya?',
			'lu robot ya',
		]) {
			expect(request(text)).toBeNull();
			expect(identity(text)).toBe(true);
		}
		expect(request('cê é bot né? se for me passa pra um atendente')).not.toBeNull();
	});

	it('leaves a compliment, a refusal of the bot and a trip as they were', () => {
		expect(identity('eres de verdad muy amable, gracias')).toBe(false);
		expect(identity('ChatGPT es una IA muy útil, pero quiero hablar con una persona')).toBe(false);
		expect(request('ich will nicht mit einem Bot schreiben, bitte einen Mitarbeiter')).not.toBeNull();
		expect(identity('ich will nicht mit einem Bot schreiben, bitte einen Mitarbeiter')).toBe(false);
		expect(request('heute bin ich grad mit dem Auto unterwegs, bitte ruft mich an')).not.toBeNull();
		expect(identity('heute bin ich grad mit dem Auto unterwegs, bitte ruft mich an')).toBe(false);
	});
});

describe('identity questions with a name, a person or an avatar as the other side of a bot, and Indonesian "apa" as "or"', () => {
	it('reads them as identity questions', () => {
		for (const text of [
			'is this Sam or a bot?',
			'is this Dave or an AI?',
			'ela é humana ou é só um avatar?',
			'robozinho ou Carla de Natal?',
			'robot eller Lise fra Odense?',
			'roboti au Neema wa Mwanza?',
			'mbaknya manusia apa robot?',
		]) {
			expect(request(text)).toBeNull();
			expect(identity(text)).toBe(true);
		}
	});

	it('leaves "apa" as "what", a person asked for before it, a thing bought and a mistake as they were', () => {
		expect(request('bot apa yang kalian pakai? saya mau bicara dengan admin')).not.toBeNull();
		expect(identity('bot apa yang kalian pakai? saya mau bicara dengan admin')).toBe(false);
		expect(request('mau ngomong sama admin apa bot sama aja, yang penting paket sampai')).not.toBeNull();
		expect(identity('kurir kalian manusia apa bukan sih, paketnya dilempar')).toBe(false);
		expect(identity('o erro é humano ou do sistema?')).toBe(false);
		expect(identity('skal jeg købe en robot eller en støvsuger?')).toBe(false);
	});

	it('still reads a talk verb before a bot and a person from somewhere as a request', () => {
		expect(request('can I talk to a bot or someone from sales?')).not.toBeNull();
		expect(request('puedo hablar con el bot o alguien de ventas?')).not.toBeNull();
	});
});

describe('identity questions whether the messages here are read or all automatic', () => {
	it('reads one as an identity question, and a request after it still asks', () => {
		expect(identity('alguém lê as mensagens ou é tudo automático?')).toBe(true);
		expect(request('alguém lê as mensagens ou é tudo automático?')).toBeNull();
		expect(request('quero saber se alguém vai ler minha mensagem ou é tudo automático, preciso falar com um atendente')).not.toBeNull();
	});

	it('leaves a message sent as a thing, with no "tudo", to the other checks', () => {
		expect(identity('posso reenviar a mensagem ou tenho que ligar?')).toBe(false);
	});
});

describe('a question whether someone is there that goes on to ask that person for help stays a request', () => {
	it('reads the request, with no identity phrase cancelling it', () => {
		expect(request('sitzt hier wer der mich zurückrufen kann')).not.toBeNull();
		expect(request("il y a quelqu'un derrière qui peut me rappeler ?")).not.toBeNull();
		expect(request('ini yg bales tolong sambungkan ke CS')).not.toBeNull();
	});
});

describe('a chat named as the way to reach a person stays a request', () => {
	it('reads the request', () => {
		expect(request('er denne chat den rigtige vej til at få fat i en medarbejder?')).not.toBeNull();
		expect(identity('er denne chat den rigtige vej til at få fat i en medarbejder?')).toBe(false);
	});
});

describe('identity questions of this round: canned replies, someone really there, the person of the photo, the one chatting asked about for someone else', () => {
	it('reads each as an identity question, not a request', () => {
		for (const text of [
			'is anybody reading this or is it all canned?',
			"my grandad wants to know if he's chatting to a real person",
			'tem alguém aí mesmo ou é robô?',
			'é ela que está escrevendo ou é um bot?',
			'¿es él el que me escribe o es un bot?',
			"c'est elle qui tape ou un robot ?",
			"c'est une IA ou c'est quelqu'un en chair et en os ?",
			'sitzt hier überhaupt jemand?',
			'schreibt ihr das selbst oder kommen die vom System?',
			'ini bot atau emang ada cs yg ngetik?',
			'mbak di foto itu asli atau cuma gambar?',
			'hii ni AI ama ni agent anaandika?',
			'mama anauliza kama ni mtu halisi anamjibu',
		]) {
			expect(identity(text)).toBe(true);
			expect(request(text)).toBeNull();
		}
	});

	it('still reads a request for such a person', () => {
		expect(request('I want to be chatting to a real person, not a bot')).not.toBeNull();
		expect(request('tem alguém aí? preciso falar com um atendente')).not.toBeNull();
		expect(request("je veux parler à quelqu'un en chair et en os")).not.toBeNull();
		expect(request('quiero hablar con la persona que me escribe')).not.toBeNull();
		expect(request('nataka kuongea na mtu halisi')).not.toBeNull();
	});
});

describe('questions about bots and who does some work that ask for nobody', () => {
	it('reads no request in who does a job, whether a chatbot for sale hands over, or a model asked about', () => {
		expect(request('er det en maskine der pakker varerne, eller gør en medarbejder det?')).toBeNull();
		expect(request('chatbot yenu inajibu kwa Kiswahili? na inapeleka kwa mhudumu binadamu?')).toBeNull();
		expect(request('¿esto es un modelo de IA o hay un agente humano?')).toBeNull();
		expect(identity('¿esto es un modelo de IA o hay un agente humano?')).toBe(true);
	});

	it('still reads a request for one of the staff', () => {
		expect(request('jeg vil tale med en medarbejder')).not.toBeNull();
		expect(request('naomba unipeleke kwa mhudumu')).not.toBeNull();
		expect(request('quiero hablar con un agente humano')).not.toBeNull();
	});
});

describe('German identity questions with a particle of doubt inside', () => {
	it('reads "bist du überhaupt ein Mensch?" and its kin as identity questions, not requests', () => {
		for (const text of ['bist du überhaupt ein Mensch?', 'sind Sie eigentlich eine echte Mitarbeiterin?', 'du schreibst so schnell, bist du wirklich eine echte Person?']) {
			expect(identity(text)).toBe(true);
			expect(request(text)).toBeNull();
		}
	});

	it('leaves other things the user is asked to be, and keeps a request after the question', () => {
		expect(identity('bist du eigentlich ein Fan von Fußball?')).toBe(false);
		expect(request('bist du überhaupt eine echte Person? ich will mit einem Menschen sprechen')).not.toBeNull();
		expect(request('Sind Sie heute ein echter Mitarbeiter am Telefon? Dann rufen Sie mich bitte an')).not.toBeNull();
	});
});

describe('Indonesian "X apa bukan" and "X atau bukan" about this chat', () => {
	it('reads whether this chat or "you" is a robot or a person as an identity question', () => {
		for (const text of ['ini robot apa bukan sih?', 'chat ini manusia atau bukan?', 'kamu bot atau bukan', 'cepet amat, ini manusia bukan sih']) {
			expect(identity(text)).toBe(true);
			expect(request(text)).toBeNull();
		}
	});

	it('leaves other things asked the same way, and keeps a request after the question', () => {
		expect(identity('ini promo apa bukan?')).toBe(false);
		expect(identity('fitur ini AI atau bukan?')).toBe(false);
		expect(request('ini robot apa bukan? sambungin ke admin dong')).not.toBeNull();
	});
});

describe('Indonesian chat "km" (kamu) and kilometres', () => {
	it('reads "km" right after a number as kilometres, no identity question', () => {
		expect(identity('jaraknya cuma 2 km, manusia biasa bisa jalan')).toBe(false);
		expect(identity('jaraknya cuma 2 km manusia biasa bisa jalan kaki')).toBe(false);
		expect(identity('rumahnya 5 km manusia biasa jalan kaki capek')).toBe(false);
	});

	it('keeps "km" without a number before it as "kamu"', () => {
		expect(identity('km manusia atau bot?')).toBe(true);
		expect(identity('tadi tanya 2 kali, km bot ya?')).toBe(true);
		expect(identity('min, km manusia kan?')).toBe(true);
	});
});

describe('English doubt whether someone is typing here', () => {
	it('reads "is there actually someone typing?" as an identity question, not a request', () => {
		for (const text of ['that was fast, is there actually someone typing?', 'is someone actually typing or is it a script']) {
			expect(identity(text)).toBe(true);
			expect(request(text)).toBeNull();
		}
	});

	it('keeps someone asked for to call, after the question or alone', () => {
		expect(request('is there actually someone typing? i need a person to call me')).not.toBeNull();
		expect(request('is there someone who can call me')).not.toBeNull();
		expect(identity('is there someone who can call me')).toBe(false);
	});
});

describe('French doubt whether a person reads the messages here', () => {
	it('reads it as an identity question, and keeps a request after it', () => {
		expect(identity("est-ce qu'une vraie personne lit mes messages ?")).toBe(true);
		expect(identity("quelqu'un lit mes messages en ce moment ?")).toBe(true);
		expect(request("quelqu'un lit mes messages ? je veux parler à un conseiller")).not.toBeNull();
		expect(identity('je veux parler à un conseiller')).toBe(false);
	});
});
