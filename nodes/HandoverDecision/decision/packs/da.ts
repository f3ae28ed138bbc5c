import { danishGrammar } from './grammar-da';
import type { LanguagePack } from './types';

export const danish: LanguagePack = {
	code: 'da',
	name: 'Danish',
	...danishGrammar,
	requests: [
		// the photographer talked with, not hired ("en fotograf"; 'fotografen' as a person would read German "einen Fotografen buchen"): "kan jeg få fotografen i røret?"
		'fotografen i røret', 'tale med fotografen', 'snakke med fotografen', 'ringe til fotografen',
		// a support named by its product, the product words no fillers: "kobl mig på jeres 3D-print support"
		'kobl mig på jeres * support', 'kobl mig på jeres * * support', 'kobl mig til jeres * support', 'kobl mig til jeres * * support',
		'koble mig på jeres * support', 'koble mig på jeres * * support', 'koble mig til jeres * support', 'koble mig til jeres * * support',
		// the person named before, asked for by pronoun, the user's own wish (not 'I kan sætte jer i forbindelse med ham'): "Mette har min sag, kan jeg tale direkte med hende?", "mette hjalp mig i gaar … kan jeg snakke med hende igen?"
		'kan jeg tale med hende', 'kan jeg tale med ham', 'kan jeg tale direkte med hende', 'kan jeg tale direkte med ham',
		'kan jeg snakke med hende', 'kan jeg snakke med ham', 'kan jeg snakke direkte med hende', 'kan jeg snakke direkte med ham', 'sætte mig i forbindelse med ham', 'sætte mig i forbindelse med hende', 'sætte mig i kontakt med ham', 'sætte mig i kontakt med hende',
		// 'hr.' before a name: German 'Hr.' made it a known word, so it is no longer read as the name itself
		'tale med hr *', 'tal med hr *', 'snakke med hr *', 'snak med hr *', 'forbind mig med hr *', 'forbinde mig med hr *',
		// whoever does a job, a relative after the pronoun: "kan jeg tale med den der laver skemaet"
		'tale med den der', 'snakke med den der', 'tale med den som', 'snakke med den som', 'tale med dem der', 'snakke med dem der',
		'tale med ham der', 'tale med hende der', 'snakke med ham der', 'snakke med hende der',
		'nogen ringe mig', 'nogen ringe til mig', 'kan i ringe mig', 'kan du ringe mig', 'vil i ringe mig', 'gider i ringe mig',
		'er der nogle medarbejdere', 'er der nogen medarbejdere', 'er der en der kan hjælpe',
		// someone wished for by what they would do for the user, also in the polite negative question: "kan der ikke være en der ringer mig op og forklarer det"
		'en der ringer mig', 'en der ringer til mig', 'en der kontakter mig', 'nogen der ringer mig', 'nogen der ringer til mig', 'nogen der kontakter mig',
		'kan der ikke være en der ringer', 'kan der ikke være nogen der ringer', 'kunne der ikke være en der ringer', 'kunne der ikke være nogen der ringer',
		'kan der ikke være en der kigger', 'kan der ikke være nogen der kigger', 'kan der ikke være en der kontakter', 'kan der ikke være nogen der kontakter',
		// a call wished in the conditional, past the report 'medarbejder ringede' below: "det ville være rart hvis en rådgiver ringede mig op i dag"
		'ville være * hvis en medarbejder ringede', 'ville være * hvis en rådgiver ringede', 'ville være * hvis nogen ringede',
		'ville være * hvis en medarbejder kontaktede', 'ville være * hvis en rådgiver kontaktede', 'ville være * hvis nogen kontaktede',
		'opringning', 'kontakt mig', 'kontakte mig', 'kan nogen hjælpe mig', 'en jeg kan tale med',
		// a person, not the system, asked to help: "Kan en person hjælpe mig med det?"
		'kan en person hjælpe mig', 'kunne en person hjælpe mig', 'kan et menneske hjælpe mig', 'kunne et menneske hjælpe mig',
		// so is one of the staff, by the staff's own words, 'med at' and the task inside it (after the request, 'med at' is a negation: "stop med at"):
		// "kan en medarbejder hjælpe mig med at ændre min adresse?", "kunne en af jeres rådgivere hjælpe os med lånet?"
		'kan en medarbejder hjælpe mig', 'kan en medarbejder hjælpe mig med at', 'kan en medarbejder hjælpe os', 'kan en medarbejder hjælpe os med at',
		'kunne en medarbejder hjælpe mig', 'kunne en medarbejder hjælpe mig med at', 'kunne en medarbejder hjælpe os', 'kunne en medarbejder hjælpe os med at',
		'kan en rådgiver hjælpe mig', 'kan en rådgiver hjælpe mig med at', 'kan en rådgiver hjælpe os', 'kan en rådgiver hjælpe os med at',
		'kunne en rådgiver hjælpe mig', 'kunne en rådgiver hjælpe mig med at', 'kunne en rådgiver hjælpe os', 'kunne en rådgiver hjælpe os med at',
		'kan en af jeres medarbejdere hjælpe mig', 'kan en af jeres medarbejdere hjælpe mig med at', 'kan en af jeres medarbejdere hjælpe os', 'kan en af jeres medarbejdere hjælpe os med at',
		'kunne en af jeres medarbejdere hjælpe mig', 'kunne en af jeres medarbejdere hjælpe mig med at', 'kunne en af jeres medarbejdere hjælpe os', 'kunne en af jeres medarbejdere hjælpe os med at',
		'kan en af jeres rådgivere hjælpe mig', 'kan en af jeres rådgivere hjælpe mig med at', 'kan en af jeres rådgivere hjælpe os', 'kan en af jeres rådgivere hjælpe os med at',
		'kunne en af jeres rådgivere hjælpe mig', 'kunne en af jeres rådgivere hjælpe mig med at', 'kunne en af jeres rådgivere hjælpe os', 'kunne en af jeres rådgivere hjælpe os med at',
		'en jeg kan snakke med',
		// someone to chat with instead of the bot: "er der en person jeg kan chatte med i stedet for dig?"
		'en jeg kan chatte med', 'en jeg kan skrive med', 'person jeg kan tale med', 'person jeg kan snakke med', 'person jeg kan chatte med',
		'person jeg kan skrive med',
		// a trade or a role before it: "Er der en optiker jeg kan snakke med om det?"
		'en * jeg kan tale med', 'en * jeg kan snakke med', 'en * jeg kan chatte med',
		'ringe mig tilbage', 'ring mig tilbage', 'ringer mig tilbage', 'ringes op', 'blive ringet op', 'er der nogen',
		'tale med et menneske',
		'snakke med et menneske',
		'et menneske',
		'et rigtigt menneske',
		'rigtigt menneske',
		'rigtig person',
		'en rigtig person',
		'tale med en person',
		'snakke med en person',
		'tale med nogen',
		'snakke med nogen',
		'tale med en medarbejder',
		'snakke med en medarbejder',
		'en medarbejder',
		'agent',
		'agenten',
		'rådgiver',
		'operatør',
		'ringe mig op',
		'ring mig op',
		// a politeness word inside the split verb: "ring mig venligst op fra abonnementsafdelingen"
		'ring mig venligst op', 'ring mig gerne op', 'ring mig lige op', 'ring venligst op', 'ring mig venligst tilbage', 'ring mig gerne tilbage',
		// a callback for the name and number given: "ring venligst tilbage til Lars Nielsen, tlf …"
		'ring venligst tilbage', 'ring gerne tilbage', 'ring tilbage til',
		// the bare imperative: "ring tilbage plz"
		'ring tilbage',
		// the imperative with the user or a time after it: "ring mig i aften, cyklen er punkteret", "ring i morgen tidlig", "ring lige til mig på 20 12 34 56"
		'ring mig', 'ring lige til mig', 'ring lige til os', 'ring i morgen', 'ring i aften', 'ring i dag',
		// someone of a team, wished for: "gerne en fra service"
		'gerne en fra',
		'ring til mig',
		// a politeness word inside the callback: "Ring venligst til mig, gerne i dag efter kl 16"
		'ring venligst til mig', 'ring gerne til mig', 'ring venligst til os',
		'forbind mig',
		'stil mig om',
		// a transfer asked without a target or with one no list knows: "kan du stille mig videre?", "Sæt mig igennem til jeres trafikcenter"
		'stille mig videre', 'stil mig videre', 'sende mig videre', 'send mig videre', 'sætte mig igennem', 'sæt mig igennem',
		'viderestil',
		'viderestille',
		'nogen fra',
		'nogen rigtige', 'er der nogen her',
		'ringe til mig', 'en fra teamet',
		// the call without 'til' or 'op', as 'ring mig' is: "bare lad vagten ringe mig, vandet fosser ud"
		'ringe mig',
		// a role asked to call: "kan en sekretær ringe så jeg kan flytte min tid"
		'kan en * ringe', 'kunne en * ringe',
		// a role from a place asked to call: "kan en farmaceut fra dyreapoteket ringe?"
		'kan en * fra * ringe', 'kunne en * fra * ringe', 'kan en * fra * * ringe', 'kunne en * fra * * ringe',
		// someone from a place, urged: "en person fra trykkeriet tak"
		'en person fra * tak', 'en medarbejder fra * tak',
		// a named person from a place asked to call: "Kan Mette fra brudebutikken ringe tilbage?"
		'kan * fra * ringe', 'kunne * fra * ringe',
		'menneskelig medarbejder', 'menneskelig hjælp',
		'rigtige mennesker',
		'en fra dit team', 'en fra jeres team',
		// a call for more than one user: "Kan Lars eller en anden fra boligteamet ringe til os i dag?"
		'ringe til os', 'ring til os', 'ringe os op', 'ring os op', 'ringe os tilbage', 'ring os tilbage',
		// someone sent out, 'en' as the person: "vil I ikke sende en ud at kigge på taget", "kan der komme en ud og se på døren i dag?"
		'sende en ud', 'send en ud', 'sende nogen ud', 'send nogen ud', 'komme en ud',
		// 'en mand' as the person sent, of any trade: "ku I ikke sende en mand ud med en ny pumpe?"
		'sende en mand ud', 'send en mand ud', 'sende en mand herud', 'send en mand herud',
		// a call asked the same way, the verb before 'en': "Kan der ringe en fra studiet så hurtigt som muligt?"
		'kan der ringe en', 'kan der ikke ringe en', 'kunne der ringe en', 'kan der ringe nogen', 'kunne der ringe nogen',
		// someone got to call, the causative 'få … til at': "få en fra guldopkøbet til at ringe, jeg vil annullere salget"
		'få en fra * til at ringe', 'få nogen fra * til at ringe', 'få en * til at ringe', 'få nogen til at ringe',
		// someone got to do anything with the user, 'en' as the person: "kan jeg faa en til at gennemgaa min ansaettelseskontrakt med mig"
		'få en til at', 'faa en til at', 'få nogen til at', 'faa nogen til at',
		// someone to take over from the bot: "er der ikke en rigtig medarbejder der kan tage over her?"
		'medarbejder der kan tage over', 'person der kan tage over', 'menneske der kan tage over',
		// a polite question with 'ikke', no negation: "vil teknikeren ikke ringe mig op", "vil en fra pladebutikken ikke ringe mig op i løbet af ugen"
		'vil * ikke ringe mig op', 'vil * * ikke ringe mig op', 'vil * * * ikke ringe mig op', 'vil * ikke ringe til mig', 'vil * * ikke ringe til mig', 'vil * * * ikke ringe til mig',
		'vil * ikke skrive til mig', 'vil * * ikke skrive til mig', 'vil * * * ikke skrive til mig', 'vil * * * ikke nok skrive til mig', 'vil * * ikke nok skrive til mig',
		// one of the business's people, named by any group word, asked to call, write or come: "må en af jeres folk ringe til min far?",
		// "kunne en af jeres montører ikke lige kigge forbi i morgen?"
		'kan en af jeres * ringe', 'kunne en af jeres * ringe', 'må en af jeres * ringe', 'ku en af jeres * ringe',
		'kan en af jeres * skrive til', 'kunne en af jeres * skrive til', 'må en af jeres * skrive til', 'ku en af jeres * skrive til',
		'en af jeres * kigge forbi', 'en af jeres * ikke kigge forbi', 'en af jeres * ikke lige kigge forbi', 'en af jeres * komme forbi', 'en af jeres * ikke komme forbi',
		// someone got to call, write or come, the causative with the person's article or owner, not a thing's ('kan I få alarmen til at ringe' is a feature):
		// "få venligst en montør til at ringe", "kan I få jeres vicevært til at komme ud?", "få en af dem til at skrive til mig"
		'få venligst en * til at ringe', 'faa venligst en * til at ringe',
		'få jeres * til at ringe til', 'få jeres * til at ringe mig', 'faa jeres * til at ringe til', 'faa jeres * til at ringe mig',
		'få jeres * til at komme ud', 'få jeres * til at komme op', 'få jeres * til at komme forbi', 'faa jeres * til at komme ud', 'faa jeres * til at komme op', 'faa jeres * til at komme forbi',
		'få en af dem til at ringe', 'få en af dem til at skrive', 'få en af jer til at ringe', 'få en af jer til at skrive',
		// someone wished to come, in the present ('jeg ville gerne have en til at komme, men …' may be told): "vil gerne have en til at komme ud og se på taget"
		'vil gerne have en til at komme', 'vil gerne ha en til at komme', 'vil gerne have nogen til at komme', 'vil gerne ha nogen til at komme',
		// a need that someone does something on the user's matter, the person after 'at' any person or one of the business's:
		// "jeg har brug for at en person gennemgår min klage", "vi har brug for at nogen kigger på pumpen i dag"
		'har brug for at nogen ringer', 'har brug for at nogen kigger', 'har brug for at nogen ser på', 'har brug for at nogen kommer',
		'har brug for at en person', 'har brug for at et menneske', 'har brug for at en rigtig person',
		'har brug for at en af jeres', 'har brug for at en fra jeres', 'har brug for at nogen fra jeres',
		// a yes to the bot's offer of a call: "ja tak til opkald, mit nummer er det samme"
		// a call wished for, with no target the grammar knows: "vil gerne have et opkald fra jeres salgsteam ang. prisen"
		'gerne have et opkald', 'vil have et opkald', 'kan jeg få et opkald', 'må jeg få et opkald',
		// the want in chat 'ha' for 'have': "vil ha et opkald fra jer imorgen formiddag"
		'gerne ha et opkald', 'vil ha et opkald',
		'ja tak til opkald', 'ja tak til et opkald', 'ja til opkald', 'ja til et opkald', 'ja tak til en opringning',
		// a call asked in the English way, 'give a call': "kunne en af jeres mobilreparatoerer give mig et kald?"
		'give mig et kald', 'giv mig et kald', 'give os et kald', 'giv os et kald',
	],
	exclusions: [
		// 'ring' after an article is the thing, not the call: "Var der nogen der fandt et sæt nøgler med en rød ring ved postkasserne?"
		'en ring', 'en * ring',
		// a human body and its matter, not a person asked for: "er cremen sikker på menneskers hud?"
		'menneskers hud', 'menneskelig hud', 'menneskers krop', 'menneskelig hår',
		'en fra min',
		// someone of a third party's place: "Er det mig der sender den, eller nogen fra hendes klinik?"
		'nogen fra hendes', 'nogen fra hans', 'en fra hendes', 'en fra hans',
		// someone known to the user or a relative, no one asked for: "min svigerfar kender en medarbejder i jeres fragtafdeling"
		'kender en *', 'kender en * *',
		// who did something, told ('det var … der'): "Det var en medarbejder fra jer der tabte vores kuffert ved transferen."
		'det var en *', 'det var en * *',
		// a kind of employee praised: "Sådan en medarbejder skal I passe godt på."
		'sådan en medarbejder', 'saadan en medarbejder', 'sådan en person', 'sådan et menneske',
		// staff counted, a report of how many were there: "var der kun én medarbejder i butikken, og vi ventede 40 minutter"
		'kun én medarbejder', 'kun en medarbejder', 'kun 1 medarbejder', 'kun én person', 'kun en person',
		// what kind of person someone is, a remark: "hvad er det for et menneske der lægger kampe kl 7 søndag morgen"
		'det for et menneske', 'hvad for et menneske', 'det for en person', 'hvad for en person',
		// an exclamation of praise or blame, of whoever it names: "Tak til Ahmed der fandt lækagen på ti minutter. Sikke en medarbejder."
		'sikke en *', 'sikke en * *', 'sikke et *', 'sikke et * *',
		// someone who has no computer, no bot refused: "min nabo er en ældre dame uden computer"
		'uden computer', 'uden en computer', 'uden nogen computer', 'uden pc', 'uden en pc',
		// someone of the user's made their contact person, no one asked for: "min søn skal være kontaktperson for mig fremover"
		'være kontaktperson', 'blive kontaktperson', 'er kontaktperson', 'som kontaktperson',
		// the trade one wants to take up: "Hvordan bliver man agent for jeres produkter i Norge?"
		'blive agent', 'bliver agent', 'bliver man agent', 'blive rådgiver', 'bliver rådgiver', 'bliver man rådgiver',
		// being one, as becoming one: "min datter vil vildt gerne vaere agent i spionudstillingen"
		'være agent', 'vaere agent', 'være rådgiver', 'vaere rådgiver',
		// playing partners, not a person asked for: "Jeg spiller med nogen fra en anden klub"
		'spiller med nogen', 'spiller med en fra', 'træner med nogen',
		// a feature: "er der support for Apple Wallet?"
		'er der support for', 'har i support for',
		'finansielle rådgiver', 'min finansielle',
		'hvor mange agenter',
		'i kan kontakte mig', 'du kan kontakte mig',
		'team ringede', 'nogen ringede', 'medarbejder ringede', 'medarbejderen ringede', 'rådgiver ringede',
		'rådgiveren ringede',
		'som agent', 'som rådgiver',
		// the user's own trade: "jeg er selv rådgiver"
		'er selv rådgiver', 'jeg er rådgiver', 'er selv agent', 'jeg er agent', 'er selv konsulent', 'jeg er konsulent',
		'agent 007',
		'er agent for',
		'user agent', 'ai agent', 'menneskelig fejl', 'menneskelige fejl', 'support artikel', 'rejse agent',
		'hemmelig agent',
		'også et menneske',
		// a human being as what the user wants to be treated or spoken to as: "jeg vil bare behandles som et menneske", "tal til mig som et menneske"
		'som et menneske', 'som et rigtigt menneske', 'som mennesker',
		'jeg er et rigtigt menneske', 'jeg er et menneske', 'jeg er en rigtig person',
		// the user's own nature set against a machine's: "jeg er et menneske ikke en maskine, så jeg kan ikke huske min kode"
		'er et menneske ikke en maskine', 'er et menneske ikke en robot', 'er et menneske ikke en bot',
		'vi har en agent', 'jeg har en agent', 'vores agent', 'min agent', 'agent se', 'agenten se', 'agenter se',
		// "er der nogen ledige …": nogen as "any", not "anyone"
		'nogen ledige', 'nogen ledig', 'nogen rabat', 'nogen rabatter', 'nogen tilbud', 'nogen gebyrer', 'nogen problemer',
		'nogen ændringer', 'nogen pladser', 'nogen tider', 'nogen billetter', 'nogen muligheder', 'nogen regler',
		'nogen værelser', 'nogen læger', 'nogen lægevagt', 'nogen parkeringspladser', 'nogen åbne',
		// an adjective after it is 'any' too: "er der nogen skjulte gebyrer?"
		'nogen skjulte', 'nogen ekstra', 'nogen yderligere', 'nogen særlige', 'nogen gratis', 'nogen billigere', 'nogen omkostninger', 'nogen afgifter',
		'nogen krav', 'nogen begrænsninger',
		// what a medicine or a product may bring, asked about: "Er der nogen bivirkninger ved at tage ibuprofen sammen med blodtryksmedicin?"
		'nogen bivirkninger', 'nogen bivirkning', 'nogen komplikationer', 'nogen symptomer', 'nogen ulemper', 'nogen fordele', 'nogen alternativer',
		// the user's employee in a question about a product or a rule: "får en medarbejder på deltid også sundhedsforsikring?", "kan lønsystemet håndtere en medarbejder med skiftende timesatser?"
		'medarbejder på deltid', 'medarbejder på fuldtid', 'medarbejder på fuld tid', 'medarbejder på barsel', 'medarbejder med skiftende', 'håndtere en medarbejder',
		// anyone the user hires or lets go, of any trade: "Vi skal selv ansætte en finansiel rådgiver", "vi bliver nødt til at afskedige en medarbejder"
		'ansætte en *', 'ansætte en * *', 'ansætter en *', 'ansætter en * *', 'ansat en *', 'ansat en * *', 'afskedige en *', 'afskedige en * *', 'fyre en *', 'fyre en * *',
		// an outage or fault asked about: "Er der nogen strømafbrydelse i 2300 København S?"
		'nogen strømafbrydelse', 'nogen strømafbrydelser', 'nogen afbrydelse', 'nogen afbrydelser', 'nogen driftsforstyrrelse', 'nogen driftsforstyrrelser', 'nogen nedbrud', 'nogen fejl', 'nogen forsinkelse', 'nogen forsinkelser',
		// limits and rules asked about: "er der nogen aldersgrænse for at klatre?"
		'nogen aldersgrænse', 'nogen aldersgrænser', 'nogen grænse', 'nogen minimumsalder', 'nogen alderskrav', 'nogen forskel', 'nogen risiko',
		// chat ASCII 'aa' for å: "er der nogen maade at give min søn fuldmagt?"
		'nogen garanti', 'nogen måde', 'nogen maade',
		// support as a feature: "er der support til MitID?", "har delebilerne support til Android Auto?"
		'er der support til', 'har i support til', 'har ikke support for', 'har ikke support til', 'har * support til', 'har * support for',
		// support as a feature or a time, or a page or file of it: "har soundbaren support for dts?", "hvornår slutter software support?", "support-guiden siger …"
		'om support for', 'support til windows', 'software support', 'support siden', 'support guide', 'support guiden', 'support video', 'support videoen', 'support log', 'support id', 'support ticket', 'support bot', 'support chatbot',
	],
	negations: [
		'glem hvad jeg sagde',
		'skal ikke', 'ikke ringe',
		// a visit called off: "Send ikke nogen ud, fejlen forsvandt i nat"
		'send ikke', 'send ingen',
		'behøvede ikke', 'havde ikke brug for',
		// a talk never had, no request: "jeg har aldrig prøvet at tale med nogen hos jer før"
		'aldrig prøvet at', 'har aldrig prøvet',
		'har ikke brug for', 'ikke brug for', 'behøver ikke', 'vil ikke', 'gider ikke', 'uden',
		// chat 'ikk' for 'ikke': "har ikk brug for en medarbejder, bare et svar"
		'ikk brug for', 'behøver ikk', 'skal ikk',
		// someone no longer able to talk for themselves: "Min mor er dement og kan ikke selv tale med nogen i telefonen længere"
		'ikke selv tale med', 'ikke selv snakke med', 'ikke længere tale med', 'ikke længere snakke med',
		'virkelig ikke',
		// the passive reaches further, to the caller after 'af': "jeg er IKKE interesseret i at blive ringet op af en rådgiver om pension"
		'ikke interesseret i', 'ikke interesseret', 'ikke interesseret i at blive', 'ikke interesserede i at blive',
	],
	wideNegations: ['ikke nødvendigt', 'ikke nødvendig', 'ingen grund til', 'nej tak'],
	negationsAfter: [
		"ved en fejl", "ignorer det", "ved et uheld",
		'med at',
		'ikke nødvendigt', 'ikke nødvendig', 'unødvendigt', 'det er løst', 'det er ordnet',
		// a call declined: "ring mig ikke op, jeg er på arbejde"
		'ikke op', 'ikke tilbage'],
	breakers: ['men', 'vil', 'gerne', 'hellere', 'giv mig'],
	bots: ['bot', 'robot', 'robotter', 'chatbot', 'robotten', 'botten', 'maskine', 'maskiner', 'computer'],
	antiBot: ['kan ikke lide', 'hader', 'gider ikke', 'ikke en', 'ikke med en', 'ikke med', 'i stedet for', 'træt af', 'ikke flere', 'nok med'],
	frustration: [
		'ubrugelig',
		'ubrugeligt',
		'du forstår ikke',
		'forstår ikke',
		// the bot, said of it: "botten kan ikke hjælpe"
		'kan ikke hjælpe', 'forstår ingenting',
		'spild af tid',
		'latterligt',
		'latterlig',
		'elendig',
		'elendigt',
		'irriterende',
		'håbløs',
		'håbløst',
		'jeg giver op',
		'nu er det nok',
	],
	stopwords: [
		// common words one edit from a grammar word ('læse' is no 'læge', 'nøglen' no 'nogen')
		'deler', 'større', 'track', 'lejer', 'maden', 'måneden', 'nøglen', 'taber', 'værre', 'læse', 'lægge', 'lagen',
		'henne', 'kontanter', 'motoren',
		'kontrakt', 'klare',
		// 'works', never a name after a verb like 'chat' ("Jeres chat virker fint til det")
		'virker',
		'senere', 'morgen', 'dansk', 'engelsk', 'tysk', 'svensk', 'langsomt', 'igen', 'bagefter', 'lidt', 'højere',
		'sammen', 'snart', 'dag',
		'dig', 'dem',
		'telefonen',
		// words Danish shares with English ('i' in, 'to' two), so that a short Danish line is not read as English on them: "ring mig i aften"
		'i', 'to',
		// frequent words no other pack's language has
		'aften', 'tidlig', 'skal', 'hun', 'eller', 'også', 'nogen', 'noget', 'hvem', 'hvorfor', 'ringe',
		'hvilke', 'hvilken', 'tager', 'hjælp', 'hjælpen', 'ingen', 'aldrig', 'kom', 'var',
		'jeg', 'ikke', 'og', 'det', 'er', 'en', 'et', 'med', 'vil', 'gerne', 'tale', 'snakke', 'min', 'mit', 'mine',
		'til',
		'på', 'hvordan', 'hvad', 'kan', 'har', 'tak', 'hej', 'den', 'at', 'af', 'du', 'jer', 'vores', 'hvor', 'hvornår',
		'der', 'som', 'fra', 'om', 'mig', 'bare', 'jeres',
	],
};
