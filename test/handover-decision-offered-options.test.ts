import { matcher, request } from './helpers/decision';

describe('questions that weigh what a service offers, with "or only"', () => {
	it('reads a person in a question with "or" and "only" as asked about', () => {
		expect(request('¿en vuestra app se puede hablar por vídeo con un entrenador o solo por chat?')).toBeNull();
		expect(request('kann man im Premium-Abo mit einem Trainer per Video sprechen oder nur im Chat?')).toBeNull();
		expect(request('is it possible to chat with a nutritionist on the family plan or only on premium?')).toBeNull();
		expect(request('dá pra falar com um personal pelo app ou só presencial?')).toBeNull();
		expect(request("est-ce qu'on peut parler à un coach dans l'abonnement de base ou seulement en premium ?")).toBeNull();
		expect(request('kan man tale med en træner i appen eller kun i centret?')).toBeNull();
		expect(request('apakah bisa ngobrol sama pelatih lewat video atau cuma chat?')).toBeNull();
		expect(request('je, inawezekana kuongea na mhudumu kwa simu au kwa chat tu?')).toBeNull();
	});

	it('keeps the user asking for themselves, a bot as the other alternative, and a request in another sentence', () => {
		expect(request('can I talk to an agent or only the bot?')).not.toBeNull();
		expect(request('can someone call me today or only tomorrow?')).not.toBeNull();
		expect(request('kan jeg tale med en medarbejder eller kun med botten?')).not.toBeNull();
		expect(request('put me through to an agent, or only the bot works here?')).not.toBeNull();
		expect(request('bisa ngobrol sama CS manusia atau cuma bot?')).not.toBeNull();
		expect(request('transfiéreme a un agente o solo hay bot?')).not.toBeNull();
		expect(request('I want to talk to a person. Is it by phone or only chat?')).not.toBeNull();
		expect(request('is it possible to speak to a person?')).not.toBeNull();
		expect(request('¿se puede hablar con alguien ahora?')).not.toBeNull();
	});

	it('leaves a team named in such a question an offer', () => {
		expect(matcher.analyse('har I kundeservice på telefon eller kun på mail?').strength).toBe('ambiguous');
		expect(matcher.analyse('¿tienen servicio técnico por teléfono o solo por correo?').strength).toBe('ambiguous');
	});
});
