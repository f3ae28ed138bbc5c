import type { Grammar } from './types';
import { frenchCancels } from './cancels-fr';
import { frenchClauseLists } from './lists-fr';

/** French request frames and targets (see ../frames.ts); cancel frames in cancels-fr.ts, the clause checks' word lists in lists-fr.ts. */
export const frenchGrammar: Grammar = {
	talkVerbs: [
		// a request noun with 'avec', as 'rendez-vous avec': "organiser un appel vidéo avec un technicien", "un échange téléphonique avec quelqu'un du greffe"
		'appel vidéo avec', 'un appel avec',
		// a meeting at the branch, in chat spelling too: "jvoudrais un rdv en agence avec qqn"
		'un rdv avec', 'rdv en agence avec', 'rendez-vous en agence avec', 'un échange téléphonique avec', 'un entretien téléphonique avec', 'un échange avec', 'un rendez-vous téléphonique avec',
		// a formal noun request, as English 'a call from': "je demande un appel d'un conseiller"
		'un appel de', "un appel d'", 'être rappelé par', 'être rappelée par',
		// 'directement' inside the verb: "je souhaiterais échanger directement avec un conseiller"
		'échanger directement avec', 'discuter directement avec',
		// a time word inside it, as 'parler' past fillers: "je souhaite échanger aujourd'hui avec un responsable pédagogique"
		"échanger aujourd'hui avec", 'échanger maintenant avec',
		// put on the line with someone: "mettez moi en ligne avec le directeur de l'hotel"
		'mettez-moi en ligne avec', 'me mettre en ligne avec', 'mets-moi en ligne avec',
		'revenir vers moi',
		// Quebec French for talking, as 'parler': "y a-tu quelqu'un avec qui je peux jaser?"
		'jaser avec', 'jaser',
		// West African and familiar French for talking with someone: "je voudrais causer avec un humain de votre service export"
		'causer avec',
		// being in contact with someone, as 'en relation avec': "je voudrais être en contact avec mon chargé de clientèle"
		'être en contact avec',
		'pris en charge par', 'prise en charge par',
		'transféré vers', 'transférée vers', 'transféré à', 'transférée à', 'appelez', 'rendez-vous avec',
		'revoir mon', 'revoir ma', 'examiner mon', 'examiner ma', 'regarder mon', 'regarder ma',
		'parler à', 'parler au', 'parler avec', 'discuter avec', 'échanger avec', 'discuter', 'passez-moi',
		'passe-moi', 'me passer', 'mettez-moi en relation avec', 'mettre en relation avec', 'en relation avec',
		'transférez-moi à', 'transférez-moi vers', 'transférer vers', 'transfère-moi à', 'me transférer à',
		// 'au' and 'vers' as well as 'à', and connecting as transferring: "vous pouvez me connecter au support ?"
		'me transférer au', 'me transférer vers', 'me connecter au', 'me connecter à', 'me connecter avec', 'connectez-moi au', 'connectez-moi à', 'connectez-moi avec',
		'me rediriger vers', 'parler', 'parle',
		// handed back to someone the user talked with before: "Julie m'a aidée hier, vous pouvez me repasser à elle ?"
		'me repasser à', 'me repasser', 'repassez-moi', 'repasse-moi',
		'rappelé par', 'rappelée par', 'me rappeler',
		// a passive wish: "je souhaite être contacté par votre service juridique"
		'être contacté par', 'être contactée par', 'être recontacté par', 'être recontactée par', 'être appelé par', 'être appelée par',
		// "faites-moi rappeler par un technicien"
		'rappeler par',
		// a named contact to call back: "merci de faire rappeler Julien Mercier, notre chef de projet"
		'faire rappeler',
		// "je vous prie de me faire contacter par un responsable"
		'faire contacter', 'faire recontacter',
		'mis en contact avec', 'mise en contact avec', 'mis en relation avec', 'mise en relation avec',
		// 'directement' inside the connecting verb too: "pourriez-vous me mettre en relation directement avec le responsable du chantier ?"
		'mis en relation directement avec', 'mise en relation directement avec', 'mettre en relation directement avec', 'mis en contact directement avec', 'mise en contact directement avec', 'mettre en contact directement avec',
		'm\'appeler', 'me téléphoner',
		'l\'expliquer à', 'expliquer à', 'me contacte', 'me contactent',
		'parler d\'urgence à', 'parler d\'urgence avec',
		'peux appeler', 'puisse appeler',
		'me plaindre auprès d\'un', 'me plaindre auprès d\'une', 'me plaindre auprès du', 'me plaindre à',
		'remonter ma demande à', 'me rappelle',
		'être servi par', 'servi par', 'servie par',
		'faire venir', 'm\'appelle',
		'me prendre en charge', 'me prenne en charge', 'transmettre ma demande à', 'transmettez ma demande à',
		'transmettre mon dossier à', 'transmettez mon dossier à', 'transmettre ça à', 'transmettez ça à',
		'porter ça devant', 'porter ma plainte devant', 'remonter ça à', 'mettez-moi en contact avec',
		'me mettre en contact avec',
		"m'entretenir avec", "s'entretenir avec", 'un entretien avec',
		'me recontacter', 'me recontacte', 'me recontactent',
		'mettez-moi en lien avec', 'mets-moi en lien avec', 'me mettre en lien avec',
		// talking about it in person, by voice: "j'aimerais en parler de vive voix avec quelqu'un du studio"
		'en parler avec', 'en parler à', 'de vive voix avec', 'de vive voix à',
		'en parler directement avec', 'en parler directement à', 'parler directement avec', 'parler directement à',
		'en parler directement au', 'parler directement au', 'parler directement aux',
		// a call to the user's family, as 'm'appeler': "un médecin pourrait nous appeler ?"
		'nous appeler', 'nous rappeler', 'nous téléphoner',
	],
	wantVerbs: ['je veux', 'je voudrais', "j'en veux", "j'en voudrais", "j'aimerais", 'je souhaite', 'il me faut', 'donnez-moi', 'je préfère', 'je demande', 'je peux avoir', 'puis-je avoir', 'pourrais-je avoir',
		// chat spelling: "jpeux avoir qqn au tel ?"
		'jpeux avoir', 'jveux', 'jvoudrais', 'je pourrais avoir', 'on peut avoir',
		// the same asked as possible: "Est-ce possible d'avoir le gérant du practice en ligne ?"
		"est-ce possible d'avoir", "serait-il possible d'avoir", "est-il possible d'avoir",
		// asking the bot to ask someone, as English 'can you ask': "pourriez-vous demander à quelqu'un … de me contacter"
		'pourriez-vous demander à', 'pouvez-vous demander à', 'pourrais-tu demander à', 'peux-tu demander à', 'merci de demander à',
		// the same before 'le' and 'les', contracted: "merci de demander au notaire de me rappeler", "pouvez-vous demander aux moniteurs de me contacter ?"
		'pourriez-vous demander au', 'pouvez-vous demander au', 'pourrais-tu demander au', 'peux-tu demander au', 'merci de demander au',
		'pourriez-vous demander aux', 'pouvez-vous demander aux', 'merci de demander aux',
		'je veux que', 'je voudrais que', "j'aimerais que", 'il faut que',
		// the same wish of a couple or family, its callback read in the clause after (../wishedCallers.ts): "nous souhaiterions que le père Martin nous rappelle"
		'nous voulons que', 'nous voudrions que', 'nous souhaitons que', 'nous souhaiterions que', 'nous aimerions que',
		"nous voulons qu'", "nous voudrions qu'", "nous souhaitons qu'", "nous souhaiterions qu'", "nous aimerions qu'",
		'envoyez-moi',
		"je veux qu'", "je voudrais qu'", "j'aimerais qu'", "il faut qu'",
		// a need or a conditional 'il faut' that someone do it: "il faudrait que quelqu'un vienne", "j'ai besoin qu'un mécanicien passe"
		'il faudrait que', "il faudrait qu'", "j'ai besoin que", "j'ai besoin qu'",
		// chat drops the 'il', and a formal demand: "faudrait qu'un électricien regarde le disjoncteur", "je demande que le syndic me rappelle"
		'faut que', "faut qu'", 'faudrait que', "faudrait qu'", 'je demande que', "je demande qu'",
		// asked as possible in the conditional (a present 'est-il possible que' asks what happened), the caller named: "Serait-il possible que Karim me rappelle ?"
		'serait-il possible que', "serait-il possible qu'",
		// asked of the company: "pouvez-vous faire en sorte que quelqu'un l'appelle ?"
		'faire en sorte que', "faire en sorte qu'",
		// a demand: "j'exige d'avoir un responsable du service litiges au bout du fil"
		"j'exige", "j'exige d'avoir", "j'exige que", "j'exige qu'",
		// a need of someone, as English 'I need': "j'ai besoin d'un technicien à domicile demain"
		"j'ai besoin d'", "j'aurais besoin d'", "on a besoin d'", "nous avons besoin d'", "nous aurions besoin d'",
		// the need still there, 'quand même', 'toujours' or 'encore' inside; after a take-back and 'mais' it goes on asking: "passez-moi un agent. ah c'est bon, mais j'ai toujours besoin d'aide pour la résiliation"
		"j'ai quand même besoin d'", "j'ai toujours besoin d'", "j'ai encore besoin d'",
	],
	reachVerbs: ['joindre', 'contacter', 'entrer en contact avec', 'rentrer en contact avec', 'avoir au téléphone', 'contactez', 'contacte'],
	people: [
		// un métier qu'on envoie ou qu'on fait venir : "vous pouvez m'envoyer un plombier ?", "que l'électricien revienne"
		'plombier', 'plombiers', 'électricien', 'électriciens', 'serrurier', 'vitrier', 'chauffagiste', 'techniciens',
		// a repairer of the company asked to come: "un réparateur peut venir ?"
		'réparateur', 'réparatrice',
		// business roles asked for by name: "me mettre en contact avec notre consultante", "parler à un développeur"
		'consultant', 'consultante', 'développeur', 'développeuse',
		// a candidate's recruiter: "est-ce que la chargée de recrutement peut me rappeler ?"
		'chargé de recrutement', 'chargée de recrutement', 'responsable du recrutement', 'responsable recrutement',
		// a doctor a patient asks for: "un médecin au téléphone svp"
		'médecin', 'docteur',
		// a nurse, and the craftsman of a watch shop: "une infirmière pourrait nous appeler ?", "en parler avec l'horloger"
		'infirmière', 'infirmier', 'horloger', 'horlogère',
		// care and health trades asked to call: "qu'une opticienne rappelle", "que la sage-femme rappelle", "prévenir le pédiatre de garde"
		'opticien', 'opticienne', 'sage-femme', 'pédiatre', 'ostéopathe',
		// 'maître' as a person asked for: a marina's harbour master, a teacher, a lawyer's or notary's title ("je voudrais parler au maître de port",
		// "parler à Maître Dubois"); the trades it names are excluded (fr.ts)
		'maître', 'capitaine de port', 'capitaine du port',
		'qqn',
		// someone of the team, as 'quelqu'un du service': "svp qqn de l'équipe rapidement"
		"qqn de l'équipe", "quelqu'un de l'équipe", "qqn de votre équipe", "quelqu'un de votre équipe",
		// chat spellings of quelqu'un: "jveu parlé a kelkun du support"
		'kelkun', 'qqun', 'quelquun',
		'personne', 'humain', 'être humain', "quelqu'un", 'responsable', 'manager', 'gérant', 'gérante', 'superviseur',
		'supérieur', 'chef', 'conseiller', 'conseillère', 'agent', 'opérateur', 'opératrice', 'employé', 'employée',
		'interlocuteur', 'service commercial', 'commercial', 'comptabilité', 'facturation', 'madame', 'monsieur',
		'vraie personne',
		'représentant', 'représentante',
		'directeur', 'directrice',
		'membre du personnel', 'membre de votre équipe', "membre de l'équipe",
		'technicien', 'technicienne',
		// who runs a service's rounds or a site, as en 'coordinator': "passez-moi le coordinateur"
		'coordinateur', 'coordinatrice', 'responsable de site',
		'chargé de clientèle', 'chargée de clientèle', 'chargé de compte', 'chargée de compte', 'chargé de dossier',
		'chargée de dossier', 'gestionnaire de compte',
		'collaborateur', 'collaboratrice', 'bailleur',
		// the user's manager at an agency or an insurer, titles: "mon gestionnaire de sinistre", "Mme Lambert, la gestionnaire"
		// an expert of the business a customer asks for: "parler à un juriste", "un nutritionniste avec qui échanger"
		'juriste', 'nutritionniste', 'diététicien', 'diététicienne',
		// a wine shop's expert: "j'aimerais échanger avec un sommelier pour choisir les vins"
		'sommelier', 'sommelière', 'caviste',
		// a clinic's surgeon: "je souhaiterais m'entretenir avec le chirurgien"
		'chirurgien', 'chirurgienne',
		'gestionnaire', 'mon gestionnaire', 'ma gestionnaire', 'gestionnaire de sinistre', 'gestionnaire de sinistres', 'mme', 'mlle',
		// un professionnel par son métier : "je voudrais parler au vétérinaire", "l'avocat peut me rappeler ?"
		'dentiste', 'vétérinaire', 'avocat', 'avocate', 'notaire', 'comptable', 'pharmacien', 'pharmacienne', 'architecte', 'orthophoniste', 'kiné', 'apiculteur',
		// qui vend, loue ou enseigne : "la vendeuse peut me rappeler", "échanger avec le professeur principal"
		'vendeur', 'vendeuse', 'professeur', 'professeure', 'prof', 'enseignant', 'enseignante', 'tuteur', 'tutrice', 'formateur', 'formatrice', 'responsable pédagogique',
		// qui est envoyé chez le client : "vous pouvez m'envoyer un dépanneur ?", "qu'un mécanicien passe"
		'mécanicien', 'mécanicienne', 'dépanneur', 'dépanneuse',
		// a building's caretaker asked to come, a fitter sent again: "j'aimerais que le gardien passe voir la porte", "renvoyez un monteur"
		'gardien', 'gardienne', 'concierge', 'monteur', 'monteuse',
		// a business customer's banker: "mettez moi en contact avec mon chargé d'affaires"
		"chargé d'affaires", "chargée d'affaires",
		// more trades asked to come or to call back, and the chat word for the vet: "envoyez le véto pour la jument", "qu'un jardinier passe", "que l'expert me rappelle"
		'véto', 'jardinier', 'jardinière', 'expert', 'experte', 'secrétaire', 'audioprothésiste',
	],
	departments: [
		'support', 'support technique', 'assistance', 'assistance technique', 'service client', 'service clients',
		// the technical service a customer is put through to: "me transférer au service technique"
		'service technique',
		'sav',
		// a front desk: "mettez-moi en contact avec l'accueil"
		'accueil',
		// an office, not a person: "me transférer au secrétariat du cabinet", "en contact avec la scolarité", "comment joindre le syndic ?"
		'secrétariat', 'scolarité', 'syndic',
		'service après vente', 'hotline',
		'service consommateurs',
		'qui dois-je contacter', 'qui contacter',
		'service contentieux', 'service des impôts', 'service juridique', 'service réclamations', 'service des réclamations',
		'service des réservations', 'service de réservation',
		'service comptabilité', 'service de comptabilité', 'service facturation', 'service de facturation',
		// an insurer's claims department: "mettez-moi en contact avec le service sinistres"
		'service sinistres', 'service sinistre', 'service des sinistres', 'service indemnisation', 'service indemnisations', 'gestion des sinistres',
	],
	fillers: ['un', 'une', 'le', 'la', 'les', 'l', 'au', 'aux', 'votre', 'vos', 'vrai', 'vraie', 'son', 'sa', 'de', 'du', 'des', 'd', 'à', 'a', 'directement', 'humain', 'équipe', 'svp',
		// the user's own contact at the business: "parler à mon chargé de clientèle", "en contact avec ma gestionnaire"
		'mon', 'ma',
		// a time word between the verb and its 'avec': "parler aujourd'hui avec un conseiller", "discuter maintenant avec un technicien"
		'aujourd', 'hui', 'maintenant',
	],
	// "acerca de", "au sujet de", "juu ya": the first word that is the topic word alone.
	topics: ['sur', 'sujet', 'concernant', 'propos', 'pour'],
	elidedSubjects: ['j'],
	infinitives: ['pour'],
	notAlone: ['mme', 'mlle', 'comptabilité', 'facturation', 'commercial', 'madame', 'monsieur', 'personne'],
	conjunctions: ['et'],
	ones: ['un', 'une'],
	conditionals: ['si'],
	// 'encore', 'à nouveau': the same failure again, still to come ("si ça rejette encore")
	futures: ['demain', 'prochaine', 'prochain', 'encore', 'à nouveau', 'de nouveau'],
	aheadDays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
	courtesies: ['êtes dispo', 'es dispo', 'êtes disponible', 'es disponible', 'êtes disponibles', 'le temps', 'du temps', 'vous pouvez', 'tu peux', 'possible'],
	later: ['pourrai', 'pourrais', 'pourra', 'ensuite', 'après', 'plus tard'],
	// someone else typed the quoted request, or the bot is to ignore it (see ../quotes.ts)
	disowns: ['a tapé', 'a écrit', 'ignorez', 'ignore'],
	// a request taken back by a later clause that ends with one (see ../marks.ts)
	// "quelqu'un peut me rappeler ? ah non c'est bon, j'ai trouvé…"; 'ah non' opening the sentence after a request, the user
	// caught themself ("un humain peut me donner l'adresse ? ah non c'est bon je l'ai trouvée")
	takeBacks: ['laisse tomber', 'laissez tomber', 'oubliez', 'oublie', 'j ai trouvé', 'c est réglé', 'non c est bon', 'ah c est bon', 'ok c est bon', 'ah non', 'ah non c est bon', 'je l ai trouvé', 'je l ai trouvée',
		// "mettez-moi avec un conseiller... ah attendez, le mail vient d'arriver"
		'ah attendez', 'ah attends', 'oh attendez', 'oh attends'],
	contrasts: ['mais'],
	abbreviations: ['m', 'mme', 'mlle', 'dr'],
	firstPersons: ['je', 'j'],
	complementisers: ['que', 'qu'],
	declines: ['non', 'nan', 'laisse tomber', 'oublie', 'non merci', 'pas besoin', 'non laissez', 'laissez tomber', 'oubliez'],
	// a "wait"/"actually" word next to a decline opens a correction (see ../corrections.ts)
	selfCorrections: ['attendez', 'attends'],
	// 'rapidement', 'au plus vite': a person wanted soon ("svp qqn de l'équipe rapidement"); an order wanted soon has no person before it
	urgers: ['svp', 's il vous plait', 's il te plait', 'vite', 'maintenant', 'pour moi', 'tout de suite', 'rapidement', 'au plus vite',
		// a person wanted on the phone, as English 'on the line': "un conseiller au téléphone svp"
		'au téléphone', 'au tel', 'au tél',
	],
	cancels: frenchCancels,
	...frenchClauseLists,
};
