/**
 * German cancel frames: a clause holding one asks for nobody, though it names a person (a question about a feature
 * or the product, building a bot, a department name; see ../frames.ts).
 */
export const germanCancels: string[] = [
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
];
