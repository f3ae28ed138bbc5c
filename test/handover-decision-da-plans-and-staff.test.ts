import { strength } from './helpers/decision';

describe('Danish: a step resigned to, in chat ASCII', () => {
	it('reads "maa jeg vel" as "må jeg vel", a step for later', () => {
		expect(strength('hvis I ikke kan finde min taske, saa maa jeg vel ringe til en medarbejder i morgen')).toBe('none');
		expect(strength('hvis pakken ikke kommer maa jeg vel tale med en chef på fredag')).toBe('none');
	});

	it('keeps a request asked now', () => {
		expect(strength('maa jeg tale med en medarbejder nu?')).toBe('explicit');
		expect(strength('kan I ikke finde min taske? så vil jeg gerne tale med en medarbejder')).toBe('explicit');
	});
});

describe('Danish: staff the user hires', () => {
	it('reads "vi skal (selv) ansætte", "vi ansætter" as the user\'s own hiring, of any trade', () => {
		expect(strength('vi skal selv ansætte en økonomisk rådgiver, kan I hjælpe med jobopslaget?')).toBe('none');
		expect(strength('vi ansætter en ny rådgiver i næste måned')).toBe('none');
	});

	it('keeps a talk about hiring, and a request after it', () => {
		expect(strength('jeg vil gerne tale med en rådgiver om at ansætte en medarbejder')).toBe('explicit');
		expect(strength('kan jeg tale med en rådgiver? vi skal ansætte en ny')).toBe('explicit');
	});
});

describe('Danish: whether it must be someone of the business, asked', () => {
	it('reads "skal det være en/nogen" as a question about who does it', () => {
		expect(strength('kan min nabo hjælpe med flytningen, eller skal det være en fra jer?')).toBe('none');
		expect(strength('skal det være en medarbejder der underskriver?')).toBe('none');
	});

	it('keeps a request after the question', () => {
		expect(strength('skal det være en fra jer? så vil jeg gerne tale med en medarbejder')).toBe('explicit');
		expect(strength('jeg tror det skal være en fra jer, så kan en medarbejder ringe mig op?')).toBe('explicit');
	});
});

describe('Danish: what the chat can take in, asked', () => {
	it('reads "chat(ten) modtage" as a feature question', () => {
		expect(strength('kan jeres kundeservice-chat modtage billeder af skaden?')).toBe('none');
		expect(strength('kan jeres support-chat modtage filer?')).toBe('none');
	});

	it('keeps a person who is to receive them, and a request after the question', () => {
		expect(strength('kan en medarbejder modtage billeder af skaden og ringe mig op?')).toBe('explicit');
		expect(strength('kan chatten tage imod video? ellers vil jeg gerne tale med en medarbejder')).toBe('explicit');
	});
});

describe('Danish: staff at a place at night, asked about', () => {
	it('reads "nogen/medarbejdere/personale på … om natten" as a question about presence', () => {
		expect(strength('er der nogen medarbejdere i butikken om natten?')).toBe('none');
		expect(strength('er der personale på hotellet om natten, eller skal vi selv låse?')).toBe('none');
	});

	it('keeps a call or a visit at night, and a request after the question', () => {
		expect(strength('kan en tekniker ringe mig om natten? jeg arbejder om dagen')).toBe('explicit');
		expect(strength('kan nogen på lageret ringe mig om natten?')).toBe('explicit');
		expect(strength('er der nogen i receptionen om natten? jeg skal tale med en medarbejder nu')).toBe('explicit');
	});
});

describe('Danish: one of the business\'s people asked to call, write or come', () => {
	it('reads "kan/må en af jeres <group> ringe/skrive til", "en af jeres <group> (ikke lige) kigge/komme forbi" as a request', () => {
		expect(strength('må en af jeres folk ringe til min far?')).toBe('explicit');
		expect(strength('kunne en af jeres montører ikke lige kigge forbi i morgen?')).toBe('explicit');
		expect(strength('kan en af jeres folk skrive til mig om ombytningen?')).toBe('explicit');
	});

	it('keeps a past visit, a condition and a plan no request', () => {
		expect(strength('en af jeres folk kom forbi i går og kiggede på taget')).toBe('none');
		expect(strength('hvis en af jeres folk kan ringe, så er det fint, ellers ringer jeg selv i morgen')).toBe('none');
		expect(strength('jeg ringer selv til kassereren i morgen')).toBe('none');
	});
});

describe('Danish: someone got to call, write or come', () => {
	it('reads the causative with a person\'s article or owner, and "vil gerne have en til at komme", as a request', () => {
		expect(strength('få venligst en montør til at ringe, nummeret står på ordren')).toBe('explicit');
		expect(strength('kan I få jeres vicevært til at komme ud og se på lågen?')).toBe('explicit');
		expect(strength('vil gerne have en til at komme ud og se på taget')).toBe('explicit');
	});

	it('keeps a thing made to ring, and a wish told in the past, no request', () => {
		expect(strength('kan I få alarmen til at ringe højere?')).toBe('none');
		expect(strength('jeg ville gerne have en til at komme forbi, men det klarede min nabo')).toBe('none');
		expect(strength('en tekniker kom ud i går')).toBe('none');
	});
});

describe('Danish: a need that someone does something, with "at"', () => {
	it('reads "har brug for at" before a person, someone or one of the business\'s as a request', () => {
		expect(strength('jeg har brug for at en person gennemgår min klage')).toBe('explicit');
		expect(strength('vi har brug for at nogen kigger på pumpen i dag')).toBe('explicit');
		expect(strength('jeg har brug for at en af jeres folk ser på fakturaen')).toBe('explicit');
	});

	it('keeps a need denied, a need in the past and a question whether one is needed no request', () => {
		expect(strength('jeg har ikke brug for at nogen ringer, jeg skriver bare her')).toBe('none');
		expect(strength('jeg havde brug for at nogen ringede i går, men det gjorde ingen')).toBe('none');
		expect(strength('har I brug for at en person kigger på det, eller kan jeg selv?')).toBe('none');
	});
});

describe('Danish: a smith, a physiotherapist or a caretaker asked to come or sent', () => {
	it('reads "smeden", "fysioterapeut", "viceværd" as a person asked for', () => {
		expect(strength('kan smeden komme ud igen på fredag?')).toBe('explicit');
		expect(strength('send en fysioterapeut hjem til min far')).toBe('explicit');
		expect(strength('kan I sende en viceværd op?')).toBe('explicit');
	});

	it('keeps a past visit, a plan and a question whether one exists no request', () => {
		expect(strength('smeden var her i går og skiftede beslaget')).toBe('none');
		expect(strength('jeg ringer selv til fysioterapeuten i morgen')).toBe('none');
		expect(strength('har ejendommen en fast viceværd?')).toBe('none');
	});
});

describe('Danish: a club\'s treasurer or a firm\'s bookkeeper, asked for', () => {
	it('reads "kassereren", "bogholderen" as a person asked for', () => {
		expect(strength('må jeg få fat i kassereren i håndboldklubben?')).toBe('explicit');
		expect(strength('jeg vil gerne have bogholderen i røret')).toBe('explicit');
	});

	it('keeps one hired, a report and a plan no request', () => {
		expect(strength('vi skal bruge en bogholder til firmaet, hvad koster det?')).toBe('none');
		expect(strength('kassereren i butikken var uhøflig i går')).toBe('none');
		expect(strength('jeg ringer selv til kassereren i morgen')).toBe('none');
	});
});

describe('Danish: "en mand" sent out', () => {
	it('reads "sende en mand ud" as a person asked to come', () => {
		expect(strength('ku I ikke sende en mand ud med en ny pumpe?')).toBe('explicit');
	});

	it('keeps a past visit and the user\'s own plan no request', () => {
		expect(strength('I sendte en mand ud i går, men han kunne ikke finde huset')).toBe('none');
		expect(strength('vi sender selv en mand ud til sommerhuset i morgen')).toBe('none');
	});
});

describe('Danish: "en" alone as the person talked with about a matter', () => {
	it('reads "tale med en om" and the matter as a person asked for', () => {
		expect(strength('kan jeg tale med en om min husleje?')).toBe('explicit');
		expect(strength('vil gerne snakke med en om at flytte mit abonnement')).toBe('explicit');
	});

	it('keeps a past talk and a text about a matter no request', () => {
		expect(strength('jeg talte med en om det i går, men intet skete')).toBe('none');
		expect(strength('jeg fandt svaret i FAQ\'en om det')).toBe('none');
		expect(strength('jeg læste en om det på jeres side')).toBe('none');
	});
});

describe('Danish: one of the staff asked to help the user', () => {
	it('reads "kan en medarbejder hjælpe mig (med at …)" as a person asked for', () => {
		expect(strength('kan en medarbejder hjælpe mig med at ændre min adresse?')).toBe('explicit');
		expect(strength('kunne en af jeres rådgivere hjælpe os med lånet?')).toBe('explicit');
	});

	it('keeps help had or missed, and the bot-building cancel, no request', () => {
		expect(strength('en medarbejder kunne ikke hjælpe mig i går')).toBe('none');
		expect(strength('i går kunne en medarbejder hjælpe mig med at finde den')).toBe('none');
		expect(strength('kan en medarbejder hjælpe mig med at lave en chatbot?')).toBe('none');
	});
});

describe('Danish: a call wished in the conditional of one of the staff', () => {
	it('reads "det ville være rart hvis en rådgiver ringede" as a call asked for now', () => {
		expect(strength('det ville være rart hvis en rådgiver ringede mig op i dag')).toBe('explicit');
		expect(strength('Det ville være dejligt hvis en medarbejder ringede mig op.')).toBe('explicit');
	});

	it('keeps a wish in the past, another\'s words and a past call no request', () => {
		expect(strength('det ville have været rart hvis en rådgiver ringede mig op')).toBe('none');
		expect(strength('min søster siger det ville være rart hvis en rådgiver ringede hende op')).toBe('none');
		expect(strength('en medarbejder ringede mig op i går om regningen')).toBe('none');
	});
});

describe('Danish: "ville egentlig helst", a preference now', () => {
	it('reads "jeg ville egentlig helst tale med …" as a person asked for', () => {
		expect(strength('jeg ville egentlig helst tale med en rådgiver')).toBe('explicit');
	});

	it('keeps what the user meant to do no request', () => {
		expect(strength('jeg ville egentlig bede om en rådgiver, men det er løst')).toBe('none');
		expect(strength('jeg ville egentlig tale med en rådgiver i går, men I havde lukket')).toBe('none');
		expect(strength('jeg ville egentlig kun høre om en rådgiver kan ringe i morgen')).toBe('none');
	});
});
