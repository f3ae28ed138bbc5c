import type { Grammar } from './types';

/** Danish request frames, targets and the frames that cancel them (see ../frames.ts). */
export const danishGrammar: Grammar = {
	talkVerbs: [
		'tale med', 'snakke med', 'skrive med', 'chatte med', 'stil mig om til', 'stille mig om til', 'stil mig videre til',
		'stille mig videre til', 'sæt mig i forbindelse med', 'i forbindelse med', 'forbind mig med', 'forbind mig til',
		'overfør mig til', 'viderestil mig til', 'tale', 'snakke',
		'sende mig videre til', 'send mig videre til',
		'forklare det til', 'forklare til',
		'stilles om til', 'stillet om til', 'overfør til', 'overfør mig',
		'klage til',
	],
	wantVerbs: ['jeg vil have', 'jeg vil gerne have', 'jeg skal have', 'jeg har brug for', 'giv mig', 'må jeg få', 'kan jeg få', 'jeg skal bruge',
		'hent', 'hent mig',
	],
	reachVerbs: ['få fat i', 'fat i', 'kontakte', 'kontakt med', 'komme i kontakt med', 'ringe til', 'få kontakt med'],
	people: [
		'menneske', 'mennesker', 'person', 'nogen', 'leder', 'chef', 'overordnede', 'overordnet', 'medarbejder', 'medarbejderen', 'ansat',
		'rådgiver', 'agent', 'operatør', 'salgsafdelingen', 'salg', 'regnskab', 'regnskabet', 'bogholderiet',
		'rigtig person',
		'kollega', 'tekniker',
		'repræsentant', 'inkasso',
		'ansvarlig', 'ansvarlige', 'hvem som helst',
	],
	departments: ['support', 'supporten', 'kundeservice', 'kundeservicen', 'kundesupport', 'hotline', 'kundecenter', 'kundecenteret', 'supportlinje', 'supportlinjen',
		'hvem skal jeg kontakte', 'hvem kontakter jeg',
	],
	fillers: ['en', 'et', 'den', 'det', 'din', 'dit', 'jeres', 'rigtig', 'rigtigt', 'ægte', 'fra', 'i', 'til', 'lige', 'direkte'],
	urgers: ['tak', 'nu', 'hurtigt', 'for mig'],
	cancels: [
		'talte med', 'snakkede med', 'har talt med',
		'bygge', 'lave en', 'udvikle', 'software', 'supportsoftware', 'platform', 'platformen', 'funktion', 'integration',
		'integrere', 'dashboard', 'koster', 'pris', 'abonnement', 'sprog', 'åbningstider', 'automatisering', 'værktøj',
		'produkt', 'jeres bot', 'botten kan', 'supportaftalen',
		'er super', 'var super', 'allerede haft', 'åbent', 'hjalp',
		'kunden bede', 'har allerede hjulpet', 'hjulpet', 'stillingen',
		'kommer retur',
		'tjekker et', 'tjekker en',
		'slut',
	],
	identity: [
		'snakker jeg med', 'er det et rigtigt menneske',
		'er du et', 'er du en', 'er du menneske', 'taler jeg med', 'skriver jeg med', 'chatter jeg med', 'bot eller',
		'eller et menneske', 'er det en bot', 'er det et menneske',
		'svarer der en', 'i den anden ende',
	],
};
