import { request } from './helpers/decision';

describe('Danish staff mentioned without being asked for', () => {
	it('reads news passed on and a question about the order of steps as no request', () => {
		expect(request('ville bare fortælle at jeres tekniker ringede som aftalt, alt virker nu')).toBeNull();
		expect(request('vil bare sige at montøren kontaktede mig i morges, tak for det')).toBeNull();
		expect(request('skal jeg tale med bestyrelsen først, eller kan I godkende det?')).toBeNull();
		expect(request('skal jeg først snakke med min rådgiver, eller kan jeg selv ændre det?')).toBeNull();
	});

	it("reads the user's own arrangements, resigned steps, imagined cases and talks meant or had as no request", () => {
		expect(request('jeg har et møde med en rådgiver på fredag, skal jeg tage lønsedler med?')).toBeNull();
		expect(request('jeg har en tid hos tandlægen på tirsdag kl 9')).toBeNull();
		expect(request('hvis ikke I kan finde pakken, må jeg vel ringe til en advokat')).toBeNull();
		expect(request('hvis jeg skulle få brug for en tekniker i weekenden, hvad koster det?')).toBeNull();
		expect(request('behøver jeg at tale med en rådgiver for at hæve grænsen?')).toBeNull();
		expect(request('jeg ville gerne have talt med en medarbejder i går, men jeg nåede det ikke')).toBeNull();
		expect(request('vi har en medarbejder der skal have et adgangskort til lageret')).toBeNull();
		expect(request('det var dejligt at snakke med et rigtigt menneske i telefonen')).toBeNull();
	});

	it('reads a tool handing over the chat, a role named in a product, a question of what is usual and how booking works as no request', () => {
		expect(request('kan jeres platform overdrage chatten til en menneskelig agent, når botten går i stå?')).toBeNull();
		expect(request('brugere med rollen "agent" kan ikke se fakturaerne, hvorfor?')).toBeNull();
		expect(request('er det normalt at en tekniker skal bruge tre timer på at skifte en måler?')).toBeNull();
		expect(request('hvordan booker man et møde med en rådgiver om pension?')).toBeNull();
	});

	it('reads staff complained about or praised, reached already or asked for by name as no request', () => {
		expect(request('jeg vil gerne klage over en medarbejder på jeres værksted i Herning')).toBeNull();
		expect(request('vil gerne give ros til jeres chauffør, han bar alt op på fjerde sal')).toBeNull();
		expect(request('nå, jeg har selv fået fat i låsesmeden nu')).toBeNull();
		expect(request('hvad hedder den tekniker der kommer i morgen?')).toBeNull();
	});

	it('keeps a request in the clause after a complaint or a name asked', () => {
		expect(request('jeg vil gerne klage over en medarbejder, kan jeg tale med chefen?')).not.toBeNull();
		expect(request('hvad hedder jeres chef? jeg vil tale med ham')).not.toBeNull();
	});

	it('reads a case imagined, the user\'s own appointment moved, someone met before and a matter settled by itself as no request', () => {
		expect(request('i tilfælde af at jeg får brug for en låsesmed, hvad er jeres nummer?')).toBeNull();
		expect(request('kan jeg rykke min tid hos tandlægen til torsdag?')).toBeNull();
		expect(request('der var en flink dame fra skadeafdelingen der hjalp mig i går')).toBeNull();
		expect(request('jeg vil gerne tale med en rådgiver, men det har løst sig')).toBeNull();
	});

	it('keeps a request beside moving an appointment', () => {
		expect(request('kan en fra klinikken ringe mig op om at flytte min tid?')).not.toBeNull();
	});

	it('keeps the chat handed over when the business is asked to do it now', () => {
		expect(request('kan I overdrage chatten til en medarbejder nu?')).not.toBeNull();
	});

	it('keeps a request after "men jeg" past such a clause', () => {
		expect(request('jeg har en tid hos jer i morgen men jeg vil gerne tale med en rådgiver før')).not.toBeNull();
		expect(request('jeg taler med en bot og jeg vil tale med et menneske')).not.toBeNull();
	});

	it('keeps staff asked for by what they do, a want without its subject and a request after "just to say"', () => {
		expect(request('må jeg tale med nogen der arbejder på lageret?')).not.toBeNull();
		expect(request('kan jeg få fat i en som arbejder i afdelingen i Vejle?')).not.toBeNull();
		expect(request('vil gerne have en låsesmed ud, jeg er låst ude')).not.toBeNull();
		expect(request('jeg vil bare sige at jeg gerne vil tale med en medarbejder')).not.toBeNull();
	});
});

describe('Danish calls asked in the bare imperative', () => {
	it('reads "ring mig" and "ring" with a time as a request', () => {
		expect(request('ring mig i eftermiddag, fryseren er gået i stå')).not.toBeNull();
		expect(request('ring i dag tak, vandet siver ud under opvaskeren')).not.toBeNull();
		expect(request('ring lige til mig på 40 50 60 70, hunden er syg')).not.toBeNull();
	});

	it('reads a call declined after the imperative as no request', () => {
		expect(request('ring mig ikke op før kl 17, jeg sidder i møde')).toBeNull();
		expect(request('ring mig ikke tilbage, jeg fandt kvitteringen')).toBeNull();
	});
});

describe('Danish staff thanked in a letter, and people described, not asked for', () => {
	it('reads a staff member thanked or praised as no request', () => {
		expect(request('Kære Boligforeningen. Jeg vil gerne takke jeres vicevært Torben for hans hjælp i forbindelse med min flytning. Med venlig hilsen Inge')).toBeNull();
		expect(request('Stor tak til en medarbejder i butikken i Kolding, der hjalp mig med at finde en gave')).toBeNull();
		expect(request('Han har været en meget hjælpsom medarbejder og bar mine kasser op')).toBeNull();
	});

	it('keeps a request in its own clause after the thanks', () => {
		expect(request('Jeg vil gerne takke jeres vicevært for hans hjælp. Kan jeg tale med ham om en ny nøgle?')).not.toBeNull();
		expect(request('Jeg vil gerne takke jeres vicevært, og så vil jeg gerne tale med en medarbejder om huslejen')).not.toBeNull();
	});

	it('reads someone without a computer, or made a contact person, as no request', () => {
		expect(request('Min nabo er en ældre dame uden computer, og hun vil gerne søge om hjemmehjælp. Hvilke krav er der?')).toBeNull();
		expect(request('min søn skal være kontaktperson for mig fremover, hvor finder jeg blanketten?')).toBeNull();
	});

	it('keeps the bot refused and a contact person asked for', () => {
		expect(request('jeg vil ikke tale med en computer')).not.toBeNull();
		expect(request('min far er uden computer og vil gerne ringes op af en rådgiver')).not.toBeNull();
		expect(request('jeg vil gerne tale med min kontaktperson')).not.toBeNull();
	});
});

describe('Danish help or a visit had from staff, told about', () => {
	it('reads help received, a visit now and a visit as a habit as no request', () => {
		expect(request('Min søn fik hjælp af en medarbejder til at finde sin størrelse. Kan vi bytte skoene i en anden butik?')).toBeNull();
		expect(request('Jeg har besøg af en tekniker fra jer lige nu, og han spørger om koden til routeren')).toBeNull();
		expect(request('Min far har demens, og en medarbejder fra kommunen kommer hver dag. Kan han stadig få pension udbetalt?')).toBeNull();
	});

	it('keeps help or a visit asked for', () => {
		expect(request('kan jeg få hjælp af en medarbejder')).not.toBeNull();
		expect(request('jeg fik hjælp af botten, men jeg vil stadig gerne tale med en medarbejder')).not.toBeNull();
		expect(request('kan en tekniker komme hver dag i denne uge?')).not.toBeNull();
	});
});

describe('Danish calls had or missed, things seen and trades taken up, told about', () => {
	it('reads them as no request', () => {
		expect(request('Min mand er i kontakt med en advokat om dødsboet. Skal I have en kopi af skifteretsattesten?')).toBeNull();
		expect(request('Jeg skulle have været ringet op af en rådgiver i dag kl 10, men der skete ikke noget')).toBeNull();
		expect(request('Jeg har fået et opkald fra en medarbejder der bad om mit cpr-nummer. Er det normalt?')).toBeNull();
		expect(request('Jeg så at en medarbejder smed affald i containeren bag butikken. Er det tilladt?')).toBeNull();
		expect(request('Hvordan bliver man agent for jeres produkter i Norge?')).toBeNull();
	});

	it('keeps a request in the clause after them', () => {
		expect(request('jeg har været i kontakt med jer tre gange, nu vil jeg tale med en leder')).not.toBeNull();
		expect(request('jeg har fået et opkald fra jer, kan en medarbejder ringe mig op igen?')).not.toBeNull();
		expect(request('teknikeren skulle have været her kl 8. send en anden tekniker')).not.toBeNull();
		expect(request('kan jeg tale med en rådgiver om at blive agent')).not.toBeNull();
	});
});

describe('Danish requests at the end of a story, by what the person would do', () => {
	it('reads someone wished for by the call they would make, and whoever has the user\'s thing, as asked for', () => {
		expect(request('min mand døde for 2 uger siden. kan der ikke være en der ringer mig op og forklarer det.')).not.toBeNull();
		expect(request('kan der være en der ringer mig op i dag')).not.toBeNull();
		expect(request('bilen skulle have været klar i går. kan jeg faa fat i den der har min bil?')).not.toBeNull();
	});

	it('keeps questions to whoever reads, past calls and the person talked about as none', () => {
		expect(request('kan der ikke være en der ved hvorfor bussen er forsinket?')).toBeNull();
		expect(request('der var en der ringede mig op i går')).toBeNull();
		expect(request('jeg vil ikke have nogen der ringer mig op')).toBeNull();
		expect(request('den der har min sag er på ferie, hvornår kommer hun tilbage?')).toBeNull();
	});
});

describe('Danish staff had on the phone or at the door, and a difference asked about', () => {
	it('reads them as no request', () => {
		expect(request('Jeg fik en rådgiver i telefonen som ikke vidste noget om pension. Hvor kan jeg læse om reglerne?')).toBeNull();
		expect(request('Jeg har lige haft en medarbejder fra jer i telefonen, men forbindelsen blev afbrudt.')).toBeNull();
		expect(request('Der står en medarbejder fra jer udenfor min dør, skal jeg lukke ham ind?')).toBeNull();
		expect(request('Jeg ringede og en medarbejder tog telefonen med det samme. Super service.')).toBeNull();
		expect(request('Hvad er forskellen på en rådgiver og en formueforvalter?')).toBeNull();
	});

	it('keeps a request beside them', () => {
		expect(request('jeg fik en medarbejder i røret i går, men nu vil jeg tale med en leder')).not.toBeNull();
		expect(request('der står en fejl på skærmen, kan jeg tale med en tekniker')).not.toBeNull();
		expect(request('jeg vil gerne tale med en rådgiver om forskellen på de to lån')).not.toBeNull();
	});
});

describe('Danish needs of a household ("vi")', () => {
	it('reads "vi har brug for" and "vi skal bruge" a person as a request', () => {
		expect(request('vi har brug for en tekniker i morgen')).not.toBeNull();
		expect(request('vandet står i kælderen, vi skal bruge en taksator hurtigst muligt')).not.toBeNull();
	});

	it('keeps a need denied or past as none', () => {
		expect(request('vi har ikke brug for en tekniker alligevel')).toBeNull();
		expect(request('vi havde brug for en tekniker i går, men det løste sig')).toBeNull();
	});
});
