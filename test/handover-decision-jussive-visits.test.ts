import { request } from './helpers/decision';

describe('someone wished, after a want and "that", to come, and a visit verb after a "that" opening its clause', () => {
	it('reads a want, "that" and someone with a come verb after them as asking for a person', () => {
		expect(request('O portão da garagem não fecha e está a chover lá dentro. Preciso que alguém venha cá ver isto hoje.')).not.toBeNull();
		expect(request('As galinhas ficaram sem água porque a bomba avariou, queremos que alguém venha ainda esta tarde.')).not.toBeNull();
		expect(request('La cámara frigorífica del restaurante pita toda la noche. Pido que alguien venga a mirarla mañana.')).not.toBeNull();
		expect(request('Me gustaría que alguien viniera a revisar el termo antes del viernes.')).not.toBeNull();
	});

	it('reads a come verb right after a "that" opening its clause as a jussive request', () => {
		expect(request('O ar condicionado do consultório voltou a pingar, que venha um técnico na segunda de manhã.')).not.toBeNull();
		expect(request('El horno de la panadería sigue sin calentar, que venga el técnico otra vez a mirarlo.')).not.toBeNull();
	});

	it('reads the same verbs reported, hoped for, taken back or after another word before "that" as no request', () => {
		expect(request('Não preciso que alguém venha cá, o vizinho já arranjou o portão.')).toBeNull();
		expect(request('O senhor da loja disse que venha um técnico quando houver peças.')).toBeNull();
		expect(request('Espero que venha um técnico simpático como o da última vez.')).toBeNull();
		expect(request('Si viniera alguien a revisarlo ahora sería tarde, ya lo arreglé yo.')).toBeNull();
	});
});

describe('a cancel word that opens a longer urger', () => {
	it('reads "cuanto antes" and "quanto antes" after a request as urging it, not as a price question', () => {
		expect(request('Se cayó la valla del picadero con el viento, necesito hablar con un encargado cuanto antes.')).not.toBeNull();
		expect(request('A estufa da sala de velório deixou de aquecer, quero que me liguem quanto antes.')).not.toBeNull();
	});

	it('still reads a price question with the same word as no request', () => {
		expect(request('¿Cuánto cuesta que venga un técnico a revisar la caldera un sábado?')).toBeNull();
		expect(request('Quanto custa a visita de um eletricista ao sábado?')).toBeNull();
	});
});
