import type { Grammar } from './types';

/**
 * German request frames, targets and the frames that cancel them (see ../frames.ts). German puts the verb last
 * ("ich möchte mit Ihrem Vorgesetzten sprechen"), which the target-before-verb frame reads.
 */
export const germanGrammar: Grammar = {
	talkVerbs: [
		'sprechen mit', 'reden mit', 'sprechen', 'reden', 'chatten', 'verbinden sie mich mit',
		'verbinde mich mit', 'verbinden', 'stellen sie mich zu', 'stellen sie mich durch zu', 'stell mich zu',
		'leiten sie mich an', 'leite mich an', 'leiten sie mich zu', 'weiterleiten an', 'durchstellen', 'anrufen',
		'weiterleiten', 'antworten',
		'stellen sie mich zum', 'stellen sie mich zur', 'stell mich zum', 'stell mich durch zu',
		'erkläre es', 'erklären', 'weitergeben', 'bei mir melden',
		'weitergeleitet', 'durchgestellt',
		'anruft', 'mich anruft',
		'dazuholen', 'dazu holen',
	],
	wantVerbs: ['ich will', 'ich möchte', 'ich hätte gern', 'ich hätte gerne', 'ich brauche', 'bitte', 'ich bitte um', 'geben sie mir', 'gib mir',
		'ich brauch', 'ich bräuchte', 'ich hätt gern',
	],
	reachVerbs: ['erreichen', 'erreiche', 'kontaktieren', 'kontakt mit', 'in kontakt treten mit'],
	people: [
		'mensch', 'menschen', 'person', 'jemand', 'jemanden', 'jemandem', 'vorgesetzten', 'vorgesetzter', 'vorgesetzte',
		'chef', 'chefin', 'manager', 'filialleiter', 'leiter', 'verantwortlichen', 'zuständigen', 'mitarbeiter',
		'mitarbeiterin', 'angestellten', 'angestellter', 'berater', 'beraterin', 'ansprechpartner', 'ansprechpartnerin',
		'sachbearbeiter', 'agent', 'agenten', 'operator', 'vertrieb', 'buchhaltung', 'herrn', 'frau', 'kundenbetreuer',
		'servicemitarbeiter',
		'kundenberater', 'kollegen', 'kollegin', 'techniker',
		'vertreter', 'vertreterin',
	],
	departments: ['support', 'kundenservice', 'kundendienst', 'kundensupport', 'kundenbetreuung', 'hotline', 'kundenhotline',
		'an wen wende ich mich', 'an wen kann ich mich wenden',
	],
	fillers: [
		'einen', 'einem', 'einer', 'ein', 'eine', 'den', 'dem', 'der', 'die', 'das', 'ihrem', 'ihren', 'ihre', 'ihr', 'echten',
		'echter', 'echte', 'menschlichen', 'mit', 'zu', 'an', 'aus', 'von', 'vom', 'direkt', 'mal', 'kurz', 'richtigen',
		'nen', 'nem', 'ne',
		'deinen', 'deine', 'deinem', 'euren', 'eure', 'zum', 'zur',
		'lieber',
	],
	urgers: ['bitte', 'sofort', 'jetzt', 'für mich'],
	cancels: [
		'gesprochen', 'geredet', 'habe gestern',
		'bauen', 'erstellen', 'entwickeln', 'software', 'plattform', 'funktion', 'integration', 'integrieren', 'dashboard',
		'kostet', 'preis', 'tarif', 'sprachen', 'wann ist', 'öffnungszeiten', 'informationen über', 'automatisierung', 'tool',
		'ihr produkt', 'euer produkt', 'ihr bot', 'kann der bot', 'euer bot', 'dein bot', 'übergeben',
		'ist top', 'war super', 'war sehr', 'hatte schon', 'geholfen', 'hat mir',
		'der kunde', 'anfordern', 'offen an', 'geöffnet', 'hat mir schon', 'stelle als',
		'feiertagen',
		'kommt zurück',
		'meinen dank', 'waren super', 'ticketnummer',
		'schalte ich', 'ausschalten', 'deaktivieren', 'abschalten',
		'verdient',
		'danke fürs', 'prüft ein',
		'beendet',
		'wollte vorhin', 'schon gelöst',
		'arbeiten bei',
		'in der app',
	],
	identity: [
		'bist du ein', 'bist du eine', 'bist du mensch', 'sind sie ein', 'sind sie eine', 'sind sie mensch', 'rede ich mit',
		'spreche ich mit', 'chatte ich mit', 'schreibe ich mit', 'bot oder', 'oder ein bot', 'ist das ein bot',
		'ist das ein mensch',
		'bist du ne', 'eine ki', 'am anderen ende',
		'roboter oder', 'oder ein mensch', 'antwortet mir ein',
		'chatgpt oder', 'bist du chatgpt',
	],
};
