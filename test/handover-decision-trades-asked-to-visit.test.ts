import { request } from './helpers/decision';

describe('a trade named by its form asked to come to the user', () => {
	it('reads a trade no pack lists asked now to come back', () => {
		expect(request('le carreleur peut repasser jeudi pour les finitions ?')).not.toBeNull();
		expect(request('¿el fontanero puede venir otra vez el lunes? sigue goteando el grifo')).not.toBeNull();
		expect(request('o eletricista pode voltar amanhã? a tomada ainda não funciona')).not.toBeNull();
		expect(request('kann die Installateurin bitte nochmal vorbeikommen, die Therme tropft')).not.toBeNull();
		expect(request('could the electrician come back on friday, the socket still sparks')).not.toBeNull();
	});

	it('reads no request when the trade came already, will come or is the user\'s own', () => {
		expect(request('le carreleur est passé hier et a laissé de la poussière partout')).toBeNull();
		expect(request('o eletricista vai voltar amanhã, obrigado')).toBeNull();
		expect(request('mon carreleur peut repasser jeudi, merci')).toBeNull();
		expect(request('kan min datters veninde komme med til træningen?')).toBeNull();
	});

	it('reads a listed trade sent to the user, the "a" of the person sent right after the verb, and one of the trade asked before the "one"', () => {
		expect(request('¿me pueden mandar al electricista esta semana?')).not.toBeNull();
		expect(request('por favor manden a un cerrajero al portal, no puedo entrar')).not.toBeNull();
		expect(request('kan I sende en glarmester i dag? vinduet i køkkenet er knust')).not.toBeNull();
		expect(request('could one of the plumbers come tomorrow morning, the radiator leaks')).not.toBeNull();
		expect(request('est-ce qu\'un de vos plombiers peut passer jeudi ?')).not.toBeNull();
		expect(request('könnt ihr uns morgen früh einen Klempner vorbeischicken? das Rohr ist geplatzt')).not.toBeNull();
	});

	it('reads no request when a thing is sent to the trade, a thing is sent to the user or the trade came', () => {
		expect(request('voy a mandar las fotos al cerrajero para el presupuesto')).toBeNull();
		expect(request('send the invoice to the plumber, not to me')).toBeNull();
		expect(request('envoyez-moi le chargeur du portable svp')).toBeNull();
		expect(request('me mandaron el técnico equivocado la semana pasada')).toBeNull();
		expect(request('one of the plumbers came yesterday and fixed the radiator')).toBeNull();
	});
});
