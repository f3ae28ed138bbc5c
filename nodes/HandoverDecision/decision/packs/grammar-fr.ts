import type { Grammar } from './types';

/** French request frames, targets and the frames that cancel them (see ../frames.ts). */
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
		'jaser avec',
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
		// a call to the user's family, as 'm'appeler': "un médecin pourrait nous appeler ?"
		'nous appeler', 'nous rappeler', 'nous téléphoner',
	],
	wantVerbs: ['je veux', 'je voudrais', "j'en veux", "j'en voudrais", "j'aimerais", 'je souhaite', 'il me faut', 'donnez-moi', 'je préfère', 'je demande', 'je peux avoir', 'puis-je avoir', 'pourrais-je avoir',
		// chat spelling: "jpeux avoir qqn au tel ?"
		'jpeux avoir', 'jveux', 'jvoudrais', 'je pourrais avoir', 'on peut avoir',
		// asking the bot to ask someone, as English 'can you ask': "pourriez-vous demander à quelqu'un … de me contacter"
		'pourriez-vous demander à', 'pouvez-vous demander à', 'pourrais-tu demander à', 'peux-tu demander à', 'merci de demander à',
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
		// asked of the company: "pouvez-vous faire en sorte que quelqu'un l'appelle ?"
		'faire en sorte que', "faire en sorte qu'",
		// a demand: "j'exige d'avoir un responsable du service litiges au bout du fil"
		"j'exige", "j'exige d'avoir", "j'exige que", "j'exige qu'",
		// a need of someone, as English 'I need': "j'ai besoin d'un technicien à domicile demain"
		"j'ai besoin d'", "j'aurais besoin d'", "on a besoin d'", "nous avons besoin d'", "nous aurions besoin d'",
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
	cancels: [
		// the business's bot compared by a user building their own: "Le vôtre passe la main à un agent humain, vous utilisez quel outil ?"
		'le vôtre', 'la vôtre', 'développons', 'développez',
		// the user's own customers asking, in a condition: "il doit transférer vers un humain si le client le demande"
		'si le client', 'si un client', 'quand le client', 'quand un client',
		// what the business's assistant or app can do, asked: "votre assistant virtuel peut-il transférer vers un conseiller ?", "votre appli a un chat avec un conseiller ?"
		'assistant virtuel peut', 'assistant virtuel peut-il', 'assistant peut-il', 'chatbot peut-il', 'bot peut-il', 'a un chat avec', 'chatbot propose', 'bot propose',
		// a visit to a branch planned by the user or someone close: "ma femme passe en agence pour régler ça avec un conseiller"
		'passe en agence', 'passera en agence', 'passerai en agence',
		// a charge a member of staff made, reported: "l'agent d'escale m'a fait payer 65€"
		"m'a fait payer", "nous a fait payer",
		// a call or message received, a report as 'eu un appel': "j'ai reçu un appel d'un conseiller ce matin"
		'reçu un appel', 'reçu un * appel', 'reçu un coup de fil', 'eu un coup de fil', 'reçu un message',
		// a request noun had, a report: "j'ai eu un rendez-vous téléphonique avec une conseillère"
		'eu un appel', 'eu un rendez-vous', 'eu un échange', 'eu un entretien',
		// a feature of an app asked about, its purpose the request: "Est-ce qu'il y a une fonctionnalité, pour parler à un conseiller depuis l'appli ?"
		'une fonctionnalité', 'la fonctionnalité',
		// what a former adviser had said, reported: "mon ancienne conseillère m'avait dit que …"
		"m'avait dit", "m'avaient dit", "nous avait dit", "nous avaient dit",
		// a request maybe wanted later, a plan, not asked now: "peut-être que plus tard je voudrai parler à quelqu'un…, mais là juste…"
		'peut-être que plus tard', 'plus tard je voudrai', 'plus tard je voudrais', "plus tard j'aimerais", 'peut-être plus tard je',
		// not 'plus tard peut-être' alone: "quelqu'un pourrait me rappeler plus tard peut-être ?" asks now for a call later
		// the user's own chatbot with a handover, built: "je monte un chatbot pour ma compagnie avec transfert vers un agent"
		'monte un chatbot', 'monte un bot', 'monter un chatbot', 'monter un bot', 'avec transfert vers', 'avec transfert à',
		// someone else's request, reported, is read by ../othersPastAsks.ts: "une amie a demandé un conseiller sur votre chat"
		// the bot's maker blamed, not asked for: "l'humain qui a codé ce truc devrait avoir honte"
		'qui a codé', 'qui ont codé', 'qui a programmé', 'qui ont programmé', 'qui a conçu', 'qui ont conçu', 'avoir honte',
		// a request nearly made: "j'ai failli demander à parler à quelqu'un, mais …"
		'ai failli', 'avais failli', 'allais demander',
		// what a member of staff did, reported: "l'agent du vestiaire m'a rendu un manteau"
		"m'a rendu", "m'a rendue", "nous a rendu",
		// advice a staff member gave before, reported: "Le conseiller en boutique m'a recommandé un Chinon"
		"m'a recommandé", "m'a recommandée", "m'avait recommandé", "m'ont recommandé",
		// the user's own chatbot, a business comparing tools: "mon chatbot renvoie vers un humain quand il bloque"
		'mon chatbot', 'notre chatbot', 'mon bot', 'notre bot',
		// a request asked about in reported speech: "the bot asked if i wanted to speak to an agent, i didn't"
		'demandé si je voulais', 'demandait si je voulais',
		// what the user will do later, a threat, not a request now: "j'irai voir un conseiller en agence"
		"j'irai voir", "j'irai parler", "j'irai me plaindre", "j'irai demander",
		'une fonction', 'fonction pour', 'quels horaires', 'horaires du', 'travaillent-ils', 'travaillent-elles', 'travaillent le', 'configurer',
		'inclus dans',
		'comprend-elle', 'comprend il',
		'prix de', 'quel prix', 'l\'offre avec', 'offre avec', 'offre qui', 'ferme à', 'ferme quand', 'fermez',
		'ferme le', 'ferme les', 'au poste', 'poste de', 'le poste',
		'vous proposez', 'proposez',
		'mes clients', 'payant', 'faut payer', 'depuis chez', 'j\'ai attendu',
		'commission', 'je demande à mon', 'était top',
		'appel manqué', 's\'il manque', 'en cas de problème',
		'avis sur', 'laisser un avis', 'noter', 'étoiles', 'mérite', 'féliciter', 'week-end', 'signe à la livraison', 'signer à la livraison', 'signe pour le colis', 'signer pour le colis', 'signer le bon',
		'remerciements',
		'ma mère',
		'devenir', 'travailler comme', 'travailler chez',
		// what the business's bot can do, asked, not a complaint about it ("votre chatbot me renvoie toujours la même page")
		'chatbot peut', 'chatbot sait', 'chatbot permet', 'chatbot est-il', 'chatbot transfère', 'votre chatbot utilise', 'votre chatbot fonctionne', 'm\'a déjà répondu',
		'm\'a déjà appelé', 'm\'a déjà rappelé', 'nos agents', 'nos conseillers', 'notre équipe', 'j\'adore',
		'je travaille', 'inclut', 'le transfert',
		"j'ai parlé", 'ai parlé', 'ai causé', 'à personne',
		// someone else's talk, reported in the perfect: "ma femme a parlé à quelqu'un à l'accueil ce matin"
		// (by its subject, as 'a tapé': "je veux parler à la personne qui a parlé à ma femme" asks)
		'il a parlé', 'elle a parlé', 'ils ont parlé', 'elles ont parlé', 'mari a parlé', 'femme a parlé', 'fils a parlé', 'fille a parlé',
		'mère a parlé', 'père a parlé', 'collègue a parlé', 'parents ont parlé', 'il a déjà parlé', 'elle a déjà parlé', 'mari a déjà parlé', 'femme a déjà parlé',
		'créer', 'construire', 'développer', 'logiciel', 'plateforme', 'permet',
		'tableau de bord', 'coûte', 'combien', 'parlez-moi de',
		// the languages a bot or staff speak, asked about (not "le directeur de l'école de langues"): "vos conseillers parlent quelles langues ?"
		'quelles langues', 'combien de langues', 'autres langues', 'plusieurs langues', 'langues parlées', 'langues disponibles',
		'informations sur', 'votre produit', 'votre bot', 'le bot peut',
		'est top', 'était super', 'était très', 'a été très', 'adorable', 'adorables', 'déjà eu', "j'ai eu", 'développe', 'à quelle heure',
		'a dit', "d'hier",
		// a past explanation or promise, reported: "ma conseillère m'a expliqué que…", "une conseillère m'a promis un geste"
		"m'a expliqué", "m'ont expliqué", "m'a promis", "m'ont promis", "nous a promis", "nous a expliqué",
		// how the handover works, asked about: "quand le bot transfère vers un conseiller, c'est par téléphone?"
		'le bot transfère', 'le chatbot transfère', 'le robot transfère', 'le bot vous transfère', 'reste dans le chat',
		'intéressé par', 'm\'a déjà aidé', 'est déjà passé', 'est ouvert', 'au client de',
		'revient en erreur',
		'remerciez', 'ils étaient super', 'numéro de mon ticket',
		'désactiver',
		'vérifie les', 'qui est l\'interlocuteur',
		'est terminé',
		'ça me rappelle',
		'déjà réglé', 'm\'a donné',
		// something the user was sent, a report: "ma conseillère de l'agence m'a déjà envoyé le planning"
		'm\'a envoyé', 'm\'a déjà envoyé', 'm\'a transmis', 'm\'a déjà transmis',
		'sur l\'appli', 'dans l\'appli',
		'mes agents', 'mes conseillers', 'mes employés', 'prise en main', 'offre de base', "dans l'offre",
		'quelle est la différence', 'quelle différence', "offre d'emploi", 'recrutez', 'en recrutement', 'du recrutement en ce moment', 'campagne de recrutement', 'recrutement en cours', 'stagiaires',
		'postuler', 'postule', 'métier de', 'un job de', 'un emploi de', 'un poste de',
		// someone else's request, quoted: mon mari a tapé "conseiller"
		// ('a tapé' alone would be English 'a tape')
		'il a tapé', 'elle a tapé', 'qui a tapé', 'mari a tapé', 'femme a tapé', 'fils a tapé', 'fille a tapé', 'mère a tapé',
		'père a tapé', 'collègue a tapé', 'a écrit',
		'a raccroché', 'ont raccroché', 'patiente', 'très patient', 'disait', 'a réglé', 'a résolu',
		// a fix reported done: "le conseiller a corrigé ma case, vous pouvez clôturer"
		'a corrigé', 'ont corrigé', 'a rectifié', 'ont rectifié',
		// someone else's call with a person, reported: "ma femme a eu une conseillère au téléphone hier"
		'a eu une conseillère', 'a eu un conseiller', 'a eu un agent', "a eu quelqu'un", 'ai eu une conseillère', 'ai eu un conseiller',
		'ai eu un agent', "ai eu quelqu'un",
		'prend-il le relais',
		// what someone else's assistant does: "il passe la main à un humain quand il bloque ?"
		'il passe la main', 'elle passe la main', 'chatbot passe la main', 'bot passe la main', 'robot passe la main', 'assistant passe la main', 'passe-t-il la main', 'sait passer la main', 'savent passer la main', 'sait-il passer la main', 'quel outil', 'dédié', 'dédiée', 'continuez comme ça',
		'je vais appeler', 'vais appeler', "m'a demandé de", "m'a demandé d'", "m'ont demandé de", 'a traité',
		'dernier chat', 'retomber sur',
		'la prochaine fois', 'attribuée à', 'attribué à', 'a coupé',
		'je voulais demander',
		"s'affiche", 'affiché', 'ça veut dire', 'que veut dire', 'que signifie',
		// a request for later, one given up, or one no longer needed: "je demanderai un conseiller", "j'allais demander…"
		// the answer found on the page, the request given up: "je voulais un conseiller … mais en fait la fiche produit répond à tout"
		'répond à tout', 'répond à toutes mes questions', 'répond à ma question', 'a répondu à ma question', 'a répondu à mes questions', 'répondu à tout',
		// a request made before and no longer standing: "j'avais demandé qu'on me rappelle, mais finalement j'ai trouvé"
		"j'avais demandé", 'nous avions demandé',
		// an attempt to reach someone, told: "j'ai essayé de joindre mon conseiller mais il était en congé"
		"j'ai essayé de joindre", "j'ai essayé d'appeler", "j'ai essayé de contacter", "j'ai tenté de joindre", "j'ai tenté d'appeler", "j'ai tenté de contacter",
		// a contact already had, told: "conseiller déjà rappelé", "j'ai déjà été mis en relation avec le service des remboursements"
		'déjà rappelé', 'déjà rappelée', 'déjà été mis en relation', 'déjà été mise en relation', "j'ai été mis en relation", "j'ai été mise en relation", 'déjà été transféré', 'déjà été transférée',
		// the answer found after all: "mon fils voulait parler à quelqu'un du club mais finalement il a trouvé la réponse"
		'finalement il a trouvé', 'finalement elle a trouvé', "finalement j'ai trouvé",
		// a contact allowed if needed, not asked: "vous pouvez m'appeler au 06 … si besoin, mais je préfère un courriel"
		'si besoin', 'au besoin', 'si nécessaire',
		// the user's own appointment, already made: "j'ai rendez-vous avec mon conseiller jeudi, quels documents apporter ?"
		"j'ai rendez-vous avec", "j'ai un rendez-vous avec", "j'ai rdv avec", "jai rdv avec", "j'ai un rdv avec", 'on a rendez-vous avec', 'nous avons rendez-vous avec',
		// a question about the user's own step, either-or: "… ou faut demander à un agent à bord ?", "… ou je dois appeler le service client ?"
		'ou faut demander', 'ou il faut demander', 'faut-il demander', 'dois-je demander', 'ou je dois demander', 'ou je dois appeler', 'dois-je appeler', 'faut-il appeler', 'ou faut appeler', 'ou il faut appeler',
		// the bot compared with a person: "t'es presque plus efficace qu'un conseiller humain"
		"plus efficace qu'", 'plus efficace que', "plus rapide qu'", 'plus rapide que', "mieux qu'un", "mieux qu'une", "aussi bien qu'un", "aussi bien qu'une",
		'je demanderai', "j'exigerai", 'je vais exiger', "j'appellerai", 'je contacterai', 'je rappellerai', "j'allais demander", "mais c'est bon", "c'est bon j'ai trouvé",
	],
	callbacks: ['revenir vers moi'],
	imperatives: ['passez', 'passe', 'transférez', 'transfère', 'connectez', 'mettez', 'mets'],
	subjects: ['il', 'elle', 'ils', 'elles', 'on', 'peut', 'pourrait', 'allait', 'voulait'],
	relatives: ['qui'],
	promises: ['doit', 'va', 'vont', 'devait', 'rappellera', 'recontactera', 'reviendra'],
	identity: [
		// "suis-je en train d'échanger avec une personne ou avec un programme ?"
		"en train d'échanger avec", 'en train de discuter avec', 'en train de chatter avec', 'ou avec un programme', 'ou un programme',
		'est-ce que je parle à', 'je parle à une vraie', 'je parle à un humain',
		'êtes-vous un', 'êtes-vous une', 'êtes-vous humain', 'tu es un', 'tu es une', 'es-tu un', 'es-tu une',
		'es-tu humain',
		'je parle à un robot', 'je parle avec un robot', 'je parle à un bot', 'robot ou à un humain', 'robot ou humain',
		'humain ou robot', 'bot ou humain', "c'est un bot", "c'est un robot", 'vous êtes un robot', 'vous êtes un bot',
		'je parle à une machine', "c'est une ia", 'qui me répond', 'derrière ce chat',
		'vous êtes humain', 'tu es humain',
		// "Vous êtes une vraie personne ou c'est un programme qui répond ?"
		'vous êtes une vraie personne', 'tu es une vraie personne', "ou c'est un programme", 'un programme qui répond',
		'bot ou une', 'bot ou un',
		'es chatgpt', 'êtes-vous chatgpt', 'chatgpt ou',
		'se cache derrière', 'derrière ces réponses', 'derrière le chat', "ou c'est automatique",
		"c'est une vraie personne", "c'est un humain", "c'est un vrai humain", 'personne qui écrit', 'humain qui écrit',
		"t'es un", "t'es une", "t'es humain", 'géré par un humain', 'gérée par un humain', 'ou par une intelligence artificielle',
		'ou une intelligence artificielle',
		// who the user is talking with now, asked: "je suis en train de parler avec un conseiller ou avec un programme ?"
		'en train de parler avec', 'en train de parler à', 'je parle avec un humain', 'je parle avec une vraie',
	],
	// a one-word person request after one is a person talked about: see ../referents.ts
	determiners: ['le', 'la', 'les', 'l', 'des', 'votre', 'vos', 'notre', 'son', 'sa', 'mon', 'ma'],
	// before a "that" and a person, what follows is passed on: see ../reports.ts
	reports: ['dit', 'disant', 'disait', 'promis', 'écrit', 'annoncé', 'expliqué', 'indiqué', 'prévenu', 'courrier', 'message', 'mail'],
	// a quote these stand next to is someone's or something's words, and another's typing or shouting of it: see ../quotes.ts
	quoteSources: ['marqué', 'affiche', 'affichait', 'panneau', 'phrase', 'bouton', 'tapé', 'tapait', 'criait', 'crié', 'criaient', 'hurlait', 'hurlé'],
	// a person word right after one is a quality, no request by itself: see ../referents.ts
	degrees: ['très', 'plus', 'si', 'trop', 'tellement', 'moins', 'vraiment'],
	// a word of these forms, or a title and a name, in a talk verb's slot is a person: see ../roleTargets.ts
	roleForms: ['*eur', '*euse', '*rice', '*iste', '*ologue'],
	roleLookalikes: ['répondeur', 'serveur', 'moteur', 'ascenseur', 'chargeur', 'ordinateur', 'imprimante', 'routeur', 'compteur', 'radiateur', 'congélateur', 'réfrigérateur', 'aspirateur', 'ventilateur', 'projecteur', 'lecteur', 'capteur', 'détecteur'],
	titles: ['monsieur', 'madame', 'mme', 'mlle'],
	// before an "if" or "that", a person and a contact verb: the person is wished to contact the user; see ../wishes.ts
	wishMoods: ['serait', 'serais', 'aimerais', 'voudrais', 'souhaiterais', 'plairait', 'apprécierais', 'demandais'],
	// a meeting asked of a person, as a contact: "quelqu'un de la direction peut-il nous recevoir cette semaine ?"
	wishedContacts: ['recevoir', 'reçoive', 'appelait', 'rappelait', 'contactait', 'appelle', 'rappelle', 'contacte', 'recontacte', 'appeler', 'rappeler', 'contacter', 'recontacter', 'joindre', 'téléphoner', 'téléphonait', 'téléphone', 'écrive', 'contact'],
	// a person asked to write to, answer or reach out to the user (`userObjects`); see ../writeBacks.ts
	writeBacks: ['écrire', 'écrive', 'réécrire', 'répondre', 'réponde', 'recontacter', 'réécrive'],
	// how often or whether at all someone answers, and the verb's habitual and past forms; see ../answerHabits.ts
	replyCues: ['parfois', 'jamais', 'vraiment', 'souvent', 'généralement', 'habituellement', 'déjà'],
	reportedReplies: ['répond', 'répondent', 'écrit', 'écrivent', 'répondu', 'réécrit', 'recontacté'],
	memberLinks: ['de', 'du', 'des'],
	// a person given to the user: "get me | Gary at the depot"; see ../handOvers.ts
	handOverVerbs: ['donnez', 'donne', 'passez', 'passe', 'trouvez'],
	handOverUsers: ['moi', 'nous'],
	// a person asked by one of these to contact the user (`userObjects`): see ../contactRequests.ts
	contactAskers: ['peut', 'pourrait', 'puisse'],
	// "vous pouvez m'envoyer un technicien ?", "un réparateur peut venir aujourd'hui ?"; see ../visitRequests.ts
	// the subjunctive wished or asked as possible: "j'aimerais qu'on m'envoie quelqu'un", "serait-il possible qu'une infirmière passe demain ?"
	visitVerbs: ['renvoyer', 'renvoyez', 'renvoyiez', 'dépêcher', 'dépêchez', 'envoyer', 'envoyez', 'envoie', 'envoyiez', 'rendez', 'venir', 'vienne', 'passer', 'passe', 'repasser', 'repasse', 'revenir', 'revienne', 'planifier', 'programmer'],
	// "je vous saurais gré de m'envoyer l'installateur"
	visitAskers: ['pouvez', 'pourriez', 'voudrais', 'aimerais', 'souhaiterais', 'merci', 'besoin', 'faut', 'faudrait', 'faites', 'possible', 'envisageable', 'gré', 'pourrions'],
	visits: ['visite', 'intervention', 'passage'],
	visitQualifiers: ['technique', 'technicien', 'réparateur', 'domicile', 'infirmière', 'infirmier', 'mécanicien', 'mécanicienne', 'dépanneur', 'dépanneuse', 'plombier', 'plombiers', 'électricien', 'électriciens', 'serrurier', 'vitrier', 'chauffagiste', 'techniciens'],
	visitRecipients: ['à'],
	userObjects: ['me', 'm', 'nous', 'moi'],
	// a person asked to do one of these on the user's matter: see ../serviceRequests.ts
	userServices: ['regarder', 'répondre', 'examiner', 'jeter'],
	indefiniteArticles: ['un', 'une'],
	indirectQuestions: ['savoir', 'demander', 'vérifier', 'demandé'],
	perfects: ['été', 'aurait', 'avait'],
	perfectAuxiliaries: ['a', 'ont', 'avez', 'avait', 'avaient', 'as'],
	// right before a need word and a person, the matter in hand needs the person: see ../needs.ts
	matters: ['ça', 'cela', 'ceci'],
	needs: ['nécessite', 'demande', 'mérite'],
	denials: ['pas', 'jamais'],
	// before a contact verb in its clause, the contact's subject is nobody: see ../nobodyContacts.ts
	nobodies: ['aucun', 'aucune'],
	// a person word a few words after one is how something seems, no one asked for: see ../qualities.ts
	seemings: ['sonne', 'sonnent', 'semble', 'semblent', 'ressemble', 'ressemblent', 'paraît'],
	alternatives: ['ou'],
	onlies: ['seulement', 'uniquement'],
	purposes: ['pour'],
	handoffs: ['transfert', 'redirection'],
	// "je parle avec un conseiller ou avec un programme ?"
	machines: ['automatique', 'automatiques', 'automatiquement', 'automatisé', 'automatisée', 'automatisées', 'automatisés', 'script', 'programme', 'logiciel'],
	// a person a system routes one of these to is no one the user asks for; see ../routedPersons.ts
	systems: ['système', 'ivr', 'svi', 'crm', 'standard', 'outil', 'logiciel', 'plateforme', 'bot', 'chatbot', 'assistant', 'appli', 'application'],
	routedThings: ['clients', 'appels', 'leads', 'tickets', 'chats', 'demandes', 'conversations', 'licence', 'licences'],
	devices: ['enceinte', 'enceintes', 'caméra', 'caméras', 'sonnette', 'interphone', 'casque', 'écouteurs', 'appareil'],
	// a thing a connect verb joins, not a person: see ../connectedThings.ts
	connectedThings: ['app', 'appli', 'application', 'téléphone', 'portable', 'télé', 'tv', 'montre', 'smartwatch', 'compte', 'ordinateur', 'imprimante', 'tablette', 'appels', 'lien', 'solde', 'billet', 'ticket'],
	abilities: ['peut', 'peuvent', 'pourrait', 'pouvoir', 'permet'],
	abilityInfinitives: ['pouvoir'],
	thingRelatives: ['qui', 'que'],
	perceptions: ['comprendre', 'comprends'],
	botBuilds: ['créer', 'développer', 'développe'],
	// a seller's or a teacher's account: "un compte vendeur"
	thingsBeforePerson: ['mode', 'carte', 'main', 'mème', 'cheveux', 'compte'],
	thingsAfterPerson: ['antivirus', 'détartrant', 'nettoyant', 'moussant', 'dégraissant'],
	thingLinks: ['de', 'du'],
	versusWords: ['vs', 'versus', 'contre'],
	gameChoices: ['quel', 'quelle', 'meilleur', 'meilleure', 'jouer', 'choisir', 'main', 'conseillez', 'conseilles', 'recommandez', 'débuter'],
	transferVerbs: ['mettez', 'mettre', 'transférer', 'transférez', 'passez', 'passer', 'connecter', 'connectez'],
	// a person a few words after one of these does that work; see ../workDoers.ts
	works: ['traduction', 'traductions', 'transcription', 'transcriptions', 'relecture', 'modération', 'nettoyage', 'ménage', 'guidée', 'guidées'],
	// in a question with a person phrase near one: asks who answers; see ../replyQuestions.ts
	replies: ['répond', 'répondent', 'écrit', 'écrivent', 'tape'],
	whos: ['qui'],
	hows: ['comment'],
	workings: ['marche', 'fonctionne'],
	handoverModes: ['automatiquement', 'automatique'],
	cases: ['cas', 'situations'],
	whiches: ['quels', 'quelles'],
	customers: ['client', 'cliente', 'acheteur', 'acheteuse', 'voyageur', 'voyageuse', 'visiteur', 'visiteuse', 'utilisateur', 'utilisatrice', 'clients', 'clientes', 'acheteurs', 'voyageurs', 'visiteurs', 'utilisateurs'],
	whens: ['quand', 'lorsque', 'lorsqu'],
	ownPossessives: ['mon', 'ma', 'mes'],
	// the 'y' of "(il) y a", and someone free, online or on duty: "y a un technicien d'astreinte ?", "y a-t-il un conseiller en ligne ?"
	existentials: ['y', 'il'],
	// chat 'dispo' for 'disponible', and someone who has time: "y a un conseiller dispo là tout de suite ?"
	presences: ['dispo', 'dispos', 'temps', 'disponible', 'disponibles', 'libre', 'libres', 'astreinte', 'permanence', 'ligne', 'online'],
	presentNows: ['maintenant', 'actuellement', 'tout de suite'],
	// a question whose subject is a name: "Est-ce que Sophie est dispo ?"
	nameOpeners: ['est ce que'],
	// a turn to the present after a request for later: "…, but for now just tell me …"
	nowTurns: ['là', 'maintenant', 'instant'],
	nextTimes: ['prochaine fois'],
	// the speaker of a report: "the operator told my husband …", "I was told by an agent …"
	speakerReports: ['dit', 'expliqué', 'indiqué', 'affirmé'],
	speakerAgents: ['par'],
	// the user's own contact, a plan: "I'll ring them myself"
	selfDoers: ['même'],
	obligations: ['doit', 'doivent', 'faut', 'faudra'],
	openingNeeds: ['faut'],
	possibilities: ['possible', 'possibilité', 'moyen', 'espère', 'espérais'],
	contactForms: ['contacté', 'contactée', 'rappelé', 'rappelée', 'appelé', 'appelée', 'recontacté', 'recontactée', 'tel', 'téléphone', 'aidé', 'aidée'],
	contactMedia: ['mail', 'courriel', 'message', 'sms', 'texto'],
	teams: ['équipe', 'pôle', 'service'],
	// a modal opening the question of a talk verb with a team in its slot: see ../teamTargets.ts
	slotAskers: ['pouvez', 'pourriez', 'peux', 'pourrais', 'peut', 'pourrait'],
	// what a team handles after it, past one of these: see ../teamTargets.ts
	teamLinks: ['pour'],
	// one of the business's people named by their group ("one of your devs"): see ../groupMembers.ts
	groupOnes: ['un', 'une'],
	groupOwners: ['vos', 'tes'],
	// a time word before now: a person or request words in its clause are reported, not asked for; see ../pastReports.ts
	pastHaves: ['avais', 'avions'],
	pastTimes: ['hier', 'semaine dernière', 'dernière fois', 'mois dernier', 'semaine passée', 'mois passé'],
	// the "with" of a verb of talking with someone, and those verbs: a word no pack lists in their slot is a person (../conversationPartners.ts)
	companions: ['avec'],
	addressees: ['à'],
	conversations: ['parler', 'discuter', 'échanger', 'jaser', 'causer', 'entretenir', 'entretien', 'ligne'],
	personPronouns: ['elle', 'lui'],
	// a third person as a contact verb's object, said for someone close the user writes for; see ../behalfObjects.ts
	othersObjects: ['le', 'la', 'l', 'lui', 'les'],
	othersWants: ['veut', 'voudrait', 'souhaite', 'aimerait', 'demande', 'préfère', 'préférerait', 'demander'],
	// someone else's past ask, reported; see ../othersPastAsks.ts
	othersPastAsks: ['demandé', 'demandée', 'réclamé'],
	// another's offer or order, passed on and set aside; see ../passedOnAsks.ts
	passedOnAsks: ['proposé', 'suggéré', 'tapé'],
	// the user's ask of someone close who makes the contact; see ../closeErrands.ts
	errandAsks: ['demandé'],
	// the subject of someone else's own contact after their want: "ma femme veut parler au gérant, elle vous écrira elle-même"
	thirdSubjects: ['il', 'elle', 'ils', 'elles'],
	phoneLines: ['téléphone', 'fil', 'appel'],
	phoneVerbs: ['mettez', 'mets', 'mettre', 'avoir'],
	// someone of the user's as a contact verb's object; see ../relationObjects.ts
	relationOwners: ['notre'],
	// a contact said to the company for someone of the user's, with a phone number; see ../relativeCalls.ts
	contactImperatives: ['appelez', 'rappelez', 'appelle', 'rappelle', 'contactez', 'téléphonez'],
	// see ../countedPersons.ts
	// a round number as a noun, before 'de': "un centre d'appels avec une trentaine d'agents"
	counters: ['par', 'chaque', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'plusieurs',
		'dizaine', 'douzaine', 'quinzaine', 'vingtaine', 'trentaine', 'cinquantaine', 'centaine', 'dizaines', 'centaines', 'milliers'],
	copulas: ['est', 'était', 'suis', 'être'],
	selfCopulas: ['suis'],
	// see ../qualities.ts
	associatives: ['de', 'd'],
	curiosities: ['curiosité', 'curieux', 'curieuse', 'savoir'],
	// see ../unsoughtSomeones.ts
	ownCommunities: ['chat', 'stream', 'groupe', 'chaîne', 'serveur', 'commentaires', 'live', 'équipe', 'team'],
	channelArticles: ['le', 'du', 'au', 'ce', 'votre', 'notre'],
	ownTeamWords: ['propre', 'propres'],
	thanks: ['merci', 'remercie', 'remercier', 'bravo', 'félicitations'],
	breakages: ['cassé', 'cassée', 'casse', 'bancal', 'tordu', 'fissuré', 'rouillé'],
	roleAs: ['comme'],
	offerVerbs: ['proposez', 'offrez', 'proposer'],
	pretenders: ['disant', 'prétendu', 'prétendue', 'faux', 'fausse', 'bidon'],
	newcomers: ['nouveau', 'nouvel', 'nouvelle', 'nouveaux', 'nouvelles'],
};
