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

describe('identity questions whose machine side is no bot word on its own ("automatic", "a script", "otomatis")', () => {
	it('reads a person and a machine word as the two alternatives of one "or", in either order', () => {
		for (const text of [
			'is this chat automatic or a human?',
			'a person typing or a script?',
			'c\'est automatique ou un humain ?',
			'ist das automatisch oder ein Mensch?',
			'¿es automático o una persona?',
			'chatnya otomatis atau ada manusia yang baca',
		]) {
			expect(request(text)).toBeNull();
			expect(identity(text)).toBe(true);
		}
	});

	it('leaves a machine word alone outside such an "or", and still reads a request for the person', () => {
		expect(identity('langganannya bukan otomatis kan kak?')).toBe(false);
		expect(identity('is the refund automatic or do I have to fill in a form?')).toBe(false);
		expect(identity('will a person review my application or is it all automatic?')).toBe(false);
		expect(request('can I talk to a human or is this automatic?')).not.toBeNull();
		expect(request('is it automatic or can I talk to a human?')).not.toBeNull();
		expect(request('aku mau ngobrol sama manusia atau di sini cuma otomatis?')).not.toBeNull();
	});
});

describe('a person and a machine doing a piece of work named before them', () => {
	it('asks who does that work: no identity question and no request', () => {
		for (const text of [
			'the reminder email, does someone write it or is it automatic?',
			'are the chairs assembled by people or robots?',
			'las mesas las montan personas o robots?',
			'os móveis são montados por pessoas ou por robôs?',
			"l'amende, c'est un agent ou un radar automatique ?",
			'wurde der Strafzettel von einem Menschen oder automatisch ausgestellt?',
			'blev bekræftelsen på mail skrevet af en person eller sendt automatisk?',
			'dendanya dari petugas atau kamera otomatis?',
			'samani zinaunganishwa na watu au roboti?',
		]) {
			expect(identity(text)).toBe(false);
			expect(request(text)).toBeNull();
		}
	});

	it('still reads this chat asked about, and a request, where no such work stands before the alternatives', () => {
		expect(identity('got your reminder yesterday. are you a person or a bot?')).toBe(true);
		expect(identity('ok the confirmation came. is this a human or a bot?')).toBe(true);
		expect(identity('la multa ya la pagué, ¿eres una persona o un bot?')).toBe(true);
		expect(request('the confirmation is wrong, I want to talk to a person or a manager')).not.toBeNull();
	});
});

describe('an identity phrase naming a machine that does a piece of work named before it', () => {
	it('asks who does that work, with no identity flag', () => {
		expect(identity('o lembrete foi escrito por alguém ou é automático?')).toBe(false);
		expect(identity('ujumbe wa uthibitisho uliandikwa na mtu au ni automatic?')).toBe(false);
	});

	it('still flags this chat asked about', () => {
		expect(identity('recebi o lembrete. isso aqui é automático?')).toBe(true);
		expect(identity('hii chat ni automatic?')).toBe(true);
	});
});
