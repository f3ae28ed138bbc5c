import { matcher, request } from './helpers/decision';

const identity = (text: string) => matcher.analyse(text).identityQuestion;

describe('identity questions without an "or": a person phrase answering, writing, reading or typing, asked', () => {
	it('reads such a question as an identity question, not a request, with the verb before or after the person', () => {
		for (const text of [
			'¿me está contestando un humano?',
			'quem tá respondendo aqui é uma pessoa de verdade?',
			'isto é uma pessoa real a responder?',
			'schreibt hier gerade ein echter Mensch?',
			'svarer der et rigtigt menneske på beskeden?',
			'kak, pesan saya dibales sama manusia asli?',
			'is a live person typing on the other end?',
		]) {
			expect(request(text)).toBeNull();
			expect(identity(text)).toBe(true);
		}
	});

	it('still reads a person asked to answer, a want verb before the person, a modal before the verb and a request after the question', () => {
		expect(request('can a real person answer me?')).not.toBeNull();
		expect(request('quero que uma pessoa de verdade me responda')).not.toBeNull();
		expect(request('kann mir ein echter Mensch antworten?')).not.toBeNull();
		expect(request('uma pessoa de verdade pode me responder hoje?')).not.toBeNull();
		expect(request('¿me contesta un humano?')).not.toBeNull();
		expect(request('está respondendo uma pessoa de verdade? se não, me passa pra um atendente')).not.toBeNull();
	});

	it('leaves statements and persons talked about alone', () => {
		expect(identity('Hier schreibt ein echter Mensch, der Inhaber.')).toBe(false);
		expect(identity('Lässt sich einstellen, dass der Chat schließt, wenn der Agent nicht antwortet?')).toBe(false);
	});
});
