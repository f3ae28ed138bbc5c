/**
 * Danish cancel frames: a clause holding one asks for nobody, though it names a person (a question about a feature
 * or the product, building a bot, a department name; see ../frames.ts).
 */
export const danishCancels: string[] = [
	// what the business owner's customers or pupils can do in the product: "Kan kunderne skrive med en medarbejder direkte i jeres chat?"
	'kan kunderne', 'kan kunden', 'kan mine kunder', 'kan vores kunder', 'kan brugerne', 'kan eleverne', 'kan mine elever', 'kan vores elever',
	// a call or message received, a report as 'havde et opkald': "jeg fik et opkald fra en rådgiver i morges"
	'fik et opkald', 'fik en opringning', 'modtog et opkald', 'fik en besked fra', 'fik en sms fra',
	// a request noun had, a report: "jeg havde en samtale med en rådgiver i går"
	'havde en samtale', 'havde et opkald', 'havde en snak', 'havde en * snak', 'fik en snak', 'fik en * snak', 'havde et møde', 'havde et videomøde',
	// the answer found after all, in a run-on message (after 'men', so no topic): "jeg ville tale med nogen fra klinikken om mine piller men så fandt jeg sedlen"
	'men så fandt jeg', 'så fandt jeg',
	// the user's own talk first, before booking: "Jeg skal lige snakke med chefen først"
	// ('jeg skal lige snakke med en medarbejder om …' stays a request: only 'først', or the user's own people)
	'skal lige snakke med * først', 'skal lige tale med * først', 'skal lige snakke med min * først', 'skal lige tale med min * først',
	'skal lige snakke med chefen', 'skal lige tale med chefen', 'skal lige snakke med min', 'skal lige tale med min',
	// the same with the subject after the verb, behind a clause put first: "Før vi booker den dyre rundrejse skal jeg lige snakke med min bankrådgiver."
	'skal jeg lige snakke med min', 'skal jeg lige tale med min', 'skal vi lige snakke med vores', 'skal vi lige tale med vores',
	'skal først snakke med', 'skal først tale med',
	// the order of steps asked about: "skal jeg snakke med viceværten først eller søger man her"
	'skal jeg snakke med * først', 'skal jeg tale med * først', 'skal jeg først snakke med', 'skal jeg først tale med',
	// what one does to get through, reported as advice: "så kommer man igennem til en medarbejder"
	'så kommer man', 'kommer man igennem', 'siger at man',
	// what an adviser made before: "den oversigt som jeres rådgiver lavede i foråret"
	'rådgiver lavede', 'rådgiveren lavede', 'rådgiver sendte', 'rådgiveren sendte', 'rådgiver udarbejdede', 'rådgiveren udarbejdede',
	// a request maybe wanted later, a plan, not asked now: "måske vil jeg tale med nogen om … senere, lige nu …"
	'måske vil jeg', 'måske skal jeg',
	// what the user usually wants, not a request now: "normalt vil jeg hellere have en person, men det her gik fint"
	'normalt vil jeg', 'normalt ville jeg',
	// a person asked for taken back, or no person needed: "glem at jeg bad om en rådgiver", "jeg tror ikke jeg behøver en medarbejder"
	'glem at jeg bad om', 'glem at jeg spurgte om', 'glem at jeg spurgte efter', 'tror ikke jeg behøver', 'tror ikke at jeg behøver',
	// the user's own ask, told in the past: "jeg bad om at tale med en leder, men han ringede aldrig", "i fredags ringede jeg og bad om en tekniker"
	'jeg bad om', 'bad jeg om', 'og bad om', 'jeg spurgte efter', 'spurgte jeg efter', 'og spurgte efter',
	// the user's fallback, a plan: "Jeg prøver lige selv med min bogholder først, ellers må jeg have fat i en rådgiver i morgen."
	'ellers må jeg', 'ellers må vi', 'ellers skal jeg', 'ellers skal vi',
	// not 'senere måske' alone: "kan en medarbejder ringe mig op senere måske?" asks now for a call later
	// how to make a bot do something, the user's own or one asked about: "hvordan får man den til at overføre til et menneske?"
	'får man den til at', 'får jeg den til at', 'få den til at', 'få botten til at', 'få chatbotten til at',
	// the user's own bot, built: "vi er ved at lave en chatbot …, og den skal kunne sende forældre videre til en medarbejder"
	'lave en chatbot', 'laver en chatbot', 'den skal kunne',
	// conversations as what the bot passes on, a feature asked about: "vil gerne vide, om jeres kan sende samtaler videre til et menneske?"
	'sende samtaler videre', 'sender samtaler videre', 'stille samtaler videre', 'overføre samtaler', 'overfører samtaler',
	// a clerk's doubt, reported: "agenten i butikken var ikke sikker"
	'var ikke sikker',
	// someone else's own call, planned: "Han vil selv ringe til jeres rådgiver i morgen"
	'selv ringe', 'ringe selv', 'ringer selv',
	// a person someone had or what they used to do, reported: "Vores rejsebureau havde en agent, der plejede at booke alt"
	// (not 'havde en' alone: "jeg havde en dårlig oplevelse jeg vil tale med en chef")
	'havde en agent', 'havde en rådgiver', 'havde en konsulent', 'havde en sælger', 'havde en kontaktperson', 'havde en fast', 'plejede at',
	// a request asked about in reported speech: "the bot asked if i wanted to speak to an agent, i didn't"
	'spurgte om jeg ville', 'spurgte om jeg vil', 'spurgte mig om jeg ville',
	// the same asked again and again in the present, by an app or a bot: "botten spørger hele tiden om jeg vil snakke med en medarbejder"
	'spørger om jeg vil', 'spørger mig om jeg vil', 'spørger * om jeg vil', 'spørger * * om jeg vil',
	'hele tiden om jeg vil', 'altid om jeg vil', 'igen og igen om jeg vil',
	// what someone was told, reported: "min kone fik at vide at hun skulle vente på en rådgiver"
	'fik at vide at', 'fik at vide', 'fået at vide at', 'fået at vide',
	// the product's own offer, read on its site, and a call made by a system: "jeg så på jeres hjemmeside at man kan få en personlig rådgiver",
	// "kan systemet ringe til mig automatisk når pakken er klar?"
	'så på jeres side at', 'så på jeres hjemmeside at', 'læste på jeres side at', 'læste på jeres hjemmeside at',
	'ringe til mig automatisk', 'ringe mig automatisk', 'ringe mig op automatisk', 'automatisk ringe',
	// the waiting time for a person, asked about: "står der virkelig 45 minutters ventetid på en medarbejder??"
	'ventetid på', 'ventetiden på',
	// when a team can be reached, not a request: "Kan jeg få fat i kundeservice om lørdagen, eller kun på hverdage?"
	'om lørdagen', 'om søndagen', 'i weekenden', 'på hverdage', 'på hverdagene',
	// staff at a place at night, asked about (not 'om natten' alone: "kan en tekniker ringe mig om natten?" asks): "er der personale på hotellet om natten, eller skal vi selv låse?"
	'medarbejdere på * om natten', 'medarbejdere i * om natten', 'nogen på * om natten', 'nogen i * om natten', 'personale på * om natten', 'personale i * om natten',
	// what one must do, a rule asked about: "eller skal man have fat i en medarbejder efter kl 18?"
	'skal man',
	// someone at a place, asked about: staffed phones ("er der nogen ved telefonen allerede kl 8?"), help on the spot
	// ("er der nogen der hjælper ved indgangen?"); a person on the phone is 'i telefonen'
	'ved telefonen', 'ved telefonerne', 'ved indgangen', 'ved døren', 'ved hoveddøren',
	// staff on site, asked about: "Er der nogen på stedet om natten, eller er det bokse med kode?"
	'nogen på stedet', 'personale på stedet', 'medarbejder på stedet', 'medarbejdere på stedet',
	// how to contact someone of a department, as how to contact the department: "hvordan kontakter man nogen fra redaktionen"
	// (how to reach a person, "hvordan får jeg fat i en rigtig person?", stays a request)
	'hvordan kontakter man nogen fra', 'hvordan kontakter man en fra',
	'hvordan kontakter jeg nogen fra', 'hvordan kontakter jeg en fra',
	'hvordan kan jeg kontakte nogen fra', 'hvordan kan jeg kontakte en fra',
	'hvordan kan man kontakte nogen fra', 'hvordan kan man kontakte en fra',
	'hvordan får jeg fat i nogen fra', 'hvordan får jeg fat i en fra',
	'hvordan får man fat i nogen fra', 'hvordan får man fat i en fra',
	'hvordan kommer jeg i kontakt med nogen fra', 'hvordan kommer jeg i kontakt med en fra',
	'hvordan kommer man i kontakt med nogen fra', 'hvordan kommer man i kontakt med en fra',
	// a business asking what the bot can do: "Kan den overhovedet overdrage til et menneske?"
	'kan den overdrage', 'kan den overhovedet', 'kan den viderestille', 'kan den stille om', 'kan botten', 'kan chatbotten',
	'på wifi', 'til wifi', 'på netværket', 'til netværket', 'på internettet', 'til internettet',
	'i dashboardet', 'sætte op', 'opsætte',
	'inkluderet i',
	'prisen på', 'abonnementet med', 'abonnement med', 'hvilket abonnement',
	'forny', 'fornye',
	'mine kunder',
	'udvikler',
	'har fået hjælp', 'fået hjælp', 'ubesvaret', 'hvis der er', 'hvis noget',
	'feedback om', 'give feedback', 'stjerner', 'fortjener', 'anmeldelse', 'bedømme', 'weekenden', 'kvitterer',
	'kvittere', 'underskrive',
	'har allerede ringet', 'allerede ringet',
	'min mor',
	'jeres chatbot', 'chatbotten kan', 'chatbot kan', 'indeholder', 'inkluderer', 'dashboardet', 'overdragelse',
	'allerede svaret', 'elsker', 'jeg arbejder', 'fundet',
	'talte med', 'snakkede med', 'har talt med',
	// chat 'm.' for 'med': "Jeg har talt m. en medarbejder i går"
	'har talt m', 'talte m',
	// an adverb inside the perfect, and a chat talk in the past: "Jeg har lige talt med en medarbejder i telefonen", "Jeg chattede med en agent i sidste uge"
	'har lige talt med', 'har lige snakket med', 'har netop talt med', 'har lige chattet med', 'har chattet med', 'chattede med',
	// the same with the subject after the verb, behind a clause or a time put first: "Da jeg blev opsagt sidste år, talte jeg med en agent fra et rekrutteringsfirma."
	'talte jeg med', 'snakkede jeg med', 'talte vi med', 'snakkede vi med',
	// a talk had, with a word for how it went: "Jeg har haft en rigtig god snak med jeres rådgiver om støttestrømper"
	'haft en snak med', 'haft en * snak med', 'haft en * * snak med', 'haft en samtale med', 'haft en * samtale med',
	// a thing the user makes, a bot or an assistant ('lave en' alone also cancelled a call asked to book a visit: "kan en konsulent ringe os op og lave en aftale?"):
	// "jeg vil lave en virtuel assistent til min webshop", "vi er ved at lave en hjemmeside med chat"
	'vil lave en', 'vil gerne lave en', 'skal lave en', 'ved at lave en', 'lave en bot', 'lave en virtuel', 'lave en assistent', 'lave en digital',
	'bygge', 'udvikle', 'supportsoftware', 'platform', 'platformen',
	'koster', 'pris på', 'sprog', 'åbningstider', 'åbningstiderne',
	'jeres produkt', 'jeres bot', 'botten kan', 'supportaftalen',
	'er super', 'var super', 'allerede haft', 'åbent', 'hjalp',
	'kunden bede', 'har allerede hjulpet', 'hjulpet', 'stillingen',
	'kommer retur',
	'tjekker et', 'tjekker en',
	'slut',
	'menneske før', 'allerede løst',
	// whether people work there, asked about: "arbejder der rigtige mennesker på jeres lager?" (not "en der arbejder der")
	'arbejder der rigtige', 'arbejder der mennesker', 'arbejder der nogen', 'arbejder der folk', 'sagde',
	// a feature of the app or its reviews, asked about ('i appen' alone also ends a report run on into a request:
	// "jeg har prøvet … i appen hele formiddagen … giv mig en rigtig agent")
	'i appen også', 'en funktion i', 'funktion i appen', 'anmeldelser', 'anmeldelserne',
	'ville have bedt', 'ville have spurgt', 'havde tænkt mig at bede',
	// what the user meant to do, not 'ville egentlig helst' (a preference now: "jeg ville egentlig helst tale med en rådgiver")
	'ville egentlig have', 'ville egentlig ha', 'ville egentlig bede', 'ville egentlig spørge', 'ville egentlig ringe', 'ville egentlig tale',
	'ville egentlig snakke', 'ville egentlig skrive', 'ville egentlig kontakte', 'ville egentlig gerne', 'ville egentlig bare', 'ville egentlig lige',
	'ville egentlig kun', 'ville egentlig høre', 'ville egentlig vide', 'ville egentlig sige', 'ville egentlig prøve', 'ville egentlig komme', 'ville egentlig bestille',
	// what a plan gives ("får man en rådgiver med i jeres abonnement?"), a fault someone may already be on
	'med i jeres', 'med i abonnementet', 'allerede kigger på', 'kigger allerede på', 'allerede arbejder på', 'arbejder allerede på',
	'hvis jeg senere', 'hvis jeg på et tidspunkt',
	'hvad betyder', 'på skærmen', 'på displayet',
	'kundens', 'helpdesk system', 'helpdesksystem',
	// reports of earlier talks and of what others say, a request for later ("hvis …, vil jeg måske …")
	'har snakket med', 'allerede snakket med', 'allerede talt med', 'siger at', 'vil jeg måske', 'beder jeg måske', 'spørger jeg måske',
	'vil jeg nok', 'beder jeg nok', 'spørger jeg nok', 'kontakter jeg nok', 'ringer jeg nok', 'kontakter jeg måske', 'ringer jeg måske',
	// how someone else's bot was set up: "hvordan har I sat jeres op til at sende folk videre til et menneske?"
	'sat * op', 'sende folk videre', 'sender folk videre',
	// business users' own staff, and prices for finding staff
	'vores eget team', 'vores egne medarbejdere', 'hvad tager i for',
	// a visit announced, not a talk: "en medarbejder fra jer kommer og måler op"
	'kommer og', 'kommer forbi', 'kommer ud og',
	// reports of what someone explained, promised or says: "Vores rådgiver forklarede, at …", "Min søn siger, at …"
	'forklarede', 'lovede', 'siger',
	// what was written before: "I skrev i mailen at en rådgiver havde godkendt …"
	'i skrev', 'du skrev', 'skrev at', 'har skrevet at',
	// a plan for if something goes wrong, no comma after its 'hvis' clause: "hvis … ikke kommer paa torsdag saa ringer jeg og kraever at tale med …"
	// the same plan without 'så', the verb before 'jeg' after a fronted clause: "hvis kortet ikke virker i London ringer jeg til en rådgiver"
	'ringer jeg til', 'ringer jeg og', 'ringer jeg bare til',
	'så ringer jeg', 'saa ringer jeg', 'så ringer jeg og', 'saa ringer jeg og', 'så kommer jeg', 'saa kommer jeg', 'så klager jeg', 'saa klager jeg', 'så kræver jeg', 'saa kraever jeg',
	// hearsay asked about: "jeg har hoert at man faar en personlig raadgiver …"
	'har hørt', 'har hoert', 'hørte at', 'hoerte at',
	// a comparison with calling or with someone: "det var nemmere end at ringe til nogen", "den her chat er bedre end den rådgiver jeg havde sidst"
	'nemmere end', 'lettere end', 'hurtigere end', 'bedre end', 'værre end',
	// who does a step, asked about: "skal det gøres af en medarbejder?"
	'gøres af', 'gøres af en', 'udføres af', 'klares af',
	// the same asked with the verb first, the user's own choice set against staff: "kan min nabo hjælpe med flytningen, eller skal det være en fra jer?"
	// (a request after it still asks: "skal det være en fra jer? så vil jeg gerne tale med en medarbejder")
	'skal det være en', 'skal det vaere en', 'skal det være nogen', 'skal det vaere nogen',
	// an earlier call reported, and praise of the staff met: "ringede til jer i går og fik en rigtig dygtig rådgiver"
	'ringede til jer', 'ringede ind', 'dygtig', 'dygtige',
	// a transfer reported: "jeg blev stillet videre til support, men ingen svarede"
	'blev stillet', 'blev sendt', 'blev overført', 'blev viderestillet',
	// a feature asked about: "Har I en funktion hvor botten sender mig videre til et menneske …?"
	'en funktion', 'botten sender',
	// what the chat can take in, asked: "kan jeres kundeservice-chat modtage billeder af skaden?"
	// (the chat as the subject: "kan en medarbejder modtage billeder af skaden og ringe mig op?" still asks)
	'chat modtage', 'chatten modtage', 'chat tage imod', 'chatten tage imod', 'chat modtager', 'chatten modtager',
	// a question to whoever reads: "Er der nogen der ved om bussen også stopper i Hobro?"
	'nogen der ved om', 'nogen der ved hvornår', 'nogen der ved hvor',
	// lost property asked about: "er der nogen der har fundet en rød hue?", with the comma before 'der' too (../relativeHeads.ts)
	'der har fundet', 'nogen der har set', 'der har afleveret', 'nogen der har glemt',
	// whether others got the same, asked of whoever reads: "er der nogen andre der har fået den?", "er der nogen fra mit hold der har fået svar?"
	'der har fået', 'nogen andre der',
	// a question taken back before it is asked: "glem mit spørgsmål om at tale med nogen"
	'glem mit spørgsmål', 'glem spørgsmålet', 'glem min besked', 'glem min forespørgsel',
	// someone else's wish, for later: "Vores bogholder vil gerne tale med jeres rådgiver senere på måneden"
	'vores bogholder vil', 'min bogholder vil', 'vores revisor vil', 'min revisor vil',
	// a rule read on the site: "På jeres side står der, at man får en personlig rådgiver ved mere end 50 kort"
	'står der at', 'at man får', 'får man en personlig',
	// a request the user was about to make and did not: "Jeg skulle lige til at bede om en medarbejder, men …"
	'skulle lige til at', 'var lige ved at', 'var ved at bede om',
	// a call received, told in the past passive ('blive ringet op' stays a request): "jeg blev ringet op af en dame fra jeres kundeservice"
	'blev ringet', 'blevet ringet', 'blev kontaktet', 'blevet kontaktet',
	// an answer or news received: "jeg har fået svar fra en medarbejder", "fået en sms om at en medarbejder ringer mig op torsdag"
	'fået svar fra', 'fik svar fra', 'fået et svar fra', 'fik et svar fra', 'fået en besked fra', 'fået en sms fra', 'fået en mail fra', 'fik en mail fra',
	'fået en sms om at', 'fik en sms om at', 'fået en mail om at', 'fik en mail om at', 'fået besked om at', 'fik besked om at',
	// a letter received, with its news: "jeg har fået brev fra kommunen om at en sagsbehandler vil ringe mig op"
	'fået brev fra', 'fik brev fra', 'fået et brev fra', 'fik et brev fra', 'fået brev om at', 'fik brev om at', 'fået et brev om at', 'fik et brev om at',
	// a complaint that nobody can be reached: "man kan jo aldrig få fat i nogen hos jer"
	'aldrig få fat i', 'aldrig fat i', 'aldrig igennem til',
	// a transfer or a call had, told in the past: "Henrik satte mig i kontakt med ham sidste år", "min mand havde en medarbejder i røret i går"
	'satte mig i kontakt', 'satte mig i forbindelse', 'satte mig igennem', 'satte mig over', 'stillede mig om', 'stillede mig videre', 'stillede mig igennem',
	'havde en * i røret', 'havde * i røret',
	// a ring at the door, not a call: "var det en medarbejder fra jer der ringede på i går?"
	'der ringede på', 'ringede på døren',
	// an appointment or a purchase asked about in general, with 'man': "kan man booke tid hos frisøren online?", "hvis man aflyser en
	// tid hos dyrlægen", "kan man købe billet til færgen hos en agent i Tyskland?"
	'kan man booke', 'kan man bestille', 'kan man købe', 'kan man koebe', 'hvis man aflyser', 'hvis man booker', 'hvis man bestiller', 'når man booker', 'når man har bedt om',
	// a request the user meant to make and did not: "jeg havde tænkt mig at ringe til jer, men …"
	'havde tænkt mig at ringe', 'havde tænkt mig at spørge', 'ville lige have bedt',
	// what the confirmation or the site says: "montøren skal komme efter kl 16, står der i bekræftelsen"
	'står der i', 'stod der i',
	// how long a visit usually takes to come: "Hvor lang tid tager det normalt før en tekniker kan komme ud?"
	'hvor lang tid tager det', 'hvor længe går der',
	// a staff member already with the user: "Jeg sidder med en medarbejder fra jer lige nu i butikken"
	'sidder med en', 'står med en',
	// a request the user meant to make or would have made: "jeg havde egentlig tænkt mig at bede om en rådgiver, men …",
	// "jeg ville gerne have talt med en medarbejder, men det nåede jeg ikke"
	'havde egentlig tænkt mig', 'ville gerne have talt', 'ville gerne have snakket', 'ville have talt', 'ville have snakket',
	// a step resigned to, a threat: "hvis ikke I kan hjælpe, må jeg vel tale med en advokat"
	'må jeg vel', 'så må jeg vel', 'skal jeg vel',
	// the same in chat ASCII 'aa' for å: "hvis I ikke kan finde min taske, saa maa jeg vel ringe til en medarbejder i morgen"
	'maa jeg vel', 'saa maa jeg vel',
	// a case imagined: "hvis jeg skulle få brug for en rådgiver, hvad gør jeg så?"
	'hvis jeg skulle', 'hvis nu jeg', 'hvis jeg nu',
	// a talk wanted as a condition of a how-to question: "Hvilket nummer skal jeg ringe til hvis jeg vil snakke med en pensionsrådgiver?"
	'hvis jeg vil snakke med', 'hvis jeg vil tale med', 'hvis jeg gerne vil snakke med', 'hvis jeg gerne vil tale med', 'hvis man vil snakke med', 'hvis man vil tale med',
	// whether a talk is needed: "behøver jeg at snakke med en rådgiver for at skifte fond?"
	'behøver jeg at', 'behøver man at', 'er det nødvendigt at',
	// the user's own talk or visit already arranged or had: "jeg har et møde med en rådgiver på fredag", "jeg har en tid hos tandlægen kl 10",
	// "Mine forældre har haft besøg af en konsulent fra jer"
	'har et møde med', 'har et møde i', 'har et møde på', 'har en aftale med', 'haft besøg af', 'har en tid hos', 'har tid hos', 'jeg snakker med', 'jeg taler med',
	// staff the user employs: "vi har en medarbejder der skal have adgang til kontoen"
	'jeg har en medarbejder', 'vi har en medarbejder', 'jeg har en ansat', 'vi har en ansat',
	// staff the business lacks (the user seeking a job), one taking up work, and someone else's agent or adviser used:
	// "hvis I mangler en medarbejder i weekenden", "når en medarbejder starter hos os", "min bror bruger en agent til sine rejser"
	// anyone the user hires, of a trade the fixed requests name too ('rådgiver'): "vi skal selv ansætte en økonomisk rådgiver, kan I hjælpe med jobopslaget?"
	// (the user as subject: 'tale med en rådgiver om at ansætte en medarbejder' stays a request)
	'vi skal ansætte', 'vi skal selv ansætte', 'jeg skal ansætte', 'jeg skal selv ansætte', 'vi ansætter', 'jeg ansætter', 'vi vil ansætte', 'vi vil gerne ansætte', 'skal vi ansætte', 'skal jeg ansætte',
	'i mangler en medarbejder', 'i nogensinde mangler', 'mangler i en medarbejder', 'en medarbejder starter', 'en ny medarbejder starter', 'bruger en agent', 'bruger en rådgiver',
	// what the user's own customers write or may ask for, and a bot the user plans: "nogle kunder skriver at de vil have en person", "en knap så folk kan bede om en agent",
	// "en chatbot hvor et menneske kan tage over"
	'kunder skriver', 'kunderne skriver', 'så folk kan', 'så kunderne kan', 'en chatbot hvor', 'en bot hvor',
	// a talk had, praised: "det var rart at snakke med et rigtigt menneske sidst"
	'var rart at', 'var dejligt at', 'var godt at',
	// a question to whoever reads: "er der nogen af jer der ved om færgen sejler i morgen?"
	'nogen af jer der ved',
	// whether something is usual, asked in general: "er det normalt at et menneske på 92 har så lav blodprocent?"
	'er det normalt at', 'er det almindeligt at',
	// whether something heard is true: "er det rigtigt at en medarbejder skal være til stede når jeg afleverer bilen?"
	'er det rigtigt at', 'er det korrekt at', 'passer det at', 'er det sandt at',
	// a staff member complained about or praised: "jeg vil gerne klage over en medarbejder i butikken i Aalborg"
	'klage over en', 'klage over jeres', 'klage over medarbejderen', 'klager over en', 'rose en', 'rose jeres', 'give ros til', 'ros til',
	// a staff member thanked or praised in a letter: "Jeg vil gerne takke jeres vicevært Torben for hans hjælp i forbindelse med min flytning"
	'takke jeres', 'takke din', 'takke en', 'takke den', 'takke medarbejderen', 'tak til jeres', 'tak til din', 'tak til en', 'stor tak til',
	'hjælpsom', 'hjælpsomme', 'imødekommende',
	// a talk had, thanked for: "Tak for en god samtale med jeres rådgiver i dag"
	'tak for en', 'tak for et', 'tak for samtalen', 'tak for snakken', 'tak for mødet', 'tak for opkaldet',
	// someone reached already: "okay, jeg har selv fået fat i viceværten nu"
	'fået fat i', 'fik fat i', 'fået kontakt med', 'fik kontakt med',
	// help or a visit had, told about: "Min søn fik hjælp af en medarbejder til at finde sin størrelse", "jeg har besøg af en tekniker fra jer lige nu"
	// the same with the subject after the verb, and a person had for years or met once, praised: "i fjor fik jeg god hjælp af en sælger hos jer",
	// "Vi fik en dygtig rådgiver sidste gang", "vi har haft den samme konsulent i mange år"
	'fik jeg hjælp af', 'fik jeg god hjælp', 'fik vi hjælp af', 'fik vi god hjælp', 'fik en * rådgiver', 'fik en * agent', 'fik en * medarbejder', 'fik en * konsulent',
	'har haft den samme', 'har haft samme', 'havde den samme',
	'fik hjælp af', 'fik hjælp fra', 'fik god hjælp', 'fået hjælp af', 'fået hjælp fra', 'har besøg af', 'får besøg af', 'fik besøg af', 'havde besøg af', 'fået besøg af',
	// a visit that comes as a habit: "en medarbejder fra kommunen kommer hver dag"
	'kommer hver dag', 'kommer hver uge', 'kommer hver morgen', 'kommer hver aften',
	// someone of the user's in touch with a third party: "Min mand er i kontakt med en advokat om dødsboet"
	'er i kontakt med', 'var i kontakt med', 'været i kontakt med',
	// a call that should have come and did not: "Jeg skulle have været ringet op af en rådgiver i dag kl 10"
	'skulle have været', 'skulle have ringet',
	// a call received, in the perfect: "Jeg har fået et opkald fra en medarbejder der bad om mit cpr-nummer"
	'fået et opkald', 'fået en opringning', 'modtaget et opkald',
	// something seen, told about: "Jeg så at en medarbejder smed affald i containeren"
	'jeg så at', 'så jeg at', 'har set at', 'opdagede at', 'bemærkede at', 'lagde mærke til at',
	// someone had on the phone or at the door, told about: "Jeg fik en rådgiver i telefonen som ikke vidste noget om pension",
	// "Der står en medarbejder fra jer udenfor min dør", "en medarbejder tog telefonen med det samme"
	'fik en rådgiver', 'fik en medarbejder', 'har lige haft', 'havde en medarbejder', 'der står en', 'der står nogen', 'tog telefonen',
	// a difference asked about, also in chat ASCII 'paa': "Hvad er forskellen på en rådgiver og en formueforvalter?", "hva er forskellen paa en rådgiver og en saelger hos jer?"
	'forskellen på', 'forskel på', 'forskellen paa', 'forskel paa',
	// a case imagined: "i tilfælde af at jeg har brug for en rådgiver, hvem skal jeg ringe til?"
	'i tilfælde af',
	// the user's own appointment moved or called off: "jeg vil gerne flytte min tid hos rådgiveren til næste uge"
	'min tid hos',
	// someone met before, told about: "der var en sød dame fra kundeservice der ringede i går"
	'der var en sød', 'der var en flink', 'der var en medarbejder', 'der var en dame', 'der var en mand', 'der var en fyr',
	// a name asked: "hvad hedder den rådgiver jeg har?"
	'hvad hedder', 'hvad er navnet på',
	// how booking works, asked: "hvordan booker jeg et møde med kundeservice om …?"
	'hvordan booker jeg', 'hvordan booker man', 'hvordan bestiller jeg', 'hvordan bestiller man',
	// whether a product supports a handover, asked by someone choosing it: "Understøtter jeres chat at man bliver overført til en medarbejder?"
	'understøtter', 'understoetter',
	// what the product has room for, asked as one: "Har jeres chat mulighed for at stille videre til en medarbejder, eller er det kun bot?"
	'chat mulighed for', 'chatten mulighed for', 'chatbot mulighed for', 'bot mulighed for', 'botten mulighed for', 'app mulighed for', 'appen mulighed for', 'system mulighed for', 'systemet mulighed for',
	// how to change one's advisor or contact, asked (a self-service step): "Hvordan skifter jeg rådgiver i appen?"
	'hvordan skifter jeg', 'hvordan skifter man', 'hvordan skifter vi',
	// whether the user may do a step without anyone: "Kan jeg selv skifte rådgiver i netbanken, eller skal det gøres på et møde?"
	'kan jeg selv', 'kan man selv', 'kan vi selv',
	// an earlier request taken back before it is named again: "glem det jeg skrev om at blive ringet op"
	'glem det jeg skrev', 'glem det jeg sagde', 'glem det med', 'glem det om',
	// a job or a system asked about, what its users or holders can do: "kræver jobbet som kundeservice agent at …",
	// "vi leder efter et system hvor beboerne kan skrive til en medarbejder"
	'jobbet som', 'job som', 'stilling som', 'et system hvor', 'en løsning hvor', 'beboerne kan', 'kunderne kan', 'brugerne kan', 'medlemmerne kan',
	// a household counted: "når vi kun er én person i lejligheden"
	'kun er én', 'kun er en person',
	// who pays for what staff do, asked: "hvem der betaler hvis en medarbejder taber vores nøgle"
	'hvem der betaler', 'hvem betaler',
	// a thing shaped as a person: "den figur af et menneske"
	'figur af', 'figuren af', 'dukke af',
	// what others claim, reported: "min kollega påstår at man ikke behøver en advokat"
	'påstår',
	// what a letter or a page says, reported: "Der står at et autoriseret værksted vil kontakte mig. Hvor lang tid går der normalt?"
	'der står at', 'der stod at', 'der staar at',
	// keeping in touch, what a product is for: "en billig tablet, så hun kan holde kontakt med jobcentret"
	'holde kontakt med', 'holde kontakten med', 'holder kontakt med', 'holder kontakten med',
	// a talk had, praised in the present ('ville være rart at' stays a wish): "Det er rart at snakke med et menneske der tager sig tid."
	'det er rart at', 'det er dejligt at', 'det var rart at', 'det var dejligt at',
	// the user's own booking after advice, a plan: "hun sagde forsikringen dækker …, så jeg bestiller bare tid hos glarmesteren"
	'jeg bestiller bare', 'så bestiller jeg bare',
	// who does some work, a machine or one of the staff, asked: "er det en maskine der pakker varerne, eller gør en medarbejder det?"
	'eller gør en medarbejder det', 'eller gør et menneske det',
];
