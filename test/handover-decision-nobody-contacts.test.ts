import { request } from './helpers/decision';

describe('contacts whose subject is nobody', () => {
	it('reads a contact verb after a nobody word in its clause as asking no one, past a modal', () => {
		expect(request('nobody has to ring me about the tiles, the brochure by post will do')).toBeNull();
		expect(request('Mich muss kein Mitarbeiter zurückrufen, die Quittung per Mail genügt mir.')).toBeNull();
		expect(request('nadie tiene que llamarme por lo del recibo, ya lo pagué en el banco')).toBeNull();
		expect(request('ninguém precisa me ligar sobre a entrega, eu busco na loja amanhã')).toBeNull();
		expect(request('ingen medarbejder skal ringe mig op om kvitteringen, en mail er fint')).toBeNull();
	});

	it('still reads a callback asked beside a denial of something else, after a report that nobody called, or in a question', () => {
		expect(request('no need to post the brochure, just have somebody from the tile shop ring me')).not.toBeNull();
		expect(request('nobody called me so I want someone from the depot to call me today')).not.toBeNull();
		expect(request('nobody rang me back, please have someone from the depot phone me')).not.toBeNull();
		expect(request('ninguém da loja pode me ligar hoje?')).not.toBeNull();
		expect(request('es soll mich bitte ein Mitarbeiter aus der Werkstatt anrufen')).not.toBeNull();
		expect(request('ninguém me ligou ainda, alguém da loja pode me ligar hoje?')).not.toBeNull();
	});
});
