import { request } from './helpers/decision';

describe('a request whose asker shows only as the object before the modal of a talk verb', () => {
	it('reads "me"/"nos" before the modal of a talk verb as the user asking to be put through', () => {
		expect(request('¿me pueden pasar con la quiropráctica? me duele la espalda')).not.toBeNull();
		expect(request('nos podéis poner con el jardinero mayor esta semana')).not.toBeNull();
		expect(request('¿Me podrían poner con Inés, la de contabilidad?')).not.toBeNull();
		expect(request('pourriez-vous me laisser parler avec le luthier ?')).not.toBeNull();
	});

	it('reads none for another person as the asker, a past report, talk about someone or a thing after "with"', () => {
		expect(request('mi tía quiere hablar con la quiropráctica la semana que viene')).toBeNull();
		expect(request('anoche me pudieron pasar con la quiropráctica y todo bien')).toBeNull();
		expect(request('¿me pueden contar algo sobre la quiropráctica nueva?')).toBeNull();
		expect(request('me van a cobrar con la tarjeta de débito o de crédito')).toBeNull();
		expect(request('ma voisine voudrait parler avec le luthier du violon de sa fille')).toBeNull();
	});
});
