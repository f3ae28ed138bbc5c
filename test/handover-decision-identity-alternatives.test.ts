import { matcher, request } from './helpers/decision';

const identity = (text: string) => matcher.analyse(text).identityQuestion;

describe('identity questions put as an either/or between a person and a machine', () => {
	it('reads a person and a machine as the two alternatives of one "or" as an identity question, not a request', () => {
		for (const text of [
			'wait, is this an actual person typing or a bot?',
			'are the answers here written by a staff member or produced by a computer?',
			'c\'est un vrai conseiller ou un robot qui me répond ?',
			'bin ich hier mit einem Menschen oder einer Maschine verbunden?',
			'hii ni mtu kweli au ni bot?',
			'Itu maksudnya agen manusia atau bot ini?',
			'sebelum cerita soal paket, ini yang balas orang beneran atau bot ya?',
		]) {
			expect(request(text)).toBeNull();
			expect(identity(text)).toBe(true);
		}
	});

	it('still reads a request in another clause, or a talk or want verb just before the first alternative', () => {
		expect(request('are you a person or a bot? put me through to a person please')).not.toBeNull();
		expect(request('bot or not, put me through to an agent')).not.toBeNull();
		expect(request('can I talk to a human or is it bots only?')).not.toBeNull();
		expect(request('pls connect me with a human or at least a smarter bot')).not.toBeNull();
		expect(request('I want a person, not a bot')).not.toBeNull();
		expect(request('is there a person who can answer instead of the bot?')).not.toBeNull();
	});

	it('leaves a person and a machine that are no alternatives of one "or" alone', () => {
		expect(identity('I want a person, not a bot')).toBe(false);
		expect(identity('the bot sent me a code, or rather my phone did, and the courier never came')).toBe(false);
	});
});
