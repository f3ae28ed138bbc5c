import { request } from './helpers/decision';

describe('a callback to the user with a second task joined by "and"', () => {
	it('reads a contact with the user followed by "og" and what else the caller should do as asked for', () => {
		expect(request('Jeg beder om at en leder ringer mig op og giver et klart svar.')).not.toBeNull();
		expect(request('Hej. Den første medarbejder sagde nej. Jeg beder om at en leder ringer mig op og giver mig et klart svar. Mvh Jonas')).not.toBeNull();
		expect(request('jeg beder om at en leder ringer mig op og giver et klart svar, men ikke før mandag')).not.toBeNull();
	});

	it('keeps a callback stated or reported with a second task as none', () => {
		expect(request('Lederen ringer mig op og gennemgår hele forsikringen med mig på fredag')).toBeNull();
		expect(request('en leder ringer mig op og giver et klart svar på fredag')).toBeNull();
		expect(request('en medarbejder ringede mig op og gav et klart svar')).toBeNull();
	});
});
