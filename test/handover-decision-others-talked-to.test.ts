import { strength } from './helpers/decision';

describe('someone wished to talk to a third person the user complains of', () => {
	it('reads a person talking with him or her, in a sentence that asks nothing, as no request', () => {
		expect(strength('the driver was rude, someone should talk to him about it')).toBe('none');
		expect(strength('chaufføren var uhøflig, det bør nogen tale med ham om')).toBe('none');
		expect(strength('Jeg håber virkelig at nogen tager en snak med ham.')).toBe('none');
		expect(strength('o motorista foi grosso, alguém devia falar com ele')).toBe('none');
	});

	it('keeps a question, an urging word, a want verb and a talk with the user', () => {
		expect(strength('can someone talk to him? he only speaks Polish')).toBe('explicit');
		expect(strength('kan nogen tale med ham? han taler kun polsk')).toBe('explicit');
		expect(strength('please have someone talk to her')).toBe('explicit');
		expect(strength('I want someone to talk to him')).toBe('explicit');
		expect(strength('the driver was rude, someone should talk to me about it')).toBe('explicit');
		expect(strength('chaufføren var uhøflig, nogen bør tale med mig om det')).toBe('explicit');
		// Danish "her" is "here", no pronoun after "with" or "to"
		expect(strength('er der en rigtig medarbejder der kan tage over her, jeg har ventet længe')).toBe('explicit');
	});
});
