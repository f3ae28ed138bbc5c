import { request } from './helpers/decision';

describe('a person asked whether they are there and free now', () => {
	it('reads a present "is there" question with a presence word after the person as asking for them', () => {
		expect(request('¿hay consultoras libres? la cuota del gimnasio se cobró dos veces')).not.toBeNull();
		expect(request('¿no hay ningún ejecutivo disponible? el seguro del piso no me responde')).not.toBeNull();
		expect(request('Gibt es eine Beraterin, die gerade erreichbar ist? Mein Paket hängt im Zoll.')).not.toBeNull();
		expect(request('tem consultores disponíveis agora? a fatura da internet veio dobrada')).not.toBeNull();
	});

	it('reads the same opener about the past, about when staff work, or said as no request', () => {
		expect(request('¿había asesoras libres el martes pasado? nadie me atendió')).toBeNull();
		expect(request('¿hay asesoras libres los sábados por la mañana?')).toBeNull();
		expect(request('Gab es letzte Woche eine Beraterin, die erreichbar war?')).toBeNull();
		expect(request('hay asesoras libres en la oficina de Lima, me dijeron.')).toBeNull();
	});
});
