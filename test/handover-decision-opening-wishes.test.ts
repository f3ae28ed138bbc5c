import { strength } from './helpers/decision';

describe('a "that" opening the sentence, the wish being the user\'s', () => {
	it('asks a tradesman to come, with no want verb before it', () => {
		expect(strength("qu'un vitrier vienne, baie vitrée fendue dans la véranda")).toBe('explicit');
		expect(strength("Merci. Que le paysagiste repasse jeudi, la pelouse n'a pas été tondue au fond.")).toBe('explicit');
		expect(strength('Que el fontanero venga mañana, la caldera gotea.')).toBe('explicit');
	});

	it('asks for a callback with the user left unsaid', () => {
		expect(strength("que l'ostéopathe rappelle, rendez-vous de vendredi à déplacer")).toBe('explicit');
		expect(strength("que l'avocate rappelle demain, l'audience est reportée")).toBe('explicit');
	});

	it('reads a plea of up to four words before it as opening the sentence', () => {
		expect(strength("s'il vous plaît, que le couvreur repasse demain, il pleut dans le salon")).toBe('explicit');
		expect(strength("S'il te plaît, que l'ostéopathe rappelle, le rendez-vous de lundi est à déplacer.")).toBe('explicit');
		expect(strength("s'il vous plaît, je suis content que le couvreur repasse demain")).not.toBe('explicit');
	});

	it('reads a "that" after a verb of saying or thinking as no request', () => {
		expect(strength("Il m'a dit que le frigoriste revient jeudi pour la chambre froide.")).not.toBe('explicit');
		expect(strength('Je crois que le paysagiste passe jeudi de toute façon.')).not.toBe('explicit');
		expect(strength('Je pense que le notaire rappelle toujours trop tard.')).not.toBe('explicit');
	});

	it('reads a callback to others than the user as no request', () => {
		expect(strength("Que le notaire rappelle les héritiers un par un, c'est ce qu'il a promis.")).not.toBe('explicit');
	});
});
