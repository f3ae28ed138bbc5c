import { request } from './helpers/decision';

describe('a trade named by its form asked to come to the user', () => {
	it('reads a trade no pack lists asked now to come back', () => {
		expect(request('le carreleur peut repasser jeudi pour les finitions ?')).not.toBeNull();
		expect(request('¿el fontanero puede venir otra vez el lunes? sigue goteando el grifo')).not.toBeNull();
		expect(request('o eletricista pode voltar amanhã? a tomada ainda não funciona')).not.toBeNull();
		expect(request('kann die Installateurin bitte nochmal vorbeikommen, die Therme tropft')).not.toBeNull();
		expect(request('could the electrician come back on friday, the socket still sparks')).not.toBeNull();
	});

	it('reads no request when the trade is sent for the work, came already, will come or is the user\'s own', () => {
		expect(request('¿me pueden mandar al electricista esta semana?')).toBeNull();
		expect(request('le carreleur est passé hier et a laissé de la poussière partout')).toBeNull();
		expect(request('o eletricista vai voltar amanhã, obrigado')).toBeNull();
		expect(request('mon carreleur peut repasser jeudi, merci')).toBeNull();
		expect(request('kan min datters veninde komme med til træningen?')).toBeNull();
	});
});
