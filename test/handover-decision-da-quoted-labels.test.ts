import { strength } from './helpers/decision';

describe('Danish: a label, a button or a title in quotes', () => {
	it('reads the quote after a label\'s name or a verb of pressing as the label\'s text, even with the user before it', () => {
		expect(strength('jeg trykkede på knappen "ring mig op" men intet skete')).toBe('none');
		expect(strength('jeg klikker på "tal med en rådgiver" og så lukker appen')).toBe('none');
		expect(strength('Jeg har læst artiklen "Sådan får du fat i en medarbejder" men linket i den virker ikke')).toBe('none');
		expect(strength('vi kan ikke finde menupunktet "Kontakt en rådgiver" længere')).toBe('none');
	});

	it('keeps a request outside the quotes, and the user\'s own quoted words', () => {
		expect(strength('jeg har trykket på "tal med en medarbejder" fem gange, stil mig nu om til en medarbejder')).toBe('explicit');
		expect(strength('knappen "chat med os" virker ikke, så kan en medarbejder ringe mig op?')).toBe('explicit');
		expect(strength('jeg har skrevet "tal med en medarbejder" tre gange')).toBe('explicit');
		expect(strength('"tal med en medarbejder" tak')).toBe('explicit');
	});
});
