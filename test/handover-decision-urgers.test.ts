import { request } from './helpers/decision';

describe('a person urged after where they are from', () => {
	it('reads a person, where they are from and an urger ending the clause as a request', () => {
		expect(request("Ma carte d'accès au ponton ne marche plus et je suis bloqué dehors avec mes courses. Envoyez quelqu'un de la capitainerie svp !")).not.toBeNull();
		expect(request('The slipway gate is locked and my trailer is stuck. Someone from the boatyard please!')).not.toBeNull();
		expect(request('La barrera del garaje no abre y estoy atrapado fuera. ¡Alguien de la portería por favor!')).not.toBeNull();
	});

	it('reads the same person reported, or an urger the clause goes on after, as no request', () => {
		expect(request('Someone from the boatyard came by this morning about the slipway gate, thanks.')).toBeNull();
		expect(request('Alguien de la portería vino esta mañana a revisar la barrera del garaje, gracias.')).toBeNull();
		expect(request('Kann eine andere Person die fertigen Schuhe für mich abholen?')).toBeNull();
	});
});
