import { request } from './helpers/decision';

describe('French requests told in the perfect with the user as object', () => {
	it('reads a participle after "m\'a" or "m\'ont" as what was done, not asked', () => {
		expect(request("Le robot m'a transféré à une conseillère ce matin et tout est réglé.")).toBeNull();
		expect(request("à l'accueil ils m'ont passé un responsable très aimable, merci")).toBeNull();
		expect(request("Mon agent immobilier m'a mis en relation avec le notaire pour la signature.")).toBeNull();
		expect(request('un technicien m a rappele vers midi pour la panne de la box')).toBeNull();
	});

	it('keeps a request with a denial in the perfect, or the user asking anew', () => {
		expect(request("Vous ne m'avez toujours pas passé de conseiller, j'attends depuis une heure.")).not.toBeNull();
		expect(request("le standard m'a raccroché au nez et je veux parler à un responsable")).not.toBeNull();
		expect(request('mettez-moi à un conseiller du service fidélité svp')).not.toBeNull();
		expect(request('un conseiller peut me rappeler demain matin ?')).not.toBeNull();
	});
});

describe('French talk verbs right after an auxiliary of the perfect', () => {
	it('reads the participle as what a person did, whoever the object', () => {
		expect(request("l'agente du gîte nous a parlé d'une randonnée au lac, c'est compris dans le forfait ?")).toBeNull();
		expect(request('le conseiller a parlé de la garantie décennale pendant la visite, où la trouver ?')).toBeNull();
	});

	it('still reads a talk verb asked for after the person', () => {
		expect(request('votre conseiller peut me parler cet après-midi ?')).not.toBeNull();
		expect(request("le conseiller nous a parlé du devis mais je voudrais parler à un responsable")).not.toBeNull();
	});
});
