import { germanExclusions } from './de-exclusions';
import { germanGrammar } from './grammar-de';
import type { LanguagePack } from './types';

export const german: LanguagePack = {
	code: 'de',
	name: 'German',
	...germanGrammar,
	requests: [
		// a boss or someone handed over or asked for without a verb: "gebt mir euren Chef", "mir jemanden von der Rezeption ans Telefon holen", "Sofort jemand von der Betrugsabteilung, bitte"
		'gebt mir euren', 'gebt mir den chef', 'gib mir den chef', 'geben sie mir den chef', 'gebt mir jemanden', 'gib mir jemanden', 'geben sie mir jemanden', 'gebt mir * jemanden', 'gib mir * jemanden', 'ans telefon holen', 'jemanden von der', 'sofort jemand von', 'jemand von der * bitte',
		// the user passed on to a team of any name: "könnten Sie mich an die Abrechnung weiterleiten?", "geben Sie mich an die Platzverwaltung weiter", "bitte an die Zahlungsabteilung weiterleiten"
		'mich an die * weiterleiten', 'mich an den * weiterleiten', 'mich an die * weiter', 'mich an den * weiter', 'bitte an die * weiterleiten',
		// the same with 'verbinden': "kannst du mich mit der Auslieferung verbinden?", "chönd Sie mi mit em Verkauf verbinde?"
		// (asked of the business, not the user's own 'ich mich mit dem WLAN verbinden')
		'sie mich mit der * verbinden', 'sie mich mit der * * verbinden', 'sie mich mit dem * verbinden', 'sie mich mit dem * * verbinden', 'sie mich bitte mit der * verbinden', 'sie mich bitte mit der * * verbinden', 'sie mich bitte mit dem * verbinden', 'sie mich bitte mit dem * * verbinden',
		'du mich mit der * verbinden', 'du mich mit der * * verbinden', 'du mich mit dem * verbinden', 'du mich mit dem * * verbinden', 'du mich bitte mit der * verbinden', 'du mich bitte mit der * * verbinden', 'du mich bitte mit dem * verbinden', 'du mich bitte mit dem * * verbinden',
		'ihr mich mit der * verbinden', 'ihr mich mit der * * verbinden', 'ihr mich mit dem * verbinden', 'ihr mich mit dem * * verbinden', 'ihr mich bitte mit der * verbinden', 'ihr mich bitte mit der * * verbinden', 'ihr mich bitte mit dem * verbinden', 'ihr mich bitte mit dem * * verbinden',
		'sie mi mit em * verbinde', 'sie mi mit de * verbinde',
		// chat spelling ("hol mir einfach nen Menschen ran", "kann mich jmd aus der Moderation kontaktieren?"), a call booked, the person found before, a talk wished in the perfect: "den will ich sprechen", "hätte gern mit dem Filialleiter gesprochen"
		'nen menschen', 'nen echten menschen', 'nen echten berater', 'nen echten mitarbeiter', 'kann mich jmd', 'mich jmd aus', 'telefontermin mit', 'einen telefontermin',
		'den will ich sprechen', 'die will ich sprechen', 'den möchte ich sprechen', 'die möchte ich sprechen', 'hätte gern mit dem * gesprochen', 'hätte gerne mit dem * gesprochen', 'hätte gern mit der * gesprochen', 'hätte gerne mit der * gesprochen',
		// colloquial 'wer' for 'jemand', called by: "Kann mich bitte wer anrufen?"
		'mich wer anrufen', 'mich bitte wer anrufen', 'mich mal wer anrufen', 'mich wer zurückrufen', 'mich bitte wer zurückrufen', 'mich mal wer zurückrufen',
		// written to by a person: "kann Jonas aus dem Turnier-Team mich auf Discord anschreiben?"
		'mich anschreiben', 'mich auf * anschreiben',
		// HR, a known word since 'Hr.' (Herrn), so no longer read as a name: "kann ich mit HR sprechen"
		'mit hr sprechen', 'mit der hr sprechen', 'mit hr reden', 'mit der hr reden', 'mit hr telefonieren', 'mit hr verbinden', 'mit der hr verbinden', 'zu hr durchstellen',
		// the person named before, asked for by pronoun, the user's own wish (not 'der Service kann mit ihm sprechen'): "Frau Yilmaz betreut das, können Sie mich direkt mit ihr verbinden?"
		'mich mit ihr verbinden', 'mich mit ihm verbinden', 'mich direkt mit ihr verbinden', 'mich direkt mit ihm verbinden', 'kann ich mit ihr sprechen', 'kann ich mit ihm sprechen', 'kann ich direkt mit ihr sprechen', 'kann ich direkt mit ihm sprechen', 'kann ich mit ihr reden', 'kann ich mit ihm reden',
		'anrufen lassen', 'zurückrufen lassen',
		// the person of a chat or call that broke off, asked for again: "könnt ihr mich wieder zu ihr durchstellen?"
		'zu ihr durchstellen', 'zu ihm durchstellen', 'zu ihr zurückstellen', 'zu ihm zurückstellen',
		'wieder mit ihr verbinden', 'wieder mit ihm verbinden',
		// a named person handed over: "Können Sie mir Herrn Becker geben?"
		'mir herrn * geben', 'mir frau * geben',
		// 'Hr.'/'Hrn.' for 'Herrn' before a name, only here: as a person "HR" would be asked for ("I need an HR letter")
		'mit hr * sprechen', 'mit hr * reden', 'mit hr * * sprechen', 'mit hr * * reden', 'mit hr * verbinden', 'mit hr * telefonieren',
		'mit hrn * sprechen', 'mit hrn * reden', 'mit hrn * * sprechen', 'mit hrn * * reden', 'mit hrn * verbinden', 'mit hrn * telefonieren',
		'mir hr * geben', 'mir hrn * geben',
		// a named person of a place, the verb last: "will mit Thomas aus der Kochschule reden"
		'mit * aus der * reden', 'mit * aus der * sprechen', 'mit * aus dem * reden', 'mit * aus dem * sprechen',
		'mit * von der * reden', 'mit * von der * sprechen', 'mit * vom * reden', 'mit * vom * sprechen',
		// the same with an article before the first name, as the South says: "ich möcht gern mit der Anja vom Kursplan reden"
		'mit der * vom * reden', 'mit der * vom * sprechen', 'mit dem * vom * reden', 'mit dem * vom * sprechen',
		'mit der * aus der * reden', 'mit der * aus der * sprechen', 'mit dem * aus der * reden', 'mit dem * aus der * sprechen',
		'mit der * von der * reden', 'mit der * von der * sprechen', 'mit dem * von der * reden', 'mit dem * von der * sprechen',
		// the technical department talked with or put through to ("er würde mich mit der Technik verbinden" is told, after a comma):
		// "Ich will jetzt endlich mit der Technik sprechen", "Bitte stellen Sie mich zur Technik durch"
		'mit der technik sprechen', 'mit der technik reden', 'mit der technik telefonieren', 'mit ihrer technik sprechen', 'mit eurer technik sprechen',
		'mich zur technik', 'mich bitte zur technik', 'zur technik durch', 'zur technik durchstellen', 'zur technik weiterleiten',
		'kontaktieren sie mich', 'kontaktiert mich', 'kontaktier mich',
		'mit einem menschen',
		'einen menschen',
		'einem menschen',
		'echten menschen',
		'echter mensch',
		'ein mensch',
		'mensch bitte',
		'echte person',
		'echten person',
		'echter person',
		'mit einer person',
		'einer person sprechen',
		'mit jemandem sprechen',
		'mit jemandem reden',
		'mit jemandem vom',
		'mit jemandem aus',
		'jemanden vom',
		'mit jmd vom', 'mit jmd aus', 'jmd vom', 'jmdn vom',
		'jemanden sprechen',
		'mitarbeiter sprechen',
		'mit einem mitarbeiter',
		'mit einer mitarbeiterin',
		'einen mitarbeiter',
		'einem mitarbeiter',
		'einer mitarbeiterin',
		'echten mitarbeiter',
		'menschlichen mitarbeiter',
		'menschlicher mitarbeiter',
		'menschlichen ansprechpartner',
		'rückruf',
		'zurückrufen',
		// written back to, as called back: "kann mir die Svenja zurückschreiben?"; a call asked for with 'bitte': "bitte anrufen, ich komm hier nicht weiter"
		'zurückschreiben', 'bitte anrufen', 'anrufen bitte',
		// Austrian and Bavarian 'zurückrufen': "könnts ihr mich bitte zruckrufen?"
		'zruckrufen', 'zruckrufn', 'zrückrufen', 'zurückrufn',
		// the same, verb last after 'dass': "geht des, dass mi wer zruckruaft?"
		'zruckruaft', 'zruckruft', 'zrückruft',
		// Swiss German: "chönnt mi öpper vo Ihne zruggrüefe?"
		'zruggrüefe', 'zrugg rüefe', 'zrugglüte', 'zrugglüüte', 'zrugg aalüte',
		// Swiss 'reden' (a talk verb alone it is Portuguese 'rede', network): "chan i bitte mit emne Mitarbeiter rede"
		'mit emne * rede', 'mit ere * rede', 'mit em * rede', 'mit öpperem rede', 'mit öpper rede',
		// a callback asked for a time: "könnten Sie mir einen Rückruf für morgen vormittag organisieren?" (not a product's 'Rückruf für')
		'rückruf für morgen', 'rückruf für heute', 'rückruf für übermorgen', 'rückruf organisieren', 'rückruf vereinbaren',
		'mir einen rückruf', 'uns einen rückruf',
		'rufen sie mich an',
		// a number to call: "rufen sie mich bitte unter 0176 … an"
		'rufen sie mich unter', 'rufen sie mich bitte unter', 'ruf mich unter', 'ruf mich bitte unter', 'ruft mich unter',
		'ruft mich bitte unter',
		'ruft mich an', 'ruft mich bitte an', 'ruft mich bitte zurück',
		'rufen sie mich zurück', 'rufen sie mich bitte zurück', 'ruf mich zurück', 'ruft mich zurück',
		'rufen sie mich bitte an', 'ruf mich an', 'ruf mich bitte an',
		'verbinden sie mich',
		'verbindet mich', 'stellt mich durch',
		// put through, no target, 'bitte' maybe inside: "stell mich bitte durch", "können Sie mich bitte durchstellen"
		'stell mich durch', 'stell mich bitte durch', 'stellen sie mich durch', 'stellen sie mich bitte durch', 'stellt mich bitte durch',
		'mich durchstellen', 'mich bitte durchstellen',
		'verbinde mich',
		'persönlich sprechen',
		'live chat',
		'ist da jemand', 'jemand echtes', 'ist jemand da',
		'hilfe eines menschen', 'menschliche hilfe', 'hilfe von einem menschen', 'dass sich ein mensch',
		'gibt es jemanden',
		// someone free now, as English "is there a person available right now?": "gibt es gerade einen Berater, der Zeit hat?" (not without the 'now': "gibt es einen Berater für Steuerfragen?" asks about a service)
		'gibt es gerade einen berater', 'gibt es gerade eine beraterin', 'gibt es gerade einen mitarbeiter', 'gibt es gerade eine mitarbeiterin', 'gibt es gerade jemanden',
		'gibt es grad einen berater', 'gibt es grad eine beraterin', 'gibt es grad einen mitarbeiter', 'gibt es grad eine mitarbeiterin', 'gibt es grad jemanden',
		'gibt es jetzt einen berater', 'gibt es jetzt eine beraterin', 'gibt es jetzt einen mitarbeiter', 'gibt es jetzt eine mitarbeiterin', 'gibt es jetzt jemanden',
		'gibt es momentan einen berater', 'gibt es momentan eine beraterin', 'gibt es momentan einen mitarbeiter', 'gibt es momentan eine mitarbeiterin', 'gibt es momentan jemanden',
		// 'wen' for 'jemanden', spoken: "gibts wen vom Kundenservice, der mir hilft?"
		'gibts jemanden', 'gibts wen', 'gibt es wen', 'ist da wen',
		// someone asked to call the user: "lassen Sie jemanden aus dem Team bei mir anrufen"
		'bei mir anrufen', 'bei mir zurückrufen', 'bei mir melden',
		// someone asked to get in touch, 'sich melden' around its subject: "bitte soll sich jemand aus dem Team melden"
		'soll sich jemand melden', 'soll sich jemand * melden', 'soll sich jemand * * melden', 'soll sich jemand * * * melden', 'kann sich jemand melden', 'kann sich jemand * melden',
		'kann sich jemand * * melden', 'kann sich jemand * * * melden', 'könnte sich jemand melden', 'könnte sich jemand * melden', 'könnte sich jemand * * melden', 'könnte sich jemand * * * melden',
		'möge sich jemand melden', 'möge sich jemand * melden', 'möge sich jemand * * melden', 'möge sich jemand * * * melden', 'würde sich jemand melden', 'würde sich jemand * melden',
		'würde sich jemand * * melden', 'würde sich jemand * * * melden', 'jemand soll sich melden', 'jemand möge sich melden', 'sich bitte jemand melden', 'sich bitte jemand * * * melden',
		'sich bitte jemand * * melden', 'sich bitte jemand * melden',
		// the reflexive imperative of 'sich melden', the user after a few words: "meldet euch mal kurz bei mir", "Melden Sie sich bitte heute noch telefonisch bei mir"
		'meldet euch bei mir', 'meldet euch bei uns', 'meldet euch * bei mir', 'meldet euch * bei uns', 'meldet euch * * bei mir', 'meldet euch * * bei uns', 'meldet euch * * * bei mir', 'meldet euch * * * bei uns', 'meldet euch * * * * bei mir', 'meldet euch * * * * bei uns',
		'melden sie sich bei mir', 'melden sie sich bei uns', 'melden sie sich * bei mir', 'melden sie sich * bei uns', 'melden sie sich * * bei mir', 'melden sie sich * * bei uns', 'melden sie sich * * * bei mir', 'melden sie sich * * * bei uns', 'melden sie sich * * * * bei mir', 'melden sie sich * * * * bei uns',
		'meld dich bei mir', 'meld dich bei uns', 'meld dich * bei mir', 'meld dich * bei uns', 'meld dich * * bei mir', 'meld dich * * bei uns', 'meld dich * * * bei mir', 'meld dich * * * bei uns', 'meld dich * * * * bei mir', 'meld dich * * * * bei uns',
		'melde dich bei mir', 'melde dich bei uns', 'melde dich * bei mir', 'melde dich * bei uns', 'melde dich * * bei mir', 'melde dich * * bei uns', 'melde dich * * * bei mir', 'melde dich * * * bei uns', 'melde dich * * * * bei mir', 'melde dich * * * * bei uns',
		'echte menschen', 'echte mitarbeiter',
		// 'Leute' for people: "gibts hier auch echte Leute? dann bitte einen davon"
		'echte leute', 'echten leuten', 'echten leute',
		'ein mitarbeiter verfügbar', 'jemand verfügbar',
		// someone asked to call the user, the caller before: "Könnte Jonas mich bitte kurz anrufen?", "er soll mich heute noch anrufen"
		// a role of a place asked to call: "Kann mich ein Klavierstimmer aus eurem Netzwerk anrufen?"
		'kann mich ein * anrufen', 'kann mich eine * anrufen', 'kann mich ein * aus * * anrufen', 'kann mich eine * aus * * anrufen',
		'kann mich ein * von * * anrufen', 'kann mich eine * von * * anrufen', 'kann mich ein * aus * anrufen', 'kann mich eine * aus * anrufen',
		'mich anrufen', 'mich bitte anrufen', 'mich kurz anrufen', 'mich bitte kurz anrufen', 'mich heute anrufen', 'mich heute noch anrufen',
		'mich bitte heute noch anrufen', 'mich noch heute anrufen', 'mich sofort anrufen', 'mich bitte sofort anrufen', 'mich dringend anrufen',
		// once more: "kann Stefan mich nochmal anrufen?"
		'mich nochmal anrufen', 'mich noch mal anrufen', 'mich noch einmal anrufen', 'mich bitte nochmal anrufen', 'mich bitte noch mal anrufen',
		'mich nochmal zurückrufen', 'mich noch mal zurückrufen', 'mich wieder anrufen',
		'mich bitte dringend anrufen', 'mich umgehend anrufen', 'mich zeitnah anrufen', 'mich bitte zeitnah anrufen', 'mich gleich anrufen',
		// the person named before asked to call, by pronoun ('sie' of 'kann' is she, not the formal 'können Sie'): "Mein Berater ist Herr Yilmaz. Kann er mich bitte heute anrufen?"
		'kann er mich anrufen', 'kann er mich * anrufen', 'kann er mich * * anrufen', 'kann er mich * * * anrufen', 'kann sie mich anrufen', 'kann sie mich * anrufen', 'kann sie mich * * anrufen', 'kann sie mich * * * anrufen',
		'könnte er mich anrufen', 'könnte er mich * anrufen', 'könnte er mich * * anrufen', 'könnte sie mich anrufen', 'könnte sie mich * anrufen', 'könnte sie mich * * anrufen',
		'kann er mich zurückrufen', 'kann er mich * zurückrufen', 'kann er mich * * zurückrufen', 'kann sie mich zurückrufen', 'kann sie mich * zurückrufen', 'kann sie mich * * zurückrufen',
		// a visit wished, the verb last after 'dass': "ich will, dass jemand vorbeikommt"
		// spoken 'wen' for 'jemanden', sent out (not 'an wen … schicken', whom to send a thing to): "Könnts ihr wen vorbeischicken?"
		'wen vorbeischicken', 'wen rausschicken', 'wen vorbei schicken', 'wen raus schicken',
		'dass jemand vorbeikommt', 'dass jemand * vorbeikommt', 'dass jemand * * vorbeikommt', 'dass jemand vorbeischaut', 'dass jemand * vorbeischaut', 'dass jemand * * vorbeischaut',
		// the zu-infinitive after a plea, as in formal letters: "Ich bitte Sie, mich umgehend zurückzurufen", "bitte ich Sie, uns morgen anzurufen"
		'mich zurückzurufen', 'mich * zurückzurufen', 'mich * * zurückzurufen', 'uns zurückzurufen', 'uns * zurückzurufen', 'uns * * zurückzurufen',
		'mich anzurufen', 'mich * anzurufen', 'mich * * anzurufen', 'uns anzurufen', 'uns * anzurufen', 'uns * * anzurufen',
		'mich zu kontaktieren', 'mich * zu kontaktieren', 'mich * * zu kontaktieren', 'sich bei mir zu melden', 'sich * bei mir zu melden', 'sich * * bei mir zu melden',
		'uns anrufen', 'uns bitte anrufen', 'uns kurz anrufen', 'uns bitte kurz anrufen', 'uns heute noch anrufen', 'uns bitte heute noch anrufen',
	],
	exclusions: germanExclusions,
	negations: [
		'vergiss was ich', 'vergessen sie, was ich', 'vergiss, was ich',
		'brauche keinen',
		'brauche keine',
		'brauche kein',
		'brauchen keinen',
		'brauch keinen', 'brauch keine', 'brauch kein',
		'will nicht',
		'will keinen',
		'will keine',
		'möchte nicht',
		'moechte nicht',
		'möchte keinen',
		'möchte keine',
		'muss nicht',
		'ohne',
		'bitte nicht',
		// "bitte keinen Rückruf, ich schreibe lieber hier"
		'bitte keinen', 'bitte keine',
		'mit keiner', 'mit keinem', 'keiner person', 'mit niemandem', 'mit niemand',
	],
	wideNegations: [
		'kostet es etwas', 'kostet das etwas',
		'nicht nötig', 'nicht noetig', 'nicht notwendig', 'nicht erforderlich', 'kein bedarf', 'keinen bedarf',
		'nein danke',
	],
	negationsAfter: [
		"aus versehen", "versehentlich", "bitte ignorieren", "ignorier das",
		'beschweren',
		'nicht nötig', 'nicht noetig', 'nicht notwendig', 'nicht erforderlich', 'unnötig', 'hat sich erledigt',
		'schon erledigt',
		// the request noun first, its want verb inverted and denied after it: "Einen Rückruf brauche ich nicht mehr", "ein Gespräch mit einem Mitarbeiter wünsche ich ausdrücklich nicht"
		'brauche ich nicht', 'brauch ich nicht', 'brauchen wir nicht', 'möchte ich nicht', 'will ich nicht', 'wünsche ich nicht', 'wünsche ich ausdrücklich nicht', 'möchte ich ausdrücklich nicht'],
	breakers: ['aber', 'sondern', 'will', 'möchte', 'brauche', 'bitte'],
	bots: ['bot', 'bots', 'roboter', 'chatbot', 'chatbots', 'ki', 'maschine', 'maschinen', 'computer', 'automat', 'automaten'],
	antiBot: ['nicht gern', 'nicht gerne', 'hasse', 'keinen', 'kein', 'keine', 'nicht mit', 'statt', 'anstatt', 'anstelle', 'genug vom', 'genug von'],
	frustration: [
		'nutzlos',
		'sinnlos',
		'bringt nichts',
		'hilft nicht',
		'hilft mir nicht',
		// the bot, said of it: "der Bot versteht nichts"
		'versteht nichts', 'kann mir nicht helfen',
		'verstehst mich nicht',
		'versteht mich nicht',
		'unmöglich',
		'lächerlich',
		'zeitverschwendung',
		'blöd',
		'blöder',
		'dummer bot',
		'katastrophe',
		'frechheit',
		'nervt',
		'nervig',
		'furchtbar',
		'ich gebe auf',
		'es reicht',
	],
	stopwords: [
		// common words one edit from a grammar word ('immer' is no 'Imker', 'Stoff' no 'staff')
		'theke', 'therme', 'stoff', 'poster', 'hafen', 'halben', 'immer', 'hefte', 'gehen', 'hören', 'ruhen', 'leine',
		'stall', 'tresen',
		'leider', 'werden', 'werde', 'regen', 'leute', 'vertrag',
		'deutsch', 'englisch', 'später', 'morgen', 'heute', 'langsam', 'lauter', 'klartext', 'darüber', 'nochmal',
		'wieder', 'gleich',
		'telefon',
		// closing the chat: "ihr könnt den Chat schließen" (unknown, it read as a name after English 'chat')
		'schließen',
		// 'selbst' after English 'chat': "baut ihr den Support Chat selbst?"
		'selbst', 'selber',
		// shared with English, so that a short German line is not read as English on it: "ruft heute an"
		'an',
		'ich', 'nicht', 'der', 'die', 'das', 'und', 'ist', 'mit', 'ein', 'eine', 'einen', 'einem', 'bitte', 'möchte',
		'will',
		'kann', 'mein', 'meine', 'sie', 'du', 'wie', 'was', 'kein', 'keinen', 'brauche', 'sprechen', 'mir', 'auf', 'zu',
		'noch', 'hallo', 'danke', 'es', 'wir', 'ihr', 'den', 'dem', 'sich', 'auch', 'hat', 'habe', 'wo', 'warum',
		'gibt',
		'bei', 'für', 'von', 'vom', 'zum', 'zur', 'schon', 'oder', 'aber', 'unser', 'mich', 'wird',
	],
};
