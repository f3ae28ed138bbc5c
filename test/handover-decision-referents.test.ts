import { request } from './helpers/decision';

describe('persons the message talks about rather than asks for', () => {
	it('reads a one-word person request after a definite article or a possessive as a person talked about', () => {
		expect(request('Your operator at the cargo port told our driver to come back at 6am. Is that the normal loading time?')).toBeNull();
		expect(request('El asesor de la tienda me recomendó este modelo, ¿tienen la talla 42?')).toBeNull();
		expect(request('La conseillère m\'a suggéré un bustier pour aller avec la robe, vous l\'avez en ivoire ?')).toBeNull();
		expect(request('Tak for hjælpen med min pension, jeres rådgiver Karin var fantastisk.')).toBeNull();
	});

	it('still reads such a person as asked for through a talk or want verb, an urger, "one of", a modal after it or alone', () => {
		expect(request('Quiero hablar con el asesor de la tienda sobre mi pedido.')).not.toBeNull();
		expect(request('Jeg vil gerne tale med jeres rådgiver i butikken om min ordre.')).not.toBeNull();
		expect(request('Your supervisor please. Three invoices for one kayak rental is absurd.')).not.toBeNull();
		expect(request('Kindly let one of your agents call me, my card is blocked')).not.toBeNull();
		expect(request('o seu supervisor pode me atender?')).not.toBeNull();
		expect(request('je veux parler à mon conseiller')).not.toBeNull(); // the user's own adviser: first-person possessives are no determiners
		expect(request('the bank statement is wrong, agent')).not.toBeNull();
	});

	it('reads a want verb after such a person, with no first-person word before it, as the person\'s own want', () => {
		expect(request('Will the agent at the embassy window need the original bank statements or are copies fine?')).toBeNull();
		expect(request('Will the agent at the consulate counter need the printed hotel booking, or is the email on my phone fine?')).toBeNull();
		expect(request('the agent at the consulate counter I need to talk to again today, she has my visa file')).not.toBeNull();
		expect(request('I need your advisor at the Leeds branch on the phone today, the mortgage offer runs out on Friday')).not.toBeNull();
		expect(request('Je veux le conseiller de l\'agence de Nantes au téléphone aujourd\'hui, l\'offre de prêt expire vendredi.')).not.toBeNull();
	});

	it('reads a Swahili person word before its associative or possessive as described, unless a verb or an urger asks for it', () => {
		expect(request('Je, mhudumu wa mnada atakuwa na mizani ya kupima uzito wa ng\'ombe?')).toBeNull();
		expect(request('Wakala wenu wa Kariakoo alisema bei ya mbolea itapanda wiki ijayo. Ni kweli?')).toBeNull();
		expect(request('Mhudumu wa duka la dawa tafadhali, nina swali kuhusu dozi ya mtoto.')).not.toBeNull();
		expect(request('Tafadhali mniunganishe na mhudumu wa malipo, nimekatwa pesa mara mbili.')).not.toBeNull();
		expect(request('nataka mhudumu wa kweli')).not.toBeNull();
	});

	it('reads a person word right after a degree word as a quality, not a request', () => {
		expect(request('The nurse at the vaccination tent was so human about my fear of needles. Do you also do flu shots for kids?')).toBeNull();
		expect(request('Je tenais à remercier l\'agent d\'accueil de l\'ambassade, vraiment très humain.')).toBeNull();
		expect(request('avec un côté plus humain')).toBeNull();
		expect(request('Human please, the vaccination booking page rejects my kid\'s date of birth.')).not.toBeNull();
		expect(request('Quero um humano, o agendamento da vacina deu erro.')).not.toBeNull();
	});

	it('reads a French one-word person request after the user\'s own "mon"/"ma" as the person talked about', () => {
		expect(request('Ma conseillère a été top pour mon prêt, elle a tout géré. Merci à toute l\'agence !')).toBeNull();
		expect(request('jai rdv avec mon conseiller le 12, faut ramener quoi ?')).toBeNull();
		expect(request('mon conseiller travaille bien, mais le taux a encore monté')).toBeNull();
		expect(request('je veux parler à mon conseiller')).not.toBeNull();
		expect(request('mon conseiller svp')).not.toBeNull();
		expect(request('passez-moi ma conseillère, c\'est urgent')).not.toBeNull();
	});
});
