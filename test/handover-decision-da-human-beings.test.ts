import { strength } from './helpers/decision';

describe('Danish: "et menneske" as a human being, not a person to talk to', () => {
	it('reads "et menneske" after "det er" or "det var" opening the clause as what something is', () => {
		expect(strength('det er et menneske der tjekker min ansøgning?')).toBe('none');
		expect(strength('dette er et menneske der skriver svarene, ikke?')).toBe('none');
		expect(strength('Der lå et tånegl-stykke i salaten, og det var helt sikkert fra et menneske.')).toBe('none');
		expect(strength('Fingeraftrykket på ruden, men det var nok fra et menneske')).toBe('none');
	});

	it('reads "som et menneske" and "som mennesker" as how the user wants to be treated', () => {
		expect(strength('jeg vil bare behandles som et menneske')).toBe('none');
		expect(strength('jeg vil gerne tales til som et rigtigt menneske og ikke som et sagsnummer')).toBe('none');
		expect(strength('vi vil bare behandles som mennesker')).toBe('none');
	});

	it('keeps a human asked for', () => {
		expect(strength('det er et menneske jeg vil snakke med, ikke en maskine')).toBe('explicit');
		expect(strength('det skal være et menneske, ikke en robot')).toBe('explicit');
		expect(strength('kan jeg skrive med et menneske nu?')).toBe('explicit');
		expect(strength('jeg vil have et svar fra et menneske')).toBe('explicit');
		expect(strength('jeg vil tale med et menneske der svarer som et menneske')).toBe('explicit');
		expect(strength('et menneske tak')).toBe('explicit');
	});
});
