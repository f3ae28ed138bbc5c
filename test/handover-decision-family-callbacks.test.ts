import { request } from './helpers/decision';

describe('a call asked for the family, club or farm the user writes for, or for the weekend', () => {
	it('reads a call or contact asked for "us" as asking for a person', () => {
		expect(request('O velório do nosso pai é amanhã e ainda faltam as flores. Exigimos que alguém da florista nos ligue hoje.')).not.toBeNull();
		expect(request('A rede da baliza do clube rasgou-se no treino, liguem-nos hoje para combinar a troca.')).not.toBeNull();
		expect(request('Somos la cooperativa de riego del valle y la bomba nueva no arranca, queremos que nos llamen hoy.')).not.toBeNull();
		expect(request('El contrato de la placa solar tiene un error en el nombre, ¿pueden llamarnos esta tarde?')).not.toBeNull();
	});

	it('reads a call to the user asked for this weekend as asked now', () => {
		expect(request('Se cayó el toldo del chiringuito con el viento, necesito que alguien me llame este fin de semana.')).not.toBeNull();
		expect(request('A churrasqueira do parque de campismo está partida, preciso que alguém me ligue neste fim de semana.')).not.toBeNull();
	});

	it('reads calls to "us" already made, and the league or the grid, as no request', () => {
		expect(request('A senhora da secretaria do clube nos ligou ontem e já ficou tudo tratado.')).toBeNull();
		expect(request('Ayer nos llamaron de la oficina del camping y ya está todo arreglado.')).toBeNull();
		expect(request('Quando é que a casa vai ser ligada à rede? Já temos os painéis no telhado.')).toBeNull();
	});
});
