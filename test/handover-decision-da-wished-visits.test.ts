import { strength } from './helpers/decision';

describe('Danish: a visit wished after a want with "at"', () => {
	it('reads the coming verb after a person a want with "at" asks for as the visit asked, not announced', () => {
		expect(strength('jeg vil gerne have at en af jeres montører kommer forbi på torsdag, døren kan ikke lukke')).toBe('explicit');
		expect(strength('vi vil gerne ha at en fra jer kommer ud og ser på taget')).toBe('explicit');
		expect(strength('vil gerne ha at en tekniker kommer og tjekker radiatoren')).toBe('explicit');
		expect(strength('jeg vil gerne have at der kommer en fra kommunen og ser på badeværelset')).toBe('explicit');
	});

	it('keeps an announced visit, a visit passed on after a report and a past visit no request', () => {
		expect(strength('en medarbejder kommer forbi i morgen og henter kassen')).toBe('none');
		expect(strength('en fra jeres team kommer forbi på tirsdag, skal jeg være hjemme?')).toBe('none');
		expect(strength('min udlejer skrev, at en medarbejder fra jer kommer og måler op på fredag')).toBe('none');
		expect(strength('jeg vil gerne have at du ved at en medarbejder kommer forbi i morgen')).toBe('none');
		expect(strength('en tekniker kom ud i går og skiftede routeren')).toBe('none');
		expect(strength('jeg vil gerne have at der kommer en pakke i morgen')).toBe('none');
	});
});

describe('Danish: a call asked to book a visit', () => {
	it('reads "ringe os op og lave en aftale" as the call asked, no bot built', () => {
		expect(strength('kan en af jeres rådgivere ringe os op og lave en aftale om et møde?')).toBe('explicit');
	});

	it('keeps the user making a bot or an assistant no request', () => {
		expect(strength('jeg vil lave en virtuel assistent til min webshop der kan sende kunder videre til en medarbejder')).toBe('none');
		expect(strength('vi er ved at lave en chat på siden hvor kunden kan tale med en medarbejder')).toBe('none');
	});
});

describe('Danish: the business asked to get its person to call', () => {
	it('reads "kan I få" and a person as the person asked for', () => {
		expect(strength('kan I få montøren til at ringe mig op i eftermiddag?')).toBe('explicit');
		expect(strength('kunne I få chaufføren til at ringe en time før?')).toBe('explicit');
	});

	it('keeps a thing made to ring, and a question whether staff exist, no request', () => {
		expect(strength('kan I få alarmen til at ringe højere?')).toBe('none');
		expect(strength('har I overhovedet en tekniker ansat i Jylland?')).toBe('none');
	});
});
