import { request } from './helpers/decision';

describe('French staff mentioned without a request', () => {
	it('reads the user\'s own appointment, already made, as told about', () => {
		expect(request("Bonjour, j'ai rendez-vous avec mon conseiller mardi. Quels papiers faut-il apporter ?")).toBeNull();
		expect(request("jai rdv avec la conseillère le 3, c'est toujours bon ?")).toBeNull();
		expect(request("je voudrais un rendez-vous avec mon conseiller cette semaine")).not.toBeNull();
	});

	it('reads an either-or question about the user\'s own step as no request', () => {
		expect(request('le billet se valide tout seul ou faut demander à un agent en gare ?')).toBeNull();
		expect(request("la carte s'active toute seule ou je dois appeler le service client ?")).toBeNull();
		expect(request('je dois parler à un agent, la carte est bloquée')).not.toBeNull();
	});

	it('reads the bot compared with a person, and who the user is talking with now, as no request', () => {
		expect(request("franchement t'es plus efficace qu'un conseiller humain")).toBeNull();
		expect(request('je suis en train de parler avec un conseiller ou avec un programme ?')).toBeNull();
		expect(request('je veux parler avec un conseiller humain, pas avec un programme')).not.toBeNull();
	});

	it('reads the telecom operator, someone of the user\'s at home, and "pas envie" as no request', () => {
		expect(request("si je change d'opérateur je garde mon numéro ?")).toBeNull();
		expect(request("faut-il que quelqu'un soit présent pendant l'intervention ?")).toBeNull();
		expect(request("j'ai pas envie de parler à un conseiller, dites-moi juste le prix")).toBeNull();
		expect(request('je veux parler à un opérateur')).not.toBeNull();
		expect(request("il faut que quelqu'un vienne réparer la chaudière")).not.toBeNull();
	});
});

describe('French requests for a person that the pack missed', () => {
	it('reads a caretaker or a fitter asked to come, a banker talked with, a talk by voice and a meeting at the branch as requests', () => {
		expect(request("j'aimerais que la gardienne passe voir l'interphone")).not.toBeNull();
		expect(request('le meuble penche, il faut que vous renvoyiez un monteur')).not.toBeNull();
		expect(request('je voudrais en parler avec mon conseiller bancaire, pour le prêt')).not.toBeNull();
		expect(request('on peut se parler au téléphone ? ce sera plus simple')).not.toBeNull();
		expect(request('jvoudrais un rdv en agence avec qqn pour le prêt')).not.toBeNull();
	});

	it('reads a request before signing as a request; only signing for a delivery cancels', () => {
		expect(request('je voudrais parler avec un conseiller avant de signer')).not.toBeNull();
		expect(request('un conseiller peut me rappeler avant que je signe le contrat ?')).not.toBeNull();
		expect(request("il faut que quelqu'un signe à la livraison, vous pouvez laisser chez le voisin ?")).toBeNull();
	});

	it('keeps them apart from the same words told about', () => {
		expect(request('le gardien a déposé le colis chez la voisine, merci')).toBeNull();
		expect(request('je suis conseiller bancaire, vous recrutez ?')).toBeNull();
		expect(request('Ein Monteur war gestern hier und hat nichts gemacht')).toBeNull();
	});
});

describe('French contacts told about, already had or allowed if needed', () => {
	it('reads an attempt to reach someone, a contact already had, an answer found after all and a contact allowed if needed as no request', () => {
		expect(request("j'ai essayé de joindre ma conseillère mais elle était absente, je réessaierai lundi")).toBeNull();
		expect(request('technicien déjà rappelé, box réparée')).toBeNull();
		expect(request("j'ai déjà été mis en relation avec le service litiges en mai, le remboursement est arrivé")).toBeNull();
		expect(request("ma fille voulait parler à quelqu'un du club mais finalement elle a trouvé l'horaire sur le site")).toBeNull();
		expect(request("vous pouvez m'appeler au 06 12 34 56 78 si besoin, sinon un mail suffit")).toBeNull();
	});

	it('keeps a request in its own clause after them', () => {
		expect(request("j'ai essayé de joindre mon conseiller, pouvez-vous me passer quelqu'un d'autre ?")).not.toBeNull();
		expect(request("je n'ai pas trouvé la réponse je veux parler à quelqu'un")).not.toBeNull();
		expect(request('si besoin, passez-moi un conseiller')).not.toBeNull();
	});
});

