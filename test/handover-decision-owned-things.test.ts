import { request } from './helpers/decision';

describe('someone of the user\'s named as the owner of a thing (relationObjects.ts personsOwner)', () => {
	it('reads a request whose matter belongs to someone of the user\'s as a request', () => {
		expect(request('Liguem-me amanhã para tratar do seguro do meu pai.')).not.toBeNull();
		expect(request('me liguem hoje pra ver o cartão da minha mãe')).not.toBeNull();
		expect(request('¿me pueden llamar hoy por la tarjeta de mi madre?')).not.toBeNull();
	});

	it('still reads someone of the user\'s as the subject as passing on their words or a report', () => {
		expect(request('minha mãe quer falar com um atendente')).toBeNull();
		expect(request('meu pai falou com o gerente ontem')).toBeNull();
		expect(request('mi madre quiere hablar con un asesor')).toBeNull();
	});
});
