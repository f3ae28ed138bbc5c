import { request } from './helpers/decision';

describe('being transferred or connected, asked for in Portuguese', () => {
	it('reads the passive "ser transferido para" and the infinitive "me conectar com" as a talk verb', () => {
		expect(request('gostaria de ser transferido para o setor de matrículas, meu boleto veio errado')).not.toBeNull();
		expect(request('vocês podem me conectar com a orientadora da escola de dança?')).not.toBeNull();
	});

	it('reads the same forms reported, or said of money and devices, as no request', () => {
		expect(request('semana passada fui transferido para o setor de matrículas e resolveram tudo')).toBeNull();
		expect(request('o dinheiro do estorno foi transferido para a minha conta, obrigada')).toBeNull();
		expect(request('o app não consegue me conectar com a balança depois da atualização')).toBeNull();
	});
});
