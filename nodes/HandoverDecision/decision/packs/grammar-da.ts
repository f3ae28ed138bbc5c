import type { Grammar } from './types';
import { danishCancels } from './cancels-da';
import { danishClauseLists } from './lists-da';

/** Danish request frames and targets (see ../frames.ts); cancel frames in cancels-da.ts, the clause checks' word lists in lists-da.ts. */
export const danishGrammar: Grammar = {
	talkVerbs: [
		// 'direkte' inside the verb: "må jeg chatte direkte med en af jeres folk"
		'chatte direkte med', 'snakke direkte med',
		// a request noun with 'med', as 'møde med': "må jeg få en samtale med en af jeres rådgivere", "booke et videomøde med en tekniker"
		'en samtale med', 'et opkald med', 'videomøde med', 'et * opkald med', 'en * samtale med',
		// the place of the meeting before its person: "et personligt møde i filialen med en boligrådgiver"
		'møde i * med', 'møde på * med',
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
		// chat ASCII for å: "har i nogen der kan kigge paa den sammen med mig?"
		'kigge på', 'kigge paa',
		'tale med', 'snakke med', 'skrive med', 'chatte med', 'stil mig om til', 'stille mig om til',
		'stil mig videre til',
		// a politeness word inside the verb: "Stil mig venligst om til kundeservice"
		// 'lige' (just) inside the transfer, and 'skifte', 'skrive … videre' for it: "stil mig lige om til en person", "skift mig over til en person"
		'stil mig lige om til', 'stil mig lige videre til', 'stil mig lige over til', 'stil mig lige igennem til', 'sæt mig lige over til',
		'sæt mig lige igennem til', 'send mig lige videre til', 'skift mig over til', 'skift mig videre til', 'skriv mig videre til', 'skriv mig lige videre til',
		'stil mig venligst om til', 'stil mig venligst videre til', 'stil mig venligst over til', 'sæt mig venligst over til', 'sæt mig venligst igennem til',
		'stille mig videre til', 'sæt mig i forbindelse med', 'sæt mig i kontakt med', 'sætte mig i kontakt med', 'sætte mig i forbindelse med', 'i forbindelse med',
		// a want to get in touch with no 'komme' ("hvordan kommer jeg i kontakt med" stays a reach question): "vil gerne i kontakt med ejendomsfunktionæren"
		'gerne i kontakt med', 'vil i kontakt med', 'gerne i kontakt m', 'vil i kontakt m', 'forbind mig med', 'forbind mig til', 'forbinde mig med', 'forbinde mig til',
		'overfør mig til', 'viderestil mig til', 'tale', 'snakke',
		// the passive of the transfer verbs: "kan jeg blive overført til en dyrlæge?"
		'blive overført til', 'blive viderestillet til', 'blive stillet om til', 'blive stillet videre til', 'blive sat over til',
		// 'koble' in the passive: "Kan jeg blive koblet på en sagsbehandler vedr. min skadesanmeldelse?"
		'blive koblet på', 'blive koblet til', 'blive koblet videre til',
		'sende mig videre til', 'send mig videre til',
		'forklare det til', 'forklare til',
		'stilles om til', 'stillet om til', 'overfør til', 'overfør mig',
		// the passive of 'stille videre': "Kan jeg blive stillet videre til jeres tekniske support?"
		'stillet videre til', 'stilles videre til', 'sendt videre til', 'sendes videre til', 'viderestilles til', 'overføres til',
		'klage til',
		'kontaktet af', 'ringet op af',
		// the same asked in the passive infinitive: "vil gerne kontaktes af min kontaktperson hos jer"
		'kontaktes af', 'ringes op af',
		// with 'jeres' inside, a team of any compound reaches as after 'tale med jeres': "Jeg ønsker at blive kontaktet af jeres klageafdeling"
		'kontaktet af jeres', 'kontaktes af jeres', 'ringet op af jeres', 'ringes op af jeres',
		// a visit wished of someone, a role of any form: "Vil gerne have besøg af jeres rengøringsleder så vi kan gennemgå hvad der skal gøres"
		'besøg af',
		// "få [lederen] i røret": get someone on the phone
		'i røret',
		// getting hold of a named person: "Kan jeg få fat i Lars Kjeldsen?" ("fat i kundeservice" alone stays a reach verb)
		'få fat i',
		// chat ASCII for å: "kan jeg faa fat i Mette fra salonen?"
		'faa fat i',
		// the want 'skal have' before it: "Jeg skal have fat i en koordinator nu!"
		'have fat i', 'ha fat i',
		// contact wished for after the want: "Jeg vil gerne have kontakt til hendes kontaktperson i hjemmeplejen."
		'have kontakt til', 'have kontakt med', 'ha kontakt til', 'ha kontakt med',
		// someone calling the user, the caller before it (as German 'anruft'); Danish puts a comma before 'at', which ends a want
		// verb's reach: "Jeg vil have, at ejendomsadministratoren ringer til mig", "… at en ansvarlig ser på sagen og kontakter mig"
		'ringer til mig', 'ringer mig op', 'ringer mig tilbage', 'ringer til os', 'ringer os op', 'kontakter mig', 'kontakter os',
		// a written answer asked the same way: "Kan der ikke bare være én person der skriver tilbage til mig her i chatten?"
		'skriver tilbage til mig',
		// a callback wished of someone, the user left out: "jeg vil gerne have at han ringer tilbage idag"
		'ringer tilbage',
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
		// the want with 'at' in chat 'ha' for 'have', and with 'der kommer' before the person wished to come: "vi vil gerne ha at en fra jer kommer ud",
		// "jeg vil gerne have at der kommer en fra kommunen og ser på trappen"
		'vil gerne ha at', 'vil rigtig gerne ha at', 'gerne have at der kommer', 'gerne ha at der kommer',
		// the business asked to get its person ('I' the business, as 'kan jeg få' the user): "kan I få montøren til at ringe mig op?"
		// (a thing made to ring has no person: "kan I få alarmen til at ringe højere?")
		'kan i få', 'kunne i få',
	],
	reachVerbs: ['få fat i', 'fat i', 'faa fat i', 'kontakte', 'kontakt med', 'komme i kontakt med', 'ringe til', 'få kontakt med'],
	people: [
		// en håndværker, der sendes eller skal komme: "kan I sende en glarmester?", "kan elektrikeren komme forbi"
		'elektriker', 'elektrikere', 'låsesmed', 'glarmester', 'blikkenslager', 'håndværker', 'håndværkeren', 'håndværkere',
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
		// a nurse to a patient's home, a plumber ("vvs'er"), sent out ('redder' stays out: English "redder"): "Kan I sende en hjemmesygeplejerske ud til ham i aften?"
		'hjemmesygeplejerske', 'hjemmesygeplejersken', 'vvs er', 'vvser',
		'personen',
		// the one who did the work: "snakke med ham der lavede den"
		'ham der', 'hende der', 'ham som', 'hende som',
		// the one of a place, named by it: "jeg vil snakke med ham fra rekrutteringsbureauet, Jonas hedder han vist"
		'ham fra', 'hende fra',
		'vagthavende', 'en der ved', 'en der kan',
		// anyone by the language or the matter they know: "kan jeg snakke med en der taler engelsk?", "… i forbindelse med en der kender til det?"
		'en der taler', 'en der snakker', 'en der forstår', 'en der kender', 'en som taler', 'en som snakker', 'en som forstår', 'en som kender', 'en som ved', 'en som kan',
		// someone on the phone, 'en' alone a person there: "vil gerne snakke med en i telefonen om at saette ydelsen ned"
		'en i telefonen', 'en i røret',
		// 'en' alone the person, its matter after 'om': "kan jeg tale med en om min husleje?", "vil gerne snakke med en om at flytte mit abonnement"
		// (the matter's word after 'om' keeps "FAQ'en om udbetaling" out)
		'en om det', 'en om at', 'en om min', 'en om mit', 'en om mine', 'en om vores', 'en om hvordan', 'en om hvorfor',
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
		// one of the staff, in the plural after 'en af jeres': "kan en af jeres medarbejdere skrive til mig?"
		'medarbejdere', 'massører',
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
		// one kept for the user's case: "må jeg få en fast kontaktperson på min sag, jeg er træt af at starte forfra hver gang"
		'fast kontaktperson', 'fast rådgiver', 'fast sagsbehandler',
		// en fagperson efter sit fag: "kan jeg tale med tandlægen?", "kan revisoren ringe mig op?"
		'tandlæge', 'tandlægen', 'advokat', 'advokaten', 'revisor', 'revisoren', 'bedemand', 'bedemanden', 'kørelærer', 'kørelæreren', 'dyrlægerne', 'tandlægerne', 'advokaterne', 'biavler', 'biavleren',
		// den der sælger, udlejer eller underviser: "tale med sælgeren", "kan viceværten ringe", "snakke med min søns klasselærer"
		'sælger', 'sælgeren', 'forhandler', 'forhandleren', 'vicevært', 'viceværten', 'læreren', 'klasselærer', 'klasselæreren', 'underviser', 'underviseren',
		// who is sent out to the user: "kan I sende en mekaniker?", "send en kranvogn"
		'mekaniker', 'kranvogn', 'autohjælp',
		// the driver who delivers, sent again or asked to call: "kan jeg få chaufføren til at ringe, han skal flytte den om til garagen"
		'chauffør', 'chaufføren', 'chauffoer', 'chauffoeren',
		// the trades sent for at home, at school or on the roof: "kan I sende en skrædder hjem til ham?", "kan i sende en pedel op til gymnastiksalen"
		'skrædder', 'skrædderen', 'pedel', 'pedellen', 'tagdækker', 'tagdækkeren', 'skorstensfejer', 'skorstensfejeren', 'kloakmester', 'kloakmesteren', 'el mand', 'el manden', 'elmand',
		// a smith, a physiotherapist or a caretaker (also the common spelling 'viceværd') asked to come or sent ('tolk' stays out: an interpreter
		// is also a service bought): "kan smeden komme ud igen på fredag?", "send en fysioterapeut hjem til min far", "kan I sende en viceværd op?"
		'smeden', 'fysioterapeut', 'fysioterapeuten', 'viceværd', 'viceværden',
		// a club's treasurer or a firm's bookkeeper, in the definite form, the one of the place (the bare 'kasserer', 'bogholder' stay out: "vi skal bruge en
		// bogholder til firmaet" hires one): "må jeg få fat i kassereren i håndboldklubben?", "jeg vil gerne have bogholderen i røret"
		'kassereren', 'bogholderen',
	],
	departments: ['support', 'supporten', 'kundeservice', 'kundeservicen', 'kundesupport', 'hotline', 'kundecenter', 'kundecenteret', 'supportlinje', 'supportlinjen',
		'hvem skal jeg kontakte', 'hvem kontakter jeg', 'hvor henvender jeg mig', 'hvem henvender jeg mig til',
		// which person to contact, as 'hvem': "Hvilken afdeling eller person skal jeg kontakte angående bryllupsarrangementer?"
		'person skal jeg kontakte',
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
	// a weekday sets the condition ahead too: "hvis licensen ikke er kommet på fredag, ringer jeg og beder om at få nogen i røret";
	// so does the time it happens ('denne gang', 'en gang til'): "hvis farven ikke holder denne gang saa vil jeg tale med en medarbejder"
	futures: ['morgen', 'overmorgen', 'igen', 'næste', 'gang', 'inden', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
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
		// told only for the business to know, as a threat for later: "Hvis den ikke er klar der vil jeg bede om at tale med en chef. Bare så I ved det."
		'bare så i ved det',
		// "… så det er ikke nødvendigt alligevel"
		'ikke nødvendigt alligevel', 'det er ikke nødvendigt alligevel', 'så det er ikke nødvendigt alligevel',
		// "… men det har jeg ikke brug for alligevel"
		'ikke brug for alligevel', 'har jeg ikke brug for alligevel', 'behøver ikke alligevel',
		// the answer found, or the matter settled by itself: "…, men nu har jeg fundet svaret"
		'fundet svaret', 'fandt svaret', 'det klarede sig', 'det har løst sig', 'det løste sig',
		// thanks for nothing more needed, and a plea to disregard it: "Stil mig videre til en rådgiver... ah vent. Nu kan jeg se beløbet i netbanken. Tak alligevel."
		'tak alligevel', 'se bort fra det',
		// "don't", said of the request just made: "find en medarbejder.. næh lad være, jeg kommer bare forbi"
		'lad være',
	],
	contrasts: ['men'],
	abbreviations: ['hr', 'dr', 'm', 'evt'],
	firstPersons: ['jeg'],
	complementisers: ['at'],
	declines: ['nej', 'næ', 'glem det', 'lige meget', 'nej tak', 'ellers tak'],
	// a "wait"/"actually" word next to a decline opens a correction (see ../corrections.ts)
	selfCorrections: ['vent'],
	urgers: ['tak', 'nu', 'hurtigt', 'for mig'],
	cancels: danishCancels,
	...danishClauseLists,
};
