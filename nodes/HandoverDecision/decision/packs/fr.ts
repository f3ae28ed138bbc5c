import { frenchGrammar } from './grammar-fr';
import type { LanguagePack } from './types';

export const french: LanguagePack = {
	code: 'fr',
	name: 'French',
	...frenchGrammar,
	requests: [
		// a team of any name after 'service', or the business's team: "Merci de me transférer au service transit", "mettez moi en contact avec votre équipe", "en contact avec l'équipe location"
		'me transférer au service', 'me transférer vers le service', 'en contact avec le service', 'en contact avec votre équipe', "en contact avec l'équipe", "en relation avec l'équipe", 'me passer le service', "parler à l'équipe", 'parler à votre équipe',
		// a real person in chat spelling: "ya qqn de vrai qui peut m'aider??"
		'qqn de vrai', 'qqn de réel',
		// a callback had made, a person handed over in the 'tu' form: "faites-moi rappeler par l'auto-école", "passe moi la scolarité stp"
		'faites-moi rappeler', 'faites moi rappeler', 'passe moi la', 'passe-moi la', 'passe moi le', 'passe-moi le',
		// a person on the phone, a visit or a call booked: "je peux avoir le dispatch au tel?", "un commercial peut passer nous voir ?", "un rendez-vous téléphonique avec la direction"
		'avoir le * au tel', 'avoir la * au tel', 'avoir le * au téléphone', 'avoir la * au téléphone', 'peut passer nous voir', 'peut passer me voir', 'pourrait passer nous voir', 'pourrait passer me voir',
		'rendez-vous téléphonique avec', 'rdv téléphonique avec',
		// the photographer talked with, not hired ("je voudrais un photographe pour le mariage"): "échanger directement avec le photographe"
		'parler au photographe', 'parler à la photographe', 'parler avec le photographe', 'parler avec la photographe',
		'échanger avec le photographe', 'échanger avec la photographe', 'échanger directement avec le photographe', 'échanger directement avec la photographe',
		// the head of a place urged on, the place between the role and the urger: "le responsable du camping svp"
		'le responsable du * svp', 'la responsable du * svp', 'le responsable de la * svp', 'la responsable de la * svp', "le responsable de l'* svp",
		'le directeur du * svp', 'la directrice du * svp', 'le gérant du * svp', 'la gérante du * svp',
		// the same agent asked for with a talk verb (the exclusion inside gives way): "je veux parler à l'agent du comptoir de location"
		"parler à l'agent du comptoir", "parler avec l'agent du comptoir", "parler à l'agent au comptoir", "parler à l'agente du comptoir",
		// the front-desk agent talked with, not a job sought: "je veux parler à l'agent d'accueil de l'agence de Lyon"
		"parler à l'agent d'accueil", "parler avec l'agent d'accueil", "parler à l'agente d'accueil", "parler avec l'agente d'accueil",
		// Quebec 'me revenir' (get back to me) asked, not 'va me revenir' (promised): "le gars au comptoir de service peut-tu me revenir aujourd'hui?"
		'peut-tu me revenir', 'peux-tu me revenir', 'pouvez-vous me revenir', 'pourriez-vous me revenir', 'peut me revenir', 'pourrait me revenir', 'pouvez me revenir',
		// a driver or a train conductor asked for with a talk verb: "je voudrais parler au contrôleur du TER"
		'parler au contrôleur', 'parler à la contrôleuse', 'parler au chauffeur', 'parler au conducteur', "parler à l'agent immobilier", "parler à l'agent de voyage", "parler à l'agent de voyages",
		// 'M.' before a name ('m' alone is the elided 'me'): "me mettre en contact avec M. Delorme"
		'en contact avec m *', 'en relation avec m *', 'parler à m *', 'parler avec m *', "m'entretenir avec m *",
		// a role of a place asked to call back: "j'aimerais qu'un accordeur de votre réseau me rappelle"
		"qu'un * me rappelle", "qu'une * me rappelle", "qu'un * de * me rappelle", "qu'une * de * me rappelle", "qu'un * de * * me rappelle", "qu'une * de * * me rappelle",
		// someone named, wished to call back: "j'aimerais qu'Antoine Mercier me rappelle" (a wish, not a callback stated)
		"j'aimerais qu'* me rappelle", "j'aimerais qu'* * me rappelle", "je voudrais qu'* me rappelle", "je voudrais qu'* * me rappelle",
		"je veux qu'* me rappelle", "je veux qu'* * me rappelle", "je souhaite qu'* me rappelle", "je souhaite qu'* * me rappelle",
		"j'aimerais qu'* me recontacte", "j'aimerais qu'* * me recontacte", "je voudrais qu'* me recontacte", "je voudrais qu'* * me recontacte",
		// the bot asked to have a named person get back: "demandez à Julie de me recontacter lundi"
		'demandez à * de me recontacter', 'demande à * de me recontacter', 'dites à * de me recontacter', 'dis à * de me recontacter',
		'demandez à * de me contacter', 'demande à * de me contacter', 'dites à * de me contacter', "demandez à * de m'appeler", "dites à * de m'appeler",
		// a holiday camp's leader (not an entertainer hired, so only after 'parler'): "je dois parler à un animateur"
		'parler à * animateur', 'parler à * animatrice', 'parler avec * animateur', 'parler avec * animatrice', 'parler aux animateurs',
		'me faire rappeler', 'me fassiez rappeler', 'peut me contacter', 'puisse me contacter',
		// the user's banker talked with (the exclusion 'conseiller bancaire', a job, gives way): "je voudrais en parler avec son conseiller bancaire"
		'parler à * conseiller bancaire', 'parler avec * conseiller bancaire', 'parler au conseiller bancaire', 'parler à * conseillère bancaire', 'parler avec * conseillère bancaire',
		// a talk by voice asked of the company: "on peut se parler au téléphone ?"
		'se parler au téléphone', 'se parler par téléphone', 'se parler de vive voix', 'se parler au tel',
		// someone, named or not, asked to call: "Est-ce que Julien Martin peut m'appeler ?"
		"peut m'appeler", "pourrait m'appeler", "puisse m'appeler",
		// someone asked to call a relative of the user: "Quelqu'un peut-il l'appeler au 079 … ?", "pouvez-vous le rappeler ?"
		"quelqu'un peut-il l'appeler", "quelqu'un peut l'appeler", "quelqu'un pourrait l'appeler", "quelqu'un pourrait-il l'appeler",
		"quelqu'un peut-il le rappeler", "quelqu'un peut-il la rappeler", "quelqu'un peut le rappeler", "quelqu'un peut la rappeler",
		"pouvez-vous l'appeler", "pourriez-vous l'appeler", "pouvez-vous le rappeler", "pouvez-vous la rappeler", "pourriez-vous le rappeler", "pourriez-vous la rappeler",
		// a call wished for with 'appeler' as with 'rappeler': "je préfère qu'une personne m'appelle"
		"qu'un * m'appelle", "qu'une * m'appelle", "qu'un * de * m'appelle", "qu'une * de * m'appelle", "qu'on m'appelle", "que quelqu'un m'appelle",
		// or to write: "Est-ce que Julien de l'équipe tuteurs peut m'écrire par mail ?"
		"peut m'écrire", "pourrait m'écrire", "puisse m'écrire",
		// a named person on the phone: "c'est possible d'avoir Julien au téléphone ?"
		'avoir * au téléphone', 'avoir * * au téléphone',
		// the same at the end of the line: "Est-ce possible d'avoir quelqu'un au bout du fil ?"
		'avoir * au bout du fil', 'avoir * * au bout du fil',
		// as 'peut m'appeler': "Est-ce que la Dre Favre peut me téléphoner ?"
		'peut me téléphoner', 'pourrait me téléphoner', 'puisse me téléphoner',
		'être rappelé', 'être rappelée', 'être recontacté', 'être recontactée', 'vous pouvez m\'appeler',
		'pouvez-vous m\'appeler', 'demande de rappel',
		// a yes to the bot's offer of a callback: "ok pour le rappel, je suis dispo après 18h" (not "merci pour le rappel", a reminder)
		'ok pour le rappel', 'ok pour un rappel', 'oui pour le rappel', 'oui pour un rappel', "d'accord pour le rappel", "d'accord pour un rappel",
		'va pour le rappel', 'va pour un rappel', 'je veux bien le rappel', 'je veux bien un rappel',
		'rappel svp', 'rappel stp', 'rappel s\'il vous plaît', 'rappel s\'il te plaît', 'rappel téléphonique',
		'contactez-moi', 'contacte-moi', 'quelqu\'un peut m\'aider', 'qqn peut m\'aider',
		'y a quelqu\'un', 'il y a quelqu\'un', 'quelqu\'un est là', 'une personne me rappelle',
		'quelqu\'un me rappelle', 'un conseiller me rappelle', 'qu\'on me rappelle',
		'parler à un humain',
		"parler à quelqu'un",
		'parler à une personne',
		"parler avec quelqu'un",
		'parler à un conseiller',
		'parler à un agent',
		'parler à un responsable',
		'parler au responsable',
		'un humain',
		'humain',
		'une vraie personne',
		'vraie personne',
		'personne réelle',
		'vrai agent',
		'vrai humain',
		'conseiller',
		'conseillère',
		'agent',
		'agents',
		'opérateur',
		'opératrice',
		'en relation avec',
		// any target: "mettez moi en lien avec le service réservation"
		'mettez-moi en lien avec', 'mets-moi en lien avec', 'me mettre en lien avec',
		'passez-moi',
		'transférez-moi',
		'rappelez-moi',
		'me rappeler',
		// as 'me rappeler', a named person asked to get back: "Est-ce que Nadia peut me recontacter ?"
		'me recontacter',
		'appelez-moi',
		"quelqu'un de chez vous",
		"quelqu'un du service",
		'interlocuteur',
		'quelqu\'un de réel', 'quelqu\'un de vrai', 'une personne réelle',
		'l\'aide d\'une personne', 'aide humaine', 'l\'aide d\'un humain', 'qu\'une personne regarde',
		'qu\'un humain regarde',
		'en chair et en os',
		"quelqu'un qui peut m'aider", "quelqu'un qui puisse m'aider", "quelqu'un pour m'aider",
		'me passer un coup de fil', 'passer un coup de fil', 'me passer un appel',
		"quelqu'un peut m'appeler", "quelqu'un pourrait m'appeler", "qqn peut m'appeler",
		// "Mme Diallo …, pouvez-vous me la passer ?": la is the person just named
		'pouvez-vous me la passer', 'pourriez-vous me la passer', 'vous pouvez me la passer',
	],
	exclusions: [
		// a human body's matter, or a quality, not a person asked for: "perruque en cheveux humains", "un côté plus humain"
		'cheveux humains', 'peau humaine', 'sang humain', 'restes humains', 'plus humain', 'plus humaine',
		// a size, not a person: "à taille humaine", "une entreprise à taille humaine"
		'taille humaine',
		// an agent at a counter (a rental desk, a station) mentioned, what they did reported: "l'agent du comptoir de location a scanné mon permis"
		'agent du comptoir', 'agent au comptoir', 'agente du comptoir', 'agente au comptoir',
		// the company told to talk to a third party, a relative who handles it (not 'je peux lui parler', 'vous pouvez me mettre en relation'): "c'est mon mari qui suit le prêt, vous pouvez lui parler directement"
		'vous pouvez lui parler', 'vous pouvez vous mettre en relation', 'vous pouvez vous mettre en contact',
		// a contact person on file (an emergency contact), not someone asked for: "ma voisine qui est personne à contacter"
		'personne à contacter', 'personnes à contacter', 'personne à prévenir', 'personnes à prévenir',
		// someone posing as an agent: "un mail d'un soi-disant agent de votre boutique"
		'soi-disant agent', 'soi-disant conseiller', 'soi-disant conseillère', 'prétendu agent', 'prétendu conseiller', 'faux agent', 'faux conseiller',
		// trades named with 'maître', hired or sent to do a job (a dispatch), not a person to talk with
		'maître nageur', "maître d'oeuvre", "maître d'œuvre", "maître d'ouvrage", 'maître chien',
		// someone described by a language they speak, not talked to: "y a une personne qui parle aussi italien dans l'app ?", "le guide parle français ?"
		'parle anglais', 'parle aussi anglais', 'parlent anglais', 'parle français', 'parle aussi français', 'parlent français', 'parle allemand', 'parle aussi allemand', 'parlent allemand', 'parle italien', 'parle aussi italien', 'parlent italien', 'parle espagnol', 'parle aussi espagnol', 'parlent espagnol', 'parle portugais', 'parle aussi portugais', 'parlent portugais', 'parle arabe', 'parle aussi arabe', 'parlent arabe', 'parle chinois', 'parle aussi chinois', 'parlent chinois', 'parle japonais', 'parle aussi japonais', 'parlent japonais', 'parle russe', 'parle aussi russe', 'parlent russe', 'parle néerlandais', 'parle aussi néerlandais', 'parlent néerlandais',
		// a human character of a play or a film, the human factor: "la pièce avec l'acteur humain et le robot"
		'acteur humain', 'acteurs humains', 'comédien humain', 'comédiens humains', 'personnage humain', 'personnages humains', 'facteur humain',
		// 'personne' as nobody: "troisième fois que je demande et personne n'est capable de me répondre"
		'personne ne', 'personne n',
		// the telecom operator, not a person: "si je change d'opérateur la portabilité se fait toute seule ?"
		"changer d'opérateur", "change d'opérateur", "changé d'opérateur", "changement d'opérateur", 'nouvel opérateur', 'ancien opérateur',
		// someone of the user's side at home for a visit: "il faut que quelqu'un soit présent ou il peut accéder au boîtier ?"
		"quelqu'un soit présent", "quelqu'un soit là", "qqn soit présent", "qqn soit là", "quelqu'un de présent",
		// climbing, not English 'escalate' read from a typo: "le double prélèvement de la salle d'escalade"
		'escalade',
		// a debt collector: "un agent de recouvrement m'a appelé"
		'agent de recouvrement', 'agents de recouvrement',
		// software, not a person: "le gestionnaire de mots de passe"
		'gestionnaire de mots de passe', 'gestionnaire de fichiers', 'gestionnaire de tâches', 'gestionnaire de téléchargement',
		'opérateur m\'a', 'agent m\'a',
		// human nature, not a person: "c'est humain de se tromper" (not "un humain de votre service export")
		'me conseiller', 'nous conseiller', 'humain de se', 'c\'est humain',
		'agent verra', 'agents travaillent',
		// the agent of the chat described, how slowly they answer: "l'agent met 10 min à chaque réponse"
		'agent met', 'agents mettent', 'conseiller met', 'conseillère met', 'conseillers mettent', 'agent prend', 'conseiller prend', 'conseillère prend',
		'payer l\'agent', 'opérateur mobile', 'quel opérateur', 'opérateur de saisie', 'combien d\'agents',
		'représentant légal', 'mon opérateur',
		'quelqu\'un m\'a', 'vous m\'a', 'vous m\'ont', 'service m\'a', 'conseiller m\'a', 'personne m\'a',
		'en tant qu\'agent', 'en tant que conseiller', 'comme agent', 'comme conseiller', 'deux agents',
		'agents peuvent',
		'agent de voyage',
		'agent de voyages',
		// the user's own agent (insurance, travel, estate) as the subject of a report ("mon agent AXA veut la facture"),
		// not asked for ("parler à mon agent, celui qui gère mon contrat")
		"mon agent m'a", "mon agent * m'a", 'mon agent veut', 'mon agent * veut', 'mon agent dit', 'mon agent * dit', 'mon agent demande', 'mon agent * demande', 'mon agent a',
		'agent immobilier',
		'agents immobiliers',
		"agent d'assurance",
		"agent d'assurances",
		'agent secret', 'agents secrets',
		'agent utilisateur',
		'user agent',
		'agent ia',
		// a welcome, not the front desk: "sur la page d'accueil", "une famille d'accueil"
		"page d'accueil", "famille d'accueil", "pays d'accueil", "livret d'accueil",
		// job titles a job seeker names: "agent d'accueil, vous avez des offres sur Lyon ?"
		"agent d'accueil", "agents d'accueil", "agent d'entretien", "agents d'entretien", 'agent de sécurité', 'agent de nettoyage',
		"agent de propreté", 'agent de production', 'agent logistique', "agent de quai",
		'agent de police', 'agents de police', 'agents de sécurité',
		'agent de douane', 'agents de douane', 'agent de la douane', 'agents de la douane', 'agent des douanes', 'agents des douanes',
		'agent de change',
		// a product's active or cleaning agent: "un agent anticalcaire ?"
		'agent anticalcaire', 'agents anticalcaires', 'agent nettoyant', 'agents nettoyants', 'agent chimique', 'agents chimiques',
		'agent actif', 'agents actifs', 'agent détartrant', 'agent moussant', 'agent blanchissant',
		// a freight forwarder, as English 'freight agent': "mon agent de fret dit que…"
		'agent de fret', 'agents de fret',
		'erreur humaine',
		'bailleur de fonds', 'bailleurs de fonds',
		'corps humain', 'nature humaine', 'espèce humaine', 'anatomie humaine',
		'erreurs humaines',
		'ressources humaines',
		'droits humains',
		'article de support',
		'articles de support',
		'support de cours',
		'support de présentation',
		"support de l'écran", 'agent de la poste',
		'conseiller bancaire', 'conseillère bancaire',
		'je suis une vraie personne', 'je suis une personne', 'je suis un humain', 'je suis humain',
		'technicien support', 'techniciens support', 'est agent', 'est conseiller', 'est conseillère', 'est commercial',
		'licence agent', 'licences agent', 'la dame', 'une dame', 'cette dame',
		'conseiller fiscal', 'conseillère fiscale', 'suis conseiller', 'suis conseillère', 'suis * conseiller', 'suis * conseillère', 'suis agent', 'suis agente', 'suis * agent', 'suis * agente',
		'moi-même conseiller', 'moi-même conseillère',
		'conseiller financier', 'conseillère financière', 'conseiller en patrimoine',
		"que n'importe quel conseiller", "que n'importe quel agent", 'supporte', 'supportez', 'supportent',
		// supporter + its object: backing a streamer or a team, not the support team ("supporter un petit streamer", "supporter ma streameuse")
		'supporter un', 'supporter une', 'supporter des', 'supporter le', 'supporter la', 'supporter les', 'supporter ce', 'supporter cette', 'supporter ces',
		'supporter mon', 'supporter ma', 'supporter mes', 'supporter son', 'supporter sa', 'supporter ses', 'supporter leur', 'supporter leurs', 'supporter notre', 'supporter nos',
		"en attente d'un conseiller", "en attente d'un agent", 'attribuée à un opérateur',
		// support as a thing: a stand, a mount, a medium ("un support mural", "le support vélo", "support de stockage")
		'support mural', 'supports muraux', 'support vélo', 'support de vélo', 'support téléphone', 'support de téléphone', 'support gps', 'support aimanté',
		// whether a service covers something, not a wish to be served: "c'est pris en charge par le support ou je dois l'amener ?"
		'est pris en charge par', 'est prise en charge par', 'sont pris en charge par', 'sont prises en charge par',
		'support de fixation', 'support en bois', 'support papier', 'support de stockage', 'ticket support', 'ticket au support',
		// support as a stand or a medium, or a feature: "un support pour accrocher le casque", "vous imprimez sur support alu ?", "le support du format HEIC"
		'un support pour', 'support rigide', 'support de trophée', 'support de formation', "support d'investissement", 'support du mode', 'support des panneaux', 'support du vélo', 'support de la carte',
		// the user's own job in a team of another business: "je bosse au support d'un opérateur", "je gère le support d'une petite boutique"
		'je bosse au support', 'je gère le support', 'responsable support', 'responsable du service accueil',
	],
	negations: [
		"oubliez ce que j'ai dit", "oublie ce que j'ai dit", "oubliez ce que je disais",
		'pas eu besoin',
		"je n'ai pas besoin",
		"n'ai pas besoin",
		// no longer needed: "je n'ai plus besoin que quelqu'un me rappelle"
		"je n'ai plus besoin", "n'ai plus besoin",
		'je ne veux pas',
		'ne veux pas',
		'veux pas',
		// no wish for it: "j'ai pas envie de parler à un conseiller"
		'pas envie',
		// chat French without 'ne': "je reclame pas un humain hein"
		'réclame pas', 'demande pas',
		'je ne souhaite pas',
		'ne souhaite pas',
		'inutile de',
		'sans',
		'ne me passez pas',
		'de ne pas me',
		'ne me transférez pas',
		'ne me passez aucun', 'aucun', 'aucune',
		'laissez tomber', 'laisse tomber',
	],
	wideNegations: ['pas besoin', 'plus besoin', 'pas la peine', 'pas nécessaire', 'non merci'],
	negationsAfter: [
		"par erreur", "ignorez", "ignore ça", "par accident",'pas nécessaire', "n'est pas nécessaire", 'pas besoin', "en fait c'est bon", "finalement c'est bon", "c'est réglé"],
	breakers: ['mais', 'plutôt', 'veux', 'voudrais', 'préfère', 'souhaite',
		// 'sans' of a manner adverb negates nothing after it: "l'imprimante bipe sans arrêt, passez-moi un technicien", "ça coupe sans cesse je veux un conseiller"
		'arrêt', 'cesse'],
	bots: ['bot', 'bots', 'robot', 'robots', 'chatbot', 'machine', 'machines', 'ordinateur'],
	antiBot: ["n'aime pas", 'déteste', 'pas un', 'pas une', 'pas de', 'pas avec', 'pas à un', 'plus de', 'marre du', 'marre des', 'assez du', 'au lieu de', "au lieu d'un", "plutôt qu'un", "plutôt qu'à un"],
	frustration: [
		"c'est inutile",
		'complètement inutile',
		'vraiment inutile',
		'tu es inutile',
		'ne sert à rien',
		'sert à rien',
		'tu ne comprends pas',
		'tu comprends rien',
		'comprends rien',
		// the bot, said of it: "le robot ne comprend rien"
		'comprend rien', 'ne comprend pas',
		"n'importe quoi",
		'perte de temps',
		'nul',
		'nulle',
		'ridicule',
		"j'en ai marre",
		'marre',
		'agaçant',
		'énervé',
		'insupportable',
		'lamentable',
	],
	stopwords: [
		// common words one edit from a grammar word ('manger' is no 'manager', 'rouge' no 'route')
		'rouge', 'roule', 'thème', 'succès', 'décaler', 'manger', 'moteur', 'plante', 'linge', 'prime', 'série',
		'sortie', 'venue', 'veste', 'faite', 'parole', 'casser', 'chauffer', 'ventre',
		// 'compter' is no English 'computer': "il a passé 3h sur mon mix sans compter"
		'compter',
		// 'sont' unknown read as a name after English 'chat': "les frais de la garde de chat sont remboursés ?"
		'sont',
		'agence', 'agences', 'parce', 'contrat', 'autres',
		'demain', 'plus', 'tard', 'affaires', 'français', 'anglais', 'allemand', 'espagnol', 'lentement', 'fort',
		'bientôt', 'aujourd\'hui', 'hier', 'encore', 'franchement', 'clairement', 'ensemble', 'librement',
		// French that Spanish lacks, beside 'me' and 'un' they share: "votre bot pourrait me passer un humain"
		'quelqu', 'pourrait', 'peux', 'peut',
		// French-only words of short wishes, so "que la conseillère m'écrive" and "faut que le syndic me rappelle" are not
		// read as Spanish on 'que' and 'la' (not 'me', 'm': Portuguese too, "vc m liga?")
		'faut', 'svp', 'aimerais', 'rappelle', 'rappeler', 'appelle', 'appeler', 'écrive', 'réécrive', 'réponde', 'vienne',
		'le', 'la', 'les', 'de', 'des', 'du', 'je', 'j', 'un', 'une', 'et', 'est', 'avec', 'pas', 'ne', 'veux',
		'voudrais',
		'parler', 'mon', 'ma', 'mes', 'vous', 'tu', 'pour', 'merci', 'bonjour', 's', 'il', 'plait', 'c', 'qu', 'que',
		'ai',
		'suis', 'au', 'aux', 'sur', 'dans', 'ce', 'cette', 'où', 'quel', 'quelle', 'quels', 'combien', 'comment', 'n',
		'd', 'l', 'y', 'moi', 'notre', 'nous', 'votre', 'vos',
		'remise', 'remises',
	],
};
