import { strength } from './helpers/decision';

describe('a request someone other than the user made before, told by the user', () => {
	it('reads a third person with a past form of asking before the request as a report', () => {
		expect(strength('ma voisine a demandé à parler au responsable')).toBe('none');
		expect(strength('un client a demandé à parler au responsable')).toBe('none');
		expect(strength('my neighbour asked to speak to the manager')).toBe('none');
		expect(strength('the customer before me requested a supervisor')).toBe('none');
		expect(strength('a vizinha pediu pra falar com o gerente')).toBe('none');
		expect(strength('mi hermano pidió hablar con un asesor')).toBe('none');
		expect(strength('min mand bad om at tale med en medarbejder')).toBe('none');
		expect(strength('jirani yangu aliomba kuongea na meneja')).toBe('none');
	});

	it('reads a participle just after the request as the same report', () => {
		expect(strength('mein Mann hat nach einem Mitarbeiter gefragt')).toBe('none');
	});

	it('reads a two-word time before the ask as a time, not as the English "I"', () => {
		expect(strength('Min svigermor skrev til jer i går og bad om at tale med en medarbejder')).toBe('none');
		expect(strength('min mand ringede i morges og bad om at tale med en medarbejder')).toBe('none');
		expect(strength('min mand ringede i går og jeg beder om at tale med en medarbejder, kan I ringe?')).toBe('explicit');
	});

	it('keeps the request of the user, in the same clause or a clause of its own', () => {
		expect(strength('I asked to speak to the manager and nobody came, please connect me')).toBe('explicit');
		expect(strength('my husband asked for a manager yesterday, can I talk to a manager now?')).toBe('explicit');
		expect(strength('my neighbour asked to speak to the manager, I want to speak to the manager too')).toBe('explicit');
		expect(strength('ma voisine a demandé à parler au responsable, je veux parler au responsable moi aussi')).toBe('explicit');
		expect(strength('mein Mann hat nach einem Mitarbeiter gefragt, ich möchte auch mit einem Mitarbeiter sprechen')).toBe('explicit');
		expect(strength('jirani yangu aliomba kuongea na meneja, mimi pia nataka kuongea na meneja')).toBe('explicit');
		expect(strength('my wife asked to speak to a manager, please connect me to one')).toBe('explicit');
	});

	it('keeps a question about the past ask', () => {
		expect(strength('has anyone asked to speak to a manager?')).toBe('explicit');
	});
});
