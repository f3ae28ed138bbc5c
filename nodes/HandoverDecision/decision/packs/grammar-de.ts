import type { Grammar } from './types';

/**
 * German request frames, targets and the frames that cancel them (see ../frames.ts). German puts the verb last
 * ("ich möchte mit Ihrem Vorgesetzten sprechen"), which the target-before-verb frame reads.
 */
export const germanGrammar: Grammar = {
	talkVerbs: [
		// a request noun with 'mit', as 'um ein gespräch mit': "ist ein kurzes Telefonat mit einem Berater möglich?", "ich bitte um ein Telefonat mit Frau Weber"
		'ein telefonat mit', 'ein * telefonat mit', 'um ein * gespräch mit', 'ein videotelefonat mit', 'einen videocall mit',
		// a formal noun request, as English 'a call from': "Ich erwarte einen Anruf von der Teamleitung"
		'einen anruf von', 'einen anruf vom', 'einen anruf durch',
		'gern ein gespräch mit', 'gerne ein gespräch mit', 'um ein gespräch mit',
		'termin mit',
		'am telefon haben',
		'sprechen mit', 'reden mit', 'sprechen', 'reden', 'chatten', 'telefonieren mit', 'telefonieren', 'verbinden sie mich mit',
		'verbinde mich mit', 'verbinden', 'stellen sie mich zu', 'stellen sie mich durch zu', 'stell mich zu',
		'leiten sie mich an', 'leite mich an', 'leiten sie mich zu', 'weiterleiten an', 'durchstellen', 'anrufen',
		'weiterleiten', 'antworten',
		'stellen sie mich zum', 'stellen sie mich zur', 'stell mich zum', 'stell mich durch zu',
		// 'bitte' inside the verb: "stell mich bitte zu jemandem durch"
		'stell mich bitte zu', 'stell mich bitte zum', 'stell mich bitte zur', 'stellen sie mich bitte zu', 'stellen sie mich bitte zum',
		'stellen sie mich bitte zur', 'stellt mich bitte zu', 'stellt mich bitte zum', 'stellt mich bitte zur', 'stellt mich zu',
		'stellt mich zum', 'stellt mich zur', 'stell mich mal zum', 'stell mich mal zur', 'stellen sie mich mal zum', 'stellen sie mich mal zur', 'stell mich zur',
		'erkläre es', 'erklären', 'weitergeben', 'bei mir melden',
		// talking a matter over, the verb last: "Ich möchte das gern direkt mit meinem Verkäufer Herrn Krüger besprechen"
		'besprechen',
		'weitergeleitet', 'durchgestellt',
		// the zu-infinitive after "bitten": "Sie bitten, mich an den Werkstattleiter weiterzugeben"
		'weiterzugeben', 'weiterzuleiten', 'durchzustellen',
		// Swiss German
		'verbinde',
		'anruft', 'mich anruft',
		// the same of a callback, the verb last after 'dass': "Ich möchte, dass mich jemand vom Team zurückruft"
		'zurückruft', 'mich zurückruft',
		// the same of contacting: "Ich möchte, dass Frau Schneider mich heute kontaktiert"
		'mich kontaktiert', 'mich * kontaktiert',
		'dazuholen', 'dazu holen',
		// a call asked for in the passive, the verb last: "möchte ich morgen von jemandem aus der Hausverwaltung zurückgerufen werden"
		'zurückgerufen werden', 'angerufen werden', 'kontaktiert werden',
		// a transfer asked for in the passive, after 'bitten' with 'zu': "bitte ich darum, mit einem Mitarbeiter verbunden zu werden"
		'verbunden werden', 'verbunden zu werden', 'weitergeleitet zu werden', 'durchgestellt zu werden', 'zurückgerufen zu werden', 'angerufen zu werden', 'kontaktiert zu werden',
		// chat German for a short call: "kann wer von euch heute abend bei mir durchklingeln"
		'durchklingeln', 'bei mir durchklingeln',
		'kontaktaufnahme durch', 'rückruf durch',
		// taking over the chat: "kann das mal jemand vom Gemeindebüro übernehmen"
		'übernehmen',
		// Swiss and Bavarian 'reden', the verb last: "chan i mit emne Mitarbeiter rede", "i möcht mit da Chefin redn"
		'redn',
	],
	wantVerbs: ['ich will', 'ich möchte',
		// formal and Austrian wishes: "Ich ersuche Sie dringend, dass sich Frau Albrecht … bei mir meldet", "Ich wünsche mir einen Anruf von Ihrer Filialleiterin"
		'ich ersuche', 'ich ersuche sie', 'ersuche ich', 'ersuche ich sie', 'ich ersuche sie dringend', 'ersuche ich sie dringend', 'ich wünsche mir', 'wünsche ich mir', 'ich hätte gern', 'ich hätte gerne', 'ich brauche', 'bitte', 'ich bitte um', 'geben sie mir', 'gib mir',
		'ich brauch', 'ich bräuchte', 'ich hätt gern', 'ich verlange',
		// chat German drops the subject: "brauch sofort jemanden am telefon"
		'brauche', 'brauch',
		// inverted after an adverb opening the clause: "jetzt brauch ich aber jemanden wegen …", "dann brauche ich einen Mitarbeiter"
		'brauch ich', 'brauche ich', 'brauch ich aber', 'brauche ich aber',
		// a business speaking as 'wir': "Wir bräuchten morgen dringend einen Schlüsseldienst für unser Ladengeschäft"
		'wir bräuchten', 'wir brauchen',
		// Swiss German 'hät' for 'hätte': "ich hät gern mit öpperem vom Verkauf gredet"
		'ich hät gern', 'ich hät gärn', 'i hät gern', 'i hät gärn',
		// Bavarian 'i' for 'ich': "i hätt gern mit wem vom Kundendienst gredet"
		'i hätt gern', 'i hätt gerne', 'i möcht', 'i möcht gern', 'i bräucht',
		// the same with 'ich': "ich möcht gern mit der Anja vom Kursplan reden"
		'ich möcht', 'ich möcht gern', 'ich möcht gerne',
		'hätte ich gern', 'hätte ich gerne', 'hätte ich aber gern', 'hätte ich aber gerne',
		// the same inversion of 'möchte', and a callback arranged for the user, both with their 'dass' clause after them (../wishedCallers.ts):
		// "Wegen der Rechnung möchte ich, dass sich der Praxisinhaber bei mir meldet", "Bitte veranlassen Sie, dass mich der Sachbearbeiter anruft"
		'möchte ich', 'möchte ich gern', 'möchte ich gerne', 'veranlassen',
		// 'will' inverted after a condition or an adverb: "Wenn Sie das nicht lösen können, will ich jetzt sofort einen Mitarbeiter sprechen"
		'will ich', 'will ich aber', 'veranlassen sie', 'veranlassen sie bitte',
		// a request with its 'dass' clause after it, read past an appositive (../wishedCallers.ts): "wir bitten darum, dass Pfarrer Hoffmann uns … zurückruft"
		'wir bitten darum', 'ich bitte darum', 'bitten wir darum', 'bitte ich darum',
		// fetch a person, as Danish 'hent': "holen Sie Ihren Chef"
		'holen sie', 'holen sie mir', 'hol', 'hol mir', 'holt mir',
	],
	reachVerbs: ['erreichen', 'erreiche', 'kontaktieren', 'kontakt mit', 'in kontakt treten mit'],
	people: [
		// ein Handwerker, der geschickt wird oder kommen soll: "können Sie einen Installateur schicken", "der Elektriker soll kommen"
		'elektriker', 'installateur', 'klempner', 'schlüsseldienst', 'glaser',
		// a fitter or service technician asked to come: "bitte schicken Sie einen Monteur"
		'monteur', 'servicetechniker',
		// the trades of heating, solar, roofs, chimneys, gardens and farm machines, and the field service, asked to come like a fitter: "Kann der Schornsteinfeger nächste Woche vorbeikommen?"
		'heizungsbauer', 'heizungsinstallateur', 'solarteur', 'schornsteinfeger', 'kaminkehrer', 'rauchfangkehrer', 'dachdecker', 'kältetechniker', 'gärtner', 'landmaschinenmechaniker', 'hufschmied', 'handwerker', 'außendienst',
		// a candidate's recruiter: "ich möchte mit dem Recruiter sprechen"
		'recruiter', 'recruiterin', 'personalberater', 'personalberaterin',
		// business roles asked for by name: "kann ich mit einem Entwickler sprechen?"
		'entwickler', 'entwicklerin',
		// a vet, a site warden, a club's manager a customer asks for: "ich brauche sofort den diensthabenden Tierarzt", "Ich will den Platzwart sprechen"
		// (a photographer is booked, not talked to: only "mit dem Fotografen", among the departments)
		'tierarzt', 'tierärztin', 'platzwart', 'platzwartin', 'clubmanager', 'clubmanagerin',
		// a doctor a patient asks for: "ich will mit einem Arzt sprechen"
		'arzt', 'ärztin',
		// a shop's owner: "ich will mit dem Inhaber vom Comicladen sprechen"
		'inhaber', 'inhaberin', 'praxisinhaber', 'praxisinhaberin', 'ladeninhaber', 'ladeninhaberin',
		// a watch shop's craftsman: "stellen Sie mich zu einem Ihrer Uhrmacher durch"
		'uhrmacher', 'uhrmacherin',
		// someone of a place, colloquial "wer" for "jemand": "kann mich wer von der Gärtnerei anrufen"
		'wer von der', 'wer vom', 'wer von dem', 'wer aus der', 'wer aus dem',
		// the same of the business addressed: "kann wer von euch heute abend bei mir durchklingeln"
		'wer von euch', 'wer von ihnen', 'wen von euch', 'wen von ihnen',
		'teammitglied',
		'öpper', 'öpperem', 'öppert', 'öpperet',
		// "kann mich heute irgendjemand von euch anrufen"
		'irgendjemand', 'irgendjemanden', 'irgendjemandem', 'irgendwer',
		// colloquial and Bavarian "wer" for "jemand": "mit wem vom Ankauf reden"
		'wem',
		'mensch', 'menschen', 'person', 'jemand', 'jemanden', 'jemandem', 'vorgesetzten', 'vorgesetzter', 'vorgesetzte',
		'chef', 'chefin', 'manager', 'filialleiter', 'leiter', 'verantwortlichen', 'zuständigen', 'mitarbeiter',
		'mitarbeiterin', 'angestellten', 'angestellter', 'berater', 'beraterin', 'ansprechpartner', 'ansprechpartnerin',
		'sachbearbeiter', 'agent', 'agenten', 'operator', 'vertrieb', 'buchhaltung', 'herrn', 'herr', 'frau', 'kundenbetreuer',
		'servicemitarbeiter', 'service-mitarbeiter', 'service-mitarbeiterin',
		'kundenberater', 'kollegen', 'kollegin', 'techniker',
		'übersetzer', 'übersetzerin',
		'vertreter', 'vertreterin',
		'hotelleitung', 'geschäftsleitung', 'filialleitung', 'teamleitung', 'abteilungsleitung', 'abteilungsleiter',
		'teamleiter', 'schichtleiter',
		// the head of a studio, a business, a site: "ich verlange, den Studioleiter zu sprechen"
		'studioleiter', 'studioleiterin', 'studioleitung', 'geschäftsführer', 'geschäftsführerin', 'geschäftsführung', 'leiterin',
		'filialleiterin', 'betriebsleiter', 'betriebsleiterin', 'betriebsleitung',
		// the heads of a market, a workshop, a site or a project, named by the place, as 'filialleiter': "kann mich der Marktleiter vom Landhandel anrufen?"
		'marktleiter', 'marktleiterin', 'werkstattleiter', 'werkstattleiterin', 'bereichsleiter', 'bereichsleiterin', 'bauleiter', 'bauleiterin', 'projektleiter', 'projektleiterin',
		'abteilungsleiterin', 'teamleiterin', 'objektbetreuer', 'objektbetreuerin', 'kundenbetreuerin', 'sachbearbeiterin',
		'kinoleitung', 'schulleitung', 'praxisleitung', 'marktleitung', 'heimleitung', 'standortleitung', 'projektleitung', 'bauleitung',
		// who runs a care service's visits or a tour: "Ich möchte die Einsatzleitung sprechen"
		'einsatzleitung', 'pflegedienstleitung', 'pflegeleitung', 'reiseleitung', 'reiseleiter', 'reiseleiterin',
		// who runs a venue or one of its services: "mit der Parkleitung sprechen", "mit der Garderobenleitung verbinden" (no pipe or cable is named so)
		'parkleitung', 'hallenleitung', 'garderobenleitung', 'veranstaltungsleitung', 'schichtleitung', 'centerleitung',
		// the management of a place talked with, not a line or pipe ("Probleme mit der Leitung" has no verb asking):
		// "Ich möchte mit der Leitung des Wertstoffhofs sprechen"
		'mit der leitung', 'mit ihrer leitung', 'mit eurer leitung',
		// spoken 'wen' for 'jemanden' of a place, as 'wer vom': "kann ich wen vom Hallenbad sprechen?"
		'wen vom', 'wen von der', 'wen von dem', 'wen aus der', 'wen aus dem',
		// chat shorthand for jemand(en/em)
		'jmd', 'jmdn', 'jmdm',
		// ein Dienstleister nach seinem Beruf: "Bitte lassen Sie mich mit einem Bestatter sprechen", "kann mich der Architekt anrufen?"
		'zahnarzt', 'zahnärztin', 'anwalt', 'anwältin', 'rechtsanwalt', 'rechtsanwältin', 'architekt', 'architektin', 'landschaftsarchitekt', 'landschaftsarchitekten', 'apotheker', 'bestatter', 'fahrlehrer', 'fahrlehrerin', 'imker', 'steuerberater', 'rentenberater', 'meister', 'vorstand', 'krankenschwester', 'pfleger',
		// wer verkauft, vermietet oder unterrichtet: "mit dem Verkäufer verbinden", "kann der Vermieter mich anrufen", "mit der Klassenlehrerin sprechen"
		'händlerin', 'verkäufer', 'verkäuferin', 'vermieter', 'vermieterin', 'hausverwaltung', 'hausverwalter', 'makler', 'maklerin', 'lehrer', 'lehrerin', 'klassenlehrer', 'klassenlehrerin', 'dozent', 'dozentin', 'tutor', 'tutorin',
		// wer zum Kunden geschickt wird: "könnt ihr einen Mechaniker vorbeischicken?", "schicken Sie einen Abschleppwagen"
		'mechaniker', 'abschleppwagen', 'abschleppdienst', 'pannendienst',
		// who plans the drivers and the trips: "Ich brauche jetzt sofort einen Disponenten am Telefon"
		'disponent', 'disponenten', 'disponentin',
		// a trader, as 'händlerin': "kann ich bitte direkt mit dem Händler sprechen?"
		'händler',
		// the one in charge, as 'verantwortlichen': "Es wäre nett, wenn sich ein Verantwortlicher der Altglassammlung bei mir meldet"
		'verantwortlicher',
		// who keeps order in a game, a forum or a stream: "Moderator bitte, in meiner Lobby spammt einer"
		'moderator', 'moderatorin',
	],
	departments: ['support', 'technischen support', 'technischer support', 'kundenservice', 'kundendienst', 'kundensupport', 'kundenbetreuung', 'hotline', 'kundenhotline',
		'an wen wende ich mich', 'an wen kann ich mich wenden', 'an wen muss ich mich wenden',
		'an welche abteilung', 'welche abteilung ist zuständig',
		'abteilung',
		// a front desk put through to: "stell mich zum Empfang durch"
		'empfang', 'rezeption',
		'hausverwaltung', 'verwaltung', 'objektverwaltung',
		// departments written as one word: "Frau Öztürk aus der Leistungsabteilung bitte"
		'leistungsabteilung', 'schadensabteilung', 'schadenabteilung', 'rechtsabteilung', 'serviceabteilung', 'kundenabteilung',
		'technikabteilung', 'buchungsabteilung', 'reklamationsabteilung', 'beschwerdeabteilung', 'vertriebsabteilung',
		'verkaufsabteilung', 'finanzabteilung', 'kreditabteilung', 'abrechnungsabteilung', 'inkassoabteilung', 'vertragsabteilung',
		'leistungsstelle', 'schadensstelle',
		// a doctor's or dentist's practice, a restaurant or a hotel talked with (not "die Praxis wechseln"): "ich möcht direkt mit der Praxis reden", "will mit dem Restaurant selbst sprechen", "mit dem Fotografen persönlich telefonieren" ("einen Fotografen buchen" hires one)
		'mit der praxis', 'mit dem restaurant', 'mit dem hotel', 'mit dem fotografen', 'mit der fotografin', 'mit ihrer praxis', 'mit eurer praxis', 'mit der arztpraxis', 'mit der zahnarztpraxis', 'mit der tierarztpraxis',
	],
	fillers: [
		// on duty, in person, the business itself: "den diensthabenden Tierarzt", "mit dem Fotografen persönlich telefonieren"
		'diensthabenden', 'diensthabende', 'persönlich', 'selbst',
		'einen', 'einem', 'einer', 'ein', 'eine', 'den', 'dem', 'der', 'die', 'das', 'ihrem', 'ihren', 'ihre', 'ihr',
		'echten', 'persönlichen', 'persönliche', 'persönlicher',
		'echter', 'echte', 'menschlichen', 'mit', 'zu', 'an', 'aus', 'von', 'vom', 'direkt', 'dringend', 'mal', 'kurz', 'richtigen',
		'nen', 'nem', 'ne',
		// one of your staff: "stellen Sie mich zu einem Ihrer Uhrmacher durch"
		'ihrer', 'eurer', 'deiner',
		'deinen', 'deine', 'deinem', 'euren', 'eure', 'zum', 'zur',
		'lieber', 'noch', 'zuständige', 'heute',
		// "ich will endlich mit jemandem reden", "ich will jetzt einen Mitarbeiter"
		'endlich', 'jetzt', 'sofort',
		// "kann ich jetzt gleich mit einem Techniker reden"
		'gleich',
		// Swiss and Bavarian articles: "mit emne Mitarbeiter", "mit da Chefin"
		'emne', 'ere', 'da',
	],
	// 'sich' opens a relative clause of what the person knows, no comma in chat: "zu jemandem durch der sich mit der API auskennt"; Swiss 'wäge' for 'wegen'
	topics: ['über', 'wegen', 'bezüglich', 'sich', 'wäge', 'darüber', 'drüber'],
	infinitives: ['um', 'zu'],
	notAlone: ['vertrieb', 'buchhaltung', 'frau', 'herrn', 'herr'],
	wishes: ['hätte gern', 'hätte gerne', 'hätten gern', 'hätten gerne', 'hätt gern', 'hätt gerne', 'hät gern', 'hät gärn'],
	conjunctions: ['und'],
	ones: ['einen', 'eine', 'einer'],
	// 'sollte' opening a sentence, the verb first, as 'wenn': "Sollte die Behörde wieder nachfordern, verlange ich …"
	conditionals: ['wenn', 'falls', 'sollte', 'sollten'],
	// a delay not come yet: "Falls die Bearbeitung länger als 3 Wochen dauert, will ich einen Berater sprechen"
	futures: ['länger', 'morgen', 'übermorgen', 'wieder', 'nochmal', 'nochmals', 'erneut', 'nächste', 'nächsten', 'nächstes'],
	// a day or a time of day ahead; between a want verb and its person, the day it is wanted on: "ich brauche morgen früh einen Techniker"
	aheadDays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'wochenende', 'morgen', 'übermorgen',
		'früh', 'vormittag', 'nachmittag', 'abend'],
	details: ['nummer', 'telefonnummer', 'rufnummer', 'durchwahl', 'hotline', 'email', 'mail', 'adresse', 'faxnummer'],
	courtesies: ['zeit haben', 'zeit hast', 'zeit habt', 'möglich'],
	later: ['dann', 'später'],
	// someone else typed the quoted request, or the bot is to ignore it (see ../quotes.ts)
	disowns: ['getippt', 'eingetippt', 'reingetippt', 'reingeschrieben', 'eingegeben', 'geschrieben', 'ignorieren', 'ignorier', 'ignoriere'],
	// a request taken back by a later clause that ends with one (see ../marks.ts)
	takeBacks: ['vergiss es', 'vergessen sie es', 'hat sich erledigt', 'hat sich schon erledigt', 'hat sich gerade erledigt', 'hat sich grad erledigt', 'hab es gefunden', 'habe es gefunden', 'hab s gefunden', 'schon erledigt',
		// the question before was asked only to know: "Kann man … an einen Menschen weitergeleitet werden? Nur damit ich weiß, …"
		'nur damit ich weiß', 'nur damit ich es weiß', 'nur damit ich das weiß', 'nur interessehalber', 'rein interessehalber', 'nur aus neugier',
		// fine, no need after all, as its own sentence: "… stehen eh auf der Seite. passt"
		'passt', 'passt schon', 'passt scho',
		// a request thought of, then dropped: "ich wollte schon nach einem Mitarbeiter fragen, aber egal, ich hab …"
		'aber egal',
	],
	contrasts: ['aber'],
	abbreviations: ['hr', 'hrn', 'fr', 'dr', 'prof'],
	firstPersons: ['ich'],
	complementisers: ['dass'],
	imperatives: ['verbinden', 'verbinde', 'stellen', 'stell', 'leiten', 'leite'],
	subjects: ['er', 'sie', 'es', 'wir', 'ihr', 'kann', 'soll', 'will', 'muss', 'würde', 'könnte', 'sollte'],
	// 'werde': the user's own future after a condition ("wenn …, werde ich … verlangen", see ../futureConditions.ts)
	promises: ['wird', 'werden', 'werde'],
	declines: ['nein', 'nee', 'nö', 'egal', 'vergiss es', 'schon gut', 'nein danke', 'doch nicht', 'vergessen sie', 'vergesst es'],
	// a "wait"/"actually" word next to a decline opens a correction (see ../corrections.ts)
	selfCorrections: ['warte', 'wartet'],
	urgers: ['bitte', 'sofort', 'jetzt', 'für mich'],
	cancels: [
		// the business's bot asked about as a product, a vendor compared: "kann euer Chatbot eigentlich an einen Mitarbeiter weiterleiten?"
		'euer chatbot', 'ihr chatbot', 'dein chatbot',
		// what anyone gets or must do, reported or asked, no request of the user's: "bei euch landet man irgendwann bei einem Menschen", "man müsse einen Mitarbeiter rufen"
		'landet man', 'man landet', 'man müsse', 'müsse man',
		// a button pressed by mistake, a request declined: "aus Versehen auf 'mit Mitarbeiter verbinden' gedrückt", "kein Rückruf nötig"
		'aus versehen', 'gedrückt', 'geklickt', 'kein rückruf nötig', 'kein rückruf notwendig', 'keinen rückruf nötig',
		// a thing handed in to staff, or checked by people, asked about: "kann ich die Daten bei einem Mitarbeiter abgeben?", "sind die Profile von echten Menschen verifiziert?"
		'abgeben', 'verifiziert',
		// a callback missed, or how long one takes, not asked for: "Ich habe den Rückruf vom Techniker verpasst", "Wie lange dauert es, bis ein Rückruf kommt?"
		// a callback asked for or promised before, reported: "Ich habe schon dreimal um einen Rückruf gebeten", "Ihr Mitarbeiter hat mir einen Rückruf versprochen"
		'rückruf gebeten', 'rückruf * gebeten', 'rückruf * * gebeten', 'rückruf versprochen', 'rückruf * versprochen', 'rückruf zugesagt', 'rückruf * zugesagt',
		// a request meant, then not made: "Eigentlich wollte ich um einen Rückruf bitten, aber …"
		'eigentlich wollte ich',
		// a call or visit already arranged or had: "Den Termin mit dem Energieberater haben wir schon vereinbart", "Der Rückruf heute um 10 Uhr hat geklappt"
		'schon vereinbart', 'bereits vereinbart', 'hat geklappt', 'hat gut geklappt',
		'rückruf verpasst', 'rückruf * verpasst', 'rückruf * * verpasst', 'anruf verpasst', 'anruf * verpasst', 'anruf * * verpasst',
		'bis ein rückruf', 'bis der rückruf', 'bis zum rückruf',
		// a call or message received, a report as 'hatte ein telefonat': "ich habe heute früh einen Anruf von der Filialleitung bekommen"
		'habe einen anruf', 'habe * einen anruf', 'habe * * einen anruf', 'hatte einen anruf', 'bekam einen anruf', 'erhielt einen anruf',
		// a request noun had, a report: "ich hatte heute ein kurzes Telefonat mit einer Sachbearbeiterin"
		'hatte ein telefonat', 'hatte ein * telefonat', 'hatte ein gespräch', 'hatte ein * gespräch', 'hatte heute ein', 'hatten ein telefonat', 'hatten ein gespräch',
		// done with a place, not asking to talk: "ich will mit dem Hotel nichts mehr zu tun haben"
		'nichts mehr zu tun', 'nix mehr zu tun',
		// a request maybe wanted later, a plan, not asked now: "Vielleicht will ich später mal mit jemandem … reden, jetzt erstmal …"
		'vielleicht * ich später', '* ich vielleicht später', 'später * ich vielleicht',
		// not 'vielleicht später' alone: "Kann mich vielleicht später jemand anrufen?" asks now for a call later
		// a colleague's or relative's request, reported: "Meine Kollegin hat im Chat nach einem Berater gefragt und wurde nie verbunden"
		'kollegin hat', 'kollege hat', 'wurde nie verbunden', 'wurde nicht verbunden',
		// what someone else typed in the chat, reported: "Mein Vater hat gestern im Chat „Mitarbeiter“ eingetippt"
		'hat im chat', 'hat gestern im chat', 'hat heute im chat', 'vater hat', 'mutter hat',
		// what a clerk said back then, reported: "der agent im laden hat damals gesagt …"
		'damals gesagt',
		// what a bot does, described (a relative clause after a comma): "einen Chatbot, der an einen Mitarbeiter übergibt"
		'übergibt',
		// whether a person or automation does a whole job: "prüft ein Mensch meinen Antrag oder läuft alles automatisch?"
		'alles automatisch', 'alles maschinell',
		// a request asked about in reported speech: "the bot asked if i wanted to speak to an agent, i didn't"
		'gefragt ob ich', 'fragte ob ich',
		// how the business solved its own handover: "Wie habt ihr die Übergabe an einen Mitarbeiter gelöst?"
		'wie habt ihr', 'wie löst ihr', 'wie lösen sie',
		// a developer asking how the business built its chat: "baut ihr den Support Chat selbst?"
		'baut ihr', 'bauen sie', 'fertige lösung', 'softwareentwickler',
		// the business's bot asked about by someone building one: "Funktioniert bei Ihrem Bot die Übergabe … automatisch oder per Knopf?"
		'bei ihrem bot', 'bei eurem bot', 'bei deinem bot', 'automatisch oder',
		// a matter cleared up, a past visit: "es ist alles angekommen", "beim letzten Flug hat mir der Agent …"
		'schon geklärt', 'bereits geklärt', 'alles geklärt', 'alles angekommen', 'beim letzten', 'letztes mal', 'letzte mal',
		// a captcha's "I am not a robot", not the bot refused: "Ich bin ein Mensch, kein Roboter – warum muss ich dauernd Captchas lösen?"
		'captcha', 'captchas',
		// someone who will take over, a report, not a request: "Der Techniker wird das übernehmen"
		'wird das übernehmen', 'wird es übernehmen', 'werden das übernehmen', 'werden es übernehmen', 'werde das übernehmen',
		'loben', 'bedanken',
		// a request for later: "…, frag ich vielleicht nach einem Mitarbeiter"
		'frag ich vielleicht', 'frage ich vielleicht',
		'im dashboard', 'einrichten', 'gibt es eine funktion',
		// a tariff's option whose purpose is the request, a feature asked about: "Hat euer Tarif eine Option, um direkt mit einem Menschen zu sprechen?"
		'eine option', 'eine funktion',
		'inbegriffen',
		'enthalten', 'inklusive',
		'tarif mit', 'welcher tarif', 'preis für', 'preis von', 'preis des',
		'meine kunden',
		'verpassten anruf', 'verpasster anruf', 'falls etwas',
		'bewertung', 'bewerten', 'feedback zu', 'feedback über', 'sterne', 'unterschreiben',
		// a service asked about at the weekend (not a callback wished before it: "einen Anruf … noch vor dem Wochenende")
		'am wochenende', 'übers wochenende', 'fürs wochenende', 'an wochenenden',
		'sagte', 'meinte', 'gesagt lass', 'sagt lass', 'gesagt frag', 'sagt frag', 'meint lass', 'meint frag', 'unfreundlich', 'ruft mich dann', 'ich arbeite', 'wenn der bot',
		'gesprochen', 'geredet', 'telefoniert', 'habe gestern',
		// a matter talked over, reported (not read as a typo of 'besprechen'): "Ich habe das mit dem Berater besprochen"
		'besprochen',
		// what the user has to do first, a plan or a question of steps: "Das muss ich erst mit dem Vermieter besprechen", "Muss ich zuerst mit einem Berater sprechen?"
		'muss ich erst', 'muss ich zuerst', 'muss ich erstmal', 'muss ich erst mal',
		'bauen', 'erstellen', 'entwickeln', 'plattform',
		'kostet', 'sprachen', 'wann ist', 'öffnungszeiten', 'informationen über',
		'ihr produkt', 'euer produkt',
		// a feature of the bot bought or compared: "hat euer Chatbot(-Paket) eine Übergabe an …"
		'hat euer chatbot', 'hat ihr chatbot', 'hat der chatbot', 'hat euer bot', 'hat ihr bot', 'hat der bot',
		'ihr bot', 'kann der bot', 'euer bot', 'dein bot', 'übergeben',
		'ist top', 'war super', 'war sehr', 'hatte schon', 'geholfen',
		'der kunde', 'anfordern', 'offen an', 'geöffnet', 'hat mir schon', 'stelle als',
		'feiertagen',
		'kommt zurück',
		'meinen dank', 'waren super',
		'schalte ich', 'ausschalten', 'deaktivieren', 'abschalten',
		'verdient',
		'danke fürs', 'prüft ein',
		'beendet',
		'wollte vorhin', 'schon gelöst',
		'arbeiten bei',
		'in der app',
		'wenn ich später', 'falls ich später', 'wollte eigentlich', 'wollte ich eigentlich',
		// a request first meant, then given up: "Ich wollte erst nach einem Mitarbeiter fragen, hab die Antwort aber … gefunden"
		'wollte erst nach', 'wollte zuerst nach', 'wollte erst mal nach', 'wollte erstmal nach',
		'steht auf dem', 'steht auf der', 'was bedeutet', 'was heißt',
		// a word's meaning asked, and the label it is read from: "Was ist ein „Agent“ in eurer Kamera-App? Da steht Agent: FeWo-Portal Süd"
		'was ist ein', 'was ist eine', 'was sind', 'da steht', 'dort steht', 'hier steht', 'da stand',
		'helpdesk tool', 'helpdesk system', 'ticketsystem',
		// what a business uses for its own handover: "Nutzen Sie für die Weiterleitung an Ihre Agents eine eigene Software?"
		'nutzen sie für', 'nutzt ihr für', 'verwenden sie für', 'verwendet ihr für', 'welche software', 'eigene software',
		// a call promised before, not asked now: "Der Techniker wollte mich heute anrufen", "hätte mich gestern anrufen sollen"
		'wollte mich', 'wollten mich', 'hätte mich', 'hätten mich',
		// a past call or meeting, reported: "Ich hatte letzte Woche ein Telefonat mit einer Mitarbeiterin"
		// (only with 'ein': "ich hatte gestern keinen erreicht und will jetzt …" stays a request)
		'hatte letzte woche ein', 'hatte letzten monat ein', 'hatte gestern ein', 'hatte vorgestern ein', 'hatte vorhin ein', 'hatte neulich ein',
		// 'kontaktiert' as a perfect participle, a contact reported: "Frau Weber hat mich (gestern) kontaktiert"
		'hat mich kontaktiert', 'haben mich kontaktiert', 'hatte mich kontaktiert', 'hatten mich kontaktiert',
		'hat mich * kontaktiert', 'haben mich * kontaktiert', 'hatte mich * kontaktiert', 'hatten mich * kontaktiert',
		// what a relative wanted to do, reported ("Mein Mann wollte heute beim Support anrufen"); 'ich wollte' asks politely
		'mann wollte', 'frau wollte', 'sohn wollte', 'tochter wollte', 'mutter wollte', 'vater wollte', 'freund wollte', 'freundin wollte',
		'er wollte', 'sie wollte',
		// an errand someone else gave the user, reported: "Meine Frau hat gesagt, ich soll euch schreiben und nach einem Menschen fragen"
		'ich soll',
	],
	identity: [
		// "werde ich hier von einem echten Mitarbeiter betreut oder von einem Programm?"
		'oder von einem programm', 'oder einem programm', 'oder von einem bot', 'oder von einer ki', 'oder von einer maschine',
		'ist das hier ne echte', 'ist das ne echte', 'ist das hier eine echte', 'ist das eine echte',
		'bin ich hier mit', 'oder einer ki', 'oder eine ki',
		'schreibt da jemand', 'schreibt hier jemand', 'antwortet da jemand', 'antwortet hier jemand', 'sitzt da jemand',
		'ist das ein programm', 'oder ein programm',
		'schreibt hier ein', 'schreibt hier eine', 'antwortet hier ein', 'antwortet hier eine',
		'arbeitet bei euch ein', 'sitzt da ein', 'sitzt ein echter',
		// "sitzt da eigentlich ein Mensch dran oder tippt hier ne KI?"
		'sitzt da * ein', 'oder ne ki', 'oder tippt hier',
		// chat spelling: "schreib ich hier grad mit ner echten person oder ist das automatisch"
		'schreib ich hier', 'schreib ich grad', 'schreib ich gerade', 'schreibe ich grad', 'schreibe ich hier', 'oder ist das automatisch',
		'schreibe ich gerade mit', 'rede ich gerade mit', 'spreche ich gerade mit', 'chatte ich gerade mit',
		'bist du ein', 'bist du eine', 'bist du mensch', 'sind sie ein', 'sind sie eine', 'sind sie mensch',
		'rede ich mit',
		'spreche ich mit', 'chatte ich mit', 'schreibe ich mit', 'bot oder', 'oder ein bot', 'ist das ein bot',
		'ist das ein mensch',
		'bist du ne', 'eine ki', 'am anderen ende',
		'roboter oder', 'oder ein mensch', 'antwortet mir ein',
		'chatgpt oder', 'bist du chatgpt',
		'bin ich hier mit einem', 'bin ich mit einem bot', 'bin ich hier mit einer',
	],
	// a one-word person request after one is a person talked about: see ../referents.ts
	determiners: ['der', 'die', 'den', 'dem', 'ihr', 'ihre', 'ihrem', 'ihren', 'euer', 'eure', 'eurem', 'euren', 'unser', 'unsere', 'unserem', 'deren', 'dessen'],
	// before a "that" and a person, what follows is passed on: see ../reports.ts
	// German reports speech behind a comma without 'dass': "Ihr Kollege hat versprochen, mich zurückzurufen"
	// and a contact tried, offered or forgotten: "er hat versucht, mich anzurufen", "Sie haben vergessen, mich zurückzurufen"
	commaReports: ['gesagt', 'sagte', 'versprochen', 'versprach', 'geschrieben', 'schrieb', 'mitgeteilt', 'erklärt', 'angekündigt', 'meinte', 'versucht', 'angeboten', 'vergessen'],
	reports: ['gesagt', 'sagte', 'sagt', 'versprochen', 'versprach', 'geschrieben', 'schrieb', 'schreibt', 'mitgeteilt', 'erklärt', 'angekündigt', 'meinte'],
	// a quote these stand next to is someone's or something's words, and another's typing or shouting of it: see ../quotes.ts
	quoteSources: ['steht', 'stand', 'stehen', 'schild', 'zettel', 'zeigt', 'anzeigt', 'satz', 'testsatz', 'button', 'bewertung', 'getippt', 'tippte', 'geschrien', 'schrie', 'gebrüllt', 'brüllte', 'gerufen', 'rief', 'gespammt'],
	// a word of these forms, or a title and a name, in a talk verb's slot is a person: see ../roleTargets.ts
	roleForms: ['*erin', '*arin', '*orin', '*istin', '*entin', '*antin', '*eurin', '*eutin', '*ologin', '*innen', '*leiter', '*berater', '*meister', '*leitung',
		// a staff member named by the team or trade: "einen echten Supportmitarbeiter", "mit einer Kundendienstmitarbeiterin"
		'*mitarbeiter', '*mitarbeiterin',
		// a manager named by the place or the field: "ich möchte bitte den Hotelmanager sprechen" (a password manager is a thing, `roleLookalikes`)
		'*manager', '*managerin',
		// a department named by its field, as the listed 'rechtsabteilung': "könnten Sie mich mit der Ticketabteilung verbinden?"
		'*abteilung'],
	roleLookalikes: ['passwortmanager', 'passwort manager', 'dateimanager', 'downloadmanager', 'taskmanager', 'drucker', 'scanner', 'router', 'computer', 'rechner', 'fernseher', 'wasserleitung', 'stromleitung', 'gasleitung', 'rohrleitung', 'telefonleitung'],
	titles: ['frau', 'herr', 'herrn', 'dr'],
	// before an "if" or "that", a person and a contact verb: the person is wished to contact the user; see ../wishes.ts
	// an expectation, as a wish ("Ich erwarte, dass sich ein Mitarbeiter bei mir meldet"; "ich erwarte den Techniker am Montag" is no want)
	wishMoods: ['wäre', 'freuen', 'fände', 'erwarte', 'erwarten'],
	wishedContacts: ['anruft', 'anrufen', 'anriefe', 'zurückruft', 'zurückrufen', 'meldet', 'melden', 'meldete', 'kontaktiert', 'kontaktieren', 'telefoniert', 'kontakt', 'schreibt', 'zurückschreibt', 'anschaut', 'ansieht'],
	// a person asked to write to, answer or reach out to the user (`userObjects`); see ../writeBacks.ts
	writeBacks: ['schreiben', 'schreibt', 'anschreiben', 'anschreibt', 'zurückschreiben', 'zurückschreibt', 'antworten', 'antwortet', 'kontaktieren'],
	// how often or whether at all someone answers, and the verb's habitual and past forms; see ../answerHabits.ts
	replyCues: ['überhaupt', 'jemals', 'manchmal', 'normalerweise', 'eigentlich', 'wirklich', 'meistens', 'schon'],
	reportedReplies: ['antwortet', 'schreibt', 'antwortete', 'antworteten', 'geantwortet', 'schrieb', 'schrieben', 'geschrieben', 'zurückgeschrieben', 'angeschrieben'],
	memberLinks: ['von', 'vom', 'aus', 'am', 'im', 'beim', 'bei', 'in'],
	// a person given to the user: "get me | Gary at the depot"; see ../handOvers.ts
	handOverVerbs: ['geben', 'gib', 'gebt', 'holen', 'hol', 'hole'],
	handOverUsers: ['mir', 'uns'],
	// a person asked by one of these to contact the user (`userObjects`): see ../contactRequests.ts
	contactAskers: ['kann', 'könnte', 'soll', 'können', 'könnten'],
	// "Bitte schicken Sie einen Techniker", "ich will dass jemand vorbeikommt", "einen Termin für einen Servicetechniker"; see ../visitRequests.ts
	visitVerbs: ['schicken', 'schickt', 'vorbeischicken', 'vorbeischickt', 'rausschicken', 'senden', 'vorbeikommen', 'vorbeikommt', 'kommen', 'rauskommen', 'vereinbaren', 'vereinbart', 'ausmachen'],
	// 'müssen' of the addressee: "Sie müssen mir heute noch einen Klempner schicken"
	visitAskers: ['möchte', 'möchten', 'will', 'brauche', 'bräuchte', 'bräuchten', 'brauchen', 'hätte', 'könnt', 'könnts', 'könntet', 'kannst', 'müssen'],
	visits: ['termin', 'besuch', 'technikerbesuch', 'servicetermin', 'technikertermin', 'reparaturtermin'],
	visitQualifiers: ['techniker', 'servicetechniker', 'monteur', 'technikerbesuch', 'servicetermin', 'technikertermin', 'reparaturtermin', 'mechaniker', 'abschleppwagen', 'abschleppdienst', 'pannendienst', 'elektriker', 'installateur', 'klempner', 'schlüsseldienst', 'glaser',
		'heizungsbauer', 'heizungsinstallateur', 'solarteur', 'schornsteinfeger', 'kaminkehrer', 'rauchfangkehrer', 'dachdecker', 'kältetechniker', 'gärtner', 'landmaschinenmechaniker', 'hufschmied', 'handwerker', 'außendienst'],
	visitRecipients: ['an', 'zu'],
	userObjects: ['mich', 'uns', 'mir'],
	indefiniteArticles: ['ein', 'eine', 'einen'],
	// a person asked to do one of these on the user's matter: see ../serviceRequests.ts
	userServices: ['anschauen', 'ansehen', 'draufschauen', 'nachschauen', 'angucken', 'durchgehen', 'beraten', 'antworten', 'drüberschauen', 'draufgucken', 'drübergucken', 'reinschauen'],
	// the matter inside the verb ("drauf": on it): "kann mal jemand aus der Gärtnerei draufschauen?"
	matterServices: ['draufschauen', 'drüberschauen', 'draufgucken', 'drübergucken', 'reinschauen'],
	indirectQuestions: ['wissen', 'fragen', 'erfahren', 'gefragt'],
	perfects: ['gewesen', 'hätte', 'hätten'],
	// what the person opening the clause did, a report: "der Kollege vom Kundendienst wusste nichts"
	pastDeeds: ['war', 'waren', 'kam', 'kamen', 'gab', 'sagte', 'meinte', 'schickte', 'rief', 'stand', 'wusste', 'vergaß', 'vergass', 'legte', 'machte'],
	// right before a need word and a person, the matter in hand needs the person: see ../needs.ts
	matters: ['das', 'dies', 'hier'],
	needs: ['braucht', 'erfordert', 'benötigt', 'muss'],
	denials: ['nicht', 'kein', 'keine', 'keiner'],
	// before a contact verb in its clause, the contact's subject is nobody: see ../nobodyContacts.ts
	nobodies: ['kein', 'keine', 'keiner', 'niemand'],
	// a person word a few words after one is how something seems, no one asked for: see ../qualities.ts
	seemings: ['klingt', 'klingen', 'wirkt', 'wirken', 'sieht', 'aussieht', 'ähnelt'],
	alternatives: ['oder'],
	onlies: ['nur', 'lediglich'],
	purposes: ['für', 'wegen'],
	handoffs: ['übergabe', 'weiterleitung', 'übergibt'],
	machines: ['automatisch', 'automatische', 'automatisiert', 'automatisierte', 'skript', 'script'],
	// a person a system routes one of these to is no one the user asks for; see ../routedPersons.ts
	systems: ['system', 'systeme', 'ivr', 'crm', 'tool', 'software', 'plattform', 'bot', 'chatbot', 'app', 'telefonanlage'],
	routedThings: ['anrufer', 'kunden', 'leads', 'tickets', 'chats', 'anrufe', 'anfragen', 'gespräche', 'lizenz', 'lizenzen'],
	devices: ['lautsprecher', 'kamera', 'kameras', 'türklingel', 'klingel', 'gegensprechanlage', 'headset', 'kopfhörer', 'hörgerät', 'hörgeräte', 'gerät'],
	// a thing a connect verb joins, not a person: see ../connectedThings.ts
	connectedThings: ['app', 'handy', 'telefon', 'fernseher', 'tv', 'smartwatch', 'armbanduhr', 'konto', 'laptop', 'computer', 'drucker', 'tablet', 'router', 'anrufe', 'wlan', 'guthaben'],
	abilities: ['kann', 'können', 'könnte'],
	abilityInfinitives: ['können'],
	thingRelatives: ['der', 'die', 'das'],
	perceptions: ['verstehen', 'verstehe'],
	botBuilds: ['bauen', 'baue', 'erstellen', 'entwickeln', 'entwickle', 'programmieren'],
	thingsBeforePerson: ['virenscanner', 'antivirus', 'vpn'],
	thingsAfterPerson: ['modus', 'karte', 'skin', 'vorlage', 'status', 'main', 'klasse', 'meme', 'memes'],
	versusWords: ['vs', 'versus', 'gegen'],
	gameChoices: ['welcher', 'welchen', 'welches', 'beste', 'besten', 'bester', 'spielen', 'wählen', 'mainen'],
	transferVerbs: ['verbinden', 'verbinde', 'verbindet', 'stellen', 'stell', 'stellt', 'weiterleiten', 'durchstellen'],
	// a person a few words after one of these does that work; see ../workDoers.ts
	works: ['übersetzung', 'übersetzungen', 'führung', 'führungen', 'transkription', 'lektorat', 'moderation', 'untertitel', 'untertitelung', 'reinigung'],
	// in a question with a person phrase near one: asks who answers; see ../replyQuestions.ts
	replies: ['antwortet', 'schreibt', 'liest', 'tippt'],
	whos: ['wer'],
	hows: ['wie'],
	workings: ['funktioniert', 'klappt', 'läuft'],
	handoverModes: ['automatisch', 'automatische'],
	cases: ['fällen', 'situationen'],
	whiches: ['welchen'],
	customers: ['kunde', 'kundin', 'käufer', 'käuferin', 'gast', 'besucher', 'besucherin', 'nutzer', 'nutzerin', 'kunden', 'kundinnen', 'gäste', 'besucherinnen', 'nutzerinnen'],
	whens: ['sobald', 'nachdem'],
	ownPossessives: ['mein', 'meine', 'meinem', 'meinen', 'meiner'],
	// 'ist' of a question whether someone is reachable now: "ist gerade ein Techniker erreichbar?"
	existentials: ['gibt', 'gibts', 'ist'],
	// someone who has time: "gibts grad nen Mitarbeiter der Zeit hat?"
	presences: ['verfügbar', 'erreichbar', 'frei', 'online', 'bereitschaft', 'dienst', 'zeit', 'da'],
	presentNows: ['jetzt', 'gerade', 'grad', 'sofort', 'momentan'],
	// a turn to the present after a request for later: "…, but for now just tell me …"
	nowTurns: ['jetzt', 'erstmal', 'vorerst', 'zunächst'],
	nextTimes: ['nächstes mal', 'nächste mal'],
	// the speaker of a report: "the operator told my husband …", "I was told by an agent …"
	speakerReports: ['gesagt', 'sagte', 'sagt', 'erklärt', 'erklärte', 'mitgeteilt'],
	speakerAgents: ['von'],
	// the user's own contact, a plan: "I'll ring them myself"
	selfDoers: ['selbst', 'selber'],
	obligations: ['muss', 'müssen', 'soll', 'sollte'],
	openingNeeds: ['muss'],
	possibilities: ['möglich', 'möglichkeit', 'hoffe', 'hoffentlich'],
	contactForms: ['angerufen', 'zurückgerufen', 'kontaktiert', 'beraten', 'telefon'],
	contactMedia: ['mail', 'email', 'nachricht', 'sms', 'whatsapp'],
	teams: ['team', 'abteilung'],
	// a modal opening the question of a talk verb with a team in its slot: see ../teamTargets.ts
	slotAskers: ['kann', 'könnte', 'können', 'könnten', 'könnt', 'könntet', 'kannst', 'könntest'],
	// what a team handles after it, past one of these: see ../teamTargets.ts
	teamLinks: ['für'],
	// one of the business's people named by their group ("one of your devs"): see ../groupMembers.ts
	groupOnes: ['einen', 'einem', 'einer', 'eine'],
	groupOwners: ['eurer', 'ihrer', 'euren', 'ihren'],
	// a time word before now: a person or request words in its clause are reported, not asked for; see ../pastReports.ts
	pastHaves: ['hatte'],
	pastTimes: ['gestern', 'vorgestern', 'neulich', 'vorhin', 'letzte Woche', 'letztes Mal', 'letzten Monat'],
	// the "with" of a verb of talking with someone, and those verbs: a word no pack lists in their slot is a person (../conversationPartners.ts)
	companions: ['mit'],
	conversations: ['sprechen', 'reden', 'telefonieren', 'chatten', 'gespräch'],
	personPronouns: ['ihm', 'ihr'],
	// a third person as a contact verb's object, said for someone close the user writes for; see ../behalfObjects.ts
	othersObjects: ['ihn', 'ihm'],
	othersWants: ['möchte', 'wünscht', 'bittet'],
	// someone else's past ask, reported; see ../othersPastAsks.ts
	othersPastAsks: ['gefragt', 'verlangt', 'gebeten'],
	// another's offer or order, passed on and set aside; see ../passedOnAsks.ts
	passedOnAsks: ['angeboten', 'vorgeschlagen', 'getippt'],
	phoneLines: ['telefon', 'apparat'],
	phoneVerbs: ['holen', 'hol', 'hole', 'holt', 'bekommen', 'kriegen'],
	// someone of the user's as a contact verb's object; see ../relationObjects.ts
	relationOwners: ['unser', 'unsere', 'unseren', 'unserem', 'unserer'],
	// a contact said to the company for someone of the user's, with a phone number; see ../relativeCalls.ts
	contactImperatives: ['ruft', 'rufen', 'ruf', 'kontaktieren'],
	// the call verb first, its particle closing the clause: "Rufen Sie mich bitte heute Nachmittag wegen der Nachzahlung an"; see ../splitCalls.ts
	splitCallVerbs: ['ruf', 'rufe', 'ruft', 'rufen', 'rufts'],
	callParticles: ['an', 'zurück'],
	callTimes: ['so', 'gegen', 'zwischen', 'ab', 'um', 'etwa', 'ungefähr'],
	// see ../countedPersons.ts
	counters: ['je', 'pro', 'jeder', 'jede', 'jeden', 'jedem', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn'],
	copulas: ['ist', 'war', 'bin'],
	selfCopulas: ['bin'],
	curiosities: ['neugierig', 'neugier', 'interessehalber'],
	// see ../unsoughtSomeones.ts
	ownCommunities: ['chat', 'stream', 'gruppe', 'kanal', 'server', 'kommentare', 'livestream', 'team'],
	ownTeamWords: ['eigen', 'eigene', 'eigenen', 'eigenem', 'eigener', 'eigenes', 'hauseigene', 'hauseigenen', 'hauseigener'],
	thanks: ['danke', 'dank', 'dankeschön', 'lob', 'bedanken'],
	breakages: ['kaputt', 'gebrochen', 'abgebrochen', 'wackelt', 'verbogen', 'gerissen', 'rostet'],
	roleAs: ['als'],
	offerVerbs: ['bietet', 'bieten', 'anbieten'],
	pretenders: ['angeblich', 'angeblicher', 'angeblichen', 'angeblichem', 'angebliche', 'falscher', 'falschen', 'falschem', 'falsche', 'vermeintlichen'],
	newcomers: ['neuer', 'neue', 'neuen', 'neues'],
};
