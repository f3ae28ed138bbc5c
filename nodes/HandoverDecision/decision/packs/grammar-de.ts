import type { Grammar } from './types';
import { germanCancels } from './cancels-de';
import { germanClauseLists } from './lists-de';

/**
 * German request frames and targets (see ../frames.ts); cancel frames in cancels-de.ts, the clause checks' word lists
 * in lists-de.ts. German puts the verb last ("ich möchte mit Ihrem Vorgesetzten sprechen"), which the
 * target-before-verb frame reads.
 */
export const germanGrammar: Grammar = {
	talkVerbs: [
		// a request noun with 'mit', as 'um ein gespräch mit': "ist ein kurzes Telefonat mit einem Berater möglich?", "ich bitte um ein Telefonat mit Frau Weber"
		'ein telefonat mit', 'ein * telefonat mit', 'um ein * gespräch mit', 'ein videotelefonat mit', 'einen videocall mit',
		// a formal noun request, as English 'a call from': "Ich erwarte einen Anruf von der Teamleitung"
		'einen anruf von', 'einen anruf vom', 'einen anruf durch',
		'gern ein gespräch mit', 'gerne ein gespräch mit', 'um ein gespräch mit',
		// the same with a word for how (chat 'n' for 'ein'), wished or wanted: "hätt gern n persönliches gespräch mit nem berater", "ich möchte ein persönliches Gespräch mit einem Berater"
		'gern ein * gespräch mit', 'gerne ein * gespräch mit', 'gern n gespräch mit', 'gerne n gespräch mit', 'gern n * gespräch mit', 'gerne n * gespräch mit',
		'möchte ein gespräch mit', 'möchte ein * gespräch mit', 'bräuchte ein gespräch mit', 'bräuchte ein * gespräch mit', 'brauche ein gespräch mit', 'brauche ein * gespräch mit',
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
	futures: ['länger', 'morgen', 'übermorgen', 'wieder', 'nochmal', 'nochmals', 'einmal', 'erneut', 'nächste', 'nächsten', 'nächstes'],
	// a day or a time of day ahead; between a want verb and its person, the day it is wanted on: "ich brauche morgen früh einen Techniker"
	aheadDays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'wochenende', 'morgen', 'übermorgen',
		'früh', 'vormittag', 'nachmittag', 'abend'],
	details: ['nummer', 'telefonnummer', 'rufnummer', 'durchwahl', 'hotline', 'email', 'mail', 'adresse', 'faxnummer'],
	courtesies: ['zeit haben', 'zeit hast', 'zeit habt', 'möglich', 'schon einmal'],
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
	cancels: germanCancels,
	...germanClauseLists,
};
