/** German uses of a request word that are not a request. */
export const germanExclusions: string[] = [
	// a human body and its matter, not a person asked for: "ist das Mittel für den menschlichen Körper unbedenklich?"
	'menschlichen körper', 'menschliche körper', 'menschliche haut', 'menschlichen haut', 'menschliches haar', 'menschlichen haaren',
	// a board game's name: "gibts Mensch ärgere dich nicht online?"
	'mensch ärgere dich nicht',
	// going to a doctor or a vet, not talking to one here: "ich will zum Tierarzt", "ich muss zur Ärztin"
	'zum arzt', 'zur ärztin', 'zum tierarzt', 'zur tierärztin',
	// a product's recall (a callback asked for a time, "einen Rückruf für morgen", is no recall)
	'rückruf für das', 'rückruf für den', 'rückruf für die', 'rückruf für dieses', 'rückruf für diesen', 'rückruf für diese',
	'rückruf für mein', 'rückruf für meinen', 'rückruf für meine', 'rückrufaktion', 'rückruf des',
	// a product recall: "gibt es einen Rückruf für Modell X200?"
	'rückruf für modell', 'rückruf für model', 'rückruf für typ',
	// the performance, not the management: a known word, so it is never read as a typo of 'leitung'
	'mit der leistung',
	// a phone or water line with a fault, not the management: "Probleme mit der Leitung, bitte um Hilfe"
	'probleme mit der leitung', 'problem mit der leitung', 'ärger mit der leitung', 'was mit der leitung', 'störung mit der leitung',
	// an agent of someone else, or a feature called support or chat
	'agent im reisebüro', 'agentin im reisebüro', 'agent vom reisebüro', 'agent beim reisebüro', 'mein agent',
	'meine agentin', 'unser agent', 'unsere agentin',
	// an agent of some trade: "Unser Zoll-Agent in Shenzhen"
	'unser * agent', 'unsere * agentin', 'mein * agent', 'meine * agentin', 'zoll agent', 'fracht agent',
	'habt ihr einen support chat', 'haben sie einen support chat', 'gibt es einen support chat', 'habt ihr einen chat',
	'haben sie einen chat', 'gibt es einen chat', 'hat der * support', 'hat die * support', 'hat das * support',
	'wie viele agenten', 'wie viele mitarbeiter',
	'user agent',
	// software installed on machines, and a person in general ("ein Mensch allein kann das nicht")
	'agent fürs monitoring', 'monitoring agent', 'agent installieren', 'ein mensch allein',
	'gibt es support für', 'gibt es auch support für', 'habt ihr support für',
	'ki agent',
	'ki agenten',
	// a booking made through a travel agent: "hab über einen Agenten gebucht"
	'über einen agenten', 'über einen agent', 'über den agenten', 'über meinen agenten', 'über unseren agenten', 'beim agenten gebucht',
	'ai agent',
	'reise agent',
	'immobilien agent',
	'versicherungs agent',
	'menschlicher fehler',
	'menschliches versagen',
	'menschlichen fehler',
	'menschliche fehler',
	'bin berater',
	'bin * berater',
	'als berater',
	'bin agent',
	'bin * agent',
	'als agent',
	'support artikel',
	'support seite',
	'support dokumentation',
	'auch ein mensch',
	'ich bin ein echter mensch', 'ich bin ein mensch', 'ich bin eine echte person', 'sprechen später',
	'sprechen uns später',
	// the person already in the chat, described: "die Person im Chat ist einfach weg", "der Mitarbeiter im Chat hat aufgelegt"
	'person im chat ist', 'person im chat hat', 'mitarbeiter im chat ist', 'mitarbeiter im chat hat',
	'mitarbeiterin im chat ist', 'mitarbeiterin im chat hat',
	// an agent of another business: "seid ihr ein Agent von einem großen Buchmacher?"
	'agent von einem', 'agent von einer', 'agent eines', 'agent einer',
	// the user's own agent of another business: "der Agent von meiner Versicherung meint …"
	'agent von meiner', 'agent von meinem', 'agent meiner', 'agent meines', 'agentin von meiner', 'agentin von meinem', 'agentin meiner', 'agentin meines',
	// support as a thing or a time: a ticket already open, the end of support for a model ("mein Support-Ticket", "Support-Ende")
	'support ticket nr', 'mein support ticket', 'meine support ticketnummer', 'support ticketnummer', 'support ende', 'ende des supports', 'läuft der support',
	// support as a feature, a contract or a print material: "gibt's Support für Dark Mode?", "ist das im Support-Vertrag drin?", "druckt ihr mit löslichem Support?"
	'mit support für', 'schon support für', 'noch support für', 'gibts support für', 'support vertrag', 'löslichem support', 'support ticket', 'keinen support mehr',
	// a job in the customer service of another business, or one written about: "mein Onkel arbeitet im Kundendienst von einem Autohaus", "eine Hausarbeit über Chatbots im Kundendienst"
	'arbeitet im kundendienst', 'arbeitet selbst im kundendienst', 'arbeite im kundendienst', 'chatbots im kundendienst',
	// a letter's salutation, not a person urged on by the 'bitte' after its comma ('Herren' read as a typo of 'Herrn'): "Sehr geehrte Damen und Herren, bitte senden Sie mir …"
	'damen und herren', 'geehrtes service team', 'geehrtes support team', 'geehrtes kundenservice team', 'liebes service team', 'liebes support team', 'liebes kundenservice team',
	'hallo service team', 'hallo support team', 'hallo kundenservice team',
	// the chat read, not English 'chat' (talk): "Kann jemand vom Vertrieb den Chat morgen nachlesen?", "kann ein Berater den Chat mitlesen?"
	'chat nachlesen', 'chat * nachlesen', 'chat lesen', 'chat * lesen', 'chat mitlesen', 'chat * mitlesen',
];
