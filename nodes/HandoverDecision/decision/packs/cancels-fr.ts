/**
 * French cancel frames: a clause holding one asks for nobody, though it names a person (a question about a feature
 * or the product, building a bot, a department name; see ../frames.ts).
 */
export const frenchCancels: string[] = [
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
];
