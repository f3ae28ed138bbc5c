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

describe('identity questions that name who answers first: a who-word, a verb of answering, then a person phrase', () => {
	it('reads the person later in the clause, or in a clause of its own after a comma, as who the user asks about', () => {
		for (const text of [
			'who is replying to my messages about the tent rental, a real person?',
			'¿quién responde aquí lo de las clases de surf, un humano de verdad?',
			'quem responde o chat da padaria é uma pessoa de verdade?',
			'wer antwortet mir hier wegen der Ferienwohnung, ein echter Mensch?',
		]) {
			expect(request(text)).toBeNull();
			expect(identity(text)).toBe(true);
		}
	});

	it('still reads a want verb before the person, a talk verb that takes it in its slot, and statements', () => {
		expect(request('who is reading this? I want a real person on the phone')).not.toBeNull();
		expect(request('quem responde aqui? quero falar com uma pessoa de verdade')).not.toBeNull();
		expect(identity('Quien responde los correos de la escuela de surf es una persona real, los lunes.')).toBe(false);
	});
});
