import { strength } from './helpers/decision';

describe('Danish: the user\'s own ask, told in the past', () => {
	it('reads "jeg bad om", "bad jeg om", "og bad om" and "spurgte efter" as a report', () => {
		expect(strength('Jeg bad om at tale med en leder. Hun skrev aldrig tilbage.')).toBe('none');
		expect(strength('i fredags ringede jeg og bad om at tale med en tekniker, men nu virker det hele')).toBe('none');
		expect(strength('Da pakken ikke kom, bad jeg om at tale med en medarbejder, og det klarede de hurtigt')).toBe('none');
		expect(strength('jeg spurgte efter en rådgiver i filialen, men hun var på ferie')).toBe('none');
	});

	it('keeps an ask in the present and a request after the report', () => {
		expect(strength('jeg beder om at tale med en leder')).toBe('explicit');
		expect(strength('jeg spørger efter en rådgiver')).toBe('explicit');
		expect(strength('jeg bad om en leder i går, kan jeg få en nu?')).toBe('explicit');
		expect(strength('jeg bad om en leder og nu vil jeg gerne tale med en medarbejder')).toBe('explicit');
		expect(strength('Jeg bad om at tale med en leder. Stil mig om til en medarbejder nu.')).toBe('explicit');
	});
});

describe('Danish: the app\'s or the bot\'s question whether the user wants a person, reported in the present', () => {
	it('reads "spørger (…) om jeg vil" and "hele tiden om jeg vil" as the question reported', () => {
		expect(strength('botten spørger hele tiden om jeg vil snakke med en medarbejder, hvordan stopper jeg det?')).toBe('none');
		expect(strength('appen spørger mig igen og igen om jeg vil chatte med en rådgiver')).toBe('none');
	});

	it('keeps the user\'s own question and a request after the report', () => {
		expect(strength('jeg spørger om jeg kan tale med en medarbejder')).toBe('explicit');
		expect(strength('botten spørger om jeg vil tale med en medarbejder. ja, stil mig om til en rådgiver')).toBe('explicit');
	});
});

describe('Danish: what the user usually wants, not a request now', () => {
	it('reads "normalt vil jeg" as a habit', () => {
		expect(strength('normalt vil jeg hellere snakke med en rådgiver, men du klarede det')).toBe('none');
	});

	it('keeps a request after the habit', () => {
		expect(strength('normalt vil jeg klare det selv, men i dag vil jeg tale med en medarbejder')).toBe('explicit');
	});
});
