import type { Grammar } from './types';

/** French request frames, targets and the frames that cancel them (see ../frames.ts). */
export const frenchGrammar: Grammar = {
	talkVerbs: [
		'parler à', 'parler au', 'parler avec', 'discuter avec', 'échanger avec', 'passez-moi',
		'passe-moi', 'me passer', 'mettez-moi en relation avec', 'mettre en relation avec', 'en relation avec',
		'transférez-moi à', 'transférez-moi vers', 'transférer vers', 'transfère-moi à', 'me transférer à',
		'me rediriger vers', 'parler', 'parle',
		'rappelé par', 'rappelée par', 'me rappeler',
		'mis en contact avec', 'mise en contact avec', 'mis en relation avec', 'mise en relation avec',
		'm\'appeler', 'me téléphoner',
		'l\'expliquer à', 'expliquer à', 'me contacte', 'me contactent',
		'parler d\'urgence à', 'parler d\'urgence avec',
	],
	wantVerbs: ['je veux', 'je voudrais', "j'aimerais", 'je souhaite', 'il me faut', 'donnez-moi', 'je préfère', 'je demande', 'je peux avoir', 'puis-je avoir', 'pourrais-je avoir'],
	reachVerbs: ['joindre', 'contacter', 'entrer en contact avec', 'rentrer en contact avec', 'avoir au téléphone'],
	people: [
		'personne', 'humain', 'être humain', "quelqu'un", 'responsable', 'manager', 'gérant', 'gérante', 'superviseur',
		'supérieur', 'chef', 'conseiller', 'conseillère', 'agent', 'opérateur', 'opératrice', 'employé', 'employée',
		'interlocuteur', 'service commercial', 'commercial', 'comptabilité', 'facturation', 'madame', 'monsieur',
		'vraie personne',
		'représentant', 'représentante',
	],
	departments: [
		'support', 'support technique', 'assistance', 'assistance technique', 'service client', 'service clients', 'sav',
		'service après vente', 'hotline',
		'service consommateurs',
		'qui dois-je contacter', 'qui contacter',
	],
	fillers: ['un', 'une', 'le', 'la', 'les', 'l', 'au', 'aux', 'votre', 'vos', 'vrai', 'vraie', 'de', 'du', 'des', 'd', 'à', 'a', 'directement', 'humain', 'équipe', 'svp'],
	urgers: ['svp', 's il vous plait', 's il te plait', 'vite', 'maintenant', 'pour moi', 'tout de suite'],
	cancels: [
		"j'ai parlé", 'ai parlé', 'à personne',
		'créer', 'construire', 'développer', 'logiciel', 'plateforme', 'fonction', 'fonctionnalité', 'permet', 'intégration',
		'intégrer', 'tableau de bord', 'prix', 'coûte', 'combien', 'offre', 'forfait', 'langues', 'horaires', 'parlez-moi de',
		'informations sur', 'automatisation', 'outil', 'produit', 'votre bot', 'le bot peut',
		'est top', 'était super', 'était très', 'cassé', 'déjà eu', "j'ai eu", 'développe', 'à quelle heure', 'ferme', 'a dit', "d'hier",
		'poste', 'intéressé par', 'm\'a déjà aidé', 'm\'a aidé', 'est déjà passé', 'est ouvert', 'au client de',
		'revient en erreur',
		'remerciez', 'ils étaient super', 'numéro de mon ticket',
		'désactiver',
		'vérifie les', 'recharge', 'qui est l\'interlocuteur',
	],
	identity: [
		'est-ce que je parle à', 'je parle à une vraie', 'je parle à un humain',
		'êtes-vous un', 'êtes-vous une', 'êtes-vous humain', 'tu es un', 'tu es une', 'es-tu un', 'es-tu une', 'es-tu humain',
		'je parle à un robot', 'je parle avec un robot', 'je parle à un bot', 'robot ou à un humain', 'robot ou humain',
		'humain ou robot', 'bot ou humain', "c'est un bot", "c'est un robot", 'vous êtes un robot', 'vous êtes un bot',
		'je parle à une machine', "c'est une ia", 'qui me répond', 'derrière ce chat',
		'vous êtes humain', 'tu es humain',
		'bot ou une', 'bot ou un',
	],
};
