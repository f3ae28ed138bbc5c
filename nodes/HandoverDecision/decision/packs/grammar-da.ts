import type { Grammar } from './types';

/** Danish request frames, targets and the frames that cancel them (see ../frames.ts). */
export const danishGrammar: Grammar = {
	talkVerbs: [
		// 'direkte' inside the verb: "må jeg chatte direkte med en af jeres folk"
		'chatte direkte med', 'snakke direkte med',
		// a request noun with 'med', as 'møde med': "må jeg få en samtale med en af jeres rådgivere", "booke et videomøde med en tekniker"
		'en samtale med', 'et opkald med', 'videomøde med', 'et * opkald med', 'en * samtale med',
		// a formal noun request, as English 'a call from': "jeg vil gerne have et opkald fra en rådgiver"
		'et opkald fra',
		// a phone appointment or call booked with someone: "jeg ønsker en telefonaftale med en af jeres skatterådgivere"
		'telefonaftale med', 'telefonsamtale med',
		// writing to the user, asked in the infinitive after a modal or 'til at' (not 'skrev', 'skriver': reports): "må en af jeres folk skrive til mig på mail?"
		'skrive til mig', 'skrive til os',
		'vende tilbage til mig',
		'kobl mig på', 'kobl mig til', 'kobl mig videre til', 'kobl mig over til', 'koble mig på', 'koble mig til',
		'sætte mig igennem til', 'stille mig igennem til', 'sætte mig over til', 'stille mig over til',
		'overtage', 'sæt mig over til', 'stil mig over til', 'sæt mig igennem til', 'stil mig igennem til',
		// chat 'm' for 'med': "vil tale m chefen for p huset"
		'tale m', 'snakke m', 'snak m', 'tal m', 'chatte m',
		'snakke me', 'tale me', 'snak med', 'tal med', 'mig videre til', 'møde med', 'tid hos',
		'kigge på',
		'tale med', 'snakke med', 'skrive med', 'chatte med', 'stil mig om til', 'stille mig om til',
		'stil mig videre til',
		// a politeness word inside the verb: "Stil mig venligst om til kundeservice"
		// 'lige' (just) inside the transfer, and 'skifte', 'skrive … videre' for it: "stil mig lige om til en person", "skift mig over til en person"
		'stil mig lige om til', 'stil mig lige videre til', 'stil mig lige over til', 'stil mig lige igennem til', 'sæt mig lige over til',
		'sæt mig lige igennem til', 'send mig lige videre til', 'skift mig over til', 'skift mig videre til', 'skriv mig videre til', 'skriv mig lige videre til',
		'stil mig venligst om til', 'stil mig venligst videre til', 'stil mig venligst over til', 'sæt mig venligst over til', 'sæt mig venligst igennem til',
		'stille mig videre til', 'sæt mig i forbindelse med', 'sæt mig i kontakt med', 'sætte mig i kontakt med', 'i forbindelse med', 'forbind mig med', 'forbind mig til', 'forbinde mig med', 'forbinde mig til',
		'overfør mig til', 'viderestil mig til', 'tale', 'snakke',
		// the passive of the transfer verbs: "kan jeg blive overført til en dyrlæge?"
		'blive overført til', 'blive viderestillet til', 'blive stillet om til', 'blive stillet videre til', 'blive sat over til',
		'sende mig videre til', 'send mig videre til',
		'forklare det til', 'forklare til',
		'stilles om til', 'stillet om til', 'overfør til', 'overfør mig',
		// the passive of 'stille videre': "Kan jeg blive stillet videre til jeres tekniske support?"
		'stillet videre til', 'stilles videre til', 'sendt videre til', 'sendes videre til', 'viderestilles til', 'overføres til',
		'klage til',
		'kontaktet af', 'ringet op af',
		// the same asked in the passive infinitive: "vil gerne kontaktes af min kontaktperson hos jer"
		'kontaktes af', 'ringes op af',
		// "få [lederen] i røret": get someone on the phone
		'i røret',
		// getting hold of a named person: "Kan jeg få fat i Lars Kjeldsen?" ("fat i kundeservice" alone stays a reach verb)
		'få fat i',
		// chat ASCII for å: "kan jeg faa fat i Mette fra salonen?"
		'faa fat i',
		// someone calling the user, the caller before it (as German 'anruft'); Danish puts a comma before 'at', which ends a want
		// verb's reach: "Jeg vil have, at ejendomsadministratoren ringer til mig", "… at en ansvarlig ser på sagen og kontakter mig"
		'ringer til mig', 'ringer mig op', 'ringer mig tilbage', 'ringer til os', 'ringer os op', 'kontakter mig', 'kontakter os',
		// a callback asked of a named person or a role before it: "kan Lars Nielsen ringe tilbage", "kan en rådgiver ringe tilbage?"
		'ringe tilbage',
	],
	wantVerbs: [
		'jeg vil ha', 'vil ha', 'jeg vil gerne ha', 'hjælp fra', 'hjælp af',
		'jeg vil have', 'jeg vil gerne have', 'vil gerne have', 'jeg vil have at', 'jeg vil gerne have at', 'vil gerne have at', 'jeg vil rigtig gerne have at', 'vil rigtig gerne have at', 'vil rigtig gerne have', 'jeg skal have', 'jeg har brug for', 'jeg har stadig brug for', 'giv mig', 'må jeg få', 'kan jeg få',
		'jeg skal bruge',
		// a couple's or a household's need: "vi skal bruge en taksator hurtigst muligt", "vi har brug for en tekniker i morgen"
		'vi har brug for', 'vi har stadig brug for', 'vi skal bruge',
		// a want that someone calls, without 'gerne', and the formal 'ønsker at': "min søster vil have at nogen fra kommunen ringer hende op",
		// "min mormor ønsker at en fra apoteket ringer til hende" (whose want it is, the frames read: see ../behalfObjects.ts)
		'vil have at', 'ønsker at',
		// a polite "could I just get": "Kan jeg ikke lige få en fra fotolaboratoriet i telefonen?"
		'kan jeg ikke få', 'kan jeg ikke lige få', 'kan jeg lige få', 'må jeg lige få',
		'hent', 'hent mig',
		// chat ASCII for å: "kan jeg faa en medarbejder"
		'kan jeg faa', 'maa jeg faa', 'kan jeg ikke faa', 'kan jeg lige faa',
		// parents or a couple asking together: "Kan vi få skoleleder Henrik Madsen i telefonen?"
		'kan vi få', 'må vi få', 'kunne vi få', 'kan vi ikke få', 'kan vi lige få',
		// the past form as a polite present, with 'evt.' (eventuelt): "Kunne jeg evt. få en af jeres konsulenter til at ringe"
		'kunne jeg få', 'kunne jeg evt få', 'kan jeg evt få', 'kunne jeg ikke få', 'kunne jeg lige få', 'kunne jeg faa',
	],
	reachVerbs: ['få fat i', 'fat i', 'faa fat i', 'kontakte', 'kontakt med', 'komme i kontakt med', 'ringe til', 'få kontakt med'],
	people: [
		// en håndværker, der sendes eller skal komme: "kan I sende en glarmester?", "kan elektrikeren komme forbi"
		'elektriker', 'elektrikere', 'låsesmed', 'glarmester', 'blikkenslager',
		// a fitter or service technician asked to come: "send venligst en montør"
		'montør', 'servicemontør', 'servicetekniker',
		// the fitter or technician who came before, asked back by the definite form, and the trade's plural: "kan I sende montøren ud igen",
		// "kan teknikeren komme tilbage i morgen", "send venligst vvs-manden ud igen", "kan en af jeres teknikere komme ud"
		'teknikeren', 'teknikere', 'teknikerne', 'montøren', 'montører', 'servicemontøren', 'serviceteknikeren', 'elektrikeren', 'elektrikerne',
		'låsesmeden', 'glarmesteren', 'blikkenslageren', 'mekanikeren', 'vvs manden', 'vvs mand',
		// business roles asked for by name (bare 'udvikler' is also the verb, a cancel: "vi udvikler en bot"): "kan jeg snakke med en af jeres
		// udviklere?", "kan vores salgskonsulent ringe?"
		'udvikleren', 'udviklere', 'udviklerne', 'salgskonsulent', 'salgskonsulenten',
		// a doctor a patient asks for: "jeg har brug for at en læge ringer mig op"
		'læge', 'lægen',
		// a clinic's nurse, or the professional who did the work: "snakke med en sygeplejerske", "få fat i den arkitekt der har vores sag"
		'sygeplejerske', 'sygeplejersken', 'arkitekt', 'arkitekten', 'oversætter', 'oversætteren',
		'sekretær', 'sekretæren', 'supporter', 'supportmedarbejder', 'en fra',
		'livredder', 'livredderen', 'farmaceut', 'farmaceuten',
		'personen',
		// the one who did the work: "snakke med ham der lavede den"
		'ham der', 'hende der', 'ham som', 'hende som',
		'vagthavende', 'en der ved', 'en der kan',
		// anyone on the staff, by what they do: "kan jeg snakke med en der arbejder i butikken i kolding?"
		'en der arbejder', 'en som arbejder', 'nogen der arbejder', 'nogen som arbejder',
		// whoever handles something: "tale med en der behandler indsigelser"
		'en der behandler', 'den der behandler', 'en der står for', 'den der står for', 'en der tager sig af',
		'den der tager sig af',
		// whoever has the user's thing or case: "kan jeg faa fat i den der har min bil?"
		'den der har min', 'den der har mit', 'den der har vores', 'den som har min', 'den som har mit', 'den som har vores',
		'værkfører', 'værkføreren',
		// a gym's or club's trainer: "Kan jeg tale med en af trænerne om privattimer?"
		'træner', 'træneren', 'trænere', 'trænerne',
		'menneske', 'mennesker', 'person', 'nogen', 'leder', 'chef', 'chefen', 'overordnede', 'overordnet', 'medarbejder',
		'medarbejderen', 'ansat',
		// one compound for a customer-service employee: "jeg vil snakke med en kundeservicemedarbejder"
		'kundeservicemedarbejder', 'kundeservicemedarbejderen', 'kundeservicemedarbejdere',
		// a customer's account manager: "jeg vil gerne snakke med jeres kundechef"
		'kundechef', 'kundechefen', 'kundeansvarlig', 'kundeansvarlige',
		// a leader named by what they lead, and the definite 'lederen': "tale med jeres parkchef", "få skoleleder Henrik Madsen i telefonen"
		'lederen', 'afdelingsleder', 'afdelingslederen', 'skoleleder', 'skolelederen', 'teamleder', 'teamlederen', 'butikschef', 'butikschefen',
		'butiksleder', 'butikslederen', 'parkchef', 'parkchefen', 'driftschef', 'driftschefen', 'centerchef', 'centerchefen',
		'rådgiver', 'rådgiveren', 'agent', 'operatør', 'salgsafdelingen', 'salg', 'regnskab', 'regnskabet', 'bogholderiet',
		'rigtig person',
		'kollega', 'tekniker',
		// experts of the business a customer asks for: "kan jeg snakke med en installatør?", "en af jeres ernæringseksperter"
		'installatør', 'installatøren', 'ernæringsekspert', 'ernæringseksperter', 'ernæringseksperten', 'diætist', 'diætisten',
		// a hearing clinic's audiologist: "kan hendes audiolog Hanne ringe til hende?"
		'audiolog', 'audiologen', 'audiologer',
		// a pet business's vet: "kan jeg blive overført til en dyrlæge hos jer?"
		'dyrlæge', 'dyrlægen', 'dyrlæger',
		'repræsentant', 'inkasso',
		'ansvarlig', 'ansvarlige', 'hvem som helst',
		// a property's administrator or landlord, an insurer's claims handler or assessor
		'ejendomsadministrator', 'ejendomsadministratoren', 'udlejer', 'udlejeren',
		'skadebehandler', 'skadebehandleren', 'skadesbehandler', 'skadesbehandleren', 'taksator', 'taksatoren',
		'konsulent', 'konsulenten', 'konsulenter', 'konsulenterne',
		// a candidate's recruiter: "kan rekrutteringskonsulenten ringe mig"
		'rekrutteringskonsulent', 'rekrutteringskonsulenten', 'rekrutterer', 'rekruttereren',
		'sagsbehandler', 'sagsbehandleren', 'kontaktperson', 'kontaktpersonen', 'vedkommende',
		// en fagperson efter sit fag: "kan jeg tale med tandlægen?", "kan revisoren ringe mig op?"
		'tandlæge', 'tandlægen', 'advokat', 'advokaten', 'revisor', 'revisoren', 'bedemand', 'bedemanden', 'kørelærer', 'kørelæreren', 'dyrlægerne', 'tandlægerne', 'advokaterne', 'biavler', 'biavleren',
		// den der sælger, udlejer eller underviser: "tale med sælgeren", "kan viceværten ringe", "snakke med min søns klasselærer"
		'sælger', 'sælgeren', 'forhandler', 'forhandleren', 'vicevært', 'viceværten', 'læreren', 'klasselærer', 'klasselæreren', 'underviser', 'underviseren',
		// who is sent out to the user: "kan I sende en mekaniker?", "send en kranvogn"
		'mekaniker', 'kranvogn', 'autohjælp',
	],
	departments: ['support', 'supporten', 'kundeservice', 'kundeservicen', 'kundesupport', 'hotline', 'kundecenter', 'kundecenteret', 'supportlinje', 'supportlinjen',
		'hvem skal jeg kontakte', 'hvem kontakter jeg', 'hvor henvender jeg mig', 'hvem henvender jeg mig til',
		'skadeafdelingen', 'skadesafdelingen', 'kundeafdelingen', 'økonomiafdelingen',
		'bookingafdelingen', 'bookingteamet', 'bookingteam',
		// the customer team: "at Louise Kragh fra kundeteamet kontakter mig"
		'kundeteam', 'kundeteamet', 'supportteam', 'supportteamet',
		'teknisk support', 'tekniske support', 'teknisk afdeling', 'tekniske afdeling', 'tekniske afdelingen',
	],
	// 'af' of "en af jeres": "tale med en af jeres rådgivere"
	fillers: ['af', 'en', 'et', 'den', 'det', 'din', 'dit', 'jeres', 'rigtig', 'rigtigt', 'ægte', 'fra', 'i', 'til', 'lige', 'direkte', 'vores', 'min', 'mit',
		// another person than the one before: "kan jeg tale med en anden medarbejder", as Spanish 'otra' and Portuguese 'outra'
		'anden', 'andet',
		// a time word between the verb and its 'med': "tale direkte i dag med en tekniker"
		'dag', 'nu',
	],
	topics: ['om', 'angående', 'vedrørende'],
	infinitives: ['for', 'at'],
	notAlone: ['salgsafdelingen', 'salg', 'regnskab', 'regnskabet', 'bogholderiet', 'inkasso'],
	conjunctions: ['og'],
	ones: ['en', 'et'],
	relatives: ['der', 'som'],
	conditionals: ['hvis'],
	// a weekday sets the condition ahead too: "hvis licensen ikke er kommet på fredag, ringer jeg og beder om at få nogen i røret"
	futures: ['morgen', 'overmorgen', 'igen', 'næste', 'inden', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
	aheadConditionals: ['skulle'],
	aheadDays: ['weekenden'],
	details: ['nummer', 'telefonnummer', 'nummeret', 'hotline', 'email', 'mail', 'mailadresse', 'adresse'],
	courtesies: ['du kan', 'i kan', 'har tid', 'muligt'],
	later: ['så', 'senere'],
	// someone else typed the quoted request, or the bot is to ignore it (see ../quotes.ts)
	// the app's own text, quoted: der står "en medarbejder er klar om lidt"
	// typed or shouted by someone else, as 'skrev': a disown, as quoteSources would take the 'I' of "nogen i chatten råbte" for the user
	disowns: ['står', 'stod', 'skrev', 'tastede', 'råbte', 'skreg', 'ignorer', 'ignorere'],
	// a request taken back by a later clause that ends with one (see ../marks.ts)
	// 'nårh nej', 'nåh nej' as 'nå nej': "kan jeg snakke med nogen? nårh nej, fandt returlabelen i mailen"
	takeBacks: ['glem det', 'lige meget', 'nå nej', 'nårh nej', 'nåh nej', 'fandt ud af det', 'fandt ud af det selv', 'har fundet ud af det',
		// the question before was asked only to know: "Kan man komme videre til en medarbejder …? Bare så jeg ved det til næste gang."
		'bare så jeg ved det', 'bare så jeg ved det til næste gang', 'bare af nysgerrighed', 'bare nysgerrig',
		// "… så det er ikke nødvendigt alligevel"
		'ikke nødvendigt alligevel', 'det er ikke nødvendigt alligevel', 'så det er ikke nødvendigt alligevel',
		// "… men det har jeg ikke brug for alligevel"
		'ikke brug for alligevel', 'har jeg ikke brug for alligevel', 'behøver ikke alligevel',
		// the answer found, or the matter settled by itself: "…, men nu har jeg fundet svaret"
		'fundet svaret', 'fandt svaret', 'det klarede sig', 'det har løst sig', 'det løste sig',
	],
	contrasts: ['men'],
	abbreviations: ['hr', 'dr', 'm', 'evt'],
	firstPersons: ['jeg'],
	complementisers: ['at'],
	declines: ['nej', 'næ', 'glem det', 'lige meget', 'nej tak', 'ellers tak'],
	// a "wait"/"actually" word next to a decline opens a correction (see ../corrections.ts)
	selfCorrections: ['vent'],
	urgers: ['tak', 'nu', 'hurtigt', 'for mig'],
	cancels: [
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
		'skal først snakke med', 'skal først tale med',
		// the order of steps asked about: "skal jeg snakke med viceværten først eller søger man her"
		'skal jeg snakke med * først', 'skal jeg tale med * først', 'skal jeg først snakke med', 'skal jeg først tale med',
		// what one does to get through, reported as advice: "så kommer man igennem til en medarbejder"
		'så kommer man', 'kommer man igennem', 'siger at man',
		// what an adviser made before: "den oversigt som jeres rådgiver lavede i foråret"
		'rådgiver lavede', 'rådgiveren lavede', 'rådgiver sendte', 'rådgiveren sendte', 'rådgiver udarbejdede', 'rådgiveren udarbejdede',
		// a request maybe wanted later, a plan, not asked now: "måske vil jeg tale med nogen om … senere, lige nu …"
		'måske vil jeg', 'måske skal jeg',
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
		// the waiting time for a person, asked about: "står der virkelig 45 minutters ventetid på en medarbejder??"
		'ventetid på', 'ventetiden på',
		// when a team can be reached, not a request: "Kan jeg få fat i kundeservice om lørdagen, eller kun på hverdage?"
		'om lørdagen', 'om søndagen', 'i weekenden', 'på hverdage', 'på hverdagene',
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
		'bygge', 'lave en', 'udvikle', 'supportsoftware', 'platform', 'platformen',
		'koster', 'pris på', 'sprog', 'åbningstider', 'åbningstiderne',
		'jeres produkt', 'jeres bot', 'botten kan', 'supportaftalen',
		'er super', 'var super', 'allerede haft', 'åbent', 'hjalp',
		'kunden bede', 'har allerede hjulpet', 'hjulpet', 'stillingen',
		'kommer retur',
		'tjekker et', 'tjekker en',
		'slut',
		'menneske før', 'allerede løst',
		'arbejder der', 'sagde',
		// a feature of the app or its reviews, asked about ('i appen' alone also ends a report run on into a request:
		// "jeg har prøvet … i appen hele formiddagen … giv mig en rigtig agent")
		'i appen også', 'en funktion i', 'funktion i appen', 'anmeldelser', 'anmeldelserne',
		'ville have bedt', 'ville have spurgt', 'havde tænkt mig at bede', 'ville egentlig',
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
		// a comparison with calling: "det var nemmere end at ringe til nogen"
		'nemmere end', 'lettere end', 'hurtigere end', 'bedre end at',
		// who does a step, asked about: "skal det gøres af en medarbejder?"
		'gøres af', 'gøres af en', 'udføres af', 'klares af',
		// an earlier call reported, and praise of the staff met: "ringede til jer i går og fik en rigtig dygtig rådgiver"
		'ringede til jer', 'ringede ind', 'dygtig', 'dygtige',
		// a transfer reported: "jeg blev stillet videre til support, men ingen svarede"
		'blev stillet', 'blev sendt', 'blev overført', 'blev viderestillet',
		// a feature asked about: "Har I en funktion hvor botten sender mig videre til et menneske …?"
		'en funktion', 'botten sender',
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
		// a case imagined: "hvis jeg skulle få brug for en rådgiver, hvad gør jeg så?"
		'hvis jeg skulle', 'hvis nu jeg', 'hvis jeg nu',
		// whether a talk is needed: "behøver jeg at snakke med en rådgiver for at skifte fond?"
		'behøver jeg at', 'behøver man at', 'er det nødvendigt at',
		// the user's own talk or visit already arranged: "jeg har et møde med en rådgiver på fredag", "jeg har en tid hos tandlægen kl 10"
		'har et møde med', 'har en aftale med', 'har en tid hos', 'har tid hos', 'jeg snakker med', 'jeg taler med',
		// staff the user employs: "vi har en medarbejder der skal have adgang til kontoen"
		'jeg har en medarbejder', 'vi har en medarbejder', 'jeg har en ansat', 'vi har en ansat',
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
		// a difference asked about: "Hvad er forskellen på en rådgiver og en formueforvalter?"
		'forskellen på', 'forskel på',
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
	],
	callbacks: ['vende tilbage til mig', 'ringe tilbage'],
	imperatives: ['stil', 'sæt', 'kobl', 'forbind', 'overfør', 'viderestil', 'send'],
	subjects: ['han', 'hun', 'de', 'vi', 'den', 'det', 'vil', 'kan', 'skal', 'ville', 'kunne', 'skulle'],
	promises: ['ringer', 'vender', 'nok'],
	// what the person opening the clause did, a report: "en medarbejder i banken gav mig et forkert kontonummer"
	pastDeeds: ['var', 'blev', 'har', 'havde', 'gav', 'kom', 'tog', 'fik', 'gik', 'glemte', 'hjalp', 'sendte', 'satte', 'lagde', 'smed',
		'kørte', 'skiftede', 'anbefalede', 'parkerede', 'lavede', 'fandt', 'mistede', 'tabte', 'ødelagde', 'slettede', 'aflyste',
		'afviste', 'solgte', 'mødte', 'tjekkede', 'kiggede', 'svarede', 'skrev', 'ringede', 'fortalte', 'sagde', 'nægtede', 'installerede',
		'monterede', 'reparerede', 'fiksede', 'efterlod', 'bad', 'spurgte',
		// irregular and '-te' forms, which the ending in pastDeedForms does not read: "en medarbejder fra jer holdt et fint oplæg om det"
		'holdt', 'viste', 'gjorde', 'vidste', 'fulgte', 'købte', 'kendte', 'brugte', 'faldt', 'lod', 'forstod', 'begyndte', 'stod'],
	// and any regular past form no pack lists: "en medarbejder fra jer afleverede pakken hos naboen"
	pastDeedForms: ['*ede'],
	identity: [
		'snakker jeg med', 'er det et rigtigt menneske',
		'er du et', 'er du en', 'er du menneske', 'taler jeg med', 'skriver jeg med', 'chatter jeg med', 'bot eller',
		'eller et menneske', 'er det en bot', 'er det et menneske',
		'svarer der en', 'i den anden ende',
		'chatgpt eller', 'er du chatgpt',
		'sidder der et menneske', 'sidder der en person', 'sidder der en rigtig', 'sidder der et rigtigt',
		'læser med', 'er det hele automatisk', 'er det automatisk',
		'er jeg i kontakt med', 'eller en bot',
	],
	// a one-word person request after one is a person talked about: see ../referents.ts
	determiners: ['jeres', 'din', 'dit', 'vores', 'hans', 'hendes', 'min', 'mit'],
	// before a "that" and a person, what follows is passed on: see ../reports.ts
	reports: ['sige', 'fortælle', 'sagde', 'siger', 'sagt', 'skrev', 'skriver', 'lovede', 'lovet', 'fortalte', 'nævnte', 'sms', 'mail', 'besked', 'brev'],
	// a quote these stand next to is someone's or something's words, and another's typing or shouting of it: see ../quotes.ts
	quoteSources: ['skilt', 'skiltet', 'viser', 'knappen', 'sætningen', 'skrevet', 'råber', 'spammede'],
	// a word of these forms, or a title and a name, in a talk verb's slot is a person: see ../roleTargets.ts
	roleForms: ['*leder', '*lederen', '*rådgiver', '*rådgiveren', '*medarbejder', '*medarbejderen', '*ansvarlig', '*ansvarlige', '*konsulent', '*konsulenten', '*mester', '*mesteren', '*inde',
		'*rådgivere', '*rådgiverne', '*tekniker', '*teknikeren', '*chef', '*chefen'],
	titles: ['fru', 'hr', 'frk'],
	// before an "if" or "that", a person and a contact verb: the person is wished to contact the user; see ../wishes.ts
	wishMoods: ['ville'],
	wishedContacts: ['ringede', 'ringer', 'ringe', 'kontaktede', 'kontakter', 'kontakte', 'henvendte'],
	// a person asked to write to, answer or reach out to the user (`userObjects`); see ../writeBacks.ts
	writeBacks: ['skrive', 'skriver', 'svare', 'svarer'],
	writeBackAgains: ['igen'],
	// how often or whether at all someone answers, and the verb's habitual and past forms; see ../answerHabits.ts
	replyCues: ['nogensinde', 'overhovedet', 'sommetider', 'normalt', 'allerede', 'egentlig', 'virkelig', 'plejer'],
	reportedReplies: ['svarer', 'skriver', 'svarede', 'svaret', 'skrev', 'skrevet'],
	memberLinks: ['fra', 'hos', 'i'],
	// a person given to the user: "get me | Gary at the depot"; see ../handOvers.ts
	handOverVerbs: ['giv', 'hent', 'find'],
	handOverUsers: ['mig', 'os'],
	// a person asked by one of these to contact the user (`userObjects`): see ../contactRequests.ts
	contactAskers: ['kan', 'kunne', 'skal'],
	// "Send venligst en tekniker", "få en servicemontør herud", "kan der komme en tekniker ud"; see ../visitRequests.ts
	visitVerbs: ['send', 'sende', 'komme', 'bestille', 'booke', 'herud', 'derud'],
	// 'sød' of the plea "vær sød at sende en tekniker"
	visitAskers: ['venligst', 'vil', 'gerne', 'behøver', 'brug', 'få', 'sød'],
	visits: ['besøg', 'teknikerbesøg', 'servicebesøg'],
	visitQualifiers: ['tekniker', 'montør', 'servicemontør', 'teknikerbesøg', 'servicebesøg', 'mekaniker', 'kranvogn', 'autohjælp', 'elektriker', 'elektrikere', 'låsesmed', 'glarmester', 'blikkenslager',
		'teknikeren', 'teknikere', 'teknikerne', 'montøren', 'montører', 'servicemontøren', 'serviceteknikeren', 'elektrikeren', 'elektrikerne',
		'låsesmeden', 'glarmesteren', 'blikkenslageren', 'mekanikeren', 'manden'],
	visitRecipients: ['til'],
	userObjects: ['mig', 'os'],
	// a person asked to do one of these on the user's matter: see ../serviceRequests.ts
	userServices: ['kigge', 'kikke', 'rådgive', 'svare', 'gennemgå'],
	indirectQuestions: ['vide', 'spørge', 'høre', 'spurgte'],
	perfects: ['været', 'havde'],
	// right before a need word and a person, the matter in hand needs the person: see ../needs.ts
	matters: ['det', 'dette', 'her'],
	needs: ['kræver', 'behøver', 'skal'],
	denials: ['ikke', 'aldrig'],
	// before a contact verb in its clause, the contact's subject is nobody: see ../nobodyContacts.ts
	nobodies: ['ingen'],
	// a person word a few words after one is how something seems, no one asked for: see ../qualities.ts
	seemings: ['lyder', 'virker', 'ligner', 'føles'],
	alternatives: ['eller'],
	onlies: ['kun'],
	purposes: ['til', 'for'],
	handoffs: ['overførsel', 'overdragelse'],
	machines: ['automatisk', 'automatiske', 'automatiseret', 'automatiserede', 'script'],
	// a person a system routes one of these to is no one the user asks for; see ../routedPersons.ts
	systems: ['system', 'systemet', 'bookingsystem', 'bookingsystemet', 'telefonsystem', 'telefonsystemet', 'ivr', 'crm', 'værktøj', 'værktøjet', 'software', 'platform', 'platformen', 'bot', 'botten', 'chatbot', 'chatbotten', 'app', 'appen',
		'chatbots', 'løsning', 'løsningen'],
	routedThings: ['kunder', 'kunderne', 'opkald', 'opkaldene', 'leads', 'henvendelser', 'henvendelserne', 'chats', 'chatten', 'samtaler', 'samtalen', 'dem', 'licens', 'licenser', 'licensen'],
	devices: ['højttaler', 'højttaleren', 'højttalere', 'kamera', 'kameraet', 'kameraer', 'dørklokke', 'dørklokken', 'høreapparat', 'høreapparatet', 'headset', 'hovedtelefoner', 'enhed', 'enheden'],
	// a thing a connect verb joins, not a person: see ../connectedThings.ts
	connectedThings: ['app', 'appen', 'telefon', 'telefonen', 'mobil', 'mobilen', 'tv', 'smartwatch', 'konto', 'kontoen', 'computer', 'computeren', 'printer', 'printeren', 'tablet', 'mail', 'mailen', 'opkald', 'opkaldene', 'linket', 'saldo'],
	abilities: ['kan', 'kunne'],
	abilityInfinitives: ['kunne'],
	thingRelatives: ['der', 'som'],
	perceptions: ['forstå', 'forstår'],
	botBuilds: ['bygge', 'bygger'],
	thingsBeforePerson: ['antivirus', 'vpn', 'rollen', 'rolle', 'brugerrollen', 'brugerrolle'],
	thingsAfterPerson: ['tilstand', 'tilstanden', 'kortet', 'skin', 'skabelon', 'skabelonen', 'status', 'main', 'klasse', 'meme'],
	versusWords: ['vs', 'versus', 'mod'],
	gameChoices: ['hvilken', 'hvilket', 'bedst', 'bedste', 'spille', 'vælge', 'maine'],
	transferVerbs: ['send', 'sende', 'stil', 'stille', 'sæt', 'sætte', 'forbind', 'forbinde', 'overfør', 'overføre', 'viderestil', 'viderestille'],
	// a person a few words after one of these does that work; see ../workDoers.ts
	works: ['oversættelse', 'oversættelsen', 'oversættelser', 'oversættelserne', 'rundvisning', 'rundvisningen', 'transskription', 'korrekturlæsning', 'moderering', 'undertekster', 'undertekstning', 'rengøring', 'rengøringen'],
	// in a question with a person phrase near one: asks who answers; see ../replyQuestions.ts
	replies: ['svarer', 'skriver', 'læser', 'taster'],
	whos: ['hvem'],
	hows: ['hvordan'],
	workings: ['virker', 'fungerer', 'foregår'],
	handoverModes: ['automatisk'],
	cases: ['tilfælde', 'situationer'],
	whiches: ['hvilke'],
	customers: ['kunde', 'kunden', 'køber', 'gæst', 'besøgende', 'bruger', 'kunder', 'købere', 'gæster', 'brugere'],
	whens: ['når'],
	ownPossessives: ['min', 'mine'],
	// the 'der' of "er der" and the 'har' of "har I", and someone free, online or on duty: "har I en tekniker på vagt?", "er der en rådgiver ledig nu?"
	existentials: ['der', 'har'],
	// someone who has time: "er der en medarbejder der har tid nu?"
	presences: ['ledig', 'ledige', 'vagt', 'online', 'tilgængelig', 'tid'],
	presentNows: ['nu', 'lige nu'],
	// a question whose subject is a name: "er Mette ledig?"
	nameOpeners: ['er'],
	// a turn to the present after a request for later: "…, but for now just tell me …"
	nowTurns: ['nu'],
	nextTimes: ['næste gang'],
	// the speaker of a report: "the operator told my husband …", "I was told by an agent …"
	speakerReports: ['sagde', 'sagt', 'fortalte', 'fortalt', 'vide'],
	speakerAgents: ['af'],
	// the user's own contact, a plan: "I'll ring them myself"
	selfDoers: ['selv'],
	obligations: ['skal', 'må', 'behøver'],
	openingNeeds: ['skal', 'må', 'behøver'],
	possibilities: ['muligt', 'mulighed', 'håber'],
	contactForms: ['kontaktet', 'ringet', 'hjulpet', 'telefonen', 'betjent'],
	contactMedia: ['besked', 'mail', 'sms'],
	teams: ['team', 'teamet', 'afdeling', 'afdelingen'],
	// a modal opening the question of a talk verb with a team in its slot: see ../teamTargets.ts
	slotAskers: ['kan', 'kunne'],
	// what a team handles after it, past one of these: see ../teamTargets.ts
	teamLinks: ['for'],
	// one of the business's people named by their group ("one of your devs"): see ../groupMembers.ts
	groupOnes: ['en', 'et', 'nogen'],
	groupOwners: ['jeres', 'dine'],
	// a time word before now: a person or request words in its clause are reported, not asked for; see ../pastReports.ts
	pastHaves: ['havde'],
	pastTimes: ['forleden', 'i går', 'i forgårs', 'sidste uge', 'sidste gang', 'sidste måned', 'sidste år', 'sidste weekend', 'i morges', 'i formiddags', 'i eftermiddags', 'i aftes'],
	// the "with" of a verb of talking with someone, and those verbs: a word no pack lists in their slot is a person (../conversationPartners.ts)
	companions: ['med'],
	conversations: ['tale', 'tal', 'snakke', 'snak', 'chatte', 'skrive'],
	personPronouns: ['hende', 'ham'],
	// a third person as a contact verb's object, said for someone close the user writes for; see ../behalfObjects.ts
	othersObjects: ['hende', 'ham', 'dem'],
	othersWants: ['vil', 'ønsker', 'beder'],
	// someone else's past ask, reported; see ../othersPastAsks.ts
	othersPastAsks: ['bad', 'spurgte', 'bedt'],
	// another's offer or order, passed on and set aside; see ../passedOnAsks.ts
	passedOnAsks: ['tilbød', 'tilbudt', 'foreslog', 'foreslået', 'skrev'],
	// the user's ask of someone close who makes the contact; see ../closeErrands.ts
	errandAsks: ['bedt', 'bad'],
	// that person's own contact after their want: "mine forældre vil gerne have fat i en person, men de ringer selv"
	thirdSubjects: ['han', 'hun', 'de'],
	phoneLines: ['telefonen', 'røret'],
	phoneVerbs: ['få', 'sæt', 'sætte'],
	// someone of the user's as a contact verb's object; see ../relationObjects.ts
	relationOwners: ['vores'],
	// a contact said to the company for someone of the user's, with a phone number; see ../relativeCalls.ts
	contactImperatives: ['ring', 'kontakt'],
	// see ../countedPersons.ts
	counters: ['per', 'hver', 'hvert', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ti'],
	copulas: ['er', 'var', 'være'],
	curiosities: ['nysgerrig', 'nysgerrighed'],
	// see ../unsoughtSomeones.ts
	someones: ['nogen', 'ingen', 'nogle'],
	determinedThings: ['mulighed', 'muligheder', 'plan', 'planer', 'regel', 'regler', 'chance', 'måde', 'grund', 'garanti', 'dækning', 'forbindelse', 'signal', 'løsning', 'opdatering', 'rabat', 'tidsplan'],
	ownCommunities: ['chat', 'stream', 'gruppe', 'kanal', 'kommentarer', 'kommentarfelt', 'server', 'livestream', 'team'],
	ownTeamWords: ['egen', 'eget', 'egne'],
	thanks: ['tak', 'takke', 'ros', 'kudos'],
	breakages: ['knækket', 'knækkede', 'stykker', 'bøjet', 'revnet', 'rustet'],
	roleAs: ['som'],
	offerVerbs: ['tilbyder', 'tilbyde'],
	pretenders: ['såkaldt', 'såkaldte', 'falsk', 'falske', 'påstået', 'påståede'],
	newcomers: ['ny', 'nye'],
};
